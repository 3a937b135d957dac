package io.github.kamsdk.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    private static final AccountId C1 = AccountId.of("C-1");
    private static final ManagerId ANA = ManagerId.of("ana");
    private static final ManagerId LUIS = ManagerId.of("luis");

    @Test
    void aBoundedAssignmentIsHalfOpen() {
        Assignment q1 = Assignment.of(C1, ANA, DateRange.ofQuarter(2026, 1));
        assertThat(q1.account()).isEqualTo(C1);
        assertThat(q1.manager()).isEqualTo(ANA);
        assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q1.end()).contains(LocalDate.of(2026, 4, 1));
        assertThat(q1.isOpenEnded()).isFalse();
        assertThat(q1.covers(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(q1.covers(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(q1.covers(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(q1.covers(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(q1).hasToString("C-1 -> ana [2026-01-01, 2026-04-01)");
    }

    @Test
    void anOpenEndedAssignmentCoversEveryDayFromItsStart() {
        Assignment open = Assignment.from(C1, LUIS, LocalDate.of(2026, 4, 1));
        assertThat(open.isOpenEnded()).isTrue();
        assertThat(open.end()).isEmpty();
        assertThat(open.period()).isEqualTo(DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.MAX));
        assertThat(open.covers(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(open.covers(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(open.covers(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(open).hasToString("C-1 -> luis [2026-04-01, open)");
    }

    @Test
    void equalityAndOrderAreByAccountThenPeriodThenManager() {
        DateRange q1 = DateRange.ofQuarter(2026, 1);
        new EqualsTester()
                .addEqualityGroup(Assignment.of(C1, ANA, q1), Assignment.of(C1, ANA, q1))
                .addEqualityGroup(Assignment.of(C1, LUIS, q1))
                .addEqualityGroup(Assignment.of(AccountId.of("C-2"), ANA, q1))
                .addEqualityGroup(Assignment.from(C1, ANA, q1.start()))
                .testEquals();
        Assignment a = Assignment.of(C1, LUIS, q1);
        Assignment b = Assignment.from(C1, ANA, LocalDate.of(2026, 4, 1));
        Assignment c = Assignment.of(AccountId.of("C-0"), LUIS, DateRange.ofYear(2027));
        List<Assignment> list = new ArrayList<>(List.of(b, a, c));
        Collections.sort(list);
        assertThat(list).containsExactly(c, a, b);
    }
}
