package io.github.kamsdk.core.kpi;

/** The formula contract for {@link RevenueGrowth}. */
class RevenueGrowthContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return RevenueGrowth.standard();
    }
}
