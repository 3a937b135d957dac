package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayFixtures.ANA;
import static io.github.kamsdk.core.pay.PayFixtures.COMMISSION;
import static io.github.kamsdk.core.pay.PayFixtures.EUR;
import static io.github.kamsdk.core.pay.PayFixtures.LUIS;
import static io.github.kamsdk.core.pay.PayFixtures.Q1;
import static io.github.kamsdk.core.pay.PayFixtures.Q2;
import static io.github.kamsdk.core.pay.PayFixtures.calculator;
import static io.github.kamsdk.core.pay.PayFixtures.day;
import static io.github.kamsdk.core.pay.PayFixtures.eur;
import static io.github.kamsdk.core.pay.PayFixtures.input;
import static io.github.kamsdk.core.pay.PayFixtures.plan;
import static io.github.kamsdk.core.pay.PayFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.BadInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adjustments between a paid Q1 statement of ana's and its recalculation. The plan: fixed
 * 6,000.00, commission by whole amount at 15% below EUR 50,000, 5% to EUR 100,000 and 3% from it.
 */
class PayAdjustmentTest {
    final PayCalculator calc = calculator(plan(
                    "kam",
                    "6000.00",
                    TransactionCommission.builder()
                            .id(COMMISSION)
                            .bands(CommissionBands.startingAt(Money.zero(EUR), Rate.percent(15))
                                    .from(eur("50000"), Rate.percent(5))
                                    .from(eur("100000"), Rate.percent(3))
                                    .build())
                            .build())
            .build());
    // paid: A 40,000.00 (band 1: 6,000.00) and C 60,000.00 (band 2: 3,000.00); total 15,000.00
    final PayStatement paid = calc.statement(
            ANA, Q1, input(sale("A", ANA, day(1, 10), "40000.00"), sale("C", ANA, day(2, 10), "60000.00")));
    // corrected: A was 30,000.00 (band 1: 4,500.00), C was cancelled, D of 120,000.00 was entered late
    // (band 3: 3% × 120,000 = 3,600.00); total 6,000 + 4,500 + 3,600 = 14,100.00
    final PayStatement recalculated = calc.statement(
            ANA, Q1, input(sale("A", ANA, day(1, 10), "30000.00"), sale("D", ANA, day(3, 10), "120000.00")));

    @Test
    void linesArePairedByTheirFullKeyChangedRemovedAndNew() {
        PayAdjustment adj = PayAdjustment.between(paid, recalculated);

        // band 1 changed: 4,500 − 6,000 = −1,500.00; band 2 removed: 0 − 3,000 = −3,000.00;
        // band 3 new: 3,600 − 0 = +3,600.00; the fixed line is unchanged: no line
        assertThat(adj.lines())
                .extracting(PayLine::kind, PayLine::fullKey, PayLine::amount)
                .containsExactly(
                        tuple(
                                PayLineKind.ADJUSTMENT,
                                "ADJUSTMENT/commission/COMMISSION.band.1/2026-01-01",
                                eur("-1500.00")),
                        tuple(
                                PayLineKind.ADJUSTMENT,
                                "ADJUSTMENT/commission/COMMISSION.band.2/2026-01-01",
                                eur("-3000.00")),
                        tuple(
                                PayLineKind.ADJUSTMENT,
                                "ADJUSTMENT/commission/COMMISSION.band.3/2026-01-01",
                                eur("3600.00")));
        PayLine removed = adj.lines().get(1);
        assertThat(removed.component()).contains(COMMISSION);
        assertThat(removed.label())
                .isEqualTo("adjustment of [2026-01-01, 2026-04-01): "
                        + paid.line("COMMISSION/commission/band.2/2026-01-01")
                                .orElseThrow()
                                .label());
        assertThat(removed.explanation().find("pay.adjustment").get(0).text())
                .endsWith("for [2026-01-01, 2026-04-01): recalculated EUR 0.00 − paid EUR 3000.00 = EUR -3000.00");
        assertThat(adj.manager()).isEqualTo(ANA);
        assertThat(adj.period()).isEqualTo(Q1);
        assertThat(adj.currency()).isEqualTo(EUR);
    }

    @Test
    void theTotalIsTheDifferenceOfTheStatementsTotalsExactly() {
        PayAdjustment adj = PayAdjustment.between(paid, recalculated);
        // −1,500 − 3,000 + 3,600 = −900.00 = 14,100.00 − 15,000.00
        assertThat(adj.total()).isEqualTo(eur("-900.00"));
        assertThat(adj.total()).isEqualTo(recalculated.total().minus(paid.total()));
    }

