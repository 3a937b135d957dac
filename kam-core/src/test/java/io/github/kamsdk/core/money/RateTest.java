package io.github.kamsdk.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples for {@link Rate}, figures checked by hand. */
class RateTest {
    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void constants() {
        assertThat(Rate.ZERO.fraction()).isEqualByComparingTo("0");
        assertThat(Rate.ZERO.isZero()).isTrue();
        assertThat(Rate.ONE_HUNDRED_PERCENT.fraction()).isEqualByComparingTo("1");
        assertThat(Rate.ONE_HUNDRED_PERCENT).hasToString("100%");
    }

    @Test
    void percentFromString() {
        assertThat(Rate.percent("15").fraction()).isEqualTo(dec("0.15"));
        assertThat(Rate.percent("12.5").fraction()).isEqualTo(dec("0.125"));
        assertThat(Rate.percent(" 15 ").fraction()).isEqualTo(dec("0.15"));
        assertThat(Rate.percent("0")).isEqualTo(Rate.ZERO);
    }

    @Test
    void percentHasNoUpperBound() {
        // 150% attainment is a rate: fraction 1.5.
        assertThat(Rate.percent("150").fraction()).isEqualByComparingTo("1.5");
    }

    @Test
    void percentFromBigDecimal() {
        assertThat(Rate.percent(dec("12.5")).fraction()).isEqualTo(dec("0.125"));
        assertThat(Rate.percent(dec("0.01")).fraction()).isEqualTo(dec("0.0001"));
    }

    @Test
    void percentFromLong() {
        assertThat(Rate.percent(15).fraction()).isEqualTo(dec("0.15"));
        assertThat(Rate.percent(0)).isEqualTo(Rate.ZERO);
        assertThat(Rate.percent(100)).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
    }

    @Test
    void ofFractionFromString() {
        assertThat(Rate.ofFraction("0.15")).isEqualTo(Rate.percent(15));
        assertThat(Rate.ofFraction(" 0.25 ").fraction()).isEqualTo(dec("0.25"));
    }

    @Test
    void ofFractionFromBigDecimal() {
        assertThat(Rate.ofFraction(dec("0.15"))).isEqualTo(Rate.percent(15));
        assertThat(Rate.ofFraction(dec("1")).fraction()).isEqualTo(dec("1"));
    }

    @Test
    void signedPercent() {
        assertThat(Rate.signedPercent("-5").fraction()).isEqualTo(dec("-0.05"));
        assertThat(Rate.signedPercent("15")).isEqualTo(Rate.percent(15));
    }

    @Test
    void signedFractionFromString() {
        assertThat(Rate.signedFraction("-0.05")).isEqualTo(Rate.signedPercent("-5"));
        assertThat(Rate.signedFraction("0.05")).isEqualTo(Rate.percent(5));
    }

    @Test
    void signedFractionFromBigDecimal() {
        assertThat(Rate.signedFraction(dec("-0.05")).fraction()).isEqualTo(dec("-0.05"));
        assertThat(Rate.signedFraction(dec("-0.05"))).hasToString("-5%");
    }

    @Test
    void ratioRoundsToThePrecision() {
        // 1 / 3 to 16 significant digits: 0.3333333333333333.
        assertThat(Rate.ratio(dec("1"), dec("3"), MathContext.DECIMAL64).fraction())
                .isEqualTo(dec("0.3333333333333333"));
        // 2 / 3 = 0.6666…: to 3 digits HALF_UP 0.667, DOWN 0.666.
        assertThat(Rate.ratio(dec("2"), dec("3"), new MathContext(3, RoundingMode.HALF_UP))
                        .fraction())
                .isEqualTo(dec("0.667"));
        assertThat(Rate.ratio(dec("2"), dec("3"), new MathContext(3, RoundingMode.DOWN))
                        .fraction())
                .isEqualTo(dec("0.666"));
    }

    @Test
    void ratioOfEitherSign() {
        // −1 / 8 = −0.125; 1 / −4 = −0.25; 3 / 2 = 1.5 (above 100%).
        assertThat(Rate.ratio(dec("-1"), dec("8"), MathContext.DECIMAL32)).isEqualTo(Rate.signedFraction("-0.125"));
        assertThat(Rate.ratio(dec("1"), dec("-4"), MathContext.DECIMAL32)).isEqualTo(Rate.signedFraction("-0.25"));
        assertThat(Rate.ratio(dec("3"), dec("2"), new MathContext(2))).isEqualTo(Rate.percent(150));
    }

