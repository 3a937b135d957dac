package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of {@link KpiCalculator}: a small hand-made ledger for Q1 2026 computed for the
 * company, for each manager one at a time, and for all managers in one pass.
 */
class KpiCalculatorTest {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final DateRange Q1 = DateRange.ofQuarter(2026, 1);
    static final ManagerId ANA = ManagerId.of("ana");
    static final ManagerId LUIS = ManagerId.of("luis");
    static final ManagerId BOB = ManagerId.of("bob");
    static final AccountId ACME = AccountId.of("ACME");
    static final KpiContext CONTEXT =
            KpiContext.builder().period(Q1).currency(EUR).build();

    /** A host-style money formula: order amounts dated in the period, times the scope's share. */
    static final class OrderAmountFormula implements KpiFormula {
        static final KpiDefinition DEFINITION = KpiDefinition.builder()
                .id(KpiId.of("test.order_amount", 1))
                .name("Order amount")
                .unit(KpiUnit.MONEY)
                .direction(KpiDirection.HIGHER_IS_BETTER)
                .definition("sum of order amounts dated in the period times the scope's share")
                .build();

        @Override
        public KpiDefinition definition() {
            return DEFINITION;
        }

        @Override
        public KpiAccumulator newAccumulator(KpiContext context) {
            return new Acc(context);
        }

        private static final class Acc implements KpiAccumulator {
            private final KpiContext context;
            private Money total;

            Acc(KpiContext context) {
                this.context = context;
                this.total = Money.zero(context.currency());
            }

            @Override
            public void order(Order order, Rate share) {
                if (context.period().contains(order.date())) {
                    total = total.plus(share.of(context.toReportingCurrency(order.amount(), order.date(), order.id())));
                }
            }

            @Override
            public void merge(KpiAccumulator other) {
                total = total.plus(
                        Accumulators.mergeable(Acc.class, other, DEFINITION, context, ((Acc) other).context).total);
            }

            @Override
            public KpiValue result() {
                return KpiValue.money(
                        DEFINITION,
                        context.period(),
                        total.amount(),
                        context.currency(),
                        Explanation.of(Step.of("test.order_amount", "{total}", "total", total)));
            }
        }
    }

    /** Counts what the scope offers: activities in the period, and every competitor loss. */
    static final class OfferedCountFormula implements KpiFormula {
        private final KpiDefinition definition;
        private final boolean activities;

        OfferedCountFormula(boolean activities) {
            this.activities = activities;
            this.definition = KpiDefinition.builder()
                    .id(KpiId.of(activities ? "test.activities" : "test.losses", 1))
                    .name(activities ? "Activities" : "Competitor losses")
                    .unit(KpiUnit.COUNT)
                    .direction(activities ? KpiDirection.HIGHER_IS_BETTER : KpiDirection.LOWER_IS_BETTER)
                    .definition(activities ? "activities in the period" : "competitor losses offered")
                    .build();
        }

        @Override
        public KpiDefinition definition() {
            return definition;
        }

        @Override
        public KpiAccumulator newAccumulator(KpiContext context) {
            return new KpiAccumulator() {
                private long count;

                @Override
                public void activity(Activity activity) {
                    if (activities && context.period().contains(activity.when().toLocalDate())) {
                        count++;
                    }
                }

                @Override
                public void competitorLoss(CompetitorLoss loss) {
                    if (!activities) {
                        count++;
                    }
                }

                @Override
                public void merge(KpiAccumulator other) {
                    throw new UnsupportedOperationException("not merged in these tests");
                }

                @Override
                public KpiValue result() {
                    return KpiValue.of(
                            definition,
                            context.period(),
                            BigDecimal.valueOf(count),
                            Explanation.of(Step.of("test.count", "{count}", "count", count)));
                }
            };
        }
    }

    static Order order(String id, Credits credits, LocalDate date, String amount, Currency currency) {
        return Order.builder()
                .id(EventId.of(id))
                .account(ACME)
                .credits(credits)
                .date(date)
                .currency(currency)
                .addLine(OrderLine.builder()
                        .lineNumber(1)
                        .product(ProductId.of("P-1"))
                        .group(ProductGroupId.of("G-1"))
                        .quantity(BigDecimal.ONE)
                        .unitPrice(Money.of(new BigDecimal(amount), currency))
                        .unitCost(Money.zero(currency))
                        .build())
                .build();
    }

