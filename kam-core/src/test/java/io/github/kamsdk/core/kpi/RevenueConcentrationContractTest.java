package io.github.kamsdk.core.kpi;

import org.junit.jupiter.api.Nested;

/** Both kinds of {@link RevenueConcentration} obey the laws of every formula. */
class RevenueConcentrationContractTest {
    @Nested
    class TopThree implements KpiFormulaContract {
        @Override
        public KpiFormula formula() {
            return RevenueConcentration.topShare(3);
        }
    }

    @Nested
    class Herfindahl implements KpiFormulaContract {
        @Override
        public KpiFormula formula() {
            return RevenueConcentration.herfindahl();
        }
    }
}
