package io.github.kamsdk.core.money;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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

    private static void rejected(ThrowingCallable call, String... fieldAndValue) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(fieldAndValue);
    }

    // ExchangeRate.of

    @Test
    void zeroFactor() {
        rejected(() -> ExchangeRate.of(EUR, RUB, BigDecimal.ZERO, DAY), "factor", "positive", "0");
    }

    @Test
    void zeroFactorWithScale() {
        rejected(() -> ExchangeRate.of(EUR, RUB, new BigDecimal("0.0000"), DAY), "factor", "0.0000");
    }

    @Test
    void negativeFactor() {
        rejected(() -> ExchangeRate.of(EUR, RUB, new BigDecimal("-95.12"), DAY), "factor", "-95.12");
    }

    @Test
    void nullFrom() {
        rejected(() -> ExchangeRate.of(null, RUB, FACTOR, DAY), "from", "null");
    }

    @Test
    void nullTo() {
        rejected(() -> ExchangeRate.of(EUR, null, FACTOR, DAY), "to", "null");
    }

    @Test
    void nullFactor() {
        rejected(() -> ExchangeRate.of(EUR, RUB, null, DAY), "factor", "null");
    }

    @Test
    void nullDate() {
        rejected(() -> ExchangeRate.of(EUR, RUB, FACTOR, null), "date", "null");
    }

    @Test
    void sameCurrencyWithFactorOtherThanOne() {
        rejected(() -> ExchangeRate.of(EUR, EUR, new BigDecimal("1.01"), DAY), "factor", "EUR", "1.01");
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
        rejected(() -> EUR_RUB.convert(null), "amount", "null");
    }

    // ExchangeRateTable

    @Test
    void tableGivenTwoRatesForTheSamePairAndDate() {
        ExchangeRateTable.Builder builder = ExchangeRateTable.builder().add(EUR_RUB);
        rejected(
                () -> builder.add(EUR, RUB, new BigDecimal("96"), DAY),
                "rate",
                "same pair and date",
                "1 EUR = 95.1234 RUB (2026-11-20)",
                "1 EUR = 96 RUB (2026-11-20)");
    }

    @Test
    void tableGivenTheSameRateTwice() {
        ExchangeRateTable.Builder builder = ExchangeRateTable.builder().add(EUR_RUB);
        rejected(() -> builder.add(EUR_RUB), "rate", "same pair and date", "2026-11-20");
    }

    @Test
    void tableRateBetweenTheSameCurrency() {
        rejected(
                () -> ExchangeRateTable.builder().add(EUR, EUR, BigDecimal.ONE, DAY),
                "rate",
                "two currencies",
                "1 EUR = 1 EUR (2026-11-20)");
    }

    @Test
    void tableNullRate() {
        rejected(() -> ExchangeRateTable.builder().add(null), "rate", "null");
    }

    @Test
    void tableAddWithBadFactor() {
        rejected(() -> ExchangeRateTable.builder().add(EUR, RUB, new BigDecimal("-1"), DAY), "factor", "-1");
    }

    @Test
    void tableFindNullFrom() {
        rejected(() -> TABLE.find(null, RUB, DAY), "from", "null");
    }

    @Test
    void tableFindNullTo() {
        rejected(() -> TABLE.find(EUR, null, DAY), "to", "null");
    }

    @Test
    void tableFindNullDate() {
        rejected(() -> TABLE.find(EUR, RUB, null), "date", "null");
    }

    // ExchangeRates.convert

    @Test
    void convertNullAmountWithRates() {
        rejected(() -> TABLE.convert(null, RUB, DAY), "amount", "null");
    }

    @Test
    void convertToNullCurrency() {
        rejected(() -> TABLE.convert(Money.of("1", "EUR"), null, DAY), "to", "null");
    }

    @Test
    void convertOnNullDate() {
        rejected(() -> TABLE.convert(Money.of("1", "EUR"), RUB, null), "date", "null");
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
        rejected(() -> broken.convert(Money.of("1", "EUR"), RUB, DAY), "ExchangeRates.find result", "null");
    }

    @Test
    void ratesSourceAnsweringForTheWrongPair() {
        ExchangeRates wrong = (from, to, date) -> Optional.of(ExchangeRate.of(USD, RUB, FACTOR, date));
        rejected(
                () -> wrong.convert(Money.of("1", "EUR"), RUB, DAY),
                "exchange rate source",
                "1 USD = 95.1234 RUB (2026-11-20)",
                "EUR to RUB");
    }

    @Test
    void ratesSourceAnsweringWithARateDatedAfterTheConversion() {
        ExchangeRates future = (from, to, date) -> Optional.of(ExchangeRate.of(from, to, FACTOR, date.plusDays(1)));
        rejected(
                () -> future.convert(Money.of("1", "EUR"), RUB, DAY),
                "exchange rate source",
                "(2026-11-21)",
                "after the conversion date 2026-11-20");
    }

    @Test
    void factorOutOfRange() {
        rejected(() -> ExchangeRate.of(EUR, RUB, new BigDecimal("1E+70"), DAY), "factor", "out of range", "1E+70");
    }

    // Conversion.of

    @Test
    void conversionNullSource() {
        rejected(() -> Conversion.of(null, EUR_RUB), "source", "null");
    }

    @Test
    void conversionNullRate() {
        rejected(() -> Conversion.of(Money.of("1", "EUR"), null), "rate", "null");
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
        rejected(() -> new MissingExchangeRateException(null, RUB, DAY), "from", "null");
    }

    @Test
    void missingRateExceptionNullTo() {
        rejected(() -> new MissingExchangeRateException(EUR, null, DAY), "to", "null");
    }

    @Test
    void missingRateExceptionNullDate() {
        rejected(() -> new MissingExchangeRateException(EUR, RUB, null), "date", "null");
    }
}
