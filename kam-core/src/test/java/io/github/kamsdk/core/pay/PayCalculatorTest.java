package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayFixtures.ANA;
import static io.github.kamsdk.core.pay.PayFixtures.C1;
import static io.github.kamsdk.core.pay.PayFixtures.CARMEN;
import static io.github.kamsdk.core.pay.PayFixtures.COMMISSION;
import static io.github.kamsdk.core.pay.PayFixtures.EUR;
import static io.github.kamsdk.core.pay.PayFixtures.EVA;
import static io.github.kamsdk.core.pay.PayFixtures.LUIS;
import static io.github.kamsdk.core.pay.PayFixtures.Q1;
import static io.github.kamsdk.core.pay.PayFixtures.Q2;
import static io.github.kamsdk.core.pay.PayFixtures.USD;
import static io.github.kamsdk.core.pay.PayFixtures.calculator;
import static io.github.kamsdk.core.pay.PayFixtures.childCodes;
import static io.github.kamsdk.core.pay.PayFixtures.commission;
import static io.github.kamsdk.core.pay.PayFixtures.day;
import static io.github.kamsdk.core.pay.PayFixtures.eur;
import static io.github.kamsdk.core.pay.PayFixtures.id;
import static io.github.kamsdk.core.pay.PayFixtures.input;
import static io.github.kamsdk.core.pay.PayFixtures.order;
import static io.github.kamsdk.core.pay.PayFixtures.plan;
import static io.github.kamsdk.core.pay.PayFixtures.sale;
import static io.github.kamsdk.core.pay.PayFixtures.seedBands;
import static io.github.kamsdk.core.pay.PayFixtures.split;
import static io.github.kamsdk.core.pay.PayFixtures.stepOf;
import static io.github.kamsdk.core.pay.PayFixtures.team;
import static io.github.kamsdk.core.pay.PayFixtures.transactionsOf;
import static io.github.kamsdk.core.pay.PayFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.kpi.ActiveClientRule;
import io.github.kamsdk.core.kpi.KpiCalculator;
import io.github.kamsdk.core.kpi.KpiContext;
import io.github.kamsdk.core.kpi.KpiDefinition;
import io.github.kamsdk.core.kpi.KpiDirection;
import io.github.kamsdk.core.kpi.KpiInput;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.KpiValue;
import io.github.kamsdk.core.kpi.PlanAttainment;
import io.github.kamsdk.core.kpi.SalesPlan;
import io.github.kamsdk.core.kpi.Scorecard;
import io.github.kamsdk.core.kpi.ScorecardEntry;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.testing.BadInput;
import io.github.kamsdk.core.testing.KpiGens;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of whole statements, every figure computed by hand in the comments. Unless said
 * otherwise: ana, Q1 2026 (90 days), plan in EUR rounded HALF_EVEN to the cent, booked basis.
 */
class PayCalculatorTest {
    /** A plan version covering part of the period cannot be prorated. */

    /** The seeds' four deals, given out of date order (the result must not depend on it). */
    static final ProductGroupId PUMPS = ProductGroupId.of("PUMPS");

    static final ProductGroupId VALVES = ProductGroupId.of("VALVES");
    static final ProductGroupId FREIGHT = ProductGroupId.of("FREIGHT");

    static PayInput seedDeals() {
        return input(
                sale("SO-3", ANA, day(2, 10), "50000.00"),
                sale("SO-1", ANA, day(1, 10), "40000.00"),
                sale("SO-4", ANA, day(3, 10), "60000.00"),
                sale("SO-2", ANA, day(1, 20), "49999.99"));
    }

    static PayStatement seedStatement(BandMode mode) {
        CompensationPlan plan =
                plan("seed", "6000.00", commission(mode).build()).build();
        return calculator(plan).statement(ANA, Q1, seedDeals());
    }

    static Money recordOf(PayStatement s, String transaction) {
        return s.records().stream()
                .filter(r -> r.transaction().orElseThrow().value().equals(transaction))
                .findFirst()
                .orElseThrow()
                .amount();
    }

    @Nested
    class TheSeedsExample {
        @Test
        void aBoundaryAmountBelongsToTheBandThatStartsThere() {
            CommissionBands bands = seedBands();
            assertThat(bands.bandIndex(eur("49999.99"))).isZero();
            assertThat(bands.bandIndex(eur("50000.00"))).isEqualTo(1);
            assertThat(bands.cliffs()).containsExactly(1);
            // whole amount: 15% × 49,999.99 = 7,499.9985; 5% × 50,000.00 = 2,500.00
            assertThat(bands.wholeAmount(eur("49999.99"))).isEqualTo(eur("7499.9985"));
            assertThat(bands.wholeAmount(eur("50000.00"))).isEqualTo(eur("2500.00"));
            // graduated: 15% × 50,000 + 5% × 10,000 = 7,500 + 500 = 8,000
            assertThat(bands.graduated(eur("60000"))).isEqualTo(eur("8000.00"));
        }

        @Test
        void wholeAmountPaysTheDealsBandRateOnAllOfIt() {
            PayStatement s = seedStatement(BandMode.WHOLE_AMOUNT);

            // band 1 (15%): SO-1 40,000.00 → 6,000.00; SO-2 49,999.99 → 7,499.9985
            //   sum 13,499.9985, rounded once (HALF_EVEN) → 13,500.00
            // band 2 (5%): SO-3 50,000.00 → 2,500.00 (the boundary is in band 2); SO-4 60,000 → 3,000.00
            //   sum 5,500.00
            assertThat(s.lines())
                    .extracting(PayLine::fullKey)
                    .containsExactly(
                            "FIXED/-/fixed/2026-01-01",
                            "COMMISSION/commission/band.1/2026-01-01",
                            "COMMISSION/commission/band.2/2026-01-01");
            PayLine band1 = s.line("COMMISSION/commission/band.1/2026-01-01").orElseThrow();
            PayLine band2 = s.line("COMMISSION/commission/band.2/2026-01-01").orElseThrow();
            assertThat(band1.exact()).isEqualTo(eur("13499.9985"));
            assertThat(band1.amount()).isEqualTo(eur("13500.00"));
            assertThat(band2.exact()).isEqualTo(eur("5500.00"));
            assertThat(band2.amount()).isEqualTo(eur("5500.00"));
            assertThat(transactionsOf(band1)).containsExactlyInAnyOrder("SO-1", "SO-2");
            assertThat(transactionsOf(band2)).containsExactlyInAnyOrder("SO-3", "SO-4");
            // fixed 6,000.00 + variable 13,500.00 + 5,500.00 = 25,000.00
            assertThat(s.fixedTotal()).isEqualTo(eur("6000.00"));
            assertThat(s.variableTotal()).isEqualTo(eur("19000.00"));
            assertThat(s.total()).isEqualTo(eur("25000.00"));
            // one exact record per transaction
            assertThat(recordOf(s, "SO-1")).isEqualTo(eur("6000.00"));
            assertThat(recordOf(s, "SO-2")).isEqualTo(eur("7499.9985"));
            assertThat(recordOf(s, "SO-3")).isEqualTo(eur("2500.00"));
            assertThat(recordOf(s, "SO-4")).isEqualTo(eur("3000.00"));
        }

        @Test
        void wholeAmountFlagsTheCliffOnBothSidesOfTheBoundary() {
            PayStatement s = seedStatement(BandMode.WHOLE_AMOUNT);
            PayLine band1 = s.line("COMMISSION/commission/band.1/2026-01-01").orElseThrow();
            PayLine band2 = s.line("COMMISSION/commission/band.2/2026-01-01").orElseThrow();

            // every band line names the schedule's cliffs
            assertThat(band1.explanation().find("pay.commission.cliffs")).hasSize(1);
            assertThat(band1.explanation().find("pay.commission.cliffs").get(0).text())
                    .contains("EUR 50000.00 (15% to 5%)");
            // a band-1 deal is told that from 50,000 the whole deal would earn 5% instead of 15%
            Step below = stepOf(band1, "SO-2");
            assertThat(childCodes(below)).containsExactly("pay.commission.cliff");
            assertThat(below.children().get(0).text())
                    .isEqualTo("cliff: from EUR 50000.00 the whole deal would earn 5% instead of 15%");
            // a band-2 deal is told that from 50,000 the whole deal earns 5% instead of 15%
            Step at = stepOf(band2, "SO-3");
            assertThat(at.children().get(0).code()).isEqualTo("pay.commission.cliff");
            assertThat(at.children().get(0).text())
                    .isEqualTo("cliff: from EUR 50000.00 the whole deal earns 5% instead of 15%");
            // 5% × 50,000.00 = 2,500.00, the deal of 49,999.99 earns 7,499.9985
            assertThat(at.parameter("commission", Money.class)).isEqualTo(eur("2500.00"));
            assertThat(below.parameter("commission", Money.class)).isEqualTo(eur("7499.9985"));
            assertThat(below.parameter("rate", Rate.class)).isEqualTo(Rate.percent(15));
        }

