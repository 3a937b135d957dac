package io.github.kamsdk.core.kpi;

/** The formula contract for {@link ComplaintResponseTime}. */
class ComplaintResponseTimeContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return ComplaintResponseTime.standard();
    }
}
