package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.testing.Gens.currencies;
import static io.github.kamsdk.core.testing.Gens.mismatchedMoneyPairs;
import static io.github.kamsdk.core.testing.Gens.money;
import static io.github.kamsdk.core.testing.Gens.moneyLists;
import static io.github.kamsdk.core.testing.Gens.rates;
import static io.github.kamsdk.core.testing.Gens.roundedMoney;
import static io.github.kamsdk.core.testing.Gens.roundingCases;
import static io.github.kamsdk.core.testing.Gens.roundingPolicies;
import static io.github.kamsdk.core.testing.Gens.sameCurrencyMoney;
import static io.github.kamsdk.core.testing.Gens.signedRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Gens.RoundingCase;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The algebraic laws of {@link Money} and of rounding it, checked on generated amounts. */
class MoneyProperties {

    /** The policy of the same kind and step as the case's, with another mode. */
    private static RoundingPolicy withMode(RoundingCase c, RoundingMode mode) {
        RoundingPolicy policy = c.policy();
        if (policy.equals(RoundingPolicy.toMinorUnit(policy.mode()))) {
            return RoundingPolicy.toMinorUnit(mode);
        }
        if (policy.equals(RoundingPolicy.toIncrement(c.step(), policy.mode()))) {
            return RoundingPolicy.toIncrement(c.step(), mode);
        }
        return RoundingPolicy.toScale(c.step().scale(), mode);
    }

    // ----- addition -----

    @Test
    void plusIsCommutative() {
        Props.qt()
                .forAll(sameCurrencyMoney(2))
                .check(m -> m.get(0).plus(m.get(1)).equals(m.get(1).plus(m.get(0))));
    }

    @Test
    void plusIsAssociative() {
        Props.qt()
                .forAll(sameCurrencyMoney(3))
                .check(m -> m.get(0)
                        .plus(m.get(1))
                        .plus(m.get(2))
                        .equals(m.get(0).plus(m.get(1).plus(m.get(2)))));
    }

    @Test
    void zeroIsTheIdentityOfPlus() {
        Props.qt().forAll(money()).check(m -> m.plus(Money.zero(m.currency())).equals(m));
    }

    @Test
    void zeroIsTheSameMoneyHoweverItIsMade() {
        Props.qt().forAll(money()).check(m -> {
            Money zero = Money.zero(m.currency());
            Money fromMinor = Money.ofMinor(0, m.currency());
            Money fromDecimal = Money.of(BigDecimal.ZERO, m.currency());
            return zero.equals(fromMinor)
                    && zero.equals(fromDecimal)
                    && zero.hashCode() == fromDecimal.hashCode()
                    && zero.toString().equals(fromDecimal.toString())
                    && zero.amount().equals(fromDecimal.amount())
                    && zero.isZero()
                    && m.minus(m).equals(zero);
        });
    }

    @Test
    void minusUndoesPlus() {
        Props.qt()
                .forAll(sameCurrencyMoney(2))
                .check(m -> m.get(0).plus(m.get(1)).minus(m.get(1)).equals(m.get(0)));
    }

    @Test
    void minusIsPlusOfTheNegation() {
        Props.qt()
                .forAll(sameCurrencyMoney(2))
                .check(m ->
                        m.get(0).minus(m.get(1)).equals(m.get(0).plus(m.get(1).negate())));
    }

    @Test
    void negateTwiceIsIdentity() {
        Props.qt().forAll(money()).check(m -> m.negate().negate().equals(m));
    }

    @Test
    void amountPlusItsNegationIsZero() {
        Props.qt().forAll(money()).check(m -> m.plus(m.negate()).isZero());
    }

    @Test
    void absIsNonNegative() {
        Props.qt().forAll(money()).check(m -> m.abs().isPositiveOrZero());
    }

    @Test
    void absIsTheAmountOrItsNegation() {
        Props.qt().forAll(money()).check(m -> m.abs().equals(m) || m.abs().equals(m.negate()));
    }

