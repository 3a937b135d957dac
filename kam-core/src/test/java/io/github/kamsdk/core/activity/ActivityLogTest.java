package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.activity.ActivityKind.CALL;
import static io.github.kamsdk.core.activity.ActivityKind.COMPLAINT;
import static io.github.kamsdk.core.activity.ActivityKind.MEETING;
import static io.github.kamsdk.core.activity.ActivityKind.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hand-checked log of seven activities in February and March 2026. */
class ActivityLogTest {
    private static final AccountId C1 = AccountId.of("C-1");
    private static final AccountId C2 = AccountId.of("C-2");
    private static final AccountId C3 = AccountId.of("C-3");
    private static final ManagerId M1 = ManagerId.of("M-1");
    private static final ManagerId M2 = ManagerId.of("M-2");
    private static final DateRange FEBRUARY = DateRange.ofMonth(2026, 2);

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    private static final Activity A1 = Activity.of(CALL, C1, M1, at(2, 2, 9, 0));
    private static final Activity A2 = Activity.of(VISIT, C1, M1, at(2, 10, 14, 0));
    private static final Activity A3 = Activity.of(MEETING, C2, M2, at(2, 5, 10, 0));
    private static final Activity A4 = Activity.builder()
            .kind(COMPLAINT)
            .account(C1)
            .manager(M2)
            .when(at(2, 12, 8, 0))
            .resolvedAt(at(2, 14, 17, 30))
            .subject("late delivery")
            .build();
    private static final Activity A5 = Activity.of(COMPLAINT, C3, M1, at(2, 20, 12, 0));
    private static final Activity A6 = Activity.of(CALL, C2, M1, at(3, 1, 11, 0));
    private static final Activity A7 = Activity.of(CALL, C1, M1, at(2, 10, 9, 0));

    private final ActivityLog log = ActivityLog.of(List.of(A1, A2, A3, A4, A5, A6, A7));

    @Test
    void keepsActivitiesInTimeOrder() {
        assertThat(log.activities()).containsExactly(A1, A3, A7, A2, A4, A5, A6);
        assertThat(log.size()).isEqualTo(7);
        assertThat(log.isEmpty()).isFalse();
        assertThat(ActivityLog.of(A6, A5, A4, A3, A2, A1, A7)).isEqualTo(log);
        assertThat(log).hasToString("ActivityLog of 7 activities");
    }

    @Test
    void findsTheLastContactPerAccountIgnoringComplaints() {
        assertThat(log.lastContactDate(C1)).contains(LocalDate.of(2026, 2, 10));
        assertThat(log.lastContactDate(C1, CALL)).contains(LocalDate.of(2026, 2, 10));
        assertThat(log.lastContactDate(C1, VISIT)).contains(LocalDate.of(2026, 2, 10));
        assertThat(log.lastContactDate(C1, MEETING)).isEmpty();
        assertThat(log.lastContactDate(C3)).isEmpty(); // a complaint is no contact
        assertThat(log.lastContactDates())
                .containsExactly(Map.entry(C1, LocalDate.of(2026, 2, 10)), Map.entry(C2, LocalDate.of(2026, 3, 1)));
        assertThat(log.lastContactDates(MEETING)).containsExactly(Map.entry(C2, LocalDate.of(2026, 2, 5)));
        // What was known before the week of 9 February:
        assertThat(log.before(LocalDate.of(2026, 2, 9)).lastContactDates())
                .containsExactly(Map.entry(C1, LocalDate.of(2026, 2, 2)), Map.entry(C2, LocalDate.of(2026, 2, 5)));
    }

    @Test
    void countsActivitiesByKindForAPeriodAndAManager() {
        assertThat(log.within(FEBRUARY).countsByKind())
                .containsExactly(
                        Map.entry(CALL, 2), Map.entry(VISIT, 1), Map.entry(MEETING, 1), Map.entry(COMPLAINT, 2));
        assertThat(log.ofManager(M1).within(FEBRUARY).countsByKind())
                .containsExactly(
                        Map.entry(CALL, 2), Map.entry(VISIT, 1), Map.entry(MEETING, 0), Map.entry(COMPLAINT, 1));
        assertThat(log.count(CALL)).isEqualTo(3);
        assertThat(log.contactCount()).isEqualTo(5);
        assertThat(log.ofKind(COMPLAINT).activities()).containsExactly(A4, A5);
        assertThat(ActivityLog.empty().countsByKind()).containsOnlyKeys(CALL, VISIT, MEETING, COMPLAINT);
    }

    @Test
    void listsTheActivitiesOfAnAccountOrAManagerInAPeriod() {
        assertThat(log.activitiesOf(C1, FEBRUARY)).containsExactly(A1, A7, A2, A4);
        assertThat(log.activitiesOf(M2, FEBRUARY)).containsExactly(A3, A4);
        assertThat(log.activitiesOf(M1, DateRange.ofMonth(2026, 3))).containsExactly(A6);
        assertThat(log.activitiesOf(C3, DateRange.ofMonth(2026, 3))).isEmpty();
        assertThat(log.accounts()).containsExactly(C1, C2, C3);
        assertThat(log.managers()).containsExactly(M1, M2);
        assertThat(log.ofAccount(C2).plus(log.ofAccount(C3))).isEqualTo(ActivityLog.of(A3, A5, A6));
    }

    @Test
    void findsTheComplaintsOpenAtATime() {
        assertThat(log.openComplaintsAt(at(2, 12, 7, 59))).isEmpty();
        assertThat(log.openComplaintsAt(at(2, 13, 0, 0))).containsExactly(A4);
        assertThat(log.openComplaintsAt(at(2, 14, 17, 30))).isEmpty(); // resolved at that minute
        assertThat(log.openComplaintsAt(at(2, 20, 12, 0))).containsExactly(A5);
        assertThat(log.openComplaintsAt(at(12, 31, 0, 0))).containsExactly(A5);
    }

    @Test
    void keepsEqualActivitiesAndCountsThemTwice() {
        ActivityLog twice = ActivityLog.of(A1, A1);
        assertThat(twice.size()).isEqualTo(2);
        assertThat(twice.count(CALL)).isEqualTo(2);
        assertThat(ActivityLog.empty().isEmpty()).isTrue();
        assertThat(ActivityLog.empty().lastContactDates()).isEmpty();
    }
}