    static final Credits SPLIT = Credits.split(Map.of(ANA, Rate.percent(70), LUIS, Rate.percent(30)));

    /** The ledger: three orders in Q1 2026 and one before it. */
    static final List<CommercialEvent> EVENTS = List.of(
            order("SO-1", Credits.solely(ANA), LocalDate.of(2026, 1, 10), "100.00", EUR),
            order("SO-2", SPLIT, LocalDate.of(2026, 2, 10), "200.00", EUR),
            order("SO-3", Credits.solely(LUIS), LocalDate.of(2026, 3, 31), "50.00", EUR),
            order("SO-0", Credits.solely(ANA), LocalDate.of(2025, 12, 31), "1000.00", EUR));

    static final List<Activity> ACTIVITIES = List.of(
            Activity.of(ActivityKind.CALL, ACME, ANA, LocalDate.of(2026, 1, 5).atTime(9, 0)),
            Activity.of(ActivityKind.VISIT, ACME, LUIS, LocalDate.of(2026, 2, 5).atTime(10, 0)),
            Activity.of(ActivityKind.CALL, ACME, ANA, LocalDate.of(2026, 3, 5).atTime(11, 0)));

    static final List<CompetitorLoss> LOSSES =
            List.of(CompetitorLoss.of(AccountId.of("GLOBEX"), LocalDate.of(2026, 2, 1)));

    static final KpiInput INPUT = KpiInput.builder()
            .events(EVENTS)
            .activities(ACTIVITIES)
            .competitorLosses(LOSSES)
            .build();

    static KpiCalculator calculator() {
        return KpiCalculator.of(
                new OrderCountFormula(),
                new OrderAmountFormula(),
                new OfferedCountFormula(true),
                new OfferedCountFormula(false));
    }

    static BigDecimal figure(KpiResults results, String code) {
        return results.get(KpiId.of(code, 1)).valueOrThrow();
    }

    @Test
    void companyScopeSeesEverythingAtAFullShare() {
        KpiResults r = calculator().compute(CONTEXT, INPUT);
        // SO-1, SO-2, SO-3 are in Q1; SO-0 (2025-12-31) is not
        assertThat(figure(r, "test.orders")).isEqualByComparingTo("3");
        // 100 + 200 + 50 = 350
        assertThat(figure(r, "test.order_amount")).isEqualByComparingTo("350");
        assertThat(r.get(OrderAmountFormula.DEFINITION.id()).currency()).contains(EUR);
        assertThat(figure(r, "test.activities")).isEqualByComparingTo("3");
        assertThat(figure(r, "test.losses")).isEqualByComparingTo("1");
        assertThat(r.context()).isEqualTo(CONTEXT);
    }

    @Test
    void aManagerSeesOnlyWhatCreditsThemAtTheirShareAndTheirOwnActivities() {
        KpiResults ana = calculator().compute(CONTEXT.forManager(ANA), INPUT);
        // SO-1 (all Ana's) and SO-2 (70% Ana's), counted whole
        assertThat(figure(ana, "test.orders")).isEqualByComparingTo("2");
        // 100 × 100% + 200 × 70% = 100 + 140 = 240
        assertThat(figure(ana, "test.order_amount")).isEqualByComparingTo("240");
        // Ana's two calls; Luis's visit is not hers
        assertThat(figure(ana, "test.activities")).isEqualByComparingTo("2");
        // every competitor loss is offered in every scope
        assertThat(figure(ana, "test.losses")).isEqualByComparingTo("1");

        KpiResults luis = calculator().compute(CONTEXT.forManager(LUIS), INPUT);
        // SO-2 (30%) and SO-3: 200 × 30% + 50 = 60 + 50 = 110
        assertThat(figure(luis, "test.orders")).isEqualByComparingTo("2");
        assertThat(figure(luis, "test.order_amount")).isEqualByComparingTo("110");
        assertThat(figure(luis, "test.activities")).isEqualByComparingTo("1");

        // the managers' shares add up to the company's 350 = 240 + 110
        KpiResults bob = calculator().compute(CONTEXT.forManager(BOB), INPUT);
        assertThat(figure(bob, "test.orders")).isEqualByComparingTo("0");
        assertThat(figure(bob, "test.order_amount")).isEqualByComparingTo("0");
        assertThat(figure(bob, "test.activities")).isEqualByComparingTo("0");
        assertThat(figure(bob, "test.losses")).isEqualByComparingTo("1");
    }

