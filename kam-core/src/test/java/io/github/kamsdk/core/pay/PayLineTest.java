package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.Q1;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.id;
import static io.github.kamsdk.core.pay.PayTypesExample.plan;
import static io.github.kamsdk.core.pay.PayTypesExample.q1;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PayLine}: the exact figure rounded once by the plan's policy, the full key adjustments pair
 * lines by, and an explanation that ends with the rounding.
 */
class PayLineTest {
    static final ComponentId COMMISSION = id("commission");
    static final Step WHY = Step.of("test.why", "15% of EUR 40000.00 = {commission}", "commission", eur("6000.0000"));

    static PayLine line(Money exact, RoundingPolicy rounding) {
        return PayLine.of(
                PayLineKind.COMMISSION,
                COMMISSION,
                "band.1",
                "commission: band 1 [EUR 0.00, EUR 50000.00) at 15%",
                Q1,
                exact,
                rounding,
                Explanation.of(WHY));
    }

    static final PayLine LINE = line(eur("6000.0000"), RoundingPolicy.DEFAULT);

    @Test
    void aLineKeepsWhatItIsAndTheDaysItCovers() {
        assertThat(LINE.kind()).isEqualTo(PayLineKind.COMMISSION);
        assertThat(LINE.component()).contains(COMMISSION);
        assertThat(LINE.key()).isEqualTo("band.1");
        assertThat(LINE.label()).isEqualTo("commission: band 1 [EUR 0.00, EUR 50000.00) at 15%");
        assertThat(LINE.piece()).isEqualTo(Q1);
        assertThat(LINE.exact()).isEqualTo(eur("6000.0000"));
        assertThat(LINE.amount()).isEqualTo(eur("6000.00"));
        assertThat(LINE.amount().amount().scale()).isEqualTo(2);
    }

