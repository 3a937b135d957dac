package io.github.kamsdk.core.kpi;

/** The formula contract for {@link OverdueShare}. */
class OverdueShareContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return OverdueShare.standard();
    }
}