    @Test
    void theLinesAreDifferencesOfRoundedAmounts() {
        // paid: 15% × 6,666.70 = 1,000.005 → 1,000.00 (HALF_EVEN); recalculated: 15% × 6,666.77 = 1,000.0155 → 1,000.02
        PayStatement before = calc.statement(ANA, Q1, input(sale("R", ANA, day(1, 10), "6666.70")));
        PayStatement after = calc.statement(ANA, Q1, input(sale("R", ANA, day(1, 10), "6666.77")));
        PayAdjustment adj = PayAdjustment.between(before, after);
        // the exact figures differ by 0.0105, the paid amounts by 0.02: the adjustment pays 0.02, so that
        // paid + adjustment is exactly what the recalculation pays
        assertThat(adj.lines())
                .extracting(PayLine::exact, PayLine::amount)
                .containsExactly(tuple(eur("0.02"), eur("0.02")));
        assertThat(before.total().plus(adj.total())).isEqualTo(after.total());
        // the record keeps the exact difference
        assertThat(adj.records()).extracting(CommissionRecord::amount).containsExactly(eur("0.0105"));
    }

    @Test
    void aChangeTheRoundingHidesGivesNoLineButKeepsTheRecordDelta() {
        // 15% × 33,333.33 = 4,999.9995 → 5,000.00; 15% × 33,333.34 = 5,000.001 → 5,000.00
        PayStatement before = calc.statement(ANA, Q1, input(sale("X", ANA, day(1, 10), "33333.33")));
        PayStatement after = calc.statement(ANA, Q1, input(sale("X", ANA, day(1, 10), "33333.34")));
        PayAdjustment adj = PayAdjustment.between(before, after);
        assertThat(adj.isZero()).isTrue();
        assertThat(adj.total()).isEqualTo(eur("0.00"));
        assertThat(adj.records()).extracting(CommissionRecord::amount).containsExactly(eur("0.0015"));
    }

    @Test
    void theRecordDeltasArePerComponentAndTransaction() {
        PayAdjustment adj = PayAdjustment.between(paid, recalculated);
        // A 4,500 − 6,000 = −1,500.00; D new 3,600.00; C gone −3,000.00 (the recalculation's first)
        assertThat(adj.records())
                .extracting(
                        r -> r.transaction().orElseThrow().value(),
                        CommissionRecord::kind,
                        CommissionRecord::component,
                        CommissionRecord::amount)
                .containsExactly(
                        tuple("A", CommissionRecord.Kind.EARNED, COMMISSION, eur("-1500.00")),
                        tuple("D", CommissionRecord.Kind.EARNED, COMMISSION, eur("3600.00")),
                        tuple("C", CommissionRecord.Kind.EARNED, COMMISSION, eur("-3000.00")));
        // appended to the history, they bring each deal's record to the recalculation's
        assertThat(adj.records().get(0).dealAmount()).isEqualTo(eur("30000.00"));
        assertThat(adj.records()).allSatisfy(r -> assertThat(r.period()).isEqualTo(Q1));
    }

    @Test
    void unchangedDataGivesAZeroAdjustment() {
        PayStatement again = calc.statement(
                ANA, Q1, input(sale("C", ANA, day(2, 10), "60000.00"), sale("A", ANA, day(1, 10), "40000.00")));
        PayAdjustment none = PayAdjustment.between(paid, again);
        assertThat(none.isZero()).isTrue();
        assertThat(none.lines()).isEmpty();
        assertThat(none.records()).isEmpty();
        assertThat(none).isEqualTo(PayAdjustment.between(paid, paid));
    }

    @Test
    void theAdjustmentIsPaidWithALaterStatement() {
        PayAdjustment adj = PayAdjustment.between(paid, recalculated);
        PayStatement q2 = calc.statement(
                ANA,
                Q2,
                PayInput.builder()
                        .transactions(List.of(sale("E", ANA, day(5, 10), "10000.00")))
                        .addAdjustment(adj)
                        .build());
        // Q2: fixed 6,000.00, band 1 1,500.00, then the three adjustment lines of Q1: −900.00 in all
        assertThat(q2.lines(PayLineKind.ADJUSTMENT)).isEqualTo(adj.lines());
        assertThat(q2.total()).isEqualTo(eur("6600.00"));
        // the adjustment's lines are not earnings of Q2
        assertThat(q2.earnedVariable()).isEqualTo(eur("1500.00"));
        assertThat(q2.variableTotal()).isEqualTo(eur("600.00"));
    }

    @Test
    void statementsOfDifferentManagersOrPeriodsCannotBeCompared() {
        PayStatement luis = calc.statement(LUIS, Q1, input(sale("L", LUIS, day(1, 10), "1000.00")));
        BadInput.assertRejected(
                () -> PayAdjustment.between(paid, luis), "recalculated is for manager luis, paid for ana");
        PayStatement q2 = calc.statement(ANA, Q2, input());
        BadInput.assertRejected(
                () -> PayAdjustment.between(paid, q2),
                "recalculated is for [2026-04-01, 2026-07-01), paid for [2026-01-01, 2026-04-01)");
        PayAdjustment adj = PayAdjustment.between(paid, recalculated);
        BadInput.assertRejected(
                () -> PayInput.builder().addAdjustment(adj).addAdjustment(adj),
                "an adjustment of [2026-01-01, 2026-04-01) for manager ana is there already");
    }
}
