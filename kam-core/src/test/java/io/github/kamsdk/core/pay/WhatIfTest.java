package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayFixtures.ANA;
import static io.github.kamsdk.core.pay.PayFixtures.Q1;
import static io.github.kamsdk.core.pay.PayFixtures.calculator;
import static io.github.kamsdk.core.pay.PayFixtures.commission;
import static io.github.kamsdk.core.pay.PayFixtures.day;
import static io.github.kamsdk.core.pay.PayFixtures.eur;
import static io.github.kamsdk.core.pay.PayFixtures.plan;
import static io.github.kamsdk.core.pay.PayFixtures.sale;
import static io.github.kamsdk.core.pay.PayFixtures.stepOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.PlanAttainment;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.KpiGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What-if questions on ana's Q1: fixed 6,000.00, commission on the seeds' bands (15% below EUR
 * 50,000, 5% from it, whole amount), and 10% off the variable part for a missed sales plan (she is
 * at 90%). She has booked SO-1 of 45,000.00: band 1 6,750.00, reduction −675.00, total 12,075.00.
 */
class WhatIfTest {
    final PayCalculator calc = calculator(plan(
                    "kam",
                    "6000.00",
                    commission(BandMode.WHOLE_AMOUNT).build(),
                    PlanMissReduction.builder()
                            .id(ComponentId.of("plan-miss"))
                            .rule(PlanKind.SALES, ReductionRule.fixed(Rate.percent(10)))
                            .build())
            .build());
    final PayInput input = PayInput.builder()
            .transactions(List.of(sale("SO-1", ANA, day(1, 20), "45000.00")))
            .putKpiResults(
                    ANA,
                    KpiResults.of(
                            KpiGens.CONTEXT.forManager(ANA),
                            List.of(KpiGens.value(
                                    PlanAttainment.sales(List.of()).definition(), new BigDecimal("0.90")))))
            .build();

    @Test
    void theStatementAsItIs() {
        WhatIf w = calc.whatIf(ANA, Q1, input, sale("SO-9", ANA, day(3, 15), "49000.00"));
        assertThat(w.manager()).isEqualTo(ANA);
        assertThat(w.before()).isEqualTo(calc.statement(ANA, Q1, input));
        // 6,000.00 + 6,750.00 − 675.00 = 12,075.00
        assertThat(w.before().total()).isEqualTo(eur("12075.00"));
    }

    @Test
    void aDealBelowTheBoundaryAddsToTheBandLineAndToTheReduction() {
        WhatIf w = calc.whatIf(ANA, Q1, input, sale("SO-9", ANA, day(3, 15), "49000.00"));

        // band 1: 15% × (45,000 + 49,000) = 14,100.00, +7,350.00
        // reduction: 10% × 14,100.00 = −1,410.00, −735.00 more
        assertThat(w.changes().lines())
                .extracting(PayLine::fullKey, PayLine::amount)
                .containsExactly(
                        tuple("ADJUSTMENT/commission/COMMISSION.band.1/2026-01-01", eur("7350.00")),
                        tuple("ADJUSTMENT/plan-miss/REDUCTION.reduction/2026-01-01", eur("-735.00")));
        // 7,350.00 − 735.00 = 6,615.00; 12,075.00 + 6,615.00 = 18,690.00
        assertThat(w.change()).isEqualTo(eur("6615.00"));
        assertThat(w.changes().total()).isEqualTo(w.change());
        assertThat(w.after().total()).isEqualTo(eur("18690.00"));
        assertThat(w.after()).isEqualTo(calc.statement(ANA, Q1, withDeal(sale("SO-9", ANA, day(3, 15), "49000.00"))));
    }

    @Test
    void aBiggerDealThatCrossesIntoTheLowerRatedBandEarnsLessAndSaysWhy() {
        WhatIf w = calc.whatIf(ANA, Q1, input, sale("SO-9", ANA, day(3, 15), "52000.00"));

        // SO-9 is in band 2: 5% × 52,000 = 2,600.00, a new line; band 1 is unchanged
        // reduction: 10% × (6,750.00 + 2,600.00) = −935.00, −260.00 more
        // the changed line of the statement as it was comes first, then the new line
        assertThat(w.changes().lines())
                .extracting(PayLine::fullKey, PayLine::amount)
                .containsExactly(
                        tuple("ADJUSTMENT/plan-miss/REDUCTION.reduction/2026-01-01", eur("-260.00")),
                        tuple("ADJUSTMENT/commission/COMMISSION.band.2/2026-01-01", eur("2600.00")));
        // 2,600.00 − 260.00 = 2,340.00: 4,275.00 less than the deal of 49,000.00 would bring (6,615.00)
        assertThat(w.change()).isEqualTo(eur("2340.00"));
        assertThat(w.after().total()).isEqualTo(eur("14415.00"));
        PayLine band2 =
                w.after().line("COMMISSION/commission/band.2/2026-01-01").orElseThrow();
        assertThat(stepOf(band2, "SO-9").children().get(0).text())
                .isEqualTo("cliff: from EUR 50000.00 the whole deal earns 5% instead of 15%");
        // each change explains itself: recalculated − as it is
        assertThat(w.changes()
                        .lines()
                        .get(1)
                        .explanation()
                        .find("pay.adjustment")
                        .get(0)
                        .text())
                .endsWith("recalculated EUR 2600.00 − paid EUR 0.00 = EUR 2600.00");
        assertThat(w.changes()
                        .lines()
                        .get(1)
                        .explanation()
                        .find("pay.adjustment")
                        .get(0)
                        .parameter("diff", Money.class))
                .isEqualTo(eur("2600.00"));
    }

    @Test
    void aHypotheticalDealOutsideThePeriodChangesNothing() {
        WhatIf w = calc.whatIf(ANA, Q1, input, sale("SO-9", ANA, day(4, 15), "52000.00"));
        assertThat(w.changes().isZero()).isTrue();
        assertThat(w.change()).isEqualTo(eur("0.00"));
        assertThat(w.after().unpaidCounts()).containsEntry(UnpaidReason.OUTSIDE_PERIOD, 1);
    }

    PayInput withDeal(PayTransaction extra) {
        return PayInput.builder()
                .transactions(List.of(sale("SO-1", ANA, day(1, 20), "45000.00"), extra))
                .putKpiResults(ANA, input.kpiResults().get(ANA))
                .build();
    }
}
