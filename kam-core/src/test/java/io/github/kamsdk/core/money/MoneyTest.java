package io.github.kamsdk.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples for {@link Money} and {@link CurrencyMismatchException}, figures checked by hand. */
class MoneyTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");
    private static final Currency CHF = Currency.getInstance("CHF");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Money jpy(String amount) {
        return Money.of(amount, "JPY");
    }

    private static Money bhd(String amount) {
        return Money.of(amount, "BHD");
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Factories {
        @Test
        void ofBigDecimalKeepsTheAmountExactly() {
            Money m = Money.of(dec("185.1855"), EUR);

            assertThat(m.amount()).isEqualTo(dec("185.1855"));
            assertThat(m.currency()).isEqualTo(EUR);
        }

        @Test
        void ofBigDecimalPadsToTheCurrencyDecimals() {
            assertThat(Money.of(dec("1"), EUR).amount()).isEqualTo(dec("1.00"));
            assertThat(Money.of(dec("1.5"), EUR).amount()).isEqualTo(dec("1.50"));
            assertThat(Money.of(dec("1"), BHD).amount()).isEqualTo(dec("1.000"));
            assertThat(Money.of(dec("500"), JPY).amount()).isEqualTo(dec("500"));
        }

        @Test
        void ofBigDecimalWithAnExponentIsPaddedToo() {
            // 1E+2 has scale -2; stored as 100.00.
            assertThat(Money.of(dec("1E+2"), EUR).amount()).isEqualTo(dec("100.00"));
        }

        @Test
        void ofStringsParsesAmountAndCode() {
            Money m = Money.of("1234.57", "EUR");

            assertThat(m.amount()).isEqualTo(dec("1234.57"));
            assertThat(m.currency()).isEqualTo(EUR);
        }

        @Test
        void ofStringsStripsSurroundingBlanks() {
            assertThat(Money.of(" -12.5 ", " EUR ")).isEqualTo(Money.of(dec("-12.50"), EUR));
        }

        @Test
        void ofLongIsWholeUnits() {
            assertThat(Money.of(100, EUR).amount()).isEqualTo(dec("100.00"));
            assertThat(Money.of(-5, JPY).amount()).isEqualTo(dec("-5"));
            assertThat(Money.of(7, BHD).amount()).isEqualTo(dec("7.000"));
        }

        @Test
        void ofMinorCountsMinorUnitsOfEachCurrency() {
            assertThat(Money.ofMinor(12345, EUR).amount()).isEqualTo(dec("123.45"));
            assertThat(Money.ofMinor(12345, JPY).amount()).isEqualTo(dec("12345"));
            assertThat(Money.ofMinor(12345, BHD).amount()).isEqualTo(dec("12.345"));
            assertThat(Money.ofMinor(-1, EUR).amount()).isEqualTo(dec("-0.01"));
        }

        @Test
        void zeroHasTheCurrencyDecimals() {
            assertThat(Money.zero(EUR).amount()).isEqualTo(dec("0.00"));
            assertThat(Money.zero(JPY).amount()).isEqualTo(dec("0"));
            assertThat(Money.zero(BHD).amount()).isEqualTo(dec("0.000"));
            assertThat(Money.zero(EUR).isZero()).isTrue();
        }

        @Test
        void withAmountKeepsTheCurrency() {
            Money m = eur("1.00").withAmount(dec("5"));

            assertThat(m.currency()).isEqualTo(EUR);
            assertThat(m.amount()).isEqualTo(dec("5.00"));
            assertThat(jpy("1").withAmount(dec("1234.5")).amount()).isEqualTo(dec("1234.5"));
        }
    }

    @Nested
    class ParseAndToString {
        @Test
        void toStringShowsCodeSpaceAndAmountWithTheCurrencyDecimals() {
            assertThat(eur("1234.5")).hasToString("EUR 1234.50");
            assertThat(eur("1234.57")).hasToString("EUR 1234.57");
            assertThat(jpy("500")).hasToString("JPY 500");
            assertThat(jpy("-500")).hasToString("JPY -500");
            assertThat(bhd("1.2")).hasToString("BHD 1.200");
            assertThat(Money.zero(EUR)).hasToString("EUR 0.00");
            assertThat(eur("-0.5")).hasToString("EUR -0.50");
        }

        @Test
        void toStringKeepsExtraDecimalsButDropsTheirTrailingZeros() {
            assertThat(eur("185.1855")).hasToString("EUR 185.1855");
            assertThat(eur("1.50000")).hasToString("EUR 1.50");
            assertThat(eur("1.23450")).hasToString("EUR 1.2345");
        }

        @Test
        void toStringIsPlainNeverScientific() {
            // 10.00 × 1E+3 = 1.000E+4 in BigDecimal terms; shown as 10000.00.
            assertThat(eur("10").times(dec("1E+3"))).hasToString("EUR 10000.00");
        }

        @Test
        void parseReadsWhatToStringWrites() {
            assertThat(Money.parse("EUR 1234.57")).isEqualTo(Money.of(dec("1234.57"), EUR));
            assertThat(Money.parse("JPY -500")).isEqualTo(Money.of(-500, JPY));
            assertThat(Money.parse("BHD 1.234")).isEqualTo(Money.ofMinor(1234, BHD));
        }

        @Test
        void parseToleratesBlanksAroundAndBetween() {
            assertThat(Money.parse("  EUR   5  ")).isEqualTo(Money.of(5, EUR));
        }

        @Test
        void parseOfToStringRoundTrips() {
            for (Money m : List.of(eur("185.1855"), eur("-0.01"), jpy("1234.5"), bhd("12.345"), Money.zero(CHF))) {
                assertThat(Money.parse(m.toString())).isEqualTo(m);
            }
        }
    }

    @Nested
    class Arithmetic {
        @Test
        void plusAndMinusAreExact() {
            // 1.10 + 2.205 = 3.305; 1.10 − 2.205 = −1.105: nothing rounded.
            assertThat(eur("1.10").plus(eur("2.205")).amount()).isEqualTo(dec("3.305"));
            assertThat(eur("1.10").minus(eur("2.205")).amount()).isEqualTo(dec("-1.105"));
        }

        @Test
        void timesDecimalIsExact() {
            // 10.00 × 1.5 = 15.000 (scale 2 + 1), equal to EUR 15.00.
            Money m = eur("10.00").times(dec("1.5"));

            assertThat(m.amount()).isEqualTo(dec("15.000"));
            assertThat(m).isEqualTo(Money.of(15, EUR));
        }

        @Test
        void timesDecimalWithAnExponentKeepsTheCurrencyDecimals() {
            // 1.00 × 1E+2: BigDecimal gives 100 at scale 0; the amount keeps EUR's two decimals.
            assertThat(eur("1").times(dec("1E+2")).amount()).isEqualTo(dec("100.00"));
        }

        @Test
        void timesLong() {
            assertThat(eur("2.50").times(3)).isEqualTo(eur("7.50"));
            assertThat(jpy("500").times(-2)).isEqualTo(jpy("-1000"));
            assertThat(eur("2.50").times(0)).isEqualTo(Money.zero(EUR));
        }

        @Test
        void timesRateIsExactCommission() {
            // 1234.57 × 0.15 = 123.457 + 61.7285 = 185.1855.
            Money commission = eur("1234.57").times(Rate.percent("15"));

            assertThat(commission.amount()).isEqualTo(dec("185.1855"));
        }

        @Test
        void commissionRoundsHalfEvenToCents() {
            // 185.1855: the dropped 0.0055 is more than half a cent, so up to 185.19.
            assertThat(eur("1234.57").times(Rate.percent("15")).round(RoundingPolicy.DEFAULT))
                    .isEqualTo(eur("185.19"));
        }

        @Test
        void negate() {
            assertThat(eur("3.50").negate()).isEqualTo(eur("-3.50"));
            assertThat(eur("-3.50").negate()).isEqualTo(eur("3.50"));
            assertThat(Money.zero(EUR).negate()).isEqualTo(Money.zero(EUR));
        }

        @Test
        void abs() {
            assertThat(eur("-3.50").abs()).isEqualTo(eur("3.50"));
            assertThat(eur("3.50").abs()).isEqualTo(eur("3.50"));
            assertThat(Money.zero(JPY).abs()).isEqualTo(Money.zero(JPY));
        }

        @Test
        void absOfANonNegativeAmountIsTheSameInstance() {
            Money m = eur("3.50");

            assertThat(m.abs()).isSameAs(m);
        }
    }

    @Nested
    class DividedBy {
        @Test
        void hundredEurosInThreeIsThirtyThreeThirtyThree() {
            // 100 / 3 = 33.333…, HALF_EVEN to cents: 33.33.
            assertThat(eur("100").dividedBy(dec("3"), RoundingPolicy.DEFAULT)).isEqualTo(eur("33.33"));
            // 200 / 3 = 66.666…: 66.67.
            assertThat(eur("200").dividedBy(dec("3"), RoundingPolicy.DEFAULT)).isEqualTo(eur("66.67"));
        }

        @Test
        void directedModesOnAPositiveQuotient() {
            Money hundred = eur("100");
            BigDecimal three = dec("3");

            assertThat(hundred.dividedBy(three, RoundingPolicy.toMinorUnit(RoundingMode.UP)))
                    .isEqualTo(eur("33.34"));
            assertThat(hundred.dividedBy(three, RoundingPolicy.toMinorUnit(RoundingMode.DOWN)))
                    .isEqualTo(eur("33.33"));
            assertThat(hundred.dividedBy(three, RoundingPolicy.toMinorUnit(RoundingMode.CEILING)))
                    .isEqualTo(eur("33.34"));
            assertThat(hundred.dividedBy(three, RoundingPolicy.toMinorUnit(RoundingMode.FLOOR)))
                    .isEqualTo(eur("33.33"));
        }

        @Test
        void directedModesOnANegativeQuotient() {
            // −100 / 3 = −33.333…: FLOOR and UP go away from zero, CEILING and DOWN towards it.
            Money minusHundred = eur("-100");
            BigDecimal three = dec("3");

            assertThat(minusHundred.dividedBy(three, RoundingPolicy.toMinorUnit(RoundingMode.FLOOR)))
                    .isEqualTo(eur("-33.34"));
            assertThat(minusHundred.dividedBy(three, RoundingPolicy.toMinorUnit(RoundingMode.UP)))
                    .isEqualTo(eur("-33.34"));
            assertThat(minusHundred.dividedBy(three, RoundingPolicy.toMinorUnit(RoundingMode.CEILING)))
                    .isEqualTo(eur("-33.33"));
            assertThat(minusHundred.dividedBy(three, RoundingPolicy.toMinorUnit(RoundingMode.DOWN)))
                    .isEqualTo(eur("-33.33"));
        }

        @Test
        void halfModesOnATie() {
            // 0.05 / 2 = 0.025 exactly: HALF_EVEN keeps the even 2, HALF_UP goes to 3.
            Money fiveCents = eur("0.05");
            BigDecimal two = dec("2");

            assertThat(fiveCents.dividedBy(two, RoundingPolicy.toMinorUnit(RoundingMode.HALF_EVEN)))
                    .isEqualTo(eur("0.02"));
            assertThat(fiveCents.dividedBy(two, RoundingPolicy.toMinorUnit(RoundingMode.HALF_UP)))
                    .isEqualTo(eur("0.03"));
            assertThat(fiveCents.dividedBy(two, RoundingPolicy.toMinorUnit(RoundingMode.HALF_DOWN)))
                    .isEqualTo(eur("0.02"));
            // 0.07 / 2 = 0.035: HALF_EVEN goes to the even 4.
            assertThat(eur("0.07").dividedBy(two, RoundingPolicy.DEFAULT)).isEqualTo(eur("0.04"));
        }

        @Test
        void roundsToTheMinorUnitOfTheCurrency() {
            // JPY: 100 / 3 = 33.3 → 33; 5 / 2 = 2.5 → 2 (even); 7 / 2 = 3.5 → 4 (even).
            assertThat(jpy("100").dividedBy(dec("3"), RoundingPolicy.DEFAULT)).isEqualTo(jpy("33"));
            assertThat(jpy("5").dividedBy(dec("2"), RoundingPolicy.DEFAULT)).isEqualTo(jpy("2"));
            assertThat(jpy("7").dividedBy(dec("2"), RoundingPolicy.DEFAULT)).isEqualTo(jpy("4"));
            // BHD: 100 / 3 = 33.3333… → 33.333; 2 / 3 = 0.6666… → 0.667.
            assertThat(bhd("100").dividedBy(dec("3"), RoundingPolicy.DEFAULT)).isEqualTo(bhd("33.333"));
            assertThat(bhd("2").dividedBy(dec("3"), RoundingPolicy.DEFAULT)).isEqualTo(bhd("0.667"));
        }

        @Test
        void toScaleAndToIncrementPolicies() {
            assertThat(eur("100").dividedBy(dec("3"), RoundingPolicy.toScale(4, RoundingMode.HALF_EVEN)))
                    .isEqualTo(eur("33.3333"));
            // CHF 100 / 3 = 33.333…; in steps of 0.05 that is 666.67 steps → 667 × 0.05 = 33.35.
            assertThat(Money.of(100, CHF)
                            .dividedBy(dec("3"), RoundingPolicy.toIncrement(dec("0.05"), RoundingMode.HALF_UP)))
                    .isEqualTo(Money.of(dec("33.35"), CHF));
            // DOWN: 666 × 0.05 = 33.30.
            assertThat(Money.of(100, CHF)
                            .dividedBy(dec("3"), RoundingPolicy.toIncrement(dec("0.05"), RoundingMode.DOWN)))
                    .isEqualTo(Money.of(dec("33.30"), CHF));
        }

        @Test
        void byFractionalAndNegativeDivisors() {
            // 10 / 0.4 = 25; 10 / −4 = −2.5.
            assertThat(eur("10").dividedBy(dec("0.4"), RoundingPolicy.DEFAULT)).isEqualTo(eur("25"));
            assertThat(eur("10").dividedBy(dec("-4"), RoundingPolicy.DEFAULT)).isEqualTo(eur("-2.50"));
        }

        @Test
        void resultKeepsTheCurrencyDecimals() {
            assertThat(eur("100")
                            .dividedBy(dec("4"), RoundingPolicy.toScale(0, RoundingMode.HALF_UP))
                            .amount())
                    .isEqualTo(dec("25.00"));
        }
    }

    @Nested
    class Rounding {
        @Test
        void roundWithoutPolicyIsHalfEvenToTheMinorUnit() {
            // 2.345 → 2.34 (4 is even), 2.355 → 2.36 (5 is odd, goes up to 6).
            assertThat(eur("2.345").round()).isEqualTo(eur("2.34"));
            assertThat(eur("2.355").round()).isEqualTo(eur("2.36"));
            assertThat(jpy("1234.5").round()).isEqualTo(jpy("1234"));
            assertThat(jpy("1235.5").round()).isEqualTo(jpy("1236"));
            assertThat(bhd("1.2345").round()).isEqualTo(bhd("1.234"));
            assertThat(bhd("1.2355").round()).isEqualTo(bhd("1.236"));
        }

        @Test
        void roundWithPolicy() {
            assertThat(eur("2.345").round(RoundingPolicy.toMinorUnit(RoundingMode.HALF_UP)))
                    .isEqualTo(eur("2.35"));
            assertThat(jpy("1234.5").round(RoundingPolicy.toMinorUnit(RoundingMode.HALF_UP)))
                    .isEqualTo(jpy("1235"));
        }

        @Test
        void roundedAmountHasExactlyTheCurrencyDecimals() {
            assertThat(eur("185.1855").round().amount()).isEqualTo(dec("185.19"));
            assertThat(jpy("1234.5").round().amount()).isEqualTo(dec("1234"));
            assertThat(bhd("1.2345").round().amount()).isEqualTo(dec("1.234"));
        }

        @Test
        void roundingToFewerDecimalsThanTheCurrencyStillKeepsItsDecimals() {
            // 2.5 → 3 whole euros, stored as 3.00; 1234.56 → 12 hundreds = 1200, stored as 1200.00.
            assertThat(eur("2.5")
                            .round(RoundingPolicy.toScale(0, RoundingMode.HALF_UP))
                            .amount())
                    .isEqualTo(dec("3.00"));
            assertThat(eur("1234.56")
                            .round(RoundingPolicy.toIncrement(dec("100"), RoundingMode.HALF_UP))
                            .amount())
                    .isEqualTo(dec("1200.00"));
        }

        @Test
        void roundingARoundedAmountChangesNothing() {
            Money once = eur("185.1855").round();

            assertThat(once.round()).isEqualTo(once);
        }

        @Test
        void isRounded() {
            assertThat(eur("185.19").isRounded(RoundingPolicy.DEFAULT)).isTrue();
            assertThat(eur("185.1900").isRounded(RoundingPolicy.DEFAULT)).isTrue();
            assertThat(eur("185.1855").isRounded(RoundingPolicy.DEFAULT)).isFalse();
            assertThat(eur("185.1855").isRounded(RoundingPolicy.toScale(4, RoundingMode.HALF_UP)))
                    .isTrue();
            assertThat(jpy("1234.0").isRounded(RoundingPolicy.DEFAULT)).isTrue();
            assertThat(jpy("1234.5").isRounded(RoundingPolicy.DEFAULT)).isFalse();
            RoundingPolicy swiss = RoundingPolicy.toIncrement(dec("0.05"), RoundingMode.HALF_UP);
            assertThat(Money.of(dec("10.05"), CHF).isRounded(swiss)).isTrue();
            assertThat(Money.of(dec("10.01"), CHF).isRounded(swiss)).isFalse();
        }
    }

    @Nested
    class MinorUnits {
        @Test
        void toMinorUnitsOfEachCurrency() {
            assertThat(eur("123.45").toMinorUnits()).isEqualTo(12345L);
            assertThat(jpy("500").toMinorUnits()).isEqualTo(500L);
            assertThat(bhd("12.345").toMinorUnits()).isEqualTo(12345L);
            assertThat(eur("-0.01").toMinorUnits()).isEqualTo(-1L);
            assertThat(Money.zero(EUR).toMinorUnits()).isZero();
        }

        @Test
        void toMinorUnitsAcceptsTrailingZerosBeyondTheMinorUnit() {
            assertThat(eur("1.50000").toMinorUnits()).isEqualTo(150L);
            assertThat(jpy("1234.000").toMinorUnits()).isEqualTo(1234L);
        }

        @Test
        void toMinorUnitsReachesBothEndsOfLong() {
            // Long.MAX_VALUE = 9223372036854775807 cents; Long.MIN_VALUE = −9223372036854775808.
            assertThat(eur("92233720368547758.07").toMinorUnits()).isEqualTo(Long.MAX_VALUE);
            assertThat(eur("-92233720368547758.08").toMinorUnits()).isEqualTo(Long.MIN_VALUE);
        }

        @Test
        void ofMinorAndToMinorUnitsRoundTrip() {
            for (Currency c : List.of(EUR, JPY, BHD)) {
                for (long units : new long[] {0, 1, -1, 12345, Long.MAX_VALUE, Long.MIN_VALUE}) {
                    assertThat(Money.ofMinor(units, c).toMinorUnits()).isEqualTo(units);
                }
            }
        }
    }

    @Nested
    class Sum {
        @Test
        void sumOfAmounts() {
            // 1.10 + 2.20 + 3.30 = 6.60.
            assertThat(Money.sum(List.of(eur("1.10"), eur("2.20"), eur("3.30"))))
                    .isEqualTo(eur("6.60"));
        }

        @Test
        void sumIsExact() {
            // 0.005 + 0.005 + 0.001 = 0.011.
            assertThat(Money.sum(List.of(eur("0.005"), eur("0.005"), eur("0.001")))
                            .amount())
                    .isEqualTo(dec("0.011"));
        }

        @Test
        void sumOfOneAmountIsThatAmount() {
            assertThat(Money.sum(List.of(jpy("500")))).isEqualTo(jpy("500"));
        }

        @Test
        void sumWithCurrencyOfNothingIsZero() {
            assertThat(Money.sum(EUR, List.of())).isEqualTo(Money.zero(EUR));
            assertThat(Money.sum(JPY, List.of()).amount()).isEqualTo(dec("0"));
            assertThat(Money.sum(BHD, List.of()).amount()).isEqualTo(dec("0.000"));
        }

        @Test
        void sumWithCurrencyOfAmounts() {
            // 1.10 − 0.60 + 2.005 = 2.505.
            assertThat(Money.sum(EUR, List.of(eur("1.10"), eur("-0.60"), eur("2.005"))))
                    .isEqualTo(eur("2.505"));
        }

        @Test
        void sumAcceptsAnyIterable() {
            Iterable<Money> amounts = new ArrayList<>(List.of(eur("1"), eur("2")))::iterator;

            assertThat(Money.sum(amounts)).isEqualTo(eur("3"));
            assertThat(Money.sum(EUR, amounts)).isEqualTo(eur("3"));
        }

        @Test
        void sumOfMixedCurrenciesIsRejected() {
            assertThatThrownBy(() -> Money.sum(List.of(eur("1"), Money.of(1, USD))))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContainingAll("EUR", "USD");
            assertThatThrownBy(() -> Money.sum(EUR, List.of(Money.of(1, RUB))))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContainingAll("EUR", "RUB");
        }
    }

    @Nested
    class Comparison {
        @Test
        void compareToOrdersByValue() {
            assertThat(eur("1.00").compareTo(eur("2.00"))).isNegative();
            assertThat(eur("2.00").compareTo(eur("1.00"))).isPositive();
            assertThat(eur("1.0").compareTo(eur("1.000"))).isZero();
            assertThat(eur("-5").compareTo(eur("0.01"))).isNegative();
        }

        @Test
        void greaterAndLess() {
            Money one = eur("1.00");
            Money two = eur("2.00");
            Money oneAgain = eur("1.000");

            assertThat(two.isGreaterThan(one)).isTrue();
            assertThat(one.isGreaterThan(two)).isFalse();
            assertThat(one.isGreaterThan(oneAgain)).isFalse();
            assertThat(one.isGreaterThanOrEqualTo(oneAgain)).isTrue();
            assertThat(one.isGreaterThanOrEqualTo(two)).isFalse();
            assertThat(one.isLessThan(two)).isTrue();
            assertThat(two.isLessThan(one)).isFalse();
            assertThat(one.isLessThan(oneAgain)).isFalse();
            assertThat(one.isLessThanOrEqualTo(oneAgain)).isTrue();
            assertThat(two.isLessThanOrEqualTo(one)).isFalse();
        }

        @Test
        void maxAndMin() {
            assertThat(Money.max(eur("1"), eur("2"))).isEqualTo(eur("2"));
            assertThat(Money.max(eur("-1"), eur("-2"))).isEqualTo(eur("-1"));
            assertThat(Money.min(eur("1"), eur("2"))).isEqualTo(eur("1"));
            assertThat(Money.min(eur("-1"), eur("-2"))).isEqualTo(eur("-2"));
        }

        @Test
        void maxAndMinReturnTheFirstWhenEqual() {
            Money a = eur("1.0");
            Money b = eur("1.000");

            assertThat(Money.max(a, b)).isSameAs(a);
            assertThat(Money.min(a, b)).isSameAs(a);
            assertThat(Money.max(b, a)).isSameAs(b);
            assertThat(Money.min(b, a)).isSameAs(b);
        }

        @Test
        void isSameCurrency() {
            assertThat(eur("1").isSameCurrency(eur("2"))).isTrue();
            assertThat(eur("1").isSameCurrency(Money.of(1, USD))).isFalse();
        }

        @Test
        void signs() {
            Money negative = eur("-0.01");
            Money zero = eur("0.000");
            Money positive = eur("0.01");

            assertThat(List.of(negative.isNegative(), zero.isNegative(), positive.isNegative()))
                    .containsExactly(true, false, false);
            assertThat(List.of(negative.isZero(), zero.isZero(), positive.isZero()))
                    .containsExactly(false, true, false);
            assertThat(List.of(negative.isPositive(), zero.isPositive(), positive.isPositive()))
                    .containsExactly(false, false, true);
            assertThat(List.of(negative.isPositiveOrZero(), zero.isPositiveOrZero(), positive.isPositiveOrZero()))
                    .containsExactly(false, true, true);
            assertThat(List.of(negative.isNegativeOrZero(), zero.isNegativeOrZero(), positive.isNegativeOrZero()))
                    .containsExactly(true, true, false);
        }
    }

    @Nested
    class Equality {
        @Test
        void equalsAndHashCodeAreByValueAndCurrency() {
            new EqualsTester()
                    .addEqualityGroup(
                            eur("1.0"),
                            eur("1.00"),
                            eur("1.000"),
                            Money.of(1, EUR),
                            Money.ofMinor(100, EUR),
                            eur("10.00").times(dec("0.1")))
                    .addEqualityGroup(eur("1.01"))
                    .addEqualityGroup(Money.of("1.00", "USD"))
                    .addEqualityGroup(Money.zero(EUR), eur("0.000"), eur("-0"))
                    .addEqualityGroup(Money.zero(JPY))
                    .addEqualityGroup(eur("-1.00"))
                    .testEquals();
        }

        @Test
        void equalValuesShareAHashCode() {
            assertThat(eur("1.000").hashCode()).isEqualTo(eur("1.00").hashCode());
            assertThat(eur("0.000").hashCode()).isEqualTo(Money.zero(EUR).hashCode());
            assertThat(eur("100").times(dec("1E+2")).hashCode())
                    .isEqualTo(eur("10000").hashCode());
        }

        @Test
        void compareToIsConsistentWithEquals() {
            List<Money> amounts =
                    List.of(eur("1.0"), eur("1.00"), eur("1.000"), eur("1.01"), eur("0"), eur("-0.000"), eur("-1"));
            for (Money a : amounts) {
                for (Money b : amounts) {
                    assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                }
            }
        }
    }

    @Nested
    class CurrencyMismatch {
        @Test
        void plusMinusAndComparisonsRejectAnotherCurrency() {
            Money eur = eur("1");
            Money rub = Money.of(1, RUB);

            for (Runnable call : List.<Runnable>of(
                    () -> eur.plus(rub),
                    () -> eur.minus(rub),
                    () -> eur.compareTo(rub),
                    () -> eur.isGreaterThan(rub),
                    () -> eur.isGreaterThanOrEqualTo(rub),
                    () -> eur.isLessThan(rub),
                    () -> eur.isLessThanOrEqualTo(rub),
                    () -> Money.max(eur, rub),
                    () -> Money.min(eur, rub))) {
                assertThatThrownBy(call::run)
                        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                            assertThat(e.first()).isEqualTo(EUR);
                            assertThat(e.second()).isEqualTo(RUB);
                        })
                        .hasMessage("currency mismatch: EUR and RUB (convert with ExchangeRates first)");
            }
        }

        @Test
        void firstIsTheReceiverSecondTheArgument() {
            assertThatThrownBy(() -> Money.of(1, RUB).plus(eur("1")))
                    .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                        assertThat(e.first()).isEqualTo(RUB);
                        assertThat(e.second()).isEqualTo(EUR);
                    });
        }

        @Test
        void constructorNamesBothCurrencies() {
            CurrencyMismatchException e = new CurrencyMismatchException(EUR, RUB);

            assertThat(e.first()).isEqualTo(EUR);
            assertThat(e.second()).isEqualTo(RUB);
            assertThat(e).hasMessage("currency mismatch: EUR and RUB (convert with ExchangeRates first)");
        }

        @Test
        void isAnIllegalArgumentException() {
            assertThat(new CurrencyMismatchException(USD, JPY)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void equalsIsFalseAcrossCurrenciesNotAnError() {
            assertThat(eur("1")).isNotEqualTo(Money.of(1, USD));
        }
    }
}