    @Test
    void computeByManagerInOnePassEqualsComputingEachManager() {
        KpiCalculator calculator = calculator();
        ImmutableSortedMap<ManagerId, KpiResults> all =
                calculator.computeByManager(CONTEXT, List.of(LUIS, ANA, BOB, ANA), INPUT);
        // duplicates count once; keys in manager-id order
        assertThat(all.keySet()).containsExactly(ANA, BOB, LUIS);
        for (ManagerId m : all.keySet()) {
            assertThat(all.get(m)).isEqualTo(calculator.compute(CONTEXT.forManager(m), INPUT));
            assertThat(all.get(m).context().manager()).contains(m);
        }
        // a manager's context given to computeByManager is replaced by each manager
        assertThat(calculator
                        .computeByManager(CONTEXT.forManager(BOB), List.of(ANA), INPUT)
                        .get(ANA))
                .isEqualTo(calculator.compute(CONTEXT.forManager(ANA), INPUT));
        assertThat(calculator.computeByManager(CONTEXT, List.of(), INPUT)).isEmpty();
    }

    @Test
    void resultsComeInFormulaOrder() {
        KpiCalculator calculator = calculator();
        assertThat(calculator.formulas())
                .extracting(f -> f.definition().id().code())
                .containsExactly("test.orders", "test.order_amount", "test.activities", "test.losses");
        assertThat(calculator.compute(CONTEXT, INPUT).values())
                .extracting(KpiValue::id)
                .containsExactly(
                        KpiId.of("test.orders", 1),
                        KpiId.of("test.order_amount", 1),
                        KpiId.of("test.activities", 1),
                        KpiId.of("test.losses", 1));
        assertThat(KpiCalculator.of(List.of(new OrderCountFormula())).formulas())
                .hasSize(1);
    }

    @Test
    void amountsInAnotherCurrencyAreConvertedAtTheEventsDate() {
        ExchangeRateTable rates = ExchangeRateTable.builder()
                .add(USD, EUR, new BigDecimal("0.90"), LocalDate.of(2026, 1, 1))
                .add(USD, EUR, new BigDecimal("0.80"), LocalDate.of(2026, 2, 1))
                .build();
        KpiContext context = KpiContext.builder()
                .period(Q1)
                .currency(EUR)
                .exchangeRates(rates)
                .build();
        KpiInput input = KpiInput.of(List.of(
                order("SO-1", Credits.solely(ANA), LocalDate.of(2026, 1, 10), "100.00", USD),
                order("SO-2", Credits.solely(ANA), LocalDate.of(2026, 2, 10), "100.00", USD),
                order("SO-3", Credits.solely(ANA), LocalDate.of(2026, 2, 10), "10.00", EUR)));
        // USD 100 × 0.90 + USD 100 × 0.80 + EUR 10 = 90 + 80 + 10 = EUR 180
        assertThat(figure(KpiCalculator.of(new OrderAmountFormula()).compute(context, input), "test.order_amount"))
                .isEqualByComparingTo("180");
    }

    @Test
    void theInputIsWalkedOncePerCalculation() {
        int[] walks = {0};
        Iterable<CommercialEvent> counted = () -> {
            walks[0]++;
            return EVENTS.iterator();
        };
        KpiInput input = KpiInput.of(counted);
        calculator().compute(CONTEXT, input);
        assertThat(walks[0]).isEqualTo(1);
        calculator().computeByManager(CONTEXT, List.of(ANA, LUIS), input);
        assertThat(walks[0]).isEqualTo(2);
    }
}