    @Test
    void everyResultKeepsTheCurrency() {
        Props.qt().forAll(sameCurrencyMoney(2), roundingPolicies()).checkAssert((m, policy) -> {
            Money a = m.get(0);
            for (Money result :
                    List.of(a.plus(m.get(1)), a.minus(m.get(1)), a.negate(), a.abs(), a.times(3), a.round(policy))) {
                assertThat(result.currency()).isEqualTo(a.currency());
            }
        });
    }

    @Test
    void everyResultKeepsAtLeastTheCurrencyDecimals() {
        Props.qt().forAll(sameCurrencyMoney(2), roundingPolicies()).checkAssert((m, policy) -> {
            Money a = m.get(0);
            int digits = a.currency().getDefaultFractionDigits();
            for (Money result : List.of(
                    a.plus(m.get(1)),
                    a.negate(),
                    a.times(BigDecimal.valueOf(1, -2)),
                    a.round(policy),
                    a.dividedBy(BigDecimal.valueOf(7), policy))) {
                assertThat(result.amount().scale()).as("%s", result).isGreaterThanOrEqualTo(digits);
            }
        });
    }

    // ----- multiplication -----

    @Test
    void timesADecimalIsTheExactProductWithAtLeastTheCurrencyDecimals() {
        // the long fast path and the BigDecimal path must agree on value and scale, on both sides of
        // the 18-digit boundary, for whole, fractional, negative and scientific factors
        Gen<BigDecimal> factors = Generate.oneOf(
                longs().between(-1_000_000, 1_000_000).map(n -> BigDecimal.valueOf(n)),
                longs().between(-100_000_000_000L, 100_000_000_000L).map(n -> BigDecimal.valueOf(n, 6)),
                longs().all().map(n -> BigDecimal.valueOf(n, 3)),
                longs().between(-99, 99).map(n -> BigDecimal.valueOf(n, -3)));
        Props.qt()
                .forAll(currencies().flatMap(c -> Generate.oneOf(money(c), Gens.wideMoney(c))), factors)
                .checkAssert((m, f) -> {
                    BigDecimal exact = m.amount().multiply(f);
                    int digits = m.currency().getDefaultFractionDigits();
                    BigDecimal expected = exact.scale() >= digits ? exact : exact.setScale(digits);
                    Money product = m.times(f);
                    assertThat(product.amount()).isEqualTo(expected); // same value and scale
                    assertThat(product).isEqualTo(Money.of(expected, m.currency()));
                });
    }

    @Test
    void timesLongIsRepeatedPlus() {
        Props.qt().forAll(money(), longs().between(0, 20)).check((m, n) -> {
            Money total = Money.zero(m.currency());
            for (long i = 0; i < n; i++) {
                total = total.plus(m);
            }
            return m.times(n).equals(total);
        });
    }

    @Test
    void timesDistributesOverPlus() {
        Props.qt()
                .forAll(sameCurrencyMoney(2), signedRates())
                .check((m, rate) -> m.get(0)
                        .plus(m.get(1))
                        .times(rate)
                        .equals(m.get(0).times(rate).plus(m.get(1).times(rate))));
    }

    @Test
    void timesRateIsTimesItsFraction() {
        Props.qt().forAll(money(), rates()).check((m, rate) -> m.times(rate).equals(m.times(rate.fraction())));
    }

    // ----- rounding -----

    @Test
    void roundingIsIdempotent() {
        Props.qt().forAll(money(), roundingPolicies()).check((m, policy) -> {
            Money once = m.round(policy);
            return once.round(policy).equals(once);
        });
    }

    @Test
    void roundedAmountIsRounded() {
        Props.qt()
                .forAll(money(), roundingPolicies())
                .check((m, policy) -> m.round(policy).isRounded(policy));
    }

    @Test
    void isRoundedMeansRoundingChangesNothing() {
        Props.qt()
                .forAll(money(), roundingPolicies())
                .check((m, policy) -> m.isRounded(policy) == m.round(policy).equals(m));
    }

    @Test
    void roundedAmountIsWithinOneStepOfTheExact() {
        Props.qt().forAll(roundingCases()).checkAssert(c -> {
            BigDecimal error =
                    c.amount().round(c.policy()).minus(c.amount()).amount().abs();
            assertThat(error).isLessThan(c.step());
        });
    }