        @Test
        void graduatedPaysEachSliceAtItsOwnBandsRate() {
            PayStatement s = seedStatement(BandMode.GRADUATED);

            // band 1 (15% of the part below 50,000 of each deal):
            //   SO-1 40,000.00 → 6,000.00; SO-2 49,999.99 → 7,499.9985; SO-3 50,000 → 7,500.00;
            //   SO-4 60,000 → 7,500.00; sum 28,499.9985 → 28,500.00
            // band 2 (5% of the part from 50,000): SO-4 10,000 → 500.00 (SO-3 has nothing above 50,000)
            PayLine band1 = s.line("COMMISSION/commission/band.1/2026-01-01").orElseThrow();
            PayLine band2 = s.line("COMMISSION/commission/band.2/2026-01-01").orElseThrow();
            assertThat(band1.exact()).isEqualTo(eur("28499.9985"));
            assertThat(band1.amount()).isEqualTo(eur("28500.00"));
            assertThat(band2.amount()).isEqualTo(eur("500.00"));
            assertThat(transactionsOf(band1)).containsExactlyInAnyOrder("SO-1", "SO-2", "SO-3", "SO-4");
            assertThat(transactionsOf(band2)).containsExactly("SO-4");
            // no cliff in graduated mode
            assertThat(band1.explanation().find("pay.commission.cliffs")).isEmpty();
            assertThat(band1.explanation().find("pay.commission.cliff")).isEmpty();
            // the deal of 50,000 earns 7,500.00, more than 49,999.99 (7,499.9985): continuous
            assertThat(recordOf(s, "SO-2")).isEqualTo(eur("7499.9985"));
            assertThat(recordOf(s, "SO-3")).isEqualTo(eur("7500.00"));
            assertThat(recordOf(s, "SO-4")).isEqualTo(eur("8000.00"));
            // 6,000.00 + 28,500.00 + 500.00 = 35,000.00
            assertThat(s.variableTotal()).isEqualTo(eur("29000.00"));
            assertThat(s.total()).isEqualTo(eur("35000.00"));
        }

        @Test
        void periodToDatePricesTheRunningVolumeInDateOrder() {
            PayStatement s = seedStatement(BandMode.PERIOD_TO_DATE);

            // volume in date order: SO-1 (10 Jan) 40,000.00, SO-2 (20 Jan) 49,999.99, SO-3 (10 Feb)
            // 50,000.00, SO-4 (10 Mar) 60,000.00: 199,999.99 in all
            // band 1: the first 50,000 at 15% = 7,500.00
            // band 2: 149,999.99 at 5% = 7,499.9995 → 7,500.00 (HALF_EVEN, the digits after the cent are 95)
            PayLine band1 = s.line("COMMISSION/commission/band.1/2026-01-01").orElseThrow();
            PayLine band2 = s.line("COMMISSION/commission/band.2/2026-01-01").orElseThrow();
            assertThat(band1.exact()).isEqualTo(eur("7500.00"));
            assertThat(band2.exact()).isEqualTo(eur("7499.9995"));
            assertThat(band2.amount()).isEqualTo(eur("7500.00"));
            assertThat(band1.explanation().find("pay.commission.band").get(0).parameter("volume", Money.class))
                    .isEqualTo(eur("50000.00"));
            assertThat(band2.explanation().find("pay.commission.band").get(0).parameter("volume", Money.class))
                    .isEqualTo(eur("149999.99"));
            // per transaction, laid end to end from 0:
            //   SO-1 [0, 40,000): 15% → 6,000.00
            //   SO-2 [40,000, 89,999.99): 10,000 at 15% + 39,999.99 at 5% = 1,500 + 1,999.9995 = 3,499.9995
            //   SO-3 [89,999.99, 139,999.99): 5% → 2,500.00
            //   SO-4 [139,999.99, 199,999.99): 5% → 3,000.00
            //   sum 14,999.9995 = 7,500.00 + 7,499.9995
            assertThat(recordOf(s, "SO-1")).isEqualTo(eur("6000.00"));
            assertThat(recordOf(s, "SO-2")).isEqualTo(eur("3499.9995"));
            assertThat(recordOf(s, "SO-3")).isEqualTo(eur("2500.00"));
            assertThat(recordOf(s, "SO-4")).isEqualTo(eur("3000.00"));
            assertThat(transactionsOf(band1)).containsExactly("SO-1", "SO-2");
            assertThat(transactionsOf(band2)).containsExactly("SO-2", "SO-3", "SO-4");
            // 6,000.00 + 7,500.00 + 7,500.00 = 21,000.00
            assertThat(s.total()).isEqualTo(eur("21000.00"));
        }

        @Test
        void theStatementDoesNotDependOnTheOrderOfTheTransactions() {
            CompensationPlan plan = plan(
                            "seed",
                            "6000.00",
                            commission(BandMode.PERIOD_TO_DATE).build())
                    .build();
            PayInput sorted = input(
                    sale("SO-1", ANA, day(1, 10), "40000.00"),
                    sale("SO-2", ANA, day(1, 20), "49999.99"),
                    sale("SO-3", ANA, day(2, 10), "50000.00"),
                    sale("SO-4", ANA, day(3, 10), "60000.00"));
            assertThat(calculator(plan).statement(ANA, Q1, sorted))
                    .isEqualTo(calculator(plan).statement(ANA, Q1, seedDeals()));
        }

        @Test
        void theExplanationDoesNotDependOnTheOrderOfTheTransactions() {
            PayInput sorted = input(
                    sale("SO-1", ANA, day(1, 10), "40000.00"),
                    sale("SO-2", ANA, day(1, 20), "49999.99"),
                    sale("SO-3", ANA, day(2, 10), "50000.00"),
                    sale("SO-4", ANA, day(3, 10), "60000.00"));
            PayInput reversed = input(
                    sale("SO-4", ANA, day(3, 10), "60000.00"),
                    sale("SO-3", ANA, day(2, 10), "50000.00"),
                    sale("SO-2", ANA, day(1, 20), "49999.99"),
                    sale("SO-1", ANA, day(1, 10), "40000.00"));
            for (BandMode mode : BandMode.values()) {
                CompensationPlan plan =
                        plan("seed", "6000.00", commission(mode).build()).build();
                // reversed, the whole-amount band-1 line lists SO-2 before SO-1, the graduated one
                // SO-4, SO-3, SO-2, SO-1: the same figures explained in another order
                assertThat(calculator(plan)
                                .statement(ANA, Q1, reversed)
                                .explanation()
                                .render())
                        .as("mode %s", mode)
                        .isEqualTo(calculator(plan)
                                .statement(ANA, Q1, sorted)
                                .explanation()
                                .render());
            }
        }
    }

    @Nested
    class AMidPeriodPlanChange {
        // version 1: 1 Jan – 14 Feb, fixed EUR 6,000.00 per quarter, period-to-date 10% / 5% from 50,000
        // version 2: from 15 Feb, fixed EUR 7,500.00 per quarter, period-to-date 12% / 6% from 50,000
        // Q1 has 90 days: version 1 covers 31 + 14 = 45 of them, version 2 covers 14 + 31 = 45
        final PlanVersion v1 = PlanVersion.builder()
                .validity(DateRange.of(day(1, 1), day(2, 15)))
                .fixedPay(eur("6000.00"))
                .addComponent(TransactionCommission.builder()
                        .id(COMMISSION)
                        .mode(BandMode.PERIOD_TO_DATE)
                        .bands(CommissionBands.startingAt(Money.zero(EUR), Rate.percent(10))
                                .from(eur("50000"), Rate.percent(5))
                                .build())
                        .build())
                .build();
        final PlanVersion v2 = PlanVersion.builder()
                .validity(DateRange.of(day(2, 15), day(12, 31).plusDays(1)))
                .fixedPay(eur("7500.00"))
                .addComponent(TransactionCommission.builder()
                        .id(COMMISSION)
                        .mode(BandMode.PERIOD_TO_DATE)
                        .bands(CommissionBands.startingAt(Money.zero(EUR), Rate.percent(12))
                                .from(eur("50000"), Rate.percent(6))
                                .build())
                        .build())
                .build();
        final CompensationPlan plan = CompensationPlan.builder()
                .id("kam-2026")
                .currency(EUR)
                .addVersion(v2) // in any order: the timeline sorts them
                .addVersion(v1)
                .build();
        final PayInput deals = input(
                sale("SO-1", ANA, day(1, 20), "30000.00"),
                sale("SO-2", ANA, day(2, 14), "10000.00"), // the last day of version 1
                sale("SO-3", ANA, day(2, 15), "20000.00"), // the first day of version 2
                sale("SO-4", ANA, day(3, 20), "40000.00"));

