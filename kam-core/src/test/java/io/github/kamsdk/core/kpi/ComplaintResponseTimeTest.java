package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.CONTEXT;
import static io.github.kamsdk.core.testing.OpsKpiGens.activity;
import static io.github.kamsdk.core.testing.OpsKpiGens.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example, Q1 2026:
 *
 * <pre>
 * A opened 2025-12-30 10:00, resolved 2026-01-02 10:00: 72 h   (resolved in the period: counts)
 * B opened 2026-02-01 09:00, resolved 2026-02-01 09:30: 0.5 h  (counts)
 * C opened 2026-03-31 20:00, resolved 2026-04-01 08:00         (resolved after: open at the end)
 * D opened 2026-03-15 08:00, never resolved                     (open at the end)
 * E opened 2026-04-02, F a call                                 (ignored)
 * average = (72 + 0.5) / 2 = 36.25 h; numerator 261000 s = 72.5 h x 3600, denominator 7200
 * </pre>
 */
class ComplaintResponseTimeTest {
    static KpiValue compute(List<Activity> activities) {
        return KpiCalculator.of(ComplaintResponseTime.standard())
                .compute(CONTEXT, KpiInput.builder().activities(activities).build())
                .get(ComplaintResponseTime.ID);
    }

    @Test
    void averageOfTheComplaintsResolvedInThePeriod() {
        KpiValue v = compute(List.of(
                complaint("2025-12-30T10:00", "2026-01-02T10:00"),
                complaint("2026-02-01T09:00", "2026-02-01T09:30"),
                complaint("2026-03-31T20:00", "2026-04-01T08:00"),
                complaint("2026-03-15T08:00", null),
                complaint("2026-04-02T08:00", null),
                activity(ActivityKind.CALL, "2026-01-05T10:00")));
        assertThat(v.valueOrThrow()).isEqualByComparingTo("36.25");
        assertThat(v.numerator()).isEqualByComparingTo("261000");
        assertThat(v.denominator()).isEqualByComparingTo("7200");
        assertThat(v.explanation().find("kpi.complaints.open_at_end").get(0).parameter("open", Long.class))
                .isEqualTo(2L);
        assertThat(v.definition().unit()).isEqualTo(KpiUnit.HOURS);
    }

    @Test
    void aThirdOfAnHourIsRoundedOnceToTenPlaces() {
        // 20 minutes = 1200 s / 3600 = 0.3333333333
        KpiValue v = compute(List.of(complaint("2026-02-01T09:00", "2026-02-01T09:20")));
        assertThat(v.valueOrThrow()).isEqualByComparingTo("0.3333333333");
    }

    @Test
    void notDefinedWhenNoneWasResolved() {
        KpiValue v = compute(List.of(complaint("2026-03-15T08:00", null)));
        assertThat(v.undefinedReason()).contains("no complaint was resolved in the period");
        assertThat(v.explanation().find("kpi.complaints.open_at_end").get(0).parameter("open", Long.class))
                .isEqualTo(1L);
    }
}
