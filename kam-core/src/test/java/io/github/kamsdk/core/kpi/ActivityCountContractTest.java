package io.github.kamsdk.core.kpi;

/** The formula contract for {@link ActivityCount}. */
class ActivityCountContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return ActivityCount.contacts();
    }
}
