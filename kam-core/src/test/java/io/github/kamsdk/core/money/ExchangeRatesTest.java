package io.github.kamsdk.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of {@link ExchangeRate}, {@link ExchangeRateTable}, {@link Conversion}, {@link
 * ExchangeRates#convert} and {@link MissingExchangeRateException}.
 */
class ExchangeRatesTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    private static final ExchangeRate EUR_RUB = ExchangeRate.of(EUR, RUB, new BigDecimal("95.1234"), NOV_20);

    /** The Javadoc's table: 95.00 from 1 November, 96.00 from 15 November. */
    private static ExchangeRateTable table() {
        return ExchangeRateTable.builder()
                .add(ExchangeRate.of(EUR, RUB, new BigDecimal("95.00"), NOV_1))
                .add(EUR, RUB, new BigDecimal("96.00"), NOV_15)
                .build();
    }

    // ExchangeRate

    @Test
    void exchangeRateConvertsExactly() {
        // 100.00 × 95.1234 = 9512.340000: no rounding, equal by value to RUB 9512.34.
        Money rub = EUR_RUB.convert(Money.of("100", "EUR"));
        assertThat(rub).isEqualTo(Money.of("9512.34", "RUB"));
        assertThat(rub.amount()).isEqualByComparingTo("9512.34");
        assertThat(rub.amount().scale()).isEqualTo(6);
        assertThat(rub.currency()).isEqualTo(RUB);
    }

    @Test
    void exchangeRateKeepsDigitsBeyondTheTargetsMinorUnit() {
        // 0.01 × 95.1234 = 0.951234 RUB, exact; rounding is the caller's explicit step.
        assertThat(EUR_RUB.convert(Money.of("0.01", "EUR")).amount()).isEqualByComparingTo("0.951234");
        // JPY has no decimals: 1 EUR at 162.5 JPY is JPY 162.50, kept exact.
        ExchangeRate eurJpy = ExchangeRate.of(EUR, JPY, new BigDecimal("162.5"), NOV_20);
        assertThat(eurJpy.convert(Money.of("1", "EUR")).amount()).isEqualByComparingTo("162.5");
    }

    @Test
    void exchangeRateConvertsNegativeAmounts() {
        // A refund converts like a sale: −100 × 95.1234 = −9512.34.
        assertThat(EUR_RUB.convert(Money.of("-100", "EUR"))).isEqualTo(Money.of("-9512.34", "RUB"));
    }

    @Test
    void exchangeRateHasItsPartsAndAReadableText() {
        assertThat(EUR_RUB.from()).isEqualTo(EUR);
        assertThat(EUR_RUB.to()).isEqualTo(RUB);
        assertThat(EUR_RUB.factor()).isEqualByComparingTo("95.1234");
        assertThat(EUR_RUB.date()).isEqualTo(NOV_20);
        assertThat(EUR_RUB).hasToString("1 EUR = 95.1234 RUB (2026-11-20)");
    }

    @Test
    void exchangeRateOfACurrencyToItselfAtFactorOneIsAllowed() {
        // The identity rate, written as 1.000 too.
        assertThat(ExchangeRate.of(EUR, EUR, new BigDecimal("1.000"), NOV_20).convert(Money.of("7.5", "EUR")))
                .isEqualTo(Money.of("7.50", "EUR"));
    }

    @Test
    void exchangeRateEqualityComparesTheFactorByValue() {
        new EqualsTester()
                .addEqualityGroup(
                        ExchangeRate.of(EUR, RUB, new BigDecimal("95.12"), NOV_20),
                        ExchangeRate.of(EUR, RUB, new BigDecimal("95.120"), NOV_20),
                        ExchangeRate.of(EUR, RUB, new BigDecimal("95.1200000"), NOV_20))
                .addEqualityGroup(ExchangeRate.of(EUR, RUB, new BigDecimal("95.121"), NOV_20))
                .addEqualityGroup(ExchangeRate.of(EUR, RUB, new BigDecimal("95.12"), NOV_15))
                .addEqualityGroup(ExchangeRate.of(EUR, USD, new BigDecimal("95.12"), NOV_20))
                .addEqualityGroup(ExchangeRate.of(USD, RUB, new BigDecimal("95.12"), NOV_20))
                .addEqualityGroup(
                        ExchangeRate.of(EUR, RUB, new BigDecimal("100"), NOV_20),
                        ExchangeRate.of(EUR, RUB, new BigDecimal("1E+2"), NOV_20))
                .testEquals();
    }

    // ExchangeRateTable

    @Test
    void tablePicksTheLatestRateOnOrBeforeTheDate() {
        ExchangeRateTable rates = table();
        // Before 15 November the 1 November rate applies; from 15 November on, the later one.
        assertThat(rates.find(EUR, RUB, NOV_1).orElseThrow().factor()).isEqualByComparingTo("95.00");
        assertThat(rates.find(EUR, RUB, LocalDate.of(2026, 11, 14))
                        .orElseThrow()
                        .factor())
                .isEqualByComparingTo("95.00");
        assertThat(rates.find(EUR, RUB, NOV_15).orElseThrow().factor()).isEqualByComparingTo("96.00");
        assertThat(rates.find(EUR, RUB, LocalDate.of(2027, 6, 30)).orElseThrow().factor())
                .isEqualByComparingTo("96.00");
        assertThat(rates.find(EUR, RUB, NOV_15)).contains(ExchangeRate.of(EUR, RUB, new BigDecimal("96"), NOV_15));
    }

    @Test
    void tableHasNoRateBeforeTheFirstDate() {
        assertThat(table().find(EUR, RUB, LocalDate.of(2026, 10, 31))).isEmpty();
    }

    @Test
    void tableDoesNotDeriveTheInverseOrOtherPairs() {
        ExchangeRateTable rates = table();
        assertThat(rates.find(RUB, EUR, NOV_20)).isEmpty();
        assertThat(rates.find(EUR, USD, NOV_20)).isEmpty();
        assertThat(ExchangeRateTable.builder().build().find(EUR, RUB, NOV_20)).isEmpty();
    }

    @Test
    void tableIsNotChangedByItsBuilderAfterwards() {
        ExchangeRateTable.Builder builder = ExchangeRateTable.builder().add(EUR, RUB, new BigDecimal("95"), NOV_1);
        ExchangeRateTable rates = builder.build();
        builder.add(EUR, RUB, new BigDecimal("96"), NOV_15);
        assertThat(rates.find(EUR, RUB, NOV_20).orElseThrow().factor()).isEqualByComparingTo("95");
    }

    @Test
    void tableConvertsAtTheRateOfTheDay() {
        // 100.00 EUR on 14 November at 95.00 = RUB 9500.00; on 20 November at 96.00 = RUB 9600.00.
        Conversion before = table().convert(Money.of("100", "EUR"), RUB, LocalDate.of(2026, 11, 14));
        Conversion after = table().convert(Money.of("100", "EUR"), RUB, NOV_20);
        assertThat(before.result()).isEqualTo(Money.of("9500", "RUB"));
        assertThat(before.rate().date()).isEqualTo(NOV_1);
        assertThat(after.result()).isEqualTo(Money.of("9600", "RUB"));
        assertThat(after.rate().date()).isEqualTo(NOV_15);
    }

    // ExchangeRates.convert

    @Test
    void convertingToTheSameCurrencyUsesTheIdentityRateAndNeverAsks() {
        AtomicInteger calls = new AtomicInteger();
        ExchangeRates rates = (from, to, date) -> {
            calls.incrementAndGet();
            return Optional.empty();
        };
        Conversion c = rates.convert(Money.of("123.45", "EUR"), EUR, NOV_20);
        assertThat(c.result()).isEqualTo(Money.of("123.45", "EUR"));
        assertThat(c.source()).isEqualTo(Money.of("123.45", "EUR"));
        assertThat(c.rate().factor()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(c.rate().from()).isEqualTo(EUR);
        assertThat(c.rate().to()).isEqualTo(EUR);
        assertThat(c.rate().date()).isEqualTo(NOV_20);
        assertThat(c.rate()).isEqualTo(ExchangeRate.of(EUR, EUR, BigDecimal.ONE, NOV_20));
        assertThat(calls).hasValue(0);
    }

    @Test
    void convertAsksTheSourceForThePairAndTheDate() {
        ExchangeRates rates = (from, to, date) -> {
            assertThat(from).isEqualTo(EUR);
            assertThat(to).isEqualTo(RUB);
            assertThat(date).isEqualTo(NOV_20);
            return Optional.of(EUR_RUB);
        };
        Conversion c = rates.convert(Money.of("100", "EUR"), RUB, NOV_20);
        assertThat(c.result()).isEqualTo(Money.of("9512.34", "RUB"));
        assertThat(c.rate()).isSameAs(EUR_RUB);
    }

    @Test
    void aMissingRateThrowsMissingExchangeRateExceptionNamingBothCodesAndTheDate() {
        MissingExchangeRateException e = catchThrowableOfType(
                MissingExchangeRateException.class, () -> table().convert(Money.of("100", "USD"), EUR, NOV_20));
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e).hasMessage("no exchange rate from USD to EUR on 2026-11-20");
        assertThat(e.from()).isEqualTo(USD);
        assertThat(e.to()).isEqualTo(EUR);
        assertThat(e.date()).isEqualTo(NOV_20);
    }

    @Test
    void aRateNotYetPublishedIsMissing() {
        assertThatThrownBy(() -> table().convert(Money.of("1", "EUR"), RUB, LocalDate.of(2026, 10, 31)))
                .isExactlyInstanceOf(MissingExchangeRateException.class)
                .hasMessageContainingAll("EUR", "RUB", "2026-10-31");
    }

    @Test
    void aSourceAnsweringForAnotherPairIsRejected() {
        // Asked for EUR→RUB, the host's lambda answers with the inverse pair RUB→EUR.
        ExchangeRate inverse = ExchangeRate.of(RUB, EUR, new BigDecimal("0.0105"), NOV_20);
        ExchangeRates wrong = (from, to, date) -> Optional.of(inverse);
        assertThatThrownBy(() -> wrong.convert(Money.of("100", "EUR"), RUB, NOV_20))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("1 RUB = 0.0105 EUR (2026-11-20)", "EUR to RUB");
    }

    @Test
    void aSourceAnsweringWithTheRightSourceButAnotherTargetIsRejected() {
        ExchangeRates wrong = (from, to, date) -> Optional.of(ExchangeRate.of(from, USD, BigDecimal.TEN, date));
        assertThatThrownBy(() -> wrong.convert(Money.of("100", "EUR"), RUB, NOV_20))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("1 EUR = 10 USD", "EUR to RUB");
    }

    @Test
    void aSourceAnsweringNullIsRejectedAsIllegalArgumentNotNpe() {
        // The host's bug under test: null instead of Optional.empty().
        ExchangeRates broken = (from, to, date) -> null;
        assertThatThrownBy(() -> broken.convert(Money.of("100", "EUR"), RUB, NOV_20))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("ExchangeRates.find result", "null");
    }

    // Conversion

    @Test
    void conversionRecordsSourceResultAndRate() {
        Conversion c = Conversion.of(Money.of("100", "EUR"), EUR_RUB);
        assertThat(c.source()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(c.result()).isEqualTo(Money.of("9512.34", "RUB"));
        assertThat(c.rate()).isSameAs(EUR_RUB);
        assertThat(c).hasToString("EUR 100.00 = RUB 9512.34 at 1 EUR = 95.1234 RUB (2026-11-20)");
    }

    @Test
    void conversionTextShowsTheExactResult() {
        // 0.01 × 95.1234 = 0.951234: the text keeps the digits beyond the kopeck.
        assertThat(Conversion.of(Money.of("0.01", "EUR"), EUR_RUB))
                .hasToString("EUR 0.01 = RUB 0.951234 at 1 EUR = 95.1234 RUB (2026-11-20)");
    }

    @Test
    void conversionEqualityIsByValue() {
        ExchangeRate rate = ExchangeRate.of(EUR, RUB, new BigDecimal("95.12"), NOV_20);
        ExchangeRate sameRate = ExchangeRate.of(EUR, RUB, new BigDecimal("95.120"), NOV_20);
        new EqualsTester()
                .addEqualityGroup(
                        Conversion.of(Money.of("100", "EUR"), rate),
                        Conversion.of(Money.of("100.000", "EUR"), sameRate),
                        Conversion.of(Money.of("100.0", "EUR"), rate))
                .addEqualityGroup(Conversion.of(Money.of("100.01", "EUR"), rate))
                .addEqualityGroup(Conversion.of(
                        Money.of("100", "EUR"), ExchangeRate.of(EUR, RUB, new BigDecimal("95.12"), NOV_15)))
                .addEqualityGroup(Conversion.of(
                        Money.of("100", "EUR"), ExchangeRate.of(EUR, RUB, new BigDecimal("95.13"), NOV_20)))
                .addEqualityGroup(Conversion.of(
                        Money.of("100", "EUR"), ExchangeRate.of(EUR, USD, new BigDecimal("95.12"), NOV_20)))
                .testEquals();
    }
}
