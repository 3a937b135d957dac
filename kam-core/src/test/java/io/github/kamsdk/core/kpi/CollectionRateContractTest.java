package io.github.kamsdk.core.kpi;

/** The formula contract for {@link CollectionRate}. */
class CollectionRateContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return CollectionRate.standard();
    }
}
