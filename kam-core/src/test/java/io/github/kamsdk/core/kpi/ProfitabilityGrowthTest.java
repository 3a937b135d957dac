package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.compute;
import static io.github.kamsdk.core.kpi.RevenueGrowthTest.EVENTS;
import static io.github.kamsdk.core.testing.OpsKpiGens.M1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked example: see {@link RevenueGrowthTest} for the figures. */
class ProfitabilityGrowthTest {
    @Test
    void growthOfNetMargin() {
        // M0 = (2000 - 1500) - (400 - 300) = 400; M1 = 600 + 200 - 60 = 740; (740 - 400) / 400 = 0.85
        KpiValue v = compute(ProfitabilityGrowth.standard(), CONTEXT, EVENTS);
        assertThat(v.numerator()).isEqualByComparingTo("340");
        assertThat(v.denominator()).isEqualByComparingTo("400");
        assertThat(v.valueOrThrow()).isEqualByComparingTo("0.85");
    }

    @Test
    void aManagersShare() {
        // M-1: M0 = 400; M1 = 600 + 200 x 60% - 60 = 660; (660 - 400) / 400 = 0.65
        assertThat(compute(ProfitabilityGrowth.standard(), CONTEXT.forManager(M1), EVENTS)
                        .valueOrThrow())
                .isEqualByComparingTo("0.65");
    }

    @Test
    void notDefinedWithoutPositiveMarginInThePriorPeriod() {
        KpiValue v = compute(ProfitabilityGrowth.standard(), CONTEXT, List.of(EVENTS.get(2)));
        assertThat(v.undefinedReason()).contains("no positive margin in the prior period");
    }
}