    @Test
    void roundedAmountIsAWholeNumberOfSteps() {
        Props.qt().forAll(roundingCases()).checkAssert(c -> {
            BigDecimal steps = c.amount().round(c.policy()).amount().divide(c.step());
            assertThat(steps.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        });
    }

    @Test
    void halfModesRoundWithinHalfAStep() {
        Gen<RoundingMode> halfModes =
                Generate.pick(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN));
        Props.qt().forAll(roundingCases(halfModes)).checkAssert(c -> {
            BigDecimal error =
                    c.amount().round(c.policy()).minus(c.amount()).amount().abs();
            assertThat(error.multiply(BigDecimal.valueOf(2))).isLessThanOrEqualTo(c.step());
        });
    }

    @Test
    void roundingIsMonotone() {
        Props.qt().forAll(sameCurrencyMoney(2), roundingPolicies()).check((m, policy) -> {
            Money low = Money.min(m.get(0), m.get(1));
            Money high = Money.max(m.get(0), m.get(1));
            return low.round(policy).isLessThanOrEqualTo(high.round(policy));
        });
    }

    @Test
    void roundingASymmetricModeCommutesWithNegate() {
        // UP, DOWN and the HALF modes are symmetric about zero; CEILING and FLOOR are not.
        Gen<RoundingMode> symmetricModes = Generate.pick(List.of(
                RoundingMode.UP,
                RoundingMode.DOWN,
                RoundingMode.HALF_UP,
                RoundingMode.HALF_DOWN,
                RoundingMode.HALF_EVEN));
        Props.qt()
                .forAll(roundingCases(symmetricModes))
                .check(c -> c.amount()
                        .negate()
                        .round(c.policy())
                        .equals(c.amount().round(c.policy()).negate()));
    }

    @Test
    void ceilingOfTheNegationIsTheNegatedFloor() {
        Props.qt().forAll(roundingCases(Generate.constant(RoundingMode.FLOOR))).check(c -> {
            RoundingPolicy ceiling = withMode(c, RoundingMode.CEILING);
            return c.amount()
                    .negate()
                    .round(ceiling)
                    .equals(c.amount().round(c.policy()).negate());
        });
    }

    @Test
    void dividedByOneIsRounding() {
        Props.qt()
                .forAll(money(), roundingPolicies())
                .check((m, policy) -> m.dividedBy(BigDecimal.ONE, policy).equals(m.round(policy)));
    }

