package io.github.kamsdk.core.kpi;

import org.junit.jupiter.api.Test;

/** Invariants of {@link ProfitabilityGrowth}: see {@link RevenueGrowthProperties} for the model. */
class ProfitabilityGrowthProperties {
    @Test
    void profitabilityGrowthEqualsTheNaiveModel() {
        RevenueGrowthProperties.check(ProfitabilityGrowth.standard(), true);
    }
}