    @Test
    void ratioOfAttainment() {
        // EUR 1,150,000 achieved of a EUR 1,000,000 target: 115%.
        assertThat(Rate.ratio(dec("1150000"), dec("1000000"), MathContext.DECIMAL64))
                .isEqualTo(Rate.percent(115));
    }

    @Test
    void toPercent() {
        assertThat(Rate.percent(15).toPercent()).isEqualTo(dec("15"));
        assertThat(Rate.ofFraction("0.125").toPercent()).isEqualTo(dec("12.5"));
        assertThat(Rate.signedFraction("-0.05").toPercent()).isEqualByComparingTo("-5");
        assertThat(Rate.ofFraction("0.0001").toPercent()).isEqualTo(dec("0.01"));
    }

    @Test
    void ofAppliesTheRateExactly() {
        // 200.00 × 0.15 = 30.0000 (scale 2 + 2), equal to EUR 30.00.
        Money fee = Rate.percent("15").of(eur("200"));

        assertThat(fee.amount()).isEqualTo(dec("30.0000"));
        assertThat(fee).isEqualTo(eur("30.00"));
        // 1234.57 × 0.15 = 185.1855.
        assertThat(Rate.percent(15).of(eur("1234.57")).amount()).isEqualTo(dec("185.1855"));
        // −5% of 200 = −10.
        assertThat(Rate.signedPercent("-5").of(eur("200"))).isEqualTo(eur("-10"));
    }

    @Test
    void plus() {
        assertThat(Rate.percent(10).plus(Rate.percent(5))).isEqualTo(Rate.percent(15));
    }

    @Test
    void minus() {
        // 10% − 15% = −5%: arithmetic may go negative.
        Rate difference = Rate.percent(10).minus(Rate.percent(15));

        assertThat(difference).isEqualTo(Rate.signedPercent("-5"));
        assertThat(difference.isNegative()).isTrue();
    }

    @Test
    void timesRate() {
        // 50% of 20%: 0.50 × 0.20 = 0.1000 = 10%.
        assertThat(Rate.percent(50).times(Rate.percent(20))).isEqualTo(Rate.percent(10));
    }

    @Test
    void timesFactor() {
        // 5% × 3 = 15%; 12.5% × 0.5 = 6.25%.
        assertThat(Rate.percent(5).times(dec("3"))).isEqualTo(Rate.percent(15));
        assertThat(Rate.percent("12.5").times(dec("0.5"))).isEqualTo(Rate.percent("6.25"));
    }

    @Test
    void complement() {
        assertThat(Rate.percent(15).complement()).isEqualTo(Rate.percent(85));
        assertThat(Rate.ZERO.complement()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        assertThat(Rate.ONE_HUNDRED_PERCENT.complement()).isEqualTo(Rate.ZERO);
        // 100% − 150% = −50%.
        assertThat(Rate.percent(150).complement()).isEqualTo(Rate.signedPercent("-50"));
    }

    @Test
    void compoundingTwoDiscountsGoesThroughComplements() {
        // 10% then 5%: the client pays 0.90 × 0.95 = 0.855, so the total discount is 1 − 0.855 = 14.5%.
        Rate first = Rate.percent(10);
        Rate second = Rate.percent(5);

        Rate compound = first.complement().times(second.complement()).complement();

        assertThat(compound).isEqualTo(Rate.percent("14.5"));
        assertThat(compound).hasToString("14.5%");
        // Not simply 10% + 5%.
        assertThat(compound).isNotEqualTo(first.plus(second));
    }

    @Test
    void compoundDiscountOnAnAmount() {
        // EUR 200 × 0.90 = 180, × 0.95 = 171; equally 200 × (1 − 0.145) = 200 × 0.855 = 171.
        Money price = eur("200");
        Rate compound = Rate.percent(10)
                .complement()
                .times(Rate.percent(5).complement())
                .complement();

        assertThat(price.times(Rate.percent(10).complement())
                        .times(Rate.percent(5).complement()))
                .isEqualTo(eur("171"));
        assertThat(compound.complement().of(price)).isEqualTo(eur("171"));
        assertThat(price.minus(compound.of(price))).isEqualTo(eur("171"));
    }

    @Test
    void negate() {
        assertThat(Rate.percent(15).negate()).isEqualTo(Rate.signedPercent("-15"));
        assertThat(Rate.signedPercent("-15").negate()).isEqualTo(Rate.percent(15));
        assertThat(Rate.ZERO.negate()).isEqualTo(Rate.ZERO);
    }

    @Test
    void signs() {
        Rate negative = Rate.signedPercent("-0.01");
        Rate zero = Rate.ofFraction("0.000");
        Rate positive = Rate.percent("0.01");

        assertThat(List.of(negative.isNegative(), zero.isNegative(), positive.isNegative()))
                .containsExactly(true, false, false);
        assertThat(List.of(negative.isZero(), zero.isZero(), positive.isZero())).containsExactly(false, true, false);
        assertThat(List.of(negative.isPositive(), zero.isPositive(), positive.isPositive()))
                .containsExactly(false, false, true);
    }

    @Test
    void comparisons() {
        Rate ten = Rate.percent(10);
        Rate fifteen = Rate.percent(15);

        assertThat(fifteen.isGreaterThan(ten)).isTrue();
        assertThat(ten.isGreaterThan(fifteen)).isFalse();
        assertThat(ten.isGreaterThan(Rate.ofFraction("0.100"))).isFalse();
        assertThat(ten.isLessThan(fifteen)).isTrue();
        assertThat(fifteen.isLessThan(ten)).isFalse();
        assertThat(ten.isLessThan(Rate.ofFraction("0.100"))).isFalse();
        assertThat(ten.compareTo(fifteen)).isNegative();
        assertThat(fifteen.compareTo(ten)).isPositive();
        assertThat(ten.compareTo(Rate.ofFraction("0.1000"))).isZero();
    }

    @Test
    void requireBetweenReturnsTheRateWhenInRange() {
        Rate discount = Rate.percent(15);

        assertThat(discount.requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "maxDiscount"))
                .isSameAs(discount);
    }

