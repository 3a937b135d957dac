package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayFixtures.ANA;
import static io.github.kamsdk.core.pay.PayFixtures.COMMISSION;
import static io.github.kamsdk.core.pay.PayFixtures.EUR;
import static io.github.kamsdk.core.pay.PayFixtures.LUIS;
import static io.github.kamsdk.core.pay.PayFixtures.Q1;
import static io.github.kamsdk.core.pay.PayFixtures.calculator;
import static io.github.kamsdk.core.pay.PayFixtures.childCodes;
import static io.github.kamsdk.core.pay.PayFixtures.commission;
import static io.github.kamsdk.core.pay.PayFixtures.day;
import static io.github.kamsdk.core.pay.PayFixtures.eur;
import static io.github.kamsdk.core.pay.PayFixtures.input;
import static io.github.kamsdk.core.pay.PayFixtures.plan;
import static io.github.kamsdk.core.pay.PayFixtures.sale;
import static io.github.kamsdk.core.pay.PayFixtures.seedBands;
import static io.github.kamsdk.core.pay.PayFixtures.split;
import static io.github.kamsdk.core.pay.PayFixtures.stepOf;
import static io.github.kamsdk.core.pay.PayFixtures.transactionsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of whole statements, every figure computed by hand in the comments. Unless said
 * otherwise: ana, Q1 2026 (90 days), plan in EUR rounded HALF_EVEN to the cent, booked basis.
 */
class PayCalculatorTest {
    /** A plan version covering part of the period cannot be prorated. */
    static final String PRORATION_BUG = "BUG: a plan version covering part of the period fails with 'scale must be"
            + " between 0 and 18: 20' (ComponentContext.prorate rounds to PRORATION_SCALE 20 > RoundingPolicy's 18)";

    /** The seeds' four deals, given out of date order (the result must not depend on it). */
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
        @Disabled("BUG: whole-amount and graduated band lines list their transactions in arrival order, so the"
                + " explanation of the same statement changes with the order of the input")
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
        @Disabled(PRORATION_BUG)
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
        @Disabled(PRORATION_BUG)
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
        @Disabled(PRORATION_BUG)
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
}