        @Test
        void eachPieceHasItsFixedLineProratedByDaysAndItsOwnComponentLines() {
            PayStatement s = calculator(plan).statement(ANA, Q1, deals);

            assertThat(s.lines())
                    .extracting(PayLine::fullKey)
                    .containsExactly(
                            "FIXED/-/fixed/2026-01-01",
                            "COMMISSION/commission/band.1/2026-01-01",
                            "FIXED/-/fixed/2026-02-15",
                            "COMMISSION/commission/band.1/2026-02-15",
                            "COMMISSION/commission/band.2/2026-02-15");
            // fixed: 6,000.00 × 45/90 = 3,000.00 and 7,500.00 × 45/90 = 3,750.00
            assertThat(s.lines(PayLineKind.FIXED))
                    .extracting(PayLine::amount)
                    .containsExactly(eur("3000.00"), eur("3750.00"));
            PayLine fixed1 = s.line("FIXED/-/fixed/2026-01-01").orElseThrow();
            assertThat(fixed1.piece()).isEqualTo(DateRange.of(day(1, 1), day(2, 15)));
            Step prorated = fixed1.explanation().find("pay.fixed.prorated").get(0);
            assertThat(prorated.parameter("days", Long.class)).isEqualTo(45L);
            assertThat(prorated.parameter("periodDays", Long.class)).isEqualTo(90L);
            assertThat(s.fixedTotal()).isEqualTo(eur("6750.00"));
        }

        @Test
        void eachTransactionEarnsUnderTheVersionOfItsDateAndTheVolumeCarriesAcrossTheChange() {
            PayStatement s = calculator(plan).statement(ANA, Q1, deals);

            // version 1: SO-1 + SO-2 = 40,000 of volume from 0, all below 50,000 at 10% = 4,000.00
            assertThat(s.line("COMMISSION/commission/band.1/2026-01-01")
                            .orElseThrow()
                            .amount())
                    .isEqualTo(eur("4000.00"));
            // version 2 starts at the 40,000 reached: SO-3 + SO-4 = 60,000 lie on [40,000, 100,000)
            //   band 1 of version 2: [40,000, 50,000) = 10,000 at 12% = 1,200.00
            //   band 2 of version 2: [50,000, 100,000) = 50,000 at 6% = 3,000.00
            // (without the carried volume it would be 50,000 × 12% + 10,000 × 6% = 6,600.00)
            assertThat(s.line("COMMISSION/commission/band.1/2026-02-15")
                            .orElseThrow()
                            .amount())
                    .isEqualTo(eur("1200.00"));
            assertThat(s.line("COMMISSION/commission/band.2/2026-02-15")
                            .orElseThrow()
                            .amount())
                    .isEqualTo(eur("3000.00"));
            // per transaction: SO-1 10% × 30,000 = 3,000; SO-2 (14 Feb) 10% × 10,000 = 1,000;
            // SO-3 (15 Feb) [40,000, 60,000): 10,000 × 12% + 10,000 × 6% = 1,800; SO-4 6% × 40,000 = 2,400
            assertThat(recordOf(s, "SO-1")).isEqualTo(eur("3000.00"));
            assertThat(recordOf(s, "SO-2")).isEqualTo(eur("1000.00"));
            assertThat(recordOf(s, "SO-3")).isEqualTo(eur("1800.00"));
            assertThat(recordOf(s, "SO-4")).isEqualTo(eur("2400.00"));
            // variable 4,000 + 1,200 + 3,000 = 8,200.00; total 6,750.00 + 8,200.00 = 14,950.00
            assertThat(s.variableTotal()).isEqualTo(eur("8200.00"));
            assertThat(s.total()).isEqualTo(eur("14950.00"));
        }

        @Test
        void aManagerWithNoVersionInForceOnTheDateEarnsNothingWithTheReason() {
            // luis's plan starts on 1 Feb: Q1 has 59 of its 90 days under it (28 + 31)
            CompensationPlan late = CompensationPlan.builder()
                    .id("late-start")
                    .currency(EUR)
                    .addVersion(PayFixtures.version(
                            DateRange.of(day(2, 1), day(12, 31).plusDays(1)),
                            "9000.00",
                            commission(BandMode.WHOLE_AMOUNT).build()))
                    .build();
            PayCalculator calc =
                    PayCalculator.of(PayPlans.builder().forManager(LUIS, late).build());
            PayStatement s = calc.statement(
                    LUIS,
                    Q1,
                    input(sale("SO-1", LUIS, day(1, 20), "10000.00"), sale("SO-2", LUIS, day(2, 10), "10000.00")));

            // fixed 9,000.00 × 59/90 = 5,900.00; SO-2 15% × 10,000 = 1,500.00; SO-1 is before the plan
            assertThat(s.lines())
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(
                            tuple("FIXED/-/fixed/2026-02-01", eur("5900.00")),
                            tuple("COMMISSION/commission/band.1/2026-02-01", eur("1500.00")));
            assertThat(s.unpaid()).hasSize(1);
            UnpaidTransaction u = s.unpaid().get(0);
            assertThat(u.transaction().value()).isEqualTo("SO-1");
            assertThat(u.reason()).isEqualTo(UnpaidReason.NO_PLAN);
            assertThat(u.detail()).isEqualTo("no version of plan late-start is in force on 2026-01-20");
            assertThat(s.unpaidCounts()).containsExactly(entry(UnpaidReason.NO_PLAN, 1));
        }
    }

    @Nested
    class ASplitBetweenTwoManagers {
        // SO-1 33,333.33 and SO-2 60,000.00, each credited 60% to ana and 40% to luis
        final PayInput deals = input(
                sale("SO-1", day(1, 15), "33333.33")
                        .credits(split(ANA, "60", LUIS, "40"))
                        .build(),
                sale("SO-2", day(2, 15), "60000.00")
                        .credits(split(ANA, "60", LUIS, "40"))
                        .build());
        final PayCalculator calc = calculator(
                plan("kam", "0.00", commission(BandMode.WHOLE_AMOUNT).build()).build());

        @Test
        void eachManagerEarnsTheirShareAtTheBandOfTheWholeDeal() {
            PayStatement ana = calc.statement(ANA, Q1, deals);
            PayStatement luis = calc.statement(LUIS, Q1, deals);

            // SO-1 (band 1, 15%): ana 60% × 33,333.33 = 19,999.998 → 2,999.9997 → 3,000.00
            //                     luis 40% × 33,333.33 = 13,333.332 → 1,999.9998 → 2,000.00
            // SO-2 (band 2, 5%, by the whole 60,000 although each share is below 50,000):
            //                     ana 36,000 → 1,800.00; luis 24,000 → 1,200.00
            assertThat(ana.lines(PayLineKind.COMMISSION))
                    .extracting(PayLine::key, PayLine::exact, PayLine::amount)
                    .containsExactly(
                            tuple("band.1", eur("2999.9997"), eur("3000.00")),
                            tuple("band.2", eur("1800.00"), eur("1800.00")));
            assertThat(luis.lines(PayLineKind.COMMISSION))
                    .extracting(PayLine::key, PayLine::exact, PayLine::amount)
                    .containsExactly(
                            tuple("band.1", eur("1999.9998"), eur("2000.00")),
                            tuple("band.2", eur("1200.00"), eur("1200.00")));
            // together 3,000 + 1,800 + 2,000 + 1,200 = 8,000.00
            //   = 15% × 33,333.33 (4,999.9995 → 5,000.00) + 5% × 60,000 (3,000.00)
            assertThat(ana.total().plus(luis.total())).isEqualTo(eur("8000.00"));
        }

        @Test
        void theCreditedBasesAddUpToTheDeal() {
            PayStatement ana = calc.statement(ANA, Q1, deals);
            PayStatement luis = calc.statement(LUIS, Q1, deals);

            Step anaSo1 = stepOf(ana.lines().get(1), "SO-1");
            Step luisSo1 = stepOf(luis.lines().get(1), "SO-1");
            assertThat(anaSo1.parameter("share", Rate.class)).isEqualTo(Rate.percent(60));
            assertThat(anaSo1.parameter("factor", Rate.class)).isEqualTo(Rate.percent(60));
            assertThat(anaSo1.parameter("dealBase", Money.class)).isEqualTo(eur("33333.33"));
            // 19,999.998 + 13,333.332 = 33,333.33 exactly
            assertThat(anaSo1.parameter("credited", Money.class)).isEqualTo(eur("19999.998"));
            assertThat(luisSo1.parameter("credited", Money.class)).isEqualTo(eur("13333.332"));
            assertThat(anaSo1.parameter("credited", Money.class).plus(luisSo1.parameter("credited", Money.class)))
                    .isEqualTo(eur("33333.33"));
            Step anaSo2 = stepOf(ana.lines().get(2), "SO-2");
            Step luisSo2 = stepOf(luis.lines().get(2), "SO-2");
            assertThat(anaSo2.parameter("credited", Money.class).plus(luisSo2.parameter("credited", Money.class)))
                    .isEqualTo(eur("60000.00"));
            // the exact records add up to the whole deal's commission: 2,999.9997 + 1,999.9998 = 4,999.9995
            assertThat(recordOf(ana, "SO-1").plus(recordOf(luis, "SO-1"))).isEqualTo(eur("4999.9995"));
            assertThat(recordOf(ana, "SO-2").plus(recordOf(luis, "SO-2"))).isEqualTo(eur("3000.00"));
        }
    }

