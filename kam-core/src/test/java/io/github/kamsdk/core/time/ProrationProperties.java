package io.github.kamsdk.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of {@link Proration}, checked on generated fractions of days. */
class ProrationProperties {
    /** A count of days out of a total. */
    record DaysOfTotal(long days, long total) {}

    private static Gen<DaysOfTotal> daysOfTotals() {
        return integers()
                .between(1, 1000)
                .flatMap(total -> integers().between(0, total).map(days -> new DaysOfTotal(days, total)));
    }

    @Test
    void ofDaysIsTheExactReducedFraction() {
        Props.qt().forAll(daysOfTotals()).checkAssert(dt -> {
            Proration p = Proration.ofDays(dt.days(), dt.total());
            assertThat(p.numerator().gcd(p.denominator())).isEqualTo(BigInteger.ONE);
            assertThat(p.denominator().signum()).isPositive();
            // numerator / denominator = days / total
            assertThat(p.numerator().multiply(BigInteger.valueOf(dt.total())))
                    .isEqualTo(p.denominator().multiply(BigInteger.valueOf(dt.days())));
        });
    }

    @Test
    void ofDaysIsBetweenZeroAndOne() {
        Props.qt().forAll(daysOfTotals()).checkAssert(dt -> {
            Proration p = Proration.ofDays(dt.days(), dt.total());
            assertThat(p).isBetween(Proration.ZERO, Proration.ONE);
            assertThat(p.isZero()).isEqualTo(dt.days() == 0);
            assertThat(p.isOne()).isEqualTo(dt.days() == dt.total());
        });
    }

    @Test
    void daysAndTheRestOfTheTotalAddUpToOne() {
        Props.qt()
                .forAll(daysOfTotals())
                .checkAssert(dt -> assertThat(Proration.ofDays(dt.days(), dt.total())
                                .plus(Proration.ofDays(dt.total() - dt.days(), dt.total())))
                        .isEqualTo(Proration.ONE));
    }

    @Test
    void plusIsCommutative() {
        Props.qt()
                .forAll(Gens.prorations(), Gens.prorations())
                .checkAssert((a, b) -> assertThat(a.plus(b)).isEqualTo(b.plus(a)));
    }

    @Test
    void plusIsAssociative() {
        Props.qt()
                .forAll(Gens.prorations(), Gens.prorations(), Gens.prorations())
                .checkAssert((a, b, c) -> assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c))));
    }

    @Test
    void zeroIsTheIdentityOfPlus() {
        Props.qt().forAll(Gens.prorations()).checkAssert(p -> {
            assertThat(p.plus(Proration.ZERO)).isEqualTo(p);
            assertThat(Proration.ZERO.plus(p)).isEqualTo(p);
        });
    }

    @Test
    void plusAddsTheExactValues() {
        Props.qt().forAll(Gens.prorations(), Gens.prorations()).checkAssert((a, b) -> {
            Proration sum = a.plus(b);
            // a/b + c/d = (ad + cb) / bd, compared by cross-multiplication.
            BigInteger num =
                    a.numerator().multiply(b.denominator()).add(b.numerator().multiply(a.denominator()));
            BigInteger den = a.denominator().multiply(b.denominator());
            assertThat(sum.numerator().multiply(den)).isEqualTo(num.multiply(sum.denominator()));
            assertThat(sum.numerator().gcd(sum.denominator())).isEqualTo(BigInteger.ONE);
        });
    }

    @Test
    void compareToIsConsistentWithEquals() {
        Props.qt().forAll(Gens.prorations(), Gens.prorations()).checkAssert((a, b) -> {
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            if (a.equals(b)) {
                assertThat(a).hasSameHashCodeAs(b);
            }
        });
    }

    @Test
    void compareToOrdersByValue() {
        // Distinct fractions with denominators up to 1,000 differ by at least 1/1,000,000, far
        // beyond DECIMAL128's 34 digits.
        Props.qt().forAll(Gens.prorations(), Gens.prorations()).checkAssert((a, b) -> {
            BigDecimal x = a.toBigDecimal(MathContext.DECIMAL128);
            BigDecimal y = b.toBigDecimal(MathContext.DECIMAL128);
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(x.compareTo(y));
        });
    }

    @Test
    void applyToIsTheExactShareRoundedToWithinHalfAMinorUnit() {
        Props.qt().forAll(Gens.prorations(), Gens.roundedMoney()).checkAssert((p, amount) -> {
            Money share = p.applyTo(amount, RoundingPolicy.DEFAULT);
            BigDecimal den = new BigDecimal(p.denominator());
            BigDecimal halfUnit = BigDecimal.ONE
                    .movePointLeft(amount.currency().getDefaultFractionDigits())
                    .divide(BigDecimal.valueOf(2));
            // |share - amount × n / d| <= half a minor unit, without dividing.
            BigDecimal error = share.amount()
                    .multiply(den)
                    .subtract(amount.amount().multiply(new BigDecimal(p.numerator())))
                    .abs();
            assertThat(error).isLessThanOrEqualTo(halfUnit.multiply(den));
            assertThat(share.currency()).isEqualTo(amount.currency());
        });
    }
}
