package io.github.kamsdk.core.kpi;

/** The formula contract, held against a minimal host-style formula (so the contract itself runs). */
class OrderCountContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return new OrderCountFormula();
    }
}
