package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.CONTEXT;
import static io.github.kamsdk.core.testing.OpsKpiGens.activity;
import static io.github.kamsdk.core.testing.OpsKpiGens.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import io.github.kamsdk.core.team.ManagerId;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example, Q1 2026: M-1 has 2 calls, 1 visit and 1 meeting in the period, a call on
 * 2025-12-31 and a visit on 2026-04-01 (both outside), and 2 complaints opened in the period; M-2
 * has 1 call in it. Company: calls 3, visits 1, meetings 1, contacts 5, complaints 2; M-1: calls 2,
 * contacts 4.
 */
class ActivityCountTest {
    static final List<Activity> ACTIVITIES = List.of(
            activity(ActivityKind.CALL, "2026-01-05T10:00"),
            activity(ActivityKind.CALL, "2026-03-31T23:59"),
            activity(ActivityKind.VISIT, "2026-02-01T09:00"),
            activity(ActivityKind.MEETING, "2026-01-01T00:00"),
            activity(ActivityKind.CALL, "2025-12-31T23:59"),
            activity(ActivityKind.VISIT, "2026-04-01T00:00"),
            complaint("2026-02-02T08:00", null),
            complaint("2026-03-02T08:00", "2026-03-03T08:00"),
            Activity.of(
                    ActivityKind.CALL, AccountId.of("C-2"), ManagerId.of("M-2"), LocalDateTime.of(2026, 1, 9, 9, 0)));

    static long count(ActivityCount formula, KpiContext context) {
        KpiValue v = KpiCalculator.of(formula)
                .compute(context, KpiInput.builder().activities(ACTIVITIES).build())
                .get(formula.definition().id());
        return v.valueOrThrow().longValueExact();
    }

    @Test
    void countsInTheCompanyScope() {
        assertThat(count(ActivityCount.calls(), CONTEXT)).isEqualTo(3);
        assertThat(count(ActivityCount.visits(), CONTEXT)).isEqualTo(1);
        assertThat(count(ActivityCount.meetings(), CONTEXT)).isEqualTo(1);
        assertThat(count(ActivityCount.contacts(), CONTEXT)).isEqualTo(5); // 3 + 1 + 1
        assertThat(count(ActivityCount.complaints(), CONTEXT)).isEqualTo(2);
    }

    @Test
    void countsInAManagersScopeAreTheManagersOwn() {
        KpiContext m1 = CONTEXT.forManager(ManagerId.of("M-1"));
        assertThat(count(ActivityCount.calls(), m1)).isEqualTo(2);
        assertThat(count(ActivityCount.contacts(), m1)).isEqualTo(4);
    }

    @Test
    void idsDirectionsAndExplanation() {
        assertThat(ActivityCount.calls().definition().id()).isEqualTo(KpiId.of("activity.calls", 1));
        assertThat(ActivityCount.contacts().definition().id()).isEqualTo(ActivityCount.CONTACTS);
        assertThat(ActivityCount.complaints().definition().direction()).isEqualTo(KpiDirection.LOWER_IS_BETTER);
        assertThat(ActivityCount.visits().definition().direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        assertThat(ActivityCount.contacts().kinds())
                .containsExactly(ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING);
        KpiValue v = KpiCalculator.of(ActivityCount.contacts())
                .compute(CONTEXT, KpiInput.builder().activities(ACTIVITIES).build())
                .get(ActivityCount.CONTACTS);
        assertThat(v.explanation().find("kpi.activity.call").get(0).parameter("count", Long.class))
                .isEqualTo(3L);
    }
}