    @Test
    void dividedByIsRoundingTheExactQuotient() {
        // For a divisor whose reciprocal is exact (2, 4, 5, 8, ...), dividing equals multiplying by it
        // exactly and rounding once.
        List<BigDecimal> divisors =
                List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(4), BigDecimal.valueOf(-5), new BigDecimal("0.8"));
        Props.qt().forAll(money(), roundingPolicies()).checkAssert((m, policy) -> {
            for (BigDecimal d : divisors) {
                BigDecimal reciprocal = BigDecimal.ONE.divide(d);
                assertThat(m.dividedBy(d, policy)).isEqualTo(m.times(reciprocal).round(policy));
            }
        });
    }

    // ----- comparison -----

    @Test
    void compareToIsConsistentWithEquals() {
        Props.qt()
                .forAll(sameCurrencyMoney(2))
                .check(m -> (m.get(0).compareTo(m.get(1)) == 0) == m.get(0).equals(m.get(1)));
    }

    @Test
    void compareToIsAntisymmetric() {
        Props.qt()
                .forAll(sameCurrencyMoney(2))
                .check(m -> Integer.signum(m.get(0).compareTo(m.get(1)))
                        == -Integer.signum(m.get(1).compareTo(m.get(0))));
    }

    @Test
    void equalAmountsAtAnotherScaleAreEqualWithTheSameHashCode() {
        Props.qt().forAll(money(), longs().between(0, 5)).checkAssert((m, extra) -> {
            Money padded = Money.of(m.amount().setScale(m.amount().scale() + extra.intValue()), m.currency());
            assertThat(padded).isEqualTo(m);
            assertThat(padded.hashCode()).isEqualTo(m.hashCode());
            assertThat(padded.compareTo(m)).isZero();
        });
    }

    @Test
    void maxAndMinArePlusAndMinusConsistent() {
        Props.qt()
                .forAll(sameCurrencyMoney(2))
                .check(m -> Money.max(m.get(0), m.get(1))
                        .plus(Money.min(m.get(0), m.get(1)))
                        .equals(m.get(0).plus(m.get(1))));
    }

    @Test
    void currencyMismatchIsAlwaysRejectedNamingBothCodes() {
        List<Function<List<Money>, Object>> operations = List.of(
                p -> p.get(0).plus(p.get(1)),
                p -> p.get(0).minus(p.get(1)),
                p -> p.get(0).compareTo(p.get(1)));
        Props.qt().forAll(mismatchedMoneyPairs()).checkAssert(p -> {
            String first = p.get(0).currency().getCurrencyCode();
            String second = p.get(1).currency().getCurrencyCode();
            for (Function<List<Money>, Object> operation : operations) {
                assertThatThrownBy(() -> operation.apply(p))
                        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                            assertThat(e.first()).isEqualTo(p.get(0).currency());
                            assertThat(e.second()).isEqualTo(p.get(1).currency());
                        })
                        .hasMessageContainingAll(first, second);
            }
        });
    }

    @Test
    void amountsInDifferentCurrenciesAreNeverEqual() {
        Props.qt().forAll(mismatchedMoneyPairs()).check(p -> !p.get(0).equals(p.get(1)));
    }

    // ----- conversions -----

    @Test
    void ofMinorThenToMinorUnitsRoundTrips() {
        Props.qt()
                .forAll(currencies(), longs().all())
                .check((c, units) -> Money.ofMinor(units, c).toMinorUnits() == units);
    }

    @Test
    void toMinorUnitsThenOfMinorRoundTrips() {
        Props.qt()
                .forAll(roundedMoney())
                .check(m -> Money.ofMinor(m.toMinorUnits(), m.currency()).equals(m));
    }

    @Test
    void parseOfToStringRoundTrips() {
        Props.qt().forAll(money()).check(m -> Money.parse(m.toString()).equals(m));
    }

    @Test
    void ofStringsOfThePlainAmountRoundTrips() {
        Props.qt()
                .forAll(money())
                .check(m -> Money.of(m.amount().toPlainString(), m.currency().getCurrencyCode())
                        .equals(m));
    }

    // ----- sum -----

    @Test
    void sumEqualsRepeatedPlus() {
        Props.qt().forAll(moneyLists()).check(amounts -> {
            Money total = amounts.get(0);
            for (Money m : amounts.subList(1, amounts.size())) {
                total = total.plus(m);
            }
            return Money.sum(amounts).equals(total);
        });
    }

    @Test
    void sumWithCurrencyEqualsSum() {
        Props.qt()
                .forAll(moneyLists())
                .check(amounts -> Money.sum(amounts.get(0).currency(), amounts).equals(Money.sum(amounts)));
    }

    @Test
    void sumIsIndependentOfOrder() {
        Props.qt().forAll(moneyLists(), longs().all()).checkAssert((amounts, seed) -> {
            List<Money> shuffled = new ArrayList<>(amounts);
            Collections.shuffle(shuffled, new Random(seed));
            List<Money> reversed = new ArrayList<>(amounts);
            Collections.reverse(reversed);

            assertThat(Money.sum(shuffled)).isEqualTo(Money.sum(amounts));
            assertThat(Money.sum(reversed)).isEqualTo(Money.sum(amounts));
        });
    }

    @Test
    void sumOfAConcatenationIsTheSumOfTheSums() {
        Props.qt().forAll(moneyLists(), longs().between(0, 20)).check((amounts, cut) -> {
            int at = (int) Math.min(cut, amounts.size());
            Currency c = amounts.get(0).currency();
            return Money.sum(c, amounts.subList(0, at))
                    .plus(Money.sum(c, amounts.subList(at, amounts.size())))
                    .equals(Money.sum(amounts));
        });
    }
}
