package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.testing.Gens.currencies;
import static io.github.kamsdk.core.testing.Gens.roundingModes;
import static io.github.kamsdk.core.testing.Gens.signedRates;
import static io.github.kamsdk.core.testing.Gens.wideMoney;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Money keeps everyday amounts as a {@code long} and larger ones as a {@code BigDecimal}. Whatever
 * the representation of each operand, every operation must agree with plain {@code BigDecimal}
 * arithmetic on {@link Money#amount()}: the model here. The generators straddle the boundary
 * (18 digits, {@code Long.MAX_VALUE}) so that overflowing sums and products take the wide path.
 */
class MoneyRepresentationProperties {

    /** Two amounts in one currency, each on either side of the boundary. */
    private static Gen<List<Money>> pairs() {
        return currencies().flatMap(c -> wideMoney(c).zip(wideMoney(c), List::of));
    }

    private static Gen<Money> amounts() {
        return currencies().flatMap(c -> wideMoney(c));
    }

    private static void assertSameValue(Money actual, BigDecimal expected, Currency currency) {
        assertThat(actual.currency()).isEqualTo(currency);
        assertThat(actual.amount()).isEqualByComparingTo(expected);
        assertThat(actual.amount().scale()).isGreaterThanOrEqualTo(currency.getDefaultFractionDigits());
        assertThat(actual).isEqualTo(Money.of(expected, currency));
        assertThat(actual.hashCode()).isEqualTo(Money.of(expected, currency).hashCode());
    }

    @Test
    void plusAgreesWithBigDecimalAddition() {
        Props.qt()
                .forAll(pairs())
                .checkAssert(p -> assertSameValue(
                        p.get(0).plus(p.get(1)),
                        p.get(0).amount().add(p.get(1).amount()),
                        p.get(0).currency()));
    }

    @Test
    void minusAgreesWithBigDecimalSubtraction() {
        Props.qt()
                .forAll(pairs())
                .checkAssert(p -> assertSameValue(
                        p.get(0).minus(p.get(1)),
                        p.get(0).amount().subtract(p.get(1).amount()),
                        p.get(0).currency()));
    }

    @Test
    void timesRateAgreesWithBigDecimalMultiplication() {
        Props.qt()
                .forAll(amounts(), signedRates())
                .checkAssert((m, r) -> assertSameValue(m.times(r), m.amount().multiply(r.fraction()), m.currency()));
    }

    @Test
    void timesLongAgreesWithBigDecimalMultiplication() {
        Props.qt()
                .forAll(amounts(), longs().all())
                .checkAssert((m, f) ->
                        assertSameValue(m.times(f), m.amount().multiply(BigDecimal.valueOf(f)), m.currency()));
    }

    @Test
    void negateAgreesWithBigDecimalNegation() {
        Props.qt()
                .forAll(amounts())
                .checkAssert(m -> assertSameValue(m.negate(), m.amount().negate(), m.currency()));
    }

    @Test
    void compareToAgreesWithBigDecimalComparison() {
        Props.qt().forAll(pairs()).checkAssert(p -> {
            int expected = Integer.signum(p.get(0).amount().compareTo(p.get(1).amount()));
            assertThat(Integer.signum(p.get(0).compareTo(p.get(1)))).isEqualTo(expected);
            assertThat(p.get(0).equals(p.get(1))).isEqualTo(expected == 0);
        });
    }

    @Test
    void signPredicatesAgreeWithBigDecimalSignum() {
        Props.qt().forAll(amounts()).checkAssert(m -> {
            int signum = m.amount().signum();
            assertThat(m.isZero()).isEqualTo(signum == 0);
            assertThat(m.isPositive()).isEqualTo(signum > 0);
            assertThat(m.isNegative()).isEqualTo(signum < 0);
            assertThat(m.abs().amount()).isEqualByComparingTo(m.amount().abs());
        });
    }

    @Test
    void anAmountEqualsItselfWrittenWithMoreDigits() {
        // 1.00 (compact) and 1.000000000000000000000 (22 digits, wide) are the same money.
        Props.qt()
                .forAll(
                        amounts(),
                        org.quicktheories.generators.SourceDSL.integers().between(1, 30))
                .checkAssert((m, extra) -> {
                    Money padded = Money.of(m.amount().setScale(m.amount().scale() + extra), m.currency());
                    assertThat(padded).isEqualTo(m);
                    assertThat(padded.hashCode()).isEqualTo(m.hashCode());
                    assertThat(padded.compareTo(m)).isZero();
                });
    }

    @Test
    void sumAgreesWithBigDecimalSum() {
        Props.qt()
                .forAll(currencies()
                        .flatMap(c -> org.quicktheories.generators.SourceDSL.lists()
                                .of(wideMoney(c))
                                .ofSizeBetween(1, 12)))
                .checkAssert(amounts -> {
                    BigDecimal expected = amounts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertSameValue(Money.sum(amounts), expected, amounts.get(0).currency());
                });
    }

    /**
     * Two 18-digit amounts (the largest kept in a long) whose scales differ by one: aligning the
     * scales multiplies one by ten, and the sum or difference then overflows a long.
     */
    private static Gen<List<Money>> pairsAtTheLongBoundary() {
        Gen<Long> eighteenDigits = longs().between(500_000_000_000_000_000L, 922_337_203_685_477_580L);
        return currencies()
                .flatMap(c -> eighteenDigits.zip(eighteenDigits, longs().between(0, 3), (x, y, sign) -> {
                    int digits = c.getDefaultFractionDigits();
                    Money a = Money.of(BigDecimal.valueOf((sign & 1) == 0 ? x : -x, digits), c);
                    Money b = Money.of(BigDecimal.valueOf((sign & 2) == 0 ? y : -y, digits + 1), c);
                    return List.of(a, b);
                }));
    }

    /**
     * Up to twelve amounts in one currency, each on either side of the boundary or 18 digits at
     * mixed scales, so that a running sum leaves a long, comes back and changes scale.
     */
    private static Gen<List<Money>> amountLists() {
        return currencies().flatMap(c -> {
            Gen<Money> boundary = longs().between(-922_337_203_685_477_580L, 922_337_203_685_477_580L)
                    .zip(
                            longs().between(0, 3),
                            (x, extra) -> Money.of(
                                    BigDecimal.valueOf(x, c.getDefaultFractionDigits() + extra.intValue()), c));
            Gen<Money> one = wideMoney(c).mix(boundary, 50);
            return lists().of(one).ofSizeBetween(0, 12);
        });
    }

    @Test
    void aSumIsTheChainOfPlusAndAgreesWithBigDecimal() {
        Props.qt().forAll(amountLists()).checkAssert(ms -> {
            Currency c = ms.isEmpty() ? Currency.getInstance("EUR") : ms.get(0).currency();
            Money chain = Money.zero(c);
            BigDecimal exact = BigDecimal.ZERO;
            for (Money m : ms) {
                chain = chain.plus(m);
                exact = exact.add(m.amount());
            }
            Money sum = Money.sum(c, ms);
            assertSameValue(sum, exact, c);
            assertThat(sum.amount()).isEqualTo(chain.amount()); // the same scale too
            assertThat(sum).hasToString(chain.toString());
            if (!ms.isEmpty()) {
                assertThat(Money.sum(ms).amount())
                        .isEqualTo(ms.stream()
                                .skip(1)
                                .reduce(ms.get(0), Money::plus)
                                .amount());
            }
        });
    }

    @Test
    void plusAndMinusAgreeWithBigDecimalAtTheLongBoundary() {
        Props.qt().forAll(pairsAtTheLongBoundary()).checkAssert(p -> {
            Money a = p.get(0);
            Money b = p.get(1);
            assertSameValue(a.plus(b), a.amount().add(b.amount()), a.currency());
            assertSameValue(b.plus(a), a.amount().add(b.amount()), a.currency());
            assertSameValue(a.minus(b), a.amount().subtract(b.amount()), a.currency());
            assertSameValue(b.minus(a), b.amount().subtract(a.amount()), a.currency());
            assertThat(Integer.signum(a.compareTo(b)))
                    .isEqualTo(Integer.signum(a.amount().compareTo(b.amount())));
        });
    }

    @Test
    void arithmeticAgreesWithBigDecimalWhenTheScalesAreFarApart() {
        // chains of percentages (compound discounts) give amounts of 20 or more decimals beside
        // amounts of two: aligning them overflows a long, and the result must still be exact
        Props.qt()
                .forAll(
                        currencies()
                                .flatMap(c -> wideMoney(c)
                                        .zip(
                                                longs().between(-10_000_000_000L, 10_000_000_000L),
                                                integers().between(0, 40),
                                                (m, n, k) -> List.of(
                                                        m,
                                                        Money.of(
                                                                BigDecimal.valueOf(n, c.getDefaultFractionDigits() + k),
                                                                c)))),
                        signedRates())
                .checkAssert((p, rate) -> {
                    Money a = p.get(0);
                    Money b = p.get(1);
                    Currency c = a.currency();
                    assertSameValue(a.plus(b), a.amount().add(b.amount()), c);
                    assertSameValue(b.minus(a), b.amount().subtract(a.amount()), c);
                    assertSameValue(b.times(rate), b.amount().multiply(rate.fraction()), c);
                    assertSameValue(
                            b.times(rate).times(rate),
                            b.amount().multiply(rate.fraction()).multiply(rate.fraction()),
                            c);
                    assertThat(Integer.signum(b.compareTo(a)))
                            .isEqualTo(Integer.signum(b.amount().compareTo(a.amount())));
                });
    }

    @Test
    void roundAgreesWithBigDecimalSetScale() {
        // rounding a compact amount works on its long; it must round as BigDecimal.setScale does, in
        // every direction and to every scale, including amounts of many decimals (a chain of
        // percentages), amounts near Long.MAX_VALUE and a scale above the amount's own
        Props.qt()
                .forAll(amounts(), signedRates(), roundingModes(), integers().between(-1, 18))
                .checkAssert((m, rate, mode, scale) -> {
                    RoundingPolicy policy =
                            scale < 0 ? RoundingPolicy.toMinorUnit(mode) : RoundingPolicy.toScale(scale, mode);
                    Currency c = m.currency();
                    int to = scale < 0 ? c.getDefaultFractionDigits() : scale;
                    for (Money x : List.of(m, m.times(rate), m.times(rate).times(rate))) {
                        Money rounded = x.round(policy);
                        assertSameValue(rounded, x.amount().setScale(to, mode), c);
                        assertThat(rounded.amount().scale()).isEqualTo(Math.max(to, c.getDefaultFractionDigits()));
                        assertThat(rounded.round(policy)).isEqualTo(rounded);
                    }
                });
    }

    @Test
    void aSumBeyondALongIsExact() {
        // 9,000,000,000,000,000.00 + 900,000,000,000,000.000: aligned to three decimals the
        // unscaled values are 9×10^18 and 9×10^17, whose sum 9.9×10^18 exceeds Long.MAX_VALUE.
        Money a = Money.of("9000000000000000.00", "EUR");
        Money b = Money.of("900000000000000.000", "EUR");
        assertThat(a.plus(b)).isEqualTo(Money.of("9900000000000000", "EUR"));
        assertThat(b.minus(a)).isEqualTo(Money.of("-8100000000000000", "EUR"));
        assertThat(a.negate().minus(b)).isEqualTo(Money.of("-9900000000000000", "EUR"));
        assertThat(a.times(10)).isEqualTo(Money.of("90000000000000000", "EUR"));
        assertThat(a.times(Rate.percent(1000))).isEqualTo(Money.of("90000000000000000", "EUR"));
    }
}
