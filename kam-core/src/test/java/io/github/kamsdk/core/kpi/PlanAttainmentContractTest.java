package io.github.kamsdk.core.kpi;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.testing.LedgerGens;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * The three {@link PlanAttainment} formulas obey the laws of every formula, with plans for M-0 and
 * M-1 in the contract's quarter.
 */
class PlanAttainmentContractTest {
    static final List<SalesPlan> PLANS = List.of(
            SalesPlan.builder()
                    .manager(LedgerGens.MANAGERS.get(0))
                    .period(LedgerGens.QUARTER)
                    .salesVolume(Money.of("250000", "EUR"))
                    .activeClients(3)
                    .newClients(1)
                    .build(),
            SalesPlan.builder()
                    .manager(LedgerGens.MANAGERS.get(1))
                    .period(LedgerGens.QUARTER)
                    .salesVolume(Money.of("100000", "EUR"))
                    .activeClients(2)
                    .build());

    @Nested
    class Sales implements KpiFormulaContract {
        @Override
        public KpiFormula formula() {
            return PlanAttainment.sales(PLANS);
        }
    }

    @Nested
    class ActiveBase implements KpiFormulaContract {
        @Override
        public KpiFormula formula() {
            return PlanAttainment.activeClients(PLANS, ActiveClientRule.standard());
        }
    }

    @Nested
    class NewClientsPlan implements KpiFormulaContract {
        @Override
        public KpiFormula formula() {
            return PlanAttainment.newClients(PLANS);
        }
    }
}
