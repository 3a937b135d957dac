package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.testing.PayGens;
import org.quicktheories.core.Gen;

/** {@link TeamOverride} keeps the {@link PayComponentContract}, over {@link PayGens#overrides()}. */
class TeamOverrideContractTest implements PayComponentContract {
    @Override
    public Gen<? extends PayComponent> components() {
        return PayGens.overrides();
    }
}
