package io.github.kamsdk.core.kpi;

/** The formula contract for {@link ProfitabilityGrowth}. */
class ProfitabilityGrowthContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return ProfitabilityGrowth.standard();
    }
}
