package io.github.kamsdk.core.kpi;

import org.junit.jupiter.api.Nested;

/** Both variants of {@link RevenueRetention} obey the laws of every formula. */
class RevenueRetentionContractTest {
    @Nested
    class Net implements KpiFormulaContract {
        @Override
        public KpiFormula formula() {
            return RevenueRetention.net();
        }
    }

    @Nested
    class Gross implements KpiFormulaContract {
        @Override
        public KpiFormula formula() {
            return RevenueRetention.gross();
        }
    }
}
