package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to {@link ExchangeRate}, {@link ExchangeRateTable}, {@link Conversion}, {@link
 * ExchangeRates#convert} and {@link MissingExchangeRateException} fails with an {@link
 * IllegalArgumentException} (or its documented subclass) whose message names the field and the bad
 * value; never with a {@link NullPointerException} or another exception.
 */
class ExchangeRatesBadInputTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final BigDecimal FACTOR = new BigDecimal("95.1234");
    private static final ExchangeRate EUR_RUB = ExchangeRate.of(EUR, RUB, FACTOR, DAY);
    private static final ExchangeRates TABLE =
            ExchangeRateTable.builder().add(EUR_RUB).build();

    // ExchangeRate.of

    @Test
    void zeroFactor() {
        assertRejected(() -> ExchangeRate.of(EUR, RUB, BigDecimal.ZERO, DAY), "factor", "positive", "0");
    }

    @Test
    void zeroFactorWithScale() {
        assertRejected(() -> ExchangeRate.of(EUR, RUB, new BigDecimal("0.0000"), DAY), "factor", "0.0000");
    }

    @Test
    void negativeFactor() {
        assertRejected(() -> ExchangeRate.of(EUR, RUB, new BigDecimal("-95.12"), DAY), "factor", "-95.12");
    }

    @Test
    void nullFrom() {
        assertRejected(() -> ExchangeRate.of(null, RUB, FACTOR, DAY), "from", "null");
    }

    @Test
    void nullTo() {
        assertRejected(() -> ExchangeRate.of(EUR, null, FACTOR, DAY), "to", "null");
    }

    @Test
    void nullFactor() {
        assertRejected(() -> ExchangeRate.of(EUR, RUB, null, DAY), "factor", "null");
    }

    @Test
    void nullDate() {
        assertRejected(() -> ExchangeRate.of(EUR, RUB, FACTOR, null), "date", "null");
    }

    @Test
    void sameCurrencyWithFactorOtherThanOne() {
        assertRejected(() -> ExchangeRate.of(EUR, EUR, new BigDecimal("1.01"), DAY), "factor", "EUR", "1.01");
    }

    // ExchangeRate.convert

    @Test
    void convertAmountInTheWrongCurrency() {
        assertThatThrownBy(() -> EUR_RUB.convert(Money.of("100", "USD")))
                .isExactlyInstanceOf(CurrencyMismatchException.class)
                .hasMessageContainingAll("EUR", "USD");
    }

    @Test
    void convertAmountInTheTargetCurrency() {
        assertThatThrownBy(() -> EUR_RUB.convert(Money.of("100", "RUB")))
                .isExactlyInstanceOf(CurrencyMismatchException.class)
                .hasMessageContainingAll("EUR", "RUB");
    }

    @Test
    void convertNullAmount() {
        assertRejected(() -> EUR_RUB.convert(null), "amount", "null");
    }

    // ExchangeRateTable

    @Test
    void tableGivenTwoRatesForTheSamePairAndDate() {
        ExchangeRateTable.Builder builder = ExchangeRateTable.builder().add(EUR_RUB);
        assertRejected(
                () -> builder.add(EUR, RUB, new BigDecimal("96"), DAY),
                "rate",
                "same pair and date",
                "1 EUR = 95.1234 RUB (2026-11-20)",
                "1 EUR = 96 RUB (2026-11-20)");
    }

    @Test
    void tableGivenTheSameRateTwice() {
        ExchangeRateTable.Builder builder = ExchangeRateTable.builder().add(EUR_RUB);
        assertRejected(() -> builder.add(EUR_RUB), "rate", "same pair and date", "2026-11-20");
    }

    @Test
    void tableRateBetweenTheSameCurrency() {
        assertRejected(
                () -> ExchangeRateTable.builder().add(EUR, EUR, BigDecimal.ONE, DAY),
                "rate",
                "two currencies",
                "1 EUR = 1 EUR (2026-11-20)");
    }

    @Test
    void tableNullRate() {
        assertRejected(() -> ExchangeRateTable.builder().add(null), "rate", "null");
    }

    @Test
    void tableAddWithBadFactor() {
        assertRejected(() -> ExchangeRateTable.builder().add(EUR, RUB, new BigDecimal("-1"), DAY), "factor", "-1");
    }

    @Test
    void tableFindNullFrom() {
        assertRejected(() -> TABLE.find(null, RUB, DAY), "from", "null");
    }

    @Test
    void tableFindNullTo() {
        assertRejected(() -> TABLE.find(EUR, null, DAY), "to", "null");
    }

    @Test
    void tableFindNullDate() {
        assertRejected(() -> TABLE.find(EUR, RUB, null), "date", "null");
    }

    // ExchangeRates.convert

    @Test
    void convertNullAmountWithRates() {
        assertRejected(() -> TABLE.convert(null, RUB, DAY), "amount", "null");
    }

    @Test
    void convertToNullCurrency() {
        assertRejected(() -> TABLE.convert(Money.of("1", "EUR"), null, DAY), "to", "null");
    }

    @Test
    void convertOnNullDate() {
        assertRejected(() -> TABLE.convert(Money.of("1", "EUR"), RUB, null), "date", "null");
    }

    @Test
    void convertWithoutARate() {
        assertThatThrownBy(() -> TABLE.convert(Money.of("1", "USD"), RUB, DAY))
                .isExactlyInstanceOf(MissingExchangeRateException.class)
                .hasMessageContainingAll("USD", "RUB", "2026-11-20");
    }

    @Test
    void ratesSourceAnsweringNull() {
        ExchangeRates broken = (from, to, date) -> null;
        assertRejected(() -> broken.convert(Money.of("1", "EUR"), RUB, DAY), "ExchangeRates.find result", "null");
    }

    @Test
    void ratesSourceAnsweringForTheWrongPair() {
        ExchangeRates wrong = (from, to, date) -> Optional.of(ExchangeRate.of(USD, RUB, FACTOR, date));
        assertRejected(
                () -> wrong.convert(Money.of("1", "EUR"), RUB, DAY),
                "exchange rate source",
                "1 USD = 95.1234 RUB (2026-11-20)",
                "EUR to RUB");
    }

    @Test
    void ratesSourceAnsweringWithARateDatedAfterTheConversion() {
        ExchangeRates future = (from, to, date) -> Optional.of(ExchangeRate.of(from, to, FACTOR, date.plusDays(1)));
        assertRejected(
                () -> future.convert(Money.of("1", "EUR"), RUB, DAY),
                "exchange rate source",
                "(2026-11-21)",
                "after the conversion date 2026-11-20");
    }

    @Test
    void factorOutOfRange() {
        assertRejected(
                () -> ExchangeRate.of(EUR, RUB, new BigDecimal("1E+70"), DAY), "factor", "out of range", "1E+70");
    }

    // Conversion.of

    @Test
    void conversionNullSource() {
        assertRejected(() -> Conversion.of(null, EUR_RUB), "source", "null");
    }

    @Test
    void conversionNullRate() {
        assertRejected(() -> Conversion.of(Money.of("1", "EUR"), null), "rate", "null");
    }

    @Test
    void conversionSourceInTheWrongCurrency() {
        assertThatThrownBy(() -> Conversion.of(Money.of("1", "USD"), EUR_RUB))
                .isExactlyInstanceOf(CurrencyMismatchException.class)
                .hasMessageContainingAll("EUR", "USD");
    }

    // MissingExchangeRateException

    @Test
    void missingRateExceptionNullFrom() {
        assertRejected(() -> new MissingExchangeRateException(null, RUB, DAY), "from", "null");
    }

    @Test
    void missingRateExceptionNullTo() {
        assertRejected(() -> new MissingExchangeRateException(EUR, null, DAY), "to", "null");
    }

    @Test
    void missingRateExceptionNullDate() {
        assertRejected(() -> new MissingExchangeRateException(EUR, RUB, null), "date", "null");
    }
}
