package io.github.kamsdk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.ManagerId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ActivityTest {
    private static final AccountId C1 = AccountId.of("C-1");
    private static final ManagerId M7 = ManagerId.of("M-7");
    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 3, 2, 9, 0);

    private final Activity complaint = Activity.builder()
            .kind(ActivityKind.COMPLAINT)
            .account(C1)
            .manager(M7)
            .when(OPENED)
            .resolvedAt(LocalDateTime.of(2026, 3, 4, 15, 30))
            .subject("late delivery")
            .build();

    @Test
    void aVisitIsAContactWithoutResolution() {
        Activity visit = Activity.of(ActivityKind.VISIT, C1, M7, LocalDateTime.of(2026, 3, 2, 10, 0));
        assertThat(visit.isContact()).isTrue();
        assertThat(visit.isComplaint()).isFalse();
        assertThat(visit.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(visit.subject()).isEmpty();
        assertThat(visit.resolvedAt()).isEmpty();
        assertThat(visit.resolutionTime()).isEmpty();
        assertThat(visit.isOpenAt(LocalDateTime.of(2026, 3, 2, 10, 0))).isFalse();
    }

    @Test
    void aResolvedComplaintTookFiftyFourAndAHalfHours() {
        assertThat(complaint.isContact()).isFalse();
        assertThat(complaint.isComplaint()).isTrue();
        assertThat(complaint.subject()).contains("late delivery");
        // 2 March 09:00 to 4 March 15:30 = 2 days 6 h 30 min = 54 h 30 min.
        assertThat(complaint.resolutionTime()).contains(Duration.ofMinutes(54 * 60 + 30));
    }

    @Test
    void aComplaintIsOpenFromItsOpeningUntilJustBeforeItsResolution() {
        assertThat(complaint.isOpenAt(OPENED.minusMinutes(1))).isFalse();
        assertThat(complaint.isOpenAt(OPENED)).isTrue();
        assertThat(complaint.isOpenAt(LocalDateTime.of(2026, 3, 4, 15, 29))).isTrue();
        assertThat(complaint.isOpenAt(LocalDateTime.of(2026, 3, 4, 15, 30))).isFalse();
        Activity open = Activity.of(ActivityKind.COMPLAINT, C1, M7, OPENED);
        assertThat(open.resolutionTime()).isEmpty();
        assertThat(open.isOpenAt(LocalDateTime.of(2030, 1, 1, 0, 0))).isTrue();
    }

    @Test
    void aComplaintSettledOnTheSpotTookNoTimeAndWasNeverOpen() {
        Activity settled = Activity.builder()
                .kind(ActivityKind.COMPLAINT)
                .account(C1)
                .manager(M7)
                .when(OPENED)
                .resolvedAt(OPENED)
                .build();
        assertThat(settled.resolutionTime()).contains(Duration.ZERO);
        assertThat(settled.isOpenAt(OPENED)).isFalse();
    }

    @Test
    void kindsTellContactsAndPlannableKindsApart() {
        assertThat(ActivityKind.values())
                .containsExactly(ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING, ActivityKind.COMPLAINT);
        assertThat(ActivityKind.CALL.isContact()).isTrue();
        assertThat(ActivityKind.MEETING.isContact()).isTrue();
        assertThat(ActivityKind.COMPLAINT.isContact()).isFalse();
        assertThat(ActivityKind.CALL.isPlannable()).isTrue();
        assertThat(ActivityKind.VISIT.isPlannable()).isTrue();
        assertThat(ActivityKind.MEETING.isPlannable()).isFalse();
        assertThat(ActivityKind.COMPLAINT.isPlannable()).isFalse();
    }

    @Test
    void equalityIsByAllAttributes() {
        new EqualsTester()
                .addEqualityGroup(
                        Activity.of(ActivityKind.CALL, C1, M7, OPENED), Activity.of(ActivityKind.CALL, C1, M7, OPENED))
                .addEqualityGroup(Activity.of(ActivityKind.VISIT, C1, M7, OPENED))
                .addEqualityGroup(Activity.builder()
                        .kind(ActivityKind.CALL)
                        .account(C1)
                        .manager(M7)
                        .when(OPENED)
                        .subject("x")
                        .build())
                .addEqualityGroup(complaint)
                .testEquals();
    }
}
