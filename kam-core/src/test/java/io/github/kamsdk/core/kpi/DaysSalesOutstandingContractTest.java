package io.github.kamsdk.core.kpi;

/** The formula contract for {@link DaysSalesOutstanding}. */
class DaysSalesOutstandingContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return DaysSalesOutstanding.standard();
    }
}
