package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.testing.Gens.currencyPairs;
import static io.github.kamsdk.core.testing.Gens.dates;
import static io.github.kamsdk.core.testing.Gens.exchangeRateHistories;
import static io.github.kamsdk.core.testing.Gens.money;
import static io.github.kamsdk.core.testing.Gens.positiveFactors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of {@link ExchangeRate}, {@link ExchangeRateTable} and {@link ExchangeRates#convert}. */
class ExchangeRatesProperties {
    /**
     * A table case: a pair's dated rates, some rates of the inverse pair as noise, an amount in the
     * source currency and a day to look up (near a rate's date half of the time).
     */
    private record TableCase(
            Currency from,
            Currency to,
            List<ExchangeRate> history,
            List<ExchangeRate> inverseHistory,
            Money amount,
            LocalDate day) {
        ExchangeRateTable table() {
            ExchangeRateTable.Builder builder = ExchangeRateTable.builder();
            history.forEach(builder::add);
            inverseHistory.forEach(builder::add);
            return builder.build();
        }

        /** The model: the rate with the greatest date on or before the day, found by a plain scan. */
        Optional<ExchangeRate> expected() {
            return history.stream().filter(r -> !r.date().isAfter(day)).max(Comparator.comparing(ExchangeRate::date));
        }
    }

    private static Gen<LocalDate> daysNear(List<ExchangeRate> history) {
        if (history.isEmpty()) {
            return dates();
        }
        Gen<LocalDate> near = Generate.pick(history)
                .zip(integers().between(-2, 2), (rate, offset) -> rate.date().plusDays(offset));
        return Generate.oneOf(dates(), near);
    }

    private static Gen<TableCase> tableCases() {
        return currencyPairs().flatMap(pair -> {
            Currency from = pair.get(0);
            Currency to = pair.get(1);
            return exchangeRateHistories(from, to)
                    .flatMap(history -> exchangeRateHistories(to, from)
                            .flatMap(inverse -> money(from)
                                    .zip(
                                            daysNear(history),
                                            (amount, day) -> new TableCase(from, to, history, inverse, amount, day))));
        });
    }

    @Test
    void tableFindsTheRateWithTheGreatestDateOnOrBeforeTheDay() {
        Props.qt().forAll(tableCases()).checkAssert(c -> {
            assertThat(c.table().find(c.from(), c.to(), c.day())).isEqualTo(c.expected());
        });
    }

    @Test
    void tableDoesNotMixAPairWithItsInverse() {
        Props.qt().forAll(tableCases()).checkAssert(c -> {
            Optional<ExchangeRate> found = c.table().find(c.to(), c.from(), c.day());
            found.ifPresent(rate -> {
                assertThat(rate.from()).isEqualTo(c.to());
                assertThat(rate.to()).isEqualTo(c.from());
            });
            assertThat(found.isPresent())
                    .isEqualTo(
                            c.inverseHistory().stream().anyMatch(r -> !r.date().isAfter(c.day())));
        });
    }

    @Test
    void tableDoesNotDependOnTheOrderRatesAreAdded() {
        Props.qt().forAll(tableCases(), longs().all()).checkAssert((c, seed) -> {
            List<ExchangeRate> shuffled = new ArrayList<>(c.history());
            shuffled.addAll(c.inverseHistory());
            Collections.shuffle(shuffled, new Random(seed));
            ExchangeRateTable.Builder builder = ExchangeRateTable.builder();
            shuffled.forEach(builder::add);
            assertThat(builder.build().find(c.from(), c.to(), c.day())).isEqualTo(c.expected());
        });
    }

    @Test
    void convertingWithTheTableMultipliesByThatRatesFactor() {
        Props.qt().forAll(tableCases()).checkAssert(c -> {
            Optional<ExchangeRate> expected = c.expected();
            if (expected.isPresent()) {
                Conversion conversion = c.table().convert(c.amount(), c.to(), c.day());
                BigDecimal product = c.amount().amount().multiply(expected.get().factor());
                assertThat(conversion.result().amount()).isEqualByComparingTo(product);
                assertThat(conversion.result().currency()).isEqualTo(c.to());
                assertThat(conversion.rate()).isEqualTo(expected.get());
                assertThat(conversion.source()).isEqualTo(c.amount());
            } else {
                MissingExchangeRateException e = catchThrowableOfType(
                        MissingExchangeRateException.class, () -> c.table().convert(c.amount(), c.to(), c.day()));
                assertThat(e).isNotNull();
                assertThat(e.from()).isEqualTo(c.from());
                assertThat(e.to()).isEqualTo(c.to());
                assertThat(e.date()).isEqualTo(c.day());
                assertThat(e)
                        .hasMessageContainingAll(
                                c.from().getCurrencyCode(),
                                c.to().getCurrencyCode(),
                                c.day().toString());
            }
        });
    }

    @Test
    void convertingToTheSameCurrencyIsTheIdentityAndNeverAsksTheSource() {
        ExchangeRates neverAsked = (from, to, date) -> {
            throw new AssertionError("find must not be called for " + from + " to " + to);
        };
        Props.qt().forAll(money(), dates()).checkAssert((amount, day) -> {
            Conversion c = neverAsked.convert(amount, amount.currency(), day);
            assertThat(c.result()).isEqualTo(amount);
            assertThat(c.source()).isEqualTo(amount);
            assertThat(c.rate()).isEqualTo(ExchangeRate.of(amount.currency(), amount.currency(), BigDecimal.ONE, day));
        });
    }

    /** A rate and an amount in its source currency. */
    private record RateAndAmount(ExchangeRate rate, Money amount) {}

    @Test
    void exchangeRateConvertIsExactMultiplicationByTheFactor() {
        Gen<ExchangeRate> rates = currencyPairs()
                .zip(
                        positiveFactors(),
                        dates(),
                        (pair, factor, day) -> ExchangeRate.of(pair.get(0), pair.get(1), factor, day));
        Gen<RateAndAmount> cases =
                rates.flatMap(rate -> money(rate.from()).map(amount -> new RateAndAmount(rate, amount)));
        Props.qt().forAll(cases).checkAssert(c -> {
            ExchangeRate rate = c.rate();
            Money amount = c.amount();
            Money result = rate.convert(amount);
            assertThat(result.currency()).isEqualTo(rate.to());
            assertThat(result.amount()).isEqualByComparingTo(amount.amount().multiply(rate.factor()));
            Conversion conversion = Conversion.of(amount, rate);
            assertThat(conversion.result()).isEqualTo(result);
            assertThat(conversion.source()).isEqualTo(amount);
            assertThat(conversion.rate()).isEqualTo(rate);
        });
    }

    @Test
    void exchangeRatesWithFactorsEqualInValueAreEqualWithEqualHashCodes() {
        Props.qt()
                .forAll(currencyPairs(), positiveFactors(), dates(), integers().between(1, 4))
                .checkAssert((pair, factor, day, extraZeros) -> {
                    ExchangeRate rate = ExchangeRate.of(pair.get(0), pair.get(1), factor, day);
                    ExchangeRate padded = ExchangeRate.of(
                            pair.get(0), pair.get(1), factor.setScale(factor.scale() + extraZeros), day);
                    ExchangeRate stripped = ExchangeRate.of(pair.get(0), pair.get(1), factor.stripTrailingZeros(), day);
                    assertThat(padded).isEqualTo(rate).hasSameHashCodeAs(rate);
                    assertThat(stripped).isEqualTo(rate).hasSameHashCodeAs(rate);
                    ExchangeRate other =
                            ExchangeRate.of(pair.get(0), pair.get(1), factor.add(BigDecimal.valueOf(1, 6)), day);
                    assertThat(other).isNotEqualTo(rate);
                });
    }

    @Test
    void identityRatesConvertToTheSameAmount() {
        Props.qt().forAll(money(), dates()).checkAssert((amount, day) -> {
            ExchangeRate identity = ExchangeRate.of(amount.currency(), amount.currency(), BigDecimal.ONE, day);
            assertThat(identity.convert(amount)).isEqualTo(amount);
        });
    }
}
