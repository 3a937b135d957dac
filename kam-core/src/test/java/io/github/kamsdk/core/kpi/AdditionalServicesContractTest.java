package io.github.kamsdk.core.kpi;

/** The formula contract for {@link AdditionalServices}. */
class AdditionalServicesContractTest implements KpiFormulaContract {
    @Override
    public KpiFormula formula() {
        return AdditionalServices.value();
    }
}