    @Nested
    class WhatEarnsNothingIsListedWithTheReason {
        // 10% of the margin (amount − cost) of the eligible lines; group FREIGHT is excluded
        final TransactionCommission onMargin = TransactionCommission.builder()
                .id(COMMISSION)
                .base(CommissionBase.MARGIN)
                .bands(CommissionBands.flat(Rate.percent(10), EUR))
                .eligibility(Eligibility.builder().excludeGroup(FREIGHT).build())
                .build();
        final PayCalculator calc = calculator(plan("margin", "0.00", onMargin).build());

        PayTransaction deal(String id, LocalDate date, TransactionLine... lines) {
            return PayTransaction.builder()
                    .id(id(id))
                    .account(C1)
                    .credits(Credits.solely(ANA))
                    .date(date)
                    .addLines(lines)
                    .build();
        }

        TransactionLine line(String product, ProductGroupId group, String amount, String cost) {
            TransactionLine.Builder b = TransactionLine.builder()
                    .product(ProductId.of(product))
                    .group(group)
                    .amount(eur(amount));
            if (cost != null) {
                b.cost(eur(cost));
            }
            return b.build();
        }

        final PayInput deals = PayInput.of(List.of(
                // margin 10,000 − 7,000 = 3,000 → 300.00
                deal("M-1", day(1, 10), line("PUMP-7", PUMPS, "10000.00", "7000.00")),
                // pumps 2,000 − 1,500 = 500 → 50.00; the freight line (no cost) is excluded, so its cost is not needed
                deal(
                        "M-2",
                        day(1, 20),
                        line("PUMP-7", PUMPS, "2000.00", "1500.00"),
                        line("CARRIAGE", FREIGHT, "300.00", null)),
                // a deal's margin is the sum of its lines': 4,000 − 3,000 = +1,000 and 1,000 − 1,400 = −400 → 600 →
                // 60.00
                deal(
                        "M-8",
                        day(1, 25),
                        line("PUMP-7", PUMPS, "4000.00", "3000.00"),
                        line("VALVE-2", VALVES, "1000.00", "1400.00")),
                // sold below cost: 5,000 − 5,500 = −500 → nothing, and it costs the manager nothing
                deal("M-3", day(2, 1), line("PUMP-7", PUMPS, "5000.00", "5500.00")),
                // freight only
                deal("M-4", day(2, 5), line("CARRIAGE", FREIGHT, "400.00", "100.00")),
                // an eligible line without a cost cannot be judged on a margin base
                deal("M-5", day(2, 10), line("PUMP-7", PUMPS, "1000.00", null)),
                // dated after the quarter
                deal("M-6", day(4, 2), line("PUMP-7", PUMPS, "1000.00", "500.00")),
                // an invoice-basis credit reaching a booked-basis commission
                PayTransaction.builder()
                        .id(id("M-7"))
                        .account(C1)
                        .credits(Credits.solely(ANA))
                        .date(day(3, 1))
                        .basis(CreditingBasis.INVOICED)
                        .addLine(line("PUMP-7", PUMPS, "1000.00", "500.00"))
                        .build()));

        @Test
        void aMarginBaseNeverGoesBelowZeroAndOnlyEligibleLinesEarn() {
            PayStatement s = calc.statement(ANA, Q1, deals);
            // 300.00 + 50.00 + 60.00 = 410.00
            PayLine line = s.lines(PayLineKind.COMMISSION).get(0);
            assertThat(line.amount()).isEqualTo(eur("410.00"));
            assertThat(transactionsOf(line)).containsExactlyInAnyOrder("M-1", "M-2", "M-8");
            assertThat(stepOf(line, "M-2").parameter("dealBase", Money.class)).isEqualTo(eur("500.00"));
            assertThat(stepOf(line, "M-8").parameter("dealBase", Money.class)).isEqualTo(eur("600.00"));
            assertThat(s.total()).isEqualTo(eur("410.00"));
        }

        @Test
        void everyTransactionThatEarnsNothingIsListedWithItsReason() {
            PayStatement s = calc.statement(ANA, Q1, deals);

            assertThat(s.unpaid())
                    .extracting(u -> u.transaction().value(), UnpaidTransaction::reason, UnpaidTransaction::detail)
                    .containsExactly(
                            tuple(
                                    "M-3",
                                    UnpaidReason.ZERO_BASE,
                                    "the eligible margin EUR -500.00 is not above zero: nothing earned"),
                            tuple(
                                    "M-4",
                                    UnpaidReason.NOT_ELIGIBLE,
                                    "no line of deal M-4 is eligible: group FREIGHT is excluded"),
                            tuple(
                                    "M-5",
                                    UnpaidReason.NO_COST,
                                    "the base is the margin and line PUMP-7 of deal M-5 has no cost"),
                            tuple(
                                    "M-7",
                                    UnpaidReason.BASIS_NOT_USED,
                                    "commission earns on BOOKED transactions; M-7 is INVOICED"),
                            tuple(
                                    "M-6",
                                    UnpaidReason.OUTSIDE_PERIOD,
                                    "dated 2026-04-02, outside the period [2026-01-01, 2026-04-01)"));
            // the component is named when a component judged it
            assertThat(s.unpaid().get(0).component()).contains(COMMISSION);
            assertThat(s.unpaid().get(4).component()).isEmpty();
            assertThat(s.unpaidCounts())
                    .containsExactly(
                            entry(UnpaidReason.OUTSIDE_PERIOD, 1),
                            entry(UnpaidReason.BASIS_NOT_USED, 1),
                            entry(UnpaidReason.NOT_ELIGIBLE, 1),
                            entry(UnpaidReason.NO_COST, 1),
                            entry(UnpaidReason.ZERO_BASE, 1));
            assertThat(s.explanation().find("pay.statement.unpaid")).hasSize(1);
            // no record for what earned nothing
            assertThat(s.records())
                    .extracting(r -> r.transaction().orElseThrow().value())
                    .containsExactly("M-1", "M-2", "M-8");
        }

        @Test
        void aManagerWhosePlanHasNoVersionInThePeriodHasEveryTransactionListedAsNoPlan() {
            // luis's plan starts on 1 April: nothing of it covers Q1
            CompensationPlan fromApril = CompensationPlan.builder()
                    .id("from-april")
                    .currency(EUR)
                    .addVersion(PayFixtures.version(
                            DateRange.of(day(4, 1), day(12, 31).plusDays(1)),
                            "9000.00",
                            commission(BandMode.WHOLE_AMOUNT).build()))
                    .build();
            PayStatement s = PayCalculator.of(
                            PayPlans.builder().forManager(LUIS, fromApril).build())
                    .statement(LUIS, Q1, input(sale("SO-1", LUIS, day(1, 20), "10000.00")));
            assertThat(s.lines()).isEmpty();
            assertThat(s.total()).isEqualTo(eur("0.00"));
            assertThat(s.unpaid())
                    .extracting(u -> u.transaction().value(), UnpaidTransaction::reason, UnpaidTransaction::detail)
                    .containsExactly(tuple(
                            "SO-1", UnpaidReason.NO_PLAN, "no version of plan from-april is in force on 2026-01-20"));
        }
    }

    @Nested
    class TwoCurrencies {
        // 1 USD = 0.90 EUR from 1 Jan, 0.92 EUR from 1 Feb; the plan pays in EUR
        final ExchangeRateTable rates = ExchangeRateTable.builder()
                .add(USD, EUR, new BigDecimal("0.90"), day(1, 1))
                .add(USD, EUR, new BigDecimal("0.92"), day(2, 1))
                .build();
        final CompensationPlan plan =
                plan("kam", "0.00", commission(BandMode.WHOLE_AMOUNT).build()).build();
        final PayInput deals = input(
                sale("E-1", ANA, day(1, 15), "10000.00"),
                dollarSale("U-1", day(2, 10), "54000.00"),
                dollarSale("U-2", day(1, 20), "1000.00"));

        PayTransaction dollarSale(String id, LocalDate date, String amount) {
            return PayTransaction.builder()
                    .id(id(id))
                    .account(C1)
                    .credits(Credits.solely(ANA))
                    .date(date)
                    .addLine(TransactionLine.of(usd(amount)))
                    .build();
        }

