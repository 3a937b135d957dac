package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.testing.PayGens;
import org.quicktheories.core.Gen;

/** {@link KpiBonus} keeps the {@link PayComponentContract}, over {@link PayGens#bonuses()}. */
class KpiBonusContractTest implements PayComponentContract {
    @Override
    public Gen<? extends PayComponent> components() {
        return PayGens.bonuses();
    }
}
