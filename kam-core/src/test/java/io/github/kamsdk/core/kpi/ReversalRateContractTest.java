package io.github.kamsdk.core.kpi;

/** The formula contract for {@link ReversalRate}. */
class ReversalRateContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return ReversalRate.returnsByValue();
    }
}