        @Test
        void aDealInAnotherCurrencyIsConvertedAtTheRateOfItsDateBeforeItsBandIsChosen() {
            PayStatement s = PayCalculator.builder()
                    .plans(PayPlans.forEveryone(plan))
                    .exchangeRates(rates)
                    .build()
                    .statement(ANA, Q1, deals);

            // U-1: USD 54,000.00 × 0.92 (the rate of 1 Feb, in force on 10 Feb) = EUR 49,680.00:
            //   band 1 although the dollar amount is above 50,000; 15% → 7,452.00
            // U-2: USD 1,000.00 × 0.90 (the rate of 1 Jan) = EUR 900.00 → 135.00
            // E-1: EUR 10,000.00 → 1,500.00
            // band 1: 7,452.00 + 135.00 + 1,500.00 = 9,087.00
            assertThat(s.currency()).isEqualTo(EUR);
            assertThat(s.lines(PayLineKind.COMMISSION))
                    .extracting(PayLine::key, PayLine::amount)
                    .containsExactly(tuple("band.1", eur("9087.00")));
            PayLine line = s.lines(PayLineKind.COMMISSION).get(0);
            Step u1 = stepOf(line, "U-1");
            assertThat(u1.parameter("dealBase", Money.class)).isEqualTo(eur("49680.00"));
            assertThat(u1.parameter("commission", Money.class)).isEqualTo(eur("7452.00"));
            // the rate used is named
            Step conversion = u1.children().stream()
                    .filter(c -> c.code().equals("pay.conversion"))
                    .findFirst()
                    .orElseThrow();
            assertThat(conversion.text())
                    .isEqualTo("amounts in USD converted to EUR at 0.92 (the rate of 2026-02-01 for 2026-02-10)");
            assertThat(stepOf(line, "U-2").children().get(0).text())
                    .isEqualTo("amounts in USD converted to EUR at 0.90 (the rate of 2026-01-01 for 2026-01-20)");
            // a transaction in the plan's currency is not converted
            assertThat(childCodes(stepOf(line, "E-1"))).doesNotContain("pay.conversion");
            // the record keeps the deal's own amount, in dollars, and the commission in euros
            CommissionRecord r = s.records().stream()
                    .filter(x -> x.deal().value().equals("U-1"))
                    .findFirst()
                    .orElseThrow();
            assertThat(r.dealAmount()).isEqualTo(usd("54000.00"));
            assertThat(r.amount()).isEqualTo(eur("7452.00"));
        }

        @Test
        void aMissingRateIsRefusedNamingTheTransaction() {
            BadInput.assertRejected(
                    () -> calculator(plan).statement(ANA, Q1, deals),
                    "transaction U-",
                    "is in USD and plan kam pays in EUR, but the calculator has no exchange rates");
            ExchangeRateTable fromFebruary = ExchangeRateTable.builder()
                    .add(USD, EUR, new BigDecimal("0.92"), day(2, 1))
                    .build();
            BadInput.assertRejected(
                    () -> PayCalculator.builder()
                            .plans(PayPlans.forEveryone(plan))
                            .exchangeRates(fromFebruary)
                            .build()
                            .statement(ANA, Q1, deals),
                    "transaction U-2 (USD, 2026-01-20) cannot be converted to EUR for plan kam");
        }
    }

