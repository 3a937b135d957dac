package io.github.kamsdk.core.kpi;

/** {@link ActiveClients} obeys the laws of every formula. */
class ActiveClientsContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return ActiveClients.standard();
    }
}
