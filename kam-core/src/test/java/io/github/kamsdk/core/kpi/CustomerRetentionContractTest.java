package io.github.kamsdk.core.kpi;

/** {@link CustomerRetention} obeys the laws of every formula. */
class CustomerRetentionContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return CustomerRetention.standard();
    }
}
