package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link KpiCalculator} over {@link LedgerGens} histories and activities (Q1 2026, EUR),
 * with {@link OrderCountFormula}, an order-amount formula weighted by the share, and counts of the
 * activities and competitor losses each scope is offered.
 */
class KpiCalculatorProperties {
    private static final KpiCalculator CALCULATOR = KpiCalculatorTest.calculator();
    private static final KpiContext CONTEXT = KpiFormulaContract.companyContext();
    private static final KpiId AMOUNT = KpiCalculatorTest.OrderAmountFormula.DEFINITION.id();

    @Test
    void computeByManagerEqualsComputeForEachManager() {
        Props.qt().forAll(Gens.seeds()).checkAssert(seed -> {
            KpiInput input = KpiFormulaContract.inputs(seed).toInput();
            ImmutableSortedMap<ManagerId, KpiResults> all =
                    CALCULATOR.computeByManager(CONTEXT, LedgerGens.MANAGERS, input);
            assertThat(all.keySet()).containsExactlyElementsOf(LedgerGens.MANAGERS);
            for (ManagerId m : LedgerGens.MANAGERS) {
                assertThat(all.get(m)).isEqualTo(CALCULATOR.compute(CONTEXT.forManager(m), input));
            }
        });
    }

    @Test
    void managersSharesOfOrderAmountsAddUpToTheCompanys() {
        // every event's shares add up to 100% and every credited manager is in MANAGERS
        Props.qt().forAll(LedgerGens.histories()).checkAssert(events -> {
            KpiInput input = KpiInput.of(events);
            BigDecimal company = CALCULATOR.compute(CONTEXT, input).get(AMOUNT).valueOrThrow();
            BigDecimal managers = CALCULATOR.computeByManager(CONTEXT, LedgerGens.MANAGERS, input).values().stream()
                    .map(r -> r.get(AMOUNT).valueOrThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(managers).isEqualByComparingTo(company);
        });
    }

    @Test
    void aManagersOrderCountIsTheOrdersInThePeriodThatCreditThem() {
        Props.qt().forAll(LedgerGens.smallHistories()).checkAssert(events -> {
            for (ManagerId m : LedgerGens.MANAGERS) {
                long expected = events.stream()
                        .filter(e -> e instanceof Order o
                                && CONTEXT.period().contains(o.date())
                                && o.credits().includes(m))
                        .count();
                BigDecimal count = CALCULATOR
                        .compute(CONTEXT.forManager(m), KpiInput.of(events))
                        .get(OrderCountFormula.DEFINITION.id())
                        .valueOrThrow();
                assertThat(count).isEqualByComparingTo(BigDecimal.valueOf(expected));
            }
        });
    }

    @Test
    void resultsDoNotDependOnTheOrderOfTheInput() {
        Props.qt().forAll(LedgerGens.histories(), Gens.seeds()).checkAssert((events, seed) -> {
            List<CommercialEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(CALCULATOR.compute(CONTEXT, KpiInput.of(shuffled)))
                    .isEqualTo(CALCULATOR.compute(CONTEXT, KpiInput.of(events)));
        });
    }
}
