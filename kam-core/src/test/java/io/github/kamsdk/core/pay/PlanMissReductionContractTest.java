package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.testing.PayGens;
import org.quicktheories.core.Gen;

/** {@link PlanMissReduction} keeps the {@link PayComponentContract}, over {@link PayGens#planMissReductions()}. */
class PlanMissReductionContractTest implements PayComponentContract {
    @Override
    public Gen<? extends PayComponent> components() {
        return PayGens.planMissReductions();
    }
}