    @Test
    void requireBetweenIncludesBothBounds() {
        assertThat(Rate.ZERO.requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "maxDiscount"))
                .isEqualTo(Rate.ZERO);
        assertThat(Rate.percent("100.0").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "maxDiscount"))
                .isEqualTo(Rate.ONE_HUNDRED_PERCENT);
    }

    @Test
    void requireBetweenNamesTheFieldTheBoundsAndTheValue() {
        assertThatThrownBy(() -> Rate.percent(150).requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "maxDiscount"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDiscount must be between 0% and 100%: 150%");
        assertThatThrownBy(() ->
                        Rate.signedPercent("-0.5").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "discount"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("discount must be between 0% and 100%: -0.5%");
    }

    @Test
    void toStringIsThePercentageWithoutTrailingZeros() {
        assertThat(Rate.percent(15)).hasToString("15%");
        assertThat(Rate.ofFraction("0.150")).hasToString("15%");
        assertThat(Rate.percent("12.50")).hasToString("12.5%");
        assertThat(Rate.signedPercent("-2.5")).hasToString("-2.5%");
        assertThat(Rate.ZERO).hasToString("0%");
        assertThat(Rate.ofFraction("0.000")).hasToString("0%");
        // Fraction 10 is 1000%, shown plainly rather than as 1E+3%.
        assertThat(Rate.ofFraction("10")).hasToString("1000%");
        assertThat(Rate.ratio(dec("1"), dec("3"), MathContext.DECIMAL64)).hasToString("33.33333333333333%");
    }

    @Test
    void equalsAndHashCodeAreByValue() {
        new EqualsTester()
                .addEqualityGroup(
                        Rate.percent(15),
                        Rate.percent("15.00"),
                        Rate.ofFraction("0.150"),
                        Rate.ofFraction(dec("0.15")),
                        Rate.signedPercent("15"),
                        Rate.percent(5).times(dec("3")))
                .addEqualityGroup(Rate.percent("15.5"))
                .addEqualityGroup(Rate.signedPercent("-15"))
                .addEqualityGroup(Rate.ZERO, Rate.percent(0), Rate.ofFraction("0.000"), Rate.signedFraction("-0"))
                .addEqualityGroup(Rate.ONE_HUNDRED_PERCENT, Rate.percent(100), Rate.ofFraction("1.0"))
                .testEquals();
    }

    @Test
    void equalRatesShareAHashCode() {
        assertThat(Rate.ofFraction("0.150").hashCode())
                .isEqualTo(Rate.percent(15).hashCode());
        assertThat(Rate.ofFraction("0.000").hashCode()).isEqualTo(Rate.ZERO.hashCode());
    }

    @Test
    void compareToIsConsistentWithEquals() {
        List<Rate> rates = List.of(
                Rate.percent(15),
                Rate.ofFraction("0.150"),
                Rate.percent("15.5"),
                Rate.ZERO,
                Rate.ofFraction("0.00"),
                Rate.signedPercent("-15"));
        for (Rate a : rates) {
            for (Rate b : rates) {
                assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            }
        }
    }
}
