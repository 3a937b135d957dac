package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.testing.PayGens;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/** {@link TransactionCommission} keeps the {@link PayComponentContract} in each {@link BandMode}. */
class TransactionCommissionContractTest {
    @Nested
    class WholeAmount implements PayComponentContract {
        @Override
        public Gen<? extends PayComponent> components() {
            return PayGens.commissions(BandMode.WHOLE_AMOUNT);
        }
    }

    @Nested
    class Graduated implements PayComponentContract {
        @Override
        public Gen<? extends PayComponent> components() {
            return PayGens.commissions(BandMode.GRADUATED);
        }
    }

    @Nested
    class PeriodToDate implements PayComponentContract {
        @Override
        public Gen<? extends PayComponent> components() {
            return PayGens.commissions(BandMode.PERIOD_TO_DATE);
        }
    }
}
