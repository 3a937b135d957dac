package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.testing.Gens.money;
import static io.github.kamsdk.core.testing.Gens.rates;
import static io.github.kamsdk.core.testing.Gens.signedRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The algebraic laws of {@link Rate}, checked on generated rates and amounts. */
class RateProperties {

    @Test
    void rateOfEqualsTimesRate() {
        Props.qt().forAll(money(), signedRates()).check((m, rate) -> rate.of(m).equals(m.times(rate)));
    }

    @Test
    void complementOfComplementIsIdentity() {
        Props.qt().forAll(signedRates()).check(r -> r.complement().complement().equals(r));
    }

    @Test
    void rateAndItsComplementMakeTheWhole() {
        Props.qt().forAll(signedRates()).check(r -> r.plus(r.complement()).equals(Rate.ONE_HUNDRED_PERCENT));
    }

    @Test
    void complementIsTheWholeMinusTheRate() {
        Props.qt().forAll(signedRates()).check(r -> r.complement().equals(Rate.ONE_HUNDRED_PERCENT.minus(r)));
    }

    @Test
    void negateTwiceIsIdentity() {
        Props.qt().forAll(signedRates()).check(r -> r.negate().negate().equals(r));
    }

    @Test
    void plusIsCommutative() {
        Props.qt()
                .forAll(signedRates(), signedRates())
                .check((a, b) -> a.plus(b).equals(b.plus(a)));
    }

    @Test
    void plusIsAssociative() {
        Props.qt()
                .forAll(signedRates(), signedRates(), signedRates())
                .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
    }

    @Test
    void minusUndoesPlus() {
        Props.qt()
                .forAll(signedRates(), signedRates())
                .check((a, b) -> a.plus(b).minus(b).equals(a));
    }

    @Test
    void timesIsCommutative() {
        Props.qt()
                .forAll(signedRates(), signedRates())
                .check((a, b) -> a.times(b).equals(b.times(a)));
    }

    @Test
    void ofDistributesOverPlus() {
        Props.qt()
                .forAll(money(), signedRates(), signedRates())
                .check((m, a, b) -> a.plus(b).of(m).equals(a.of(m).plus(b.of(m))));
    }

    @Test
    void compoundDiscountEqualsDiscountsAppliedInTurn() {
        Props.qt().forAll(money(), rates(), rates()).check((m, d1, d2) -> {
            Rate compound = d1.complement().times(d2.complement()).complement();
            Money inTurn = m.times(d1.complement()).times(d2.complement());
            return m.minus(compound.of(m)).equals(inTurn);
        });
    }

    @Test
    void compoundingIsIndependentOfOrder() {
        Props.qt()
                .forAll(rates(), rates())
                .check((d1, d2) -> d1.complement()
                        .times(d2.complement())
                        .complement()
                        .equals(d2.complement().times(d1.complement()).complement()));
    }

    @Test
    void percentAndFractionAgree() {
        Props.qt().forAll(rates()).check(r -> Rate.percent(r.toPercent()).equals(Rate.ofFraction(r.fraction())));
    }

    @Test
    void signedPercentOfToPercentRoundTrips() {
        Props.qt()
                .forAll(signedRates())
                .check(r -> Rate.signedPercent(r.toPercent().toPlainString()).equals(r));
    }

    @Test
    void signedPercentOfToStringRoundTrips() {
        Props.qt().forAll(signedRates()).checkAssert(r -> {
            String text = r.toString();
            assertThat(text).endsWith("%");
            assertThat(Rate.signedPercent(text.substring(0, text.length() - 1))).isEqualTo(r);
        });
    }

    @Test
    void ratioUndoesTimesAnExactWhole() {
        List<BigDecimal> wholes = List.of(
                BigDecimal.ONE,
                BigDecimal.valueOf(2),
                BigDecimal.valueOf(8),
                BigDecimal.valueOf(-5),
                new BigDecimal("1000"),
                new BigDecimal("0.25"));
        Props.qt()
                .forAll(signedRates(), Generate.pick(wholes))
                .check((r, whole) -> Rate.ratio(r.fraction().multiply(whole), whole, MathContext.DECIMAL128)
                        .equals(r));
    }

    @Test
    void exactlyOneSignHolds() {
        Props.qt()
                .forAll(signedRates())
                .check(r -> (r.isNegative() ? 1 : 0) + (r.isZero() ? 1 : 0) + (r.isPositive() ? 1 : 0) == 1);
    }

    @Test
    void compareToIsConsistentWithEquals() {
        Props.qt().forAll(signedRates(), signedRates()).check((a, b) -> (a.compareTo(b) == 0) == a.equals(b));
    }

    @Test
    void greaterAndLessAgreeWithCompareTo() {
        Props.qt()
                .forAll(signedRates(), signedRates())
                .check((a, b) -> a.isGreaterThan(b) == (a.compareTo(b) > 0)
                        && a.isLessThan(b) == (a.compareTo(b) < 0)
                        && a.isGreaterThan(b) == b.isLessThan(a));
    }

    @Test
    void equalRatesAtAnotherScaleShareAHashCode() {
        Props.qt().forAll(signedRates(), integers().between(0, 5)).checkAssert((r, extra) -> {
            Rate padded = Rate.signedFraction(r.fraction().setScale(r.fraction().scale() + extra));
            assertThat(padded).isEqualTo(r);
            assertThat(padded.hashCode()).isEqualTo(r.hashCode());
        });
    }

    @Test
    void requireBetweenAcceptsExactlyTheRange() {
        Props.qt().forAll(signedRates(), signedRates(), signedRates()).checkAssert((r, a, b) -> {
            Rate lo = a.compareTo(b) <= 0 ? a : b;
            Rate hi = a.compareTo(b) <= 0 ? b : a;
            if (r.compareTo(lo) >= 0 && r.compareTo(hi) <= 0) {
                assertThat(r.requireBetween(lo, hi, "share")).isSameAs(r);
            } else {
                assertThatThrownBy(() -> r.requireBetween(lo, hi, "share"))
                        .isExactlyInstanceOf(IllegalArgumentException.class)
                        .hasMessageContainingAll("share", r.toString(), lo.toString(), hi.toString());
            }
        });
    }
}