    @Test
    void theAmountIsTheExactFigureRoundedOnceByThePolicy() {
        // half even to the cent: 1234.565 -> 1234.56, 1234.575 -> 1234.58, 0.125 -> 0.12
        assertThat(line(eur("1234.565"), RoundingPolicy.DEFAULT).amount()).isEqualTo(eur("1234.56"));
        assertThat(line(eur("1234.575"), RoundingPolicy.DEFAULT).amount()).isEqualTo(eur("1234.58"));
        assertThat(line(eur("0.125"), RoundingPolicy.DEFAULT).amount()).isEqualTo(eur("0.12"));
        // half up: 0.125 -> 0.13
        RoundingPolicy halfUp = RoundingPolicy.toMinorUnit(RoundingMode.HALF_UP);
        assertThat(line(eur("0.125"), halfUp).amount()).isEqualTo(eur("0.13"));
        // once: 0.4449 half up is 0.44 (rounding twice, to 0.445 then to the cent, would give 0.45)
        assertThat(line(eur("0.4449"), halfUp).amount()).isEqualTo(eur("0.44"));
        // to an increment of 0.05: 12.37 -> 12.35
        assertThat(line(eur("12.37"), RoundingPolicy.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP))
                        .amount())
                .isEqualTo(eur("12.35"));
        // a negative figure rounds the same way: -7.125 half even -> -7.12
        assertThat(line(eur("-7.125"), RoundingPolicy.DEFAULT).amount()).isEqualTo(eur("-7.12"));
    }

    @Test
    void theExplanationEndsWithTheRoundingStep() {
        Explanation e = line(eur("1234.565"), RoundingPolicy.DEFAULT).explanation();
        assertThat(e.steps()).hasSize(2);
        assertThat(e.steps().get(0)).isEqualTo(WHY);
        Step last = e.steps().get(1);
        assertThat(last.code()).isEqualTo("pay.line.rounded");
        assertThat(last.text())
                .isEqualTo("exact EUR 1234.565 rounded once (HALF_EVEN to the minor unit) to EUR 1234.56");
    }

    @Test
    void aFigureWithMoreDecimalsThanItsAmountShowsTheRoundingEvenWhenEqual() {
        // 6000.0000 equals 6000.00 but has four decimals: the step shows the rounding to two
        Step last = LINE.explanation().steps().get(1);
        assertThat(last.code()).isEqualTo("pay.line.rounded");
        assertThat(last.text())
                .isEqualTo("exact EUR 6000.00 rounded once (HALF_EVEN to the minor unit) to EUR 6000.00");
    }

    @Test
    void aFigureAlreadyRoundedEndsWithItsAmount() {
        Step last = line(eur("100.00"), RoundingPolicy.DEFAULT)
                .explanation()
                .steps()
                .get(1);
        assertThat(last.code()).isEqualTo("pay.line.amount");
        assertThat(last.text()).isEqualTo("amount EUR 100.00");
        assertThat(line(eur("100"), RoundingPolicy.DEFAULT)
                        .explanation()
                        .steps()
                        .get(1)
                        .code())
                .isEqualTo("pay.line.amount");
    }

    @Test
    void theExplanationIsTheSameEveryTime() {
        assertThat(LINE.explanation()).isSameAs(LINE.explanation());
    }

    @Test
    void theFullKeyIsKindComponentKeyAndFirstDay() {
        assertThat(LINE.fullKey()).isEqualTo("COMMISSION/commission/band.1/2026-01-01");
        PayLine march = PayLine.of(
                PayLineKind.BONUS,
                id("bonus.kpi"),
                "bonus",
                "KPI bonus",
                DateRange.ofMonth(2026, 3),
                eur("10"),
                RoundingPolicy.DEFAULT,
                Explanation.empty());
        assertThat(march.fullKey()).isEqualTo("BONUS/bonus.kpi/bonus/2026-03-01");
    }

    @Test
    void aLineWithoutComponentHasADashInItsFullKey() {
        // the fixed line of a statement: no component
        PayStatement s = q1(plan(eur("6000.00")), ANA);
        PayLine fixed = s.lines().get(0);
        assertThat(fixed.kind()).isEqualTo(PayLineKind.FIXED);
        assertThat(fixed.component()).isEmpty();
        assertThat(fixed.fullKey()).isEqualTo("FIXED/-/fixed/2026-01-01");
        assertThat(fixed.amount()).isEqualTo(eur("6000.00"));
        assertThat(fixed.explanation().steps()).last().extracting(Step::code).isEqualTo("pay.line.amount");
    }

    @Test
    void aRestoredLineKeepsItsFiguresAsStoredAndEqualsTheLineItWas() {
        PayLine restored = PayLine.restore(
                PayLineKind.COMMISSION,
                java.util.Optional.of(COMMISSION),
                "band.1",
                "commission: band 1 [EUR 0.00, EUR 50000.00) at 15%",
                Q1,
                eur("6000.0000"),
                eur("6000.00"),
                Explanation.of(Step.of("test.stored", "as rendered when paid")));
        assertThat(restored).isEqualTo(LINE);
        assertThat(restored.fullKey()).isEqualTo(LINE.fullKey());
        // no rounding step is added: the explanation is what the host kept
        assertThat(restored.explanation().steps()).extracting(Step::code).containsExactly("test.stored");
        // the amount is taken as paid, not recomputed: a stored line rounded another way stays so
        PayLine roundedUp = PayLine.restore(
                PayLineKind.FIXED,
                java.util.Optional.empty(),
                "fixed",
                "fixed pay",
                Q1,
                eur("0.125"),
                eur("0.13"),
                Explanation.empty());
        assertThat(roundedUp.amount()).isEqualTo(eur("0.13"));
        assertThat(roundedUp.component()).isEmpty();
        assertThat(roundedUp.fullKey()).isEqualTo("FIXED/-/fixed/2026-01-01");
    }

    @Test
    void toStringIsKindLabelAndAmount() {
        assertThat(LINE).hasToString("COMMISSION commission: band 1 [EUR 0.00, EUR 50000.00) at 15% EUR 6000.00");
    }

    @Test
    void equalityIgnoresTheExplanation() {
        PayLine otherExplanation = PayLine.of(
                PayLineKind.COMMISSION,
                COMMISSION,
                "band.1",
                "commission: band 1 [EUR 0.00, EUR 50000.00) at 15%",
                Q1,
                eur("6000.0000"),
                RoundingPolicy.DEFAULT,
                Explanation.of(Step.of("test.other", "something else entirely")));
        new EqualsTester()
                .addEqualityGroup(LINE, otherExplanation, line(eur("6000.0000"), RoundingPolicy.DEFAULT))
                // another exact figure with the same amount is another line
                .addEqualityGroup(line(eur("6000.001"), RoundingPolicy.DEFAULT))
                .addEqualityGroup(line(eur("6000.01"), RoundingPolicy.DEFAULT))
                .addEqualityGroup(PayLine.of(
                        PayLineKind.OTHER,
                        COMMISSION,
                        "band.1",
                        LINE.label(),
                        Q1,
                        LINE.exact(),
                        RoundingPolicy.DEFAULT,
                        Explanation.empty()))
                .addEqualityGroup(PayLine.of(
                        PayLineKind.COMMISSION,
                        id("commission.other"),
                        "band.1",
                        LINE.label(),
                        Q1,
                        LINE.exact(),
                        RoundingPolicy.DEFAULT,
                        Explanation.empty()))
                .addEqualityGroup(PayLine.of(
                        PayLineKind.COMMISSION,
                        COMMISSION,
                        "band.2",
                        LINE.label(),
                        Q1,
                        LINE.exact(),
                        RoundingPolicy.DEFAULT,
                        Explanation.empty()))
                .addEqualityGroup(PayLine.of(
                        PayLineKind.COMMISSION,
                        COMMISSION,
                        "band.1",
                        "another label",
                        Q1,
                        LINE.exact(),
                        RoundingPolicy.DEFAULT,
                        Explanation.empty()))
                .addEqualityGroup(PayLine.of(
                        PayLineKind.COMMISSION,
                        COMMISSION,
                        "band.1",
                        LINE.label(),
                        DateRange.ofMonth(2026, 1),
                        LINE.exact(),
                        RoundingPolicy.DEFAULT,
                        Explanation.empty()))
                .testEquals();
    }

    @Test
    void everyKindButFixedIsVariableAndOnlyComponentKindsAreEarned() {
        for (PayLineKind k : PayLineKind.values()) {
            assertThat(k.isVariable()).as(k.name()).isEqualTo(k != PayLineKind.FIXED);
        }
        assertThat(List.of(PayLineKind.values()))
                .filteredOn(PayLineKind::isEarned)
                .containsExactly(
                        PayLineKind.COMMISSION,
                        PayLineKind.OVERRIDE,
                        PayLineKind.BONUS,
                        PayLineKind.OTHER,
                        PayLineKind.CAP,
                        PayLineKind.FLOOR,
                        PayLineKind.REDUCTION);
    }
}