    /** A scorecard result whose score is the given attainment of one KPI (target 1.00). */
    static ScorecardResult scoreOf(String actual) {
        KpiDefinition kpi = KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER);
        return Scorecard.of(ScorecardEntry.builder()
                        .kpi(kpi.id())
                        .weight("1")
                        .target("1.00")
                        .build())
                .evaluate(KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.value(kpi, new BigDecimal(actual)))));
    }

    @Nested
    class AKpiBonusThroughAnAttainmentCurve {
        // nothing below 80%; (80%, 50%) → (100%, 100%) → (120%, 160%), the last slope continued, capped at 200%
        final AttainmentCurve curve = AttainmentCurve.builder()
                .point("0.80", "0.50")
                .point("1.00", "1.00")
                .point("1.20", "1.60")
                .extendBeyondLast()
                .cap("2.00")
                .build();
        final KpiBonus bonus = KpiBonus.builder()
                .id(ComponentId.of("bonus"))
                .target(eur("3000.00"))
                .curve(curve)
                .build();
        final PayCalculator calc = calculator(plan("bonus", "0.00", bonus).build());

        PayLine bonusLine(ScorecardResult card) {
            PayStatement s = calc.statement(
                    ANA, Q1, PayInput.builder().putScorecard(ANA, card).build());
            assertThat(s.lines(PayLineKind.BONUS)).hasSize(1);
            return s.lines(PayLineKind.BONUS).get(0);
        }

        @Test
        void theTargetTimesThePayoutOfTheScorecardsScore() {
            // two KPIs: kpi0 weight 2, target 1.00, actual 0.95 → 95%; kpi1 weight 1, target 200,
            // actual 160 → 80%; score (2 × 0.95 + 1 × 0.80) / 3 = 2.70 / 3 = 90%
            KpiDefinition kpi0 = KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER);
            KpiDefinition kpi1 = KpiGens.definition(1, KpiDirection.HIGHER_IS_BETTER);
            ScorecardResult card = Scorecard.of(
                            ScorecardEntry.builder()
                                    .kpi(kpi0.id())
                                    .weight("2")
                                    .target("1.00")
                                    .build(),
                            ScorecardEntry.builder()
                                    .kpi(kpi1.id())
                                    .weight("1")
                                    .target("200")
                                    .build())
                    .evaluate(KpiResults.of(
                            KpiGens.CONTEXT,
                            List.of(
                                    KpiGens.value(kpi0, new BigDecimal("0.95")),
                                    KpiGens.value(kpi1, new BigDecimal("160")))));
            assertThat(card.score()).contains(Rate.percent(90));

            PayLine line = bonusLine(card);
            // 90% is halfway from (80%, 50%) to (100%, 100%): payout 75%; 3,000.00 × 75% = 2,250.00
            assertThat(line.fullKey()).isEqualTo("BONUS/bonus/bonus/2026-01-01");
            assertThat(line.amount()).isEqualTo(eur("2250.00"));
            assertThat(line.explanation().find("pay.bonus.amount").get(0).parameter("payout", Rate.class))
                    .isEqualTo(Rate.percent(75));
            // the explanation carries the scorecard's own steps and the curve
            assertThat(line.explanation().find("pay.bonus.score").get(0).children())
                    .isEqualTo(card.explanation().steps());
            assertThat(line.explanation().find("pay.bonus.curve").get(0).text())
                    .isEqualTo("attainment curve: nothing below 80%, straight lines through (80%, 50%), (100%, 100%),"
                            + " (120%, 160%), the last slope continued above the last point, capped at 200%");
        }

        @Test
        void belowTheThresholdNothingAtItHalfTheTarget() {
            // 79% < 80%: payout 0 → 0.00; 80%: payout 50% → 1,500.00
            assertThat(bonusLine(scoreOf("0.79")).amount()).isEqualTo(eur("0.00"));
            assertThat(bonusLine(scoreOf("0.80")).amount()).isEqualTo(eur("1500.00"));
            // on target: 100% → 3,000.00
            assertThat(bonusLine(scoreOf("1.00")).amount()).isEqualTo(eur("3000.00"));
        }

        @Test
        void theAcceleratorAbove100PercentIsSteeperAndTheCapHoldsItAt200Percent() {
            // 110%: 100% + (160% − 100%) × (110% − 100%) / (120% − 100%) = 130% → 3,900.00
            assertThat(bonusLine(scoreOf("1.10")).amount()).isEqualTo(eur("3900.00"));
            // 140%: the last slope continued, 160% + 3 × 20% = 220%, capped at 200% → 6,000.00
            assertThat(bonusLine(scoreOf("1.40")).amount()).isEqualTo(eur("6000.00"));
            // 150% (the scorecard's default attainment cap): 250%, capped → 6,000.00
            assertThat(bonusLine(scoreOf("1.50")).amount()).isEqualTo(eur("6000.00"));
        }

        @Test
        void noScorecardPaysNothingAndSaysWhy() {
            PayStatement s = calc.statement(ANA, Q1, PayInput.builder().build());
            PayLine line = s.lines(PayLineKind.BONUS).get(0);
            assertThat(line.amount()).isEqualTo(eur("0.00"));
            assertThat(line.explanation().find("pay.bonus.none").get(0).text())
                    .isEqualTo("no scorecard was given for ana: no bonus");
        }

        @Test
        void aScorecardWithoutAScorePaysNothingAndSaysWhy() {
            KpiDefinition kpi = KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER);
            ScorecardResult undefined = Scorecard.of(ScorecardEntry.builder()
                            .kpi(kpi.id())
                            .weight("1")
                            .target("1.00")
                            .build())
                    .evaluate(KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.undefined(kpi))));
            assertThat(undefined.score()).isEmpty();

            PayLine line = bonusLine(undefined);
            assertThat(line.amount()).isEqualTo(eur("0.00"));
            assertThat(line.explanation().find("pay.bonus.none").get(0).text())
                    .startsWith("the scorecard's score is not defined (")
                    .endsWith("): no bonus");
        }
    }

    /** KPI results holding the given plan attainments (null: not among the results). */
    static KpiResults attainments(String sales, String activeClients, String newClients) {
        List<KpiValue> values = new java.util.ArrayList<>();
        if (sales != null) {
            values.add(KpiGens.value(PlanAttainment.sales(List.of()).definition(), new BigDecimal(sales)));
        }
        if (activeClients != null) {
            KpiDefinition d = PlanAttainment.activeClients(List.of(), ActiveClientRule.standard())
                    .definition();
            values.add(
                    activeClients.equals("undefined")
                            ? KpiGens.undefined(d)
                            : KpiGens.value(d, new BigDecimal(activeClients)));
        }
        if (newClients != null) {
            values.add(KpiGens.value(PlanAttainment.newClients(List.of()).definition(), new BigDecimal(newClients)));
        }
        return KpiResults.of(KpiGens.CONTEXT.forManager(ANA), values);
    }

    @Nested
    class AMissedPlan {
        // fixed 6,000.00; commission on the seeds' bands; a bonus of 2,000.00 at a payout equal to
        // the score; then the plan-miss reduction: sales proportional to the shortfall (100%), active
        // clients 30% and new clients 10% per missed plan
        final PlanMissReduction planMiss = PlanMissReduction.builder()
                .id(ComponentId.of("plan-miss"))
                .rule(PlanKind.SALES, ReductionRule.proportional(Rate.percent(100)))
                .rule(PlanKind.ACTIVE_CLIENTS, ReductionRule.fixed(Rate.percent(30)))
                .rule(PlanKind.NEW_CLIENTS, ReductionRule.fixed(Rate.percent(10)))
                .build();
        final KpiBonus bonus = KpiBonus.builder()
                .id(ComponentId.of("bonus"))
                .target(eur("2000.00"))
                .build();

        PayStatement statement(PlanMissReduction reduction, KpiResults kpis, PayTransaction... deals) {
            CompensationPlan plan = plan(
                            "kam", "6000.00", commission(BandMode.WHOLE_AMOUNT).build(), bonus, reduction)
                    .build();
            PayInput.Builder in =
                    PayInput.builder().transactions(List.of(deals)).putScorecard(ANA, scoreOf("1.00"));
            if (kpis != null) {
                in.putKpiResults(ANA, kpis);
            }
            return calculator(plan).statement(ANA, Q1, in.build());
        }

        @Test
        void aSalesPlanMissedFromTheLedgerReducesCommissionAndBonusButNotTheFixedPart() {
            // the ledger: SO-1 60,000.00 and SO-2 25,000.00, both ana's, in Q1; her sales plan is 100,000.00
            Order so1 = order("SO-1", day(1, 15), ANA, "60000.00");
            Order so2 = order("SO-2", day(2, 20), ANA, "25000.00");
            Ledger ledger = Ledger.of(List.of(so1, so2));
            SalesPlan anasPlan = SalesPlan.builder()
                    .manager(ANA)
                    .period(Q1)
                    .salesVolume(eur("100000.00"))
                    .build();
            KpiContext context = KpiGens.CONTEXT.forManager(ANA);
            // sales attainment: 85,000 / 100,000 = 0.85
            KpiValue sales = KpiCalculator.of(PlanAttainment.sales(List.of(anasPlan)))
                    .compute(context, KpiInput.of(ledger.events()))
                    .get(PlanAttainment.SALES_ID);
            assertThat(sales.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.85"));
            KpiValue newClients =
                    KpiGens.value(PlanAttainment.newClients(List.of()).definition(), new BigDecimal("0.50"));
            PayTransaction[] deals = PayTransactions.fromLedger(ledger, CreditingBasis.BOOKED)
                    .transactions()
                    .toArray(new PayTransaction[0]);

            PayStatement s = statement(planMiss, KpiResults.of(context, List.of(sales, newClients)), deals);

            // commission: SO-2 15% × 25,000 = 3,750.00; SO-1 5% × 60,000 = 3,000.00; bonus 2,000.00
            // earned before the reduction: 8,750.00
            // sales missed by 15 points: 15%; new clients at 50%: 10%; active clients not judged: 25%
            // 25% × 8,750.00 = 2,187.50 → −2,187.50
            assertThat(s.lines())
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(
                            tuple("FIXED/-/fixed/2026-01-01", eur("6000.00")),
                            tuple("COMMISSION/commission/band.1/2026-01-01", eur("3750.00")),
                            tuple("COMMISSION/commission/band.2/2026-01-01", eur("3000.00")),
                            tuple("BONUS/bonus/bonus/2026-01-01", eur("2000.00")),
                            tuple("REDUCTION/plan-miss/reduction/2026-01-01", eur("-2187.50")));
            PayLine reduction = s.lines(PayLineKind.REDUCTION).get(0);
            assertThat(reduction.explanation().find("pay.reduction.missed"))
                    .extracting(st -> st.parameter("reduction", Rate.class))
                    .containsExactly(Rate.percent(15), Rate.percent(10));
            assertThat(reduction.explanation().find("pay.reduction.not_judged")).hasSize(1);
            // the fixed part is untouched: 6,000.00; variable 8,750.00 − 2,187.50 = 6,562.50
            assertThat(s.fixedTotal()).isEqualTo(eur("6000.00"));
            assertThat(s.variableTotal()).isEqualTo(eur("6562.50"));
            assertThat(s.total()).isEqualTo(eur("12562.50"));
        }

        @Test
        void theReductionNeverTakesMoreThanTheVariablePartNorTouchesTheFixedLine() {
            // sales 20%: 80% off; active clients 90% (missed): 30%; new clients 50%: 10%; 120% → at most 100%
            PayStatement s =
                    statement(planMiss, attainments("0.20", "0.90", "0.50"), sale("SO-1", ANA, day(1, 15), "60000.00"));
            // earned 3,000.00 + 2,000.00 = 5,000.00, all of it taken: −5,000.00
            assertThat(s.total(PayLineKind.REDUCTION)).isEqualTo(eur("-5000.00"));
            assertThat(s.variableTotal()).isEqualTo(eur("0.00"));
            assertThat(s.fixedTotal()).isEqualTo(eur("6000.00"));
            assertThat(s.total()).isEqualTo(eur("6000.00"));
        }

        @Test
        void aMaximumReductionLimitsTheSumOfTheMissedPlans() {
            PlanMissReduction atMostHalf = PlanMissReduction.builder()
                    .id(ComponentId.of("plan-miss"))
                    .rule(PlanKind.SALES, ReductionRule.proportional(Rate.percent(100)))
                    .rule(PlanKind.ACTIVE_CLIENTS, ReductionRule.fixed(Rate.percent(30)))
                    .maxReduction(Rate.percent(50))
                    .build();
            // 80% + 30% = 110%, at most 50%: 50% × 5,000.00 = −2,500.00
            PayStatement s =
                    statement(atMostHalf, attainments("0.20", "0.90", null), sale("SO-1", ANA, day(1, 15), "60000.00"));
            assertThat(s.total(PayLineKind.REDUCTION)).isEqualTo(eur("-2500.00"));
            assertThat(s.variableTotal()).isEqualTo(eur("2500.00"));
        }

        @Test
        void theReductionIsRoundedOnce() {
            // commission 15% × 22,222.22 = 3,333.333 → 3,333.33; bonus 2,000.00; earned 5,333.33
            // sales at 85%: 15% × 5,333.33 = 799.9995 → 800.00 (HALF_EVEN: the digits after the cent are 95)
            PayStatement s =
                    statement(planMiss, attainments("0.85", "1.00", "1.00"), sale("SO-1", ANA, day(1, 15), "22222.22"));
            PayLine reduction = s.lines(PayLineKind.REDUCTION).get(0);
            assertThat(reduction.exact()).isEqualTo(eur("-799.9995"));
            assertThat(reduction.amount()).isEqualTo(eur("-800.00"));
            // met plans say so
            assertThat(reduction.explanation().find("pay.reduction.met")).hasSize(2);
        }

        @Test
        void plansThatAreMetNotDefinedOrNotGivenReduceNothing() {
            // sales 105% (met), active clients not defined, new clients not among the results
            PayStatement met = statement(
                    planMiss, attainments("1.05", "undefined", null), sale("SO-1", ANA, day(1, 15), "60000.00"));
            assertThat(met.total(PayLineKind.REDUCTION)).isEqualTo(eur("0.00"));
            PayLine line = met.lines(PayLineKind.REDUCTION).get(0);
            assertThat(line.explanation().find("pay.reduction.met")).hasSize(1);
            assertThat(line.explanation().find("pay.reduction.not_judged")).hasSize(2);
            // no KPI results at all: nothing judged, nothing taken
            PayStatement none = statement(planMiss, null, sale("SO-1", ANA, day(1, 15), "60000.00"));
            assertThat(none.total(PayLineKind.REDUCTION)).isEqualTo(eur("0.00"));
            assertThat(none.variableTotal()).isEqualTo(eur("5000.00"));
        }
    }

    @Nested
    class ATeamOverride {
        // juniors (luis, eva): fixed 6,000.00 and commission on the seeds' bands
        // the senior (ana): fixed 9,000.00, the same commission, and 2% on all her subordinates' sales
        // the head (carmen): fixed 12,000.00 and 1% on her direct reports' sales only
        final CompensationPlan junior = plan(
                        "junior", "6000.00", commission(BandMode.WHOLE_AMOUNT).build())
                .build();
        final CompensationPlan senior = plan(
                        "senior",
                        "9000.00",
                        commission(BandMode.WHOLE_AMOUNT).build(),
                        TeamOverride.builder()
                                .id(ComponentId.of("override"))
                                .rate(Rate.percent(2))
                                .currency(EUR)
                                .build())
                .build();
        final CompensationPlan head = plan(
                        "head",
                        "12000.00",
                        TeamOverride.builder()
                                .id(ComponentId.of("override"))
                                .rate(Rate.percent(1))
                                .currency(EUR)
                                .scope(TeamOverride.Scope.DIRECT_REPORTS)
                                .build())
                .build();
        final PayCalculator calc = PayCalculator.builder()
                .plans(PayPlans.builder()
                        .forRole(Role.JUNIOR_KAM, junior)
                        .forRole(Role.SENIOR_KAM, senior)
                        .forRole(Role.HEAD_OF_SALES, head)
                        .build())
                .team(team())
                .build();
        final PayInput deals = input(
                sale("L-1", LUIS, day(1, 10), "40000.00"),
                sale("E-1", EVA, day(2, 10), "60000.00"),
                sale("S-1", day(3, 1), "10000.00")
                        .credits(split(LUIS, "50", EVA, "50"))
                        .build(),
                sale("A-1", ANA, day(3, 5), "20000.00"));

        @Test
        void theSeniorEarnsTheOverrideOnEachJuniorOnTopOfHerOwnCommission() {
            PayStatement ana = calc.statement(ANA, Q1, deals);

            // own: A-1 15% × 20,000 = 3,000.00
            // override on eva: 2% × (E-1 60,000 + half of S-1 5,000) = 1,200 + 100 = 1,300.00
            // override on luis: 2% × (L-1 40,000 + half of S-1 5,000) = 800 + 100 = 900.00
            assertThat(ana.planId()).isEqualTo("senior");
            assertThat(ana.lines())
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(
                            tuple("FIXED/-/fixed/2026-01-01", eur("9000.00")),
                            tuple("COMMISSION/commission/band.1/2026-01-01", eur("3000.00")),
                            tuple("OVERRIDE/override/sub.eva/2026-01-01", eur("1300.00")),
                            tuple("OVERRIDE/override/sub.luis/2026-01-01", eur("900.00")));
            PayLine onLuis = ana.line("OVERRIDE/override/sub.luis/2026-01-01").orElseThrow();
            List<Step> steps = onLuis.explanation().find("pay.override.transaction");
            assertThat(steps)
                    .extracting(
                            st -> st.parameter("transaction", String.class),
                            st -> st.parameter("override", Money.class))
                    .containsExactlyInAnyOrder(tuple("L-1", eur("800.00")), tuple("S-1", eur("100.00")));
            Step split = steps.stream()
                    .filter(st -> st.parameter("transaction", String.class).equals("S-1"))
                    .findFirst()
                    .orElseThrow();
            assertThat(split.parameter("factor", Rate.class)).isEqualTo(Rate.percent(50));
            assertThat(split.parameter("credited", Money.class)).isEqualTo(eur("5000.00"));
            // 9,000 + 3,000 + 1,300 + 900 = 14,200.00
            assertThat(ana.total()).isEqualTo(eur("14200.00"));
            // the juniors' transactions are not ana's own: nothing unpaid for her
            assertThat(ana.unpaid()).isEmpty();
        }

        @Test
        void theOverrideDoesNotComeOutOfTheJuniorsCommission() {
            PayStatement luis = calc.statement(LUIS, Q1, deals);
            PayStatement eva = calc.statement(EVA, Q1, deals);

            // luis: 15% × 40,000 + 15% × 5,000 (S-1 is a 10,000 deal: band 1) = 6,000 + 750 = 6,750.00
            assertThat(luis.lines(PayLineKind.COMMISSION))
                    .extracting(PayLine::key, PayLine::amount)
                    .containsExactly(tuple("band.1", eur("6750.00")));
            // eva: band 1 15% × 5,000 = 750.00; band 2 5% × 60,000 = 3,000.00
            assertThat(eva.lines(PayLineKind.COMMISSION))
                    .extracting(PayLine::key, PayLine::amount)
                    .containsExactly(tuple("band.1", eur("750.00")), tuple("band.2", eur("3000.00")));
            assertThat(luis.lines(PayLineKind.OVERRIDE)).isEmpty();
        }

        @Test
        void aDirectReportsOverrideCoversOnlyThePeopleReportingToTheManager() {
            PayStatement carmen = calc.statement(CARMEN, Q1, deals);
            // ana reports to carmen, luis and eva report to ana: 1% × A-1 20,000 = 200.00 only
            assertThat(carmen.lines())
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(
                            tuple("FIXED/-/fixed/2026-01-01", eur("12000.00")),
                            tuple("OVERRIDE/override/sub.ana/2026-01-01", eur("200.00")));
        }

        @Test
        void aRunOverTheTeamGivesEveryoneTheirStatement() {
            PayRun run = calc.run(Q1, deals, Detail.EXPLAINED);
            assertThat(run.statements().keySet()).containsExactly(ANA, CARMEN, EVA, LUIS);
            for (ManagerId m : List.of(ANA, CARMEN, EVA, LUIS)) {
                assertThat(run.statement(m)).isEqualTo(calc.statement(m, Q1, deals));
            }
            // 14,200.00 + 12,200.00 + (6,000.00 + 3,750.00) + (6,000.00 + 6,750.00) = 48,900.00
            assertThat(run.totals()).containsExactly(entry("EUR", eur("48900.00")));
            assertThat(run.unassigned()).isEmpty();
        }
    }

    @Nested
    class CapsFloorsAndDraws {
        final PayInput fortyThousand = input(sale("SO-1", ANA, day(2, 1), "40000.00"));
        final PayInput tenThousand = input(sale("SO-1", ANA, day(2, 1), "10000.00"));

        @Test
        void aComponentsCapAndFloorAreLinesOfTheirOwnAfterItsLines() {
            CompensationPlan plan = plan(
                            "capped",
                            "6000.00",
                            commission(BandMode.WHOLE_AMOUNT)
                                    .cap(eur("5000.00"))
                                    .build(),
                            KpiBonus.builder()
                                    .id(ComponentId.of("bonus"))
                                    .target(eur("2000.00"))
                                    .floor(eur("500.00"))
                                    .build())
                    .build();
            PayStatement s = calculator(plan).statement(ANA, Q1, fortyThousand);

            // commission 15% × 40,000 = 6,000.00, capped at 5,000.00: −1,000.00
            // bonus: no scorecard, 0.00; its floor 500.00: +500.00
            assertThat(s.lines())
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(
                            tuple("FIXED/-/fixed/2026-01-01", eur("6000.00")),
                            tuple("COMMISSION/commission/band.1/2026-01-01", eur("6000.00")),
                            tuple("CAP/commission/cap/2026-01-01", eur("-1000.00")),
                            tuple("BONUS/bonus/bonus/2026-01-01", eur("0.00")),
                            tuple("FLOOR/bonus/floor/2026-01-01", eur("500.00")));
            Step cap = s.lines(PayLineKind.CAP)
                    .get(0)
                    .explanation()
                    .find("pay.cap")
                    .get(0);
            assertThat(cap.parameter("sum", Money.class)).isEqualTo(eur("6000.00"));
            assertThat(cap.parameter("cap", Money.class)).isEqualTo(eur("5000.00"));
            // earned: 6,000 − 1,000 + 0 + 500 = 5,500.00
            assertThat(s.earnedVariable()).isEqualTo(eur("5500.00"));
            assertThat(s.variableTotal()).isEqualTo(eur("5500.00"));
        }

        @Test
        void thePlansVariableCapCutsTheEarnedVariablePay() {
            CompensationPlan plan = plan(
                            "var-cap",
                            "6000.00",
                            commission(BandMode.WHOLE_AMOUNT).build())
                    .variableCap(eur("4000.00"))
                    .build();
            PayStatement s = calculator(plan).statement(ANA, Q1, fortyThousand);
            // earned 6,000.00 above the plan's cap 4,000.00: −2,000.00
            assertThat(s.lines(PayLineKind.VARIABLE_CAP))
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(tuple("VARIABLE_CAP/-/variable-cap/2026-01-01", eur("-2000.00")));
            assertThat(s.earnedVariable()).isEqualTo(eur("6000.00"));
            assertThat(s.variableTotal()).isEqualTo(eur("4000.00"));
            Step cap = s.lines(PayLineKind.VARIABLE_CAP)
                    .get(0)
                    .explanation()
                    .find("pay.variable_cap")
                    .get(0);
            assertThat(cap.parameter("earned", Money.class)).isEqualTo(eur("6000.00"));
            assertThat(cap.parameter("cap", Money.class)).isEqualTo(eur("4000.00"));
            assertThat(cap.parameter("cut", Money.class)).isEqualTo(eur("-2000.00"));
            // under the cap, no line
            assertThat(calculator(plan).statement(ANA, Q1, tenThousand).lines(PayLineKind.VARIABLE_CAP))
                    .isEmpty();
        }

        @Test
        void thePlansVariableFloorTopsUpTheEarnedVariablePay() {
            CompensationPlan plan = plan(
                            "var-floor",
                            "6000.00",
                            commission(BandMode.WHOLE_AMOUNT).build())
                    .variableFloor(eur("2500.00"))
                    .build();
            PayStatement s = calculator(plan).statement(ANA, Q1, tenThousand);
            // earned 15% × 10,000 = 1,500.00, below the floor 2,500.00: +1,000.00
            assertThat(s.lines(PayLineKind.VARIABLE_FLOOR))
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(tuple("VARIABLE_FLOOR/-/variable-floor/2026-01-01", eur("1000.00")));
            assertThat(s.variableTotal()).isEqualTo(eur("2500.00"));
            Step floor = s.lines(PayLineKind.VARIABLE_FLOOR)
                    .get(0)
                    .explanation()
                    .find("pay.variable_floor")
                    .get(0);
            assertThat(floor.parameter("earned", Money.class)).isEqualTo(eur("1500.00"));
            assertThat(floor.parameter("floor", Money.class)).isEqualTo(eur("2500.00"));
            assertThat(floor.parameter("add", Money.class)).isEqualTo(eur("1000.00"));
        }

        @Test
        void aRecoverableDrawIsAnAdvancePaidBackFromLaterEarnings() {
            CompensationPlan plan = plan(
                            "draw", "6000.00", commission(BandMode.WHOLE_AMOUNT).build())
                    .draw(Draw.recoverable(eur("3000.00")))
                    .build();
            PayCalculator calc = calculator(plan);

            // Q1: earned 15% × 10,000 = 1,500.00, short of the guaranteed 3,000.00: draw +1,500.00,
            // owed back: 0 + 1,500 = 1,500.00
            PayStatement q1 = calc.statement(ANA, Q1, tenThousand);
            assertThat(q1.lines(PayLineKind.DRAW))
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(tuple("DRAW/-/draw/2026-01-01", eur("1500.00")));
            assertThat(q1.variableTotal()).isEqualTo(eur("3000.00"));
            assertThat(q1.drawBalance()).contains(eur("1500.00"));

            // Q2, with the balance carried: earned 15% × 28,000 = 4,200.00, above the minimum by 1,200.00,
            // so 1,200.00 of the 1,500.00 owed is paid back, 300.00 still owed
            PayStatement q2 = calc.statement(
                    ANA,
                    Q2,
                    PayInput.builder()
                            .transactions(List.of(sale("SO-2", ANA, day(5, 5), "28000.00")))
                            .putDrawBalance(ANA, q1.drawBalance().orElseThrow())
                            .build());
            assertThat(q2.lines(PayLineKind.DRAW)).isEmpty();
            assertThat(q2.lines(PayLineKind.DRAW_RECOVERY))
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(tuple("DRAW_RECOVERY/-/draw-recovery/2026-04-01", eur("-1200.00")));
            assertThat(q2.drawBalance()).contains(eur("300.00"));
            // 4,200.00 − 1,200.00 = 3,000.00
            assertThat(q2.variableTotal()).isEqualTo(eur("3000.00"));
        }

        @Test
        void aNonRecoverableDrawIsAGuaranteeNothingIsOwed() {
            CompensationPlan plan = plan(
                            "draw", "6000.00", commission(BandMode.WHOLE_AMOUNT).build())
                    .draw(Draw.nonRecoverable(eur("3000.00")))
                    .build();
            PayCalculator calc = calculator(plan);

            PayStatement q1 = calc.statement(ANA, Q1, tenThousand);
            assertThat(q1.total(PayLineKind.DRAW)).isEqualTo(eur("1500.00"));
            assertThat(q1.drawBalance()).isEmpty();
            assertThat(q1.lines(PayLineKind.DRAW).get(0).explanation().render())
                    .contains("draw EUR 1500.00, not recoverable");
            // Q2: 15% × 28,000 = 4,200.00 earned, all of it paid
            PayStatement q2 = calc.statement(ANA, Q2, input(sale("SO-2", ANA, day(5, 5), "28000.00")));
            assertThat(q2.lines(PayLineKind.DRAW_RECOVERY)).isEmpty();
            assertThat(q2.lines(PayLineKind.DRAW)).isEmpty();
            assertThat(q2.variableTotal()).isEqualTo(eur("4200.00"));
        }
    }

    @Nested
    class ABulkRun {
        final PayCalculator calc = PayCalculator.builder()
                .plans(PayPlans.forEveryone(
                        plan("kam", "6000.00", commission(BandMode.WHOLE_AMOUNT).build())
                                .build()))
                .team(team())
                .build();
        final PayInput deals = input(
                sale("A-1", ANA, day(1, 5), "40000.00"),
                sale("A-2", ANA, day(2, 5), "60000.00"),
                sale("L-1", LUIS, day(1, 20), "20000.00"),
                sale("S-1", day(3, 1), "49999.99")
                        .credits(split(ANA, "70", EVA, "30"))
                        .build(),
                sale("E-1", EVA, day(3, 10), "55000.00"),
                sale("O-1", ANA, day(4, 10), "10000.00"),
                sale("Z-1", ManagerId.of("zoe"), day(2, 2), "10000.00"),
                sale("C-1", CARMEN, day(2, 3), "5000.00"));
        final List<ManagerId> three = List.of(ANA, LUIS, EVA);

        @Test
        void figuresOnlyGivesEachManagerTheLinesAndTotalsOfTheirStatement() {
            PayRun run = calc.run(Q1, three, deals, Detail.FIGURES_ONLY);

            for (ManagerId m : three) {
                PayStatement alone = calc.statement(m, Q1, deals);
                PayStatement inRun = run.statement(m);
                assertThat(inRun.lines()).as("lines of %s", m).isEqualTo(alone.lines());
                assertThat(inRun.total()).isEqualTo(alone.total());
                assertThat(inRun.unpaidCounts()).isEqualTo(alone.unpaidCounts());
                assertThat(inRun.detail()).isEqualTo(Detail.FIGURES_ONLY);
                // figures only: unpaid counted, not listed, and no records (no deal has a clawback trigger)
                assertThat(inRun.unpaid()).isEmpty();
                assertThat(inRun.records()).isEmpty();
            }
            // ana: band 1 15% × (40,000 + 70% × 49,999.99 = 34,999.993) = 6,000 + 5,249.99895
            //      = 11,249.99895 → 11,250.00; band 2 5% × 60,000 = 3,000.00; with fixed 20,250.00
            // luis: 15% × 20,000 = 3,000.00; with fixed 9,000.00
            // eva: band 1 15% × 30% × 49,999.99 = 2,249.99955 → 2,250.00; band 2 5% × 55,000 = 2,750.00;
            //      with fixed 11,000.00
            assertThat(run.statement(ANA).total()).isEqualTo(eur("20250.00"));
            assertThat(run.statement(LUIS).total()).isEqualTo(eur("9000.00"));
            assertThat(run.statement(EVA).total()).isEqualTo(eur("11000.00"));
            assertThat(run.totals()).containsExactly(entry("EUR", eur("40250.00")));
            assertThat(run.statement(ANA).unpaidCounts()).containsExactly(entry(UnpaidReason.OUTSIDE_PERIOD, 1));
            // the per-transaction steps are left out, the band figures are not
            PayLine band1 = run.statement(ANA).lines().get(1);
            assertThat(transactionsOf(band1)).isEmpty();
            assertThat(band1.explanation().find("pay.commission.band").get(0).parameter("count", Integer.class))
                    .isEqualTo(2);
        }

        @Test
        void creditsThatReachNoStatementAreListedWithTheReason() {
            PayRun explained = calc.run(Q1, three, deals, Detail.EXPLAINED);
            assertThat(explained.unassigned())
                    .extracting(
                            u -> u.transaction().value(),
                            u -> u.manager().value(),
                            UnpaidTransaction::reason,
                            UnpaidTransaction::detail)
                    .containsExactly(
                            tuple(
                                    "Z-1",
                                    "zoe",
                                    UnpaidReason.UNKNOWN_MANAGER,
                                    "manager zoe is in neither the team nor the plans"),
                            tuple(
                                    "C-1",
                                    "carmen",
                                    UnpaidReason.NOT_IN_RUN,
                                    "manager carmen has no statement in this run"));
            PayRun figures = calc.run(Q1, three, deals, Detail.FIGURES_ONLY);
            assertThat(figures.unassigned()).isEmpty();
            assertThat(figures.unassignedCounts())
                    .containsExactly(entry(UnpaidReason.UNKNOWN_MANAGER, 1), entry(UnpaidReason.NOT_IN_RUN, 1));
            assertThat(explained.unassignedCounts()).isEqualTo(figures.unassignedCounts());
        }
    }
}
