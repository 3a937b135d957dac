package io.github.kamsdk.core.kpi;

/** {@link NewClients} obeys the laws of every formula. */
class NewClientsContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return NewClients.standard();
    }
}
