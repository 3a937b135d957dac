package io.github.kamsdk.core.kpi;

/** {@link CustomerChurn} obeys the laws of every formula. */
class CustomerChurnContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return CustomerChurn.standard();
    }
}
