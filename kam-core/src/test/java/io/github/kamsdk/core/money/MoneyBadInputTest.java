package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Bad input to {@link Money}, {@link Rate}, {@link RoundingPolicy} and {@link
 * CurrencyMismatchException}, one case per test. Every case must fail with an {@link
 * IllegalArgumentException} (never a {@link NullPointerException} or {@link ArithmeticException})
 * whose message names the parameter and the bad value.
 */
class MoneyBadInputTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Currency XAU = Currency.getInstance("XAU");
    private static final Money ONE_EURO = Money.of(1, EUR);
    private static final Money ONE_RUBLE = Money.of(1, RUB);
    private static final Rate FIFTEEN_PERCENT = Rate.percent(15);

    /** Fails unless the call throws exactly an IllegalArgumentException containing every fragment. */

    /** Fails unless the call throws a CurrencyMismatchException naming both codes in order. */
    private static void assertMismatch(ThrowingCallable call, String first, String second) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining(first + " and " + second);
    }

    // ----- null arguments -----

    @Test
    void ofBigDecimalRejectsNullAmount() {
        assertNullRejected(() -> Money.of((BigDecimal) null, EUR), "amount");
    }

    @Test
    void ofBigDecimalRejectsNullCurrency() {
        assertNullRejected(() -> Money.of(BigDecimal.ONE, (Currency) null), "currency");
    }

    @Test
    void ofStringsRejectsNullAmount() {
        assertNullRejected(() -> Money.of((String) null, "EUR"), "amount");
    }

    @Test
    void ofStringsRejectsNullCurrencyCode() {
        assertNullRejected(() -> Money.of("1", (String) null), "currencyCode");
    }

    @Test
    void ofLongRejectsNullCurrency() {
        assertNullRejected(() -> Money.of(1L, (Currency) null), "currency");
    }

    @Test
    void ofMinorRejectsNullCurrency() {
        assertNullRejected(() -> Money.ofMinor(1, null), "currency");
    }

    @Test
    void zeroRejectsNullCurrency() {
        assertNullRejected(() -> Money.zero(null), "currency");
    }

    @Test
    void parseRejectsNullText() {
        assertNullRejected(() -> Money.parse(null), "text");
    }

    @Test
    void sumRejectsNullAmounts() {
        assertNullRejected(() -> Money.sum((Iterable<Money>) null), "amounts");
    }

    @Test
    void sumWithCurrencyRejectsNullCurrency() {
        assertNullRejected(() -> Money.sum(null, List.of(ONE_EURO)), "currency");
    }

    @Test
    void sumWithCurrencyRejectsNullAmounts() {
        assertNullRejected(() -> Money.sum(EUR, null), "amounts");
    }

    @Test
    void maxRejectsNullA() {
        assertNullRejected(() -> Money.max(null, ONE_EURO), "a");
    }

    @Test
    void maxRejectsNullB() {
        assertNullRejected(() -> Money.max(ONE_EURO, null), "b");
    }

    @Test
    void minRejectsNullA() {
        assertNullRejected(() -> Money.min(null, ONE_EURO), "a");
    }

    @Test
    void minRejectsNullB() {
        assertNullRejected(() -> Money.min(ONE_EURO, null), "b");
    }

    @Test
    void plusRejectsNull() {
        assertNullRejected(() -> ONE_EURO.plus(null), "other");
    }

    @Test
    void minusRejectsNull() {
        assertNullRejected(() -> ONE_EURO.minus(null), "other");
    }

    @Test
    void timesRejectsNullFactor() {
        assertNullRejected(() -> ONE_EURO.times((BigDecimal) null), "factor");
    }

    @Test
    void timesRejectsNullRate() {
        assertNullRejected(() -> ONE_EURO.times((Rate) null), "rate");
    }

    @Test
    void dividedByRejectsNullDivisor() {
        assertNullRejected(() -> ONE_EURO.dividedBy(null, RoundingPolicy.DEFAULT), "divisor");
    }

    @Test
    void dividedByRejectsNullPolicy() {
        assertNullRejected(() -> ONE_EURO.dividedBy(BigDecimal.ONE, null), "policy");
    }

    @Test
    void roundRejectsNullPolicy() {
        assertNullRejected(() -> ONE_EURO.round(null), "policy");
    }

    @Test
    void isRoundedRejectsNullPolicy() {
        assertNullRejected(() -> ONE_EURO.isRounded(null), "policy");
    }

    @Test
    void isSameCurrencyRejectsNull() {
        assertNullRejected(() -> ONE_EURO.isSameCurrency(null), "other");
    }

    @Test
    void isGreaterThanRejectsNull() {
        assertNullRejected(() -> ONE_EURO.isGreaterThan(null), "other");
    }

    @Test
    void isGreaterThanOrEqualToRejectsNull() {
        assertNullRejected(() -> ONE_EURO.isGreaterThanOrEqualTo(null), "other");
    }

    @Test
    void isLessThanRejectsNull() {
        assertNullRejected(() -> ONE_EURO.isLessThan(null), "other");
    }

    @Test
    void isLessThanOrEqualToRejectsNull() {
        assertNullRejected(() -> ONE_EURO.isLessThanOrEqualTo(null), "other");
    }

    @Test
    void withAmountRejectsNull() {
        assertNullRejected(() -> ONE_EURO.withAmount(null), "newAmount");
    }

    @Test
    void compareToRejectsNull() {
        assertNullRejected(() -> ONE_EURO.compareTo(null), "other");
    }

    @Test
    void toMinorUnitRejectsNullMode() {
        assertNullRejected(() -> RoundingPolicy.toMinorUnit(null), "mode");
    }

    @Test
    void toScaleRejectsNullMode() {
        assertNullRejected(() -> RoundingPolicy.toScale(2, null), "mode");
    }

    @Test
    void toIncrementRejectsNullIncrement() {
        assertNullRejected(() -> RoundingPolicy.toIncrement(null, RoundingMode.HALF_UP), "increment");
    }

    @Test
    void toIncrementRejectsNullMode() {
        assertNullRejected(() -> RoundingPolicy.toIncrement(new BigDecimal("0.05"), null), "mode");
    }

    @Test
    void percentStringRejectsNull() {
        assertNullRejected(() -> Rate.percent((String) null), "percent");
    }

    @Test
    void percentBigDecimalRejectsNull() {
        assertNullRejected(() -> Rate.percent((BigDecimal) null), "percent");
    }

    @Test
    void ofFractionStringRejectsNull() {
        assertNullRejected(() -> Rate.ofFraction((String) null), "fraction");
    }

    @Test
    void ofFractionBigDecimalRejectsNull() {
        assertNullRejected(() -> Rate.ofFraction((BigDecimal) null), "fraction");
    }

    @Test
    void signedPercentRejectsNull() {
        assertNullRejected(() -> Rate.signedPercent(null), "percent");
    }

    @Test
    void signedFractionStringRejectsNull() {
        assertNullRejected(() -> Rate.signedFraction((String) null), "fraction");
    }

    @Test
    void signedFractionBigDecimalRejectsNull() {
        assertNullRejected(() -> Rate.signedFraction((BigDecimal) null), "fraction");
    }

    @Test
    void ratioRejectsNullPart() {
        assertNullRejected(() -> Rate.ratio(null, BigDecimal.ONE, MathContext.DECIMAL64), "part");
    }

    @Test
    void ratioRejectsNullWhole() {
        assertNullRejected(() -> Rate.ratio(BigDecimal.ONE, null, MathContext.DECIMAL64), "whole");
    }

    @Test
    void ratioRejectsNullPrecision() {
        assertNullRejected(() -> Rate.ratio(BigDecimal.ONE, BigDecimal.ONE, null), "precision");
    }

    @Test
    void rateOfRejectsNullAmount() {
        assertNullRejected(() -> FIFTEEN_PERCENT.of(null), "amount");
    }

    @Test
    void ratePlusRejectsNull() {
        assertNullRejected(() -> FIFTEEN_PERCENT.plus(null), "other");
    }

    @Test
    void rateMinusRejectsNull() {
        assertNullRejected(() -> FIFTEEN_PERCENT.minus(null), "other");
    }

    @Test
    void rateTimesRejectsNullRate() {
        assertNullRejected(() -> FIFTEEN_PERCENT.times((Rate) null), "other");
    }

    @Test
    void rateTimesRejectsNullFactor() {
        assertNullRejected(() -> FIFTEEN_PERCENT.times((BigDecimal) null), "factor");
    }

    @Test
    void rateIsGreaterThanRejectsNull() {
        assertNullRejected(() -> FIFTEEN_PERCENT.isGreaterThan(null), "other");
    }

    @Test
    void rateIsLessThanRejectsNull() {
        assertNullRejected(() -> FIFTEEN_PERCENT.isLessThan(null), "other");
    }

    @Test
    void requireBetweenRejectsNullMin() {
        assertNullRejected(
                () -> FIFTEEN_PERCENT.requireBetween(null, Rate.ONE_HUNDRED_PERCENT, "discount"), "minInclusive");
    }

    @Test
    void requireBetweenRejectsNullMax() {
        assertNullRejected(() -> FIFTEEN_PERCENT.requireBetween(Rate.ZERO, null, "discount"), "maxInclusive");
    }

    @Test
    void requireBetweenRejectsNullField() {
        assertNullRejected(() -> FIFTEEN_PERCENT.requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, null), "field");
    }

    @Test
    void rateCompareToRejectsNull() {
        assertNullRejected(() -> FIFTEEN_PERCENT.compareTo(null), "other");
    }

    @Test
    void currencyMismatchRejectsNullFirst() {
        assertNullRejected(() -> new CurrencyMismatchException(null, EUR), "first");
    }

    @Test
    void currencyMismatchRejectsNullSecond() {
        assertNullRejected(() -> new CurrencyMismatchException(EUR, null), "second");
    }

    // ----- bad values -----

    @Test
    void ofStringsRejectsCommaDecimal() {
        assertRejected(() -> Money.of("12,50", "EUR"), "amount", "'12,50'");
    }

    @Test
    void ofStringsRejectsEmptyAmount() {
        assertRejected(() -> Money.of("", "EUR"), "amount", "''");
    }

    @Test
    void ofStringsRejectsWords() {
        assertRejected(() -> Money.of("ten", "EUR"), "amount", "'ten'");
    }

    @Test
    void ofStringsRejectsAmountWithCurrencySign() {
        assertRejected(() -> Money.of("€10", "EUR"), "amount", "'€10'");
    }

    @Test
    void ofStringsRejectsUnknownCurrencyCode() {
        assertRejected(() -> Money.of("1", "EURO"), "currencyCode", "'EURO'");
    }

    @Test
    void ofStringsRejectsLowerCaseCurrencyCode() {
        assertRejected(() -> Money.of("1", "eur"), "currencyCode", "'eur'");
    }

    @Test
    void ofStringsRejectsEmptyCurrencyCode() {
        assertRejected(() -> Money.of("1", ""), "currencyCode", "''");
    }

    @Test
    void ofStringsRejectsGold() {
        // XAU (gold) has no minor unit.
        assertRejected(() -> Money.of("1", "XAU"), "currency", "minor unit", "XAU");
    }

    @Test
    void ofBigDecimalRejectsGold() {
        assertRejected(() -> Money.of(BigDecimal.ONE, XAU), "currency", "minor unit", "XAU");
    }

    @Test
    void ofLongRejectsGold() {
        assertRejected(() -> Money.of(1L, XAU), "currency", "minor unit", "XAU");
    }

    @Test
    void ofMinorRejectsGold() {
        assertRejected(() -> Money.ofMinor(1, XAU), "currency", "minor unit", "XAU");
    }

    @Test
    void zeroRejectsNoCurrency() {
        // XXX is the code for "no currency": no minor unit either.
        assertRejected(() -> Money.zero(Currency.getInstance("XXX")), "currency", "minor unit", "XXX");
    }

    @Test
    void sumWithCurrencyRejectsGold() {
        assertRejected(() -> Money.sum(XAU, List.of()), "currency", "minor unit", "XAU");
    }

    @Test
    void ofBigDecimalRejectsAnExponentOutOfRange() {
        // Padding 1E+2147483647 to two decimals would need a scale beyond int.
        assertRejected(() -> Money.of(new BigDecimal("1E+2147483647"), EUR), "amount", "out of range", "1E+2147483647");
    }

    @Test
    void ofStringsRejectsAnExponentOutOfRange() {
        assertRejected(() -> Money.of("1E+2147483647", "EUR"), "amount", "out of range", "1E+2147483647");
    }

    @Test
    void ofRejectsMoreThan64IntegerDigits() {
        // 1E+64 has 65 digits before the point; 9.99E+63 (64 digits) is accepted.
        assertRejected(() -> Money.of(new BigDecimal("1E+64"), EUR), "amount", "out of range", "1E+64");
        assertThat(Money.of(new BigDecimal("9.99E+63"), EUR).isPositive()).isTrue();
    }

    @Test
    void ofRejectsMoreThan64Decimals() {
        // A tiny exponent (1E-2147483647) would make later sums fail inside BigDecimal.
        assertRejected(() -> Money.of("1E-65", "EUR"), "amount", "out of range", "1E-65");
        assertRejected(() -> Money.of("1E-2147483647", "EUR"), "amount", "out of range", "1E-2147483647");
    }

    @Test
    void timesRejectsAFactorOutOfRange() {
        assertRejected(() -> Money.of("1", "EUR").times(new BigDecimal("1E+100")), "factor", "out of range");
    }

    @Test
    void dividedByRejectsADivisorOutOfRange() {
        assertRejected(
                () -> Money.of("1", "EUR").dividedBy(new BigDecimal("1E-100"), RoundingPolicy.DEFAULT),
                "divisor",
                "out of range");
    }

    @Test
    void ratesRejectValuesOutOfRange() {
        assertRejected(() -> Rate.percent("1E+2147483647"), "percent", "out of range");
        assertRejected(() -> Rate.ofFraction(new BigDecimal("1E-70")), "fraction", "out of range");
        assertRejected(() -> Rate.signedFraction("-1E+99"), "fraction", "out of range");
        assertRejected(() -> Rate.percent(5).times(new BigDecimal("1E+80")), "factor", "out of range");
    }

    @Test
    void incrementOutOfRangeIsRejected() {
        assertRejected(
                () -> RoundingPolicy.toIncrement(new BigDecimal("1E-80"), RoundingMode.HALF_UP),
                "increment",
                "out of range");
    }

    @Test
    void requireBetweenRejectsReversedBounds() {
        assertRejected(
                () -> Rate.percent(5).requireBetween(Rate.percent(10), Rate.percent(1), "share"),
                "minInclusive",
                "10%",
                "1%");
    }

    @Test
    void parseRejectsCodeWithoutAmount() {
        assertRejected(() -> Money.parse("EUR"), "text", "'EUR'");
    }

    @Test
    void parseRejectsEmptyText() {
        assertRejected(() -> Money.parse(""), "text", "''");
    }

    @Test
    void parseRejectsBlankText() {
        assertRejected(() -> Money.parse("   "), "text", "'   '");
    }

    @Test
    void parseRejectsMissingSpace() {
        assertRejected(() -> Money.parse("EUR1.00"), "text", "'EUR1.00'");
    }

    @Test
    void parseRejectsUnparseableAmount() {
        assertRejected(() -> Money.parse("EUR 1,00"), "amount", "'1,00'");
    }

    @Test
    void parseRejectsAmountBeforeCode() {
        // "1.00 EUR" reads as code "1.00" and amount "EUR"; the amount is checked first.
        assertRejected(() -> Money.parse("1.00 EUR"), "amount", "'EUR'");
    }

    @Test
    void parseRejectsUnknownCurrencyCode() {
        assertRejected(() -> Money.parse("EURO 1.00"), "currencyCode", "'EURO'");
    }

    @Test
    void parseRejectsGold() {
        assertRejected(() -> Money.parse("XAU 1"), "currency", "minor unit", "XAU");
    }

    @Test
    void percentRejectsNegativeString() {
        assertRejected(() -> Rate.percent("-5"), "percent", "negative", "-5", "signedPercent");
    }

    @Test
    void percentRejectsNegativeBigDecimal() {
        assertRejected(() -> Rate.percent(new BigDecimal("-0.5")), "percent", "negative", "-0.5");
    }

    @Test
    void percentRejectsNegativeLong() {
        assertRejected(() -> Rate.percent(-1), "percent", "negative", "-1");
    }

    @Test
    void ofFractionRejectsNegativeString() {
        assertRejected(() -> Rate.ofFraction("-0.05"), "fraction", "negative", "-0.05", "signedFraction");
    }

    @Test
    void ofFractionRejectsNegativeBigDecimal() {
        assertRejected(() -> Rate.ofFraction(new BigDecimal("-0.05")), "fraction", "negative", "-0.05");
    }

    @Test
    void percentRejectsUnparseableText() {
        assertRejected(() -> Rate.percent("abc"), "percent", "'abc'");
    }

    @Test
    void percentRejectsPercentSign() {
        assertRejected(() -> Rate.percent("15%"), "percent", "'15%'");
    }

    @Test
    void ofFractionRejectsUnparseableText() {
        assertRejected(() -> Rate.ofFraction("0,15"), "fraction", "'0,15'");
    }

    @Test
    void signedPercentRejectsUnparseableText() {
        assertRejected(() -> Rate.signedPercent("minus five"), "percent", "'minus five'");
    }

    @Test
    void signedFractionRejectsEmptyText() {
        assertRejected(() -> Rate.signedFraction(""), "fraction", "''");
    }

    @Test
    void toMinorUnitRejectsUnnecessary() {
        assertRejected(() -> RoundingPolicy.toMinorUnit(RoundingMode.UNNECESSARY), "mode", "UNNECESSARY", "isRounded");
    }

    @Test
    void toScaleRejectsUnnecessary() {
        assertRejected(() -> RoundingPolicy.toScale(2, RoundingMode.UNNECESSARY), "mode", "UNNECESSARY");
    }

    @Test
    void toIncrementRejectsUnnecessary() {
        assertRejected(
                () -> RoundingPolicy.toIncrement(new BigDecimal("0.05"), RoundingMode.UNNECESSARY),
                "mode",
                "UNNECESSARY");
    }

    @Test
    void toScaleRejectsNegativeScale() {
        assertRejected(() -> RoundingPolicy.toScale(-1, RoundingMode.HALF_UP), "scale", "between 0 and 18", "-1");
    }

    @Test
    void toScaleRejectsScaleAboveEighteen() {
        assertRejected(() -> RoundingPolicy.toScale(19, RoundingMode.HALF_UP), "scale", "between 0 and 18", "19");
    }

    @Test
    void toIncrementRejectsZero() {
        assertRejected(
                () -> RoundingPolicy.toIncrement(new BigDecimal("0.00"), RoundingMode.HALF_UP),
                "increment",
                "positive",
                "0.00");
    }

    @Test
    void toIncrementRejectsNegative() {
        assertRejected(
                () -> RoundingPolicy.toIncrement(new BigDecimal("-0.05"), RoundingMode.HALF_UP),
                "increment",
                "positive",
                "-0.05");
    }

    @Test
    void dividedByRejectsZero() {
        assertRejected(() -> ONE_EURO.dividedBy(BigDecimal.ZERO, RoundingPolicy.DEFAULT), "divisor", "zero", ": 0");
    }

    @Test
    void dividedByRejectsZeroWithDecimals() {
        assertRejected(
                () -> ONE_EURO.dividedBy(new BigDecimal("0.00"), RoundingPolicy.DEFAULT), "divisor", "zero", "0.00");
    }

    @Test
    void dividedByZeroIsRejectedForIncrementPolicies() {
        assertRejected(
                () -> ONE_EURO.dividedBy(
                        BigDecimal.ZERO, RoundingPolicy.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP)),
                "divisor",
                "zero");
    }

    @Test
    void ratioRejectsZeroWhole() {
        assertRejected(
                () -> Rate.ratio(BigDecimal.ONE, new BigDecimal("0.0"), MathContext.DECIMAL64), "whole", "zero", "0.0");
    }

    @Test
    void ratioRejectsUnlimitedPrecision() {
        // 1 / 3 has no finite decimal expansion, so an unlimited precision cannot work.
        assertRejected(
                () -> Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), MathContext.UNLIMITED),
                "precision",
                "limited",
                "precision=0");
    }

    @Test
    void ratioRejectsUnnecessaryRounding() {
        assertRejected(
                () -> Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), new MathContext(5, RoundingMode.UNNECESSARY)),
                "precision",
                "UNNECESSARY");
    }

    @Test
    void toMinorUnitsRejectsSubCentAmount() {
        // 1.005 EUR is 100.5 cents.
        assertRejected(
                () -> Money.of("1.005", "EUR").toMinorUnits(), "amount", "whole number of minor units", "EUR 1.005");
    }

    @Test
    void toMinorUnitsRejectsFractionalYen() {
        assertRejected(() -> Money.of("0.5", "JPY").toMinorUnits(), "amount", "whole number of minor units", "JPY 0.5");
    }

    @Test
    void toMinorUnitsRejectsSubFilsBahrainiAmount() {
        assertRejected(
                () -> Money.of("1.2345", "BHD").toMinorUnits(), "amount", "whole number of minor units", "BHD 1.2345");
    }

    @Test
    void toMinorUnitsRejectsOneCentAboveLongMax() {
        // Long.MAX_VALUE is 9223372036854775807 cents; one more does not fit.
        assertRejected(
                () -> Money.of("92233720368547758.08", "EUR").toMinorUnits(),
                "amount",
                "long",
                "EUR 92233720368547758.08");
    }

    @Test
    void toMinorUnitsRejectsOneCentBelowLongMin() {
        // Long.MIN_VALUE is -9223372036854775808 cents; one less does not fit.
        assertRejected(
                () -> Money.of("-92233720368547758.09", "EUR").toMinorUnits(),
                "amount",
                "long",
                "EUR -92233720368547758.09");
    }

    @Test
    void toMinorUnitsRejectsAHugeAmount() {
        assertRejected(
                () -> Money.of("1E+30", "JPY").toMinorUnits(), "amount", "long", "JPY 1000000000000000000000000000000");
    }

    @Test
    void sumRejectsEmptyIterable() {
        assertRejected(() -> Money.sum(List.of()), "amounts", "empty", "Money.sum(currency, amounts)");
    }

    @Test
    void sumRejectsNullFirstElement() {
        assertRejected(() -> Money.sum(Arrays.asList(null, ONE_EURO)), "amounts[0]", "null");
    }

    @Test
    void sumRejectsNullElementNamingItsIndex() {
        assertRejected(() -> Money.sum(Arrays.asList(ONE_EURO, ONE_EURO, null, ONE_EURO)), "amounts[2]", "null");
    }

    @Test
    void sumWithCurrencyRejectsNullElementNamingItsIndex() {
        assertRejected(() -> Money.sum(EUR, Arrays.asList(ONE_EURO, null)), "amounts[1]", "null");
    }

    @Test
    void requireBetweenRejectsARateAboveTheRange() {
        assertRejected(
                () -> Rate.percent(150).requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "maxDiscount"),
                "maxDiscount",
                "150%");
    }

    @Test
    void requireBetweenRejectsARateBelowTheRange() {
        assertRejected(
                () -> Rate.signedPercent("-1").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "maxDiscount"),
                "maxDiscount",
                "-1%");
    }

    // ----- currency mismatch -----

    @Test
    void plusRejectsAnotherCurrency() {
        assertMismatch(() -> ONE_EURO.plus(ONE_RUBLE), "EUR", "RUB");
    }

    @Test
    void minusRejectsAnotherCurrency() {
        assertMismatch(() -> ONE_EURO.minus(ONE_RUBLE), "EUR", "RUB");
    }

    @Test
    void compareToRejectsAnotherCurrency() {
        assertMismatch(() -> ONE_EURO.compareTo(ONE_RUBLE), "EUR", "RUB");
    }

    @Test
    void maxRejectsAnotherCurrency() {
        assertMismatch(() -> Money.max(ONE_RUBLE, ONE_EURO), "RUB", "EUR");
    }

    @Test
    void sumRejectsAnotherCurrencyInTheList() {
        assertMismatch(() -> Money.sum(List.of(ONE_EURO, ONE_EURO, ONE_RUBLE)), "EUR", "RUB");
    }

    @Test
    void sumWithCurrencyRejectsAnAmountInAnotherCurrency() {
        assertMismatch(() -> Money.sum(RUB, List.of(ONE_EURO)), "RUB", "EUR");
    }
}
