package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory {@link ExchangeRates}: for each currency pair, dated rates, of which the latest on or
 * before the conversion date applies.
 *
 * <pre>{@code
 * ExchangeRateTable rates = ExchangeRateTable.builder()
 *     .add(ExchangeRate.of(EUR, RUB, new BigDecimal("95.00"), LocalDate.of(2026, 11, 1)))
 *     .add(ExchangeRate.of(EUR, RUB, new BigDecimal("96.00"), LocalDate.of(2026, 11, 15)))
 *     .build();
 * rates.find(EUR, RUB, LocalDate.of(2026, 11, 14)); // 95.00
 * rates.find(EUR, RUB, LocalDate.of(2026, 11, 15)); // 96.00
 * rates.find(EUR, RUB, LocalDate.of(2026, 10, 31)); // empty: no rate yet
 * }</pre>
 *
 * <p>Only the pairs given are known: the inverse of a rate is not derived, because a host's
 * published inverse rarely equals 1/rate to the digit. Two rates for the same pair and date are
 * refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExchangeRateTable implements ExchangeRates {
    private final ImmutableMap<List<Currency>, TreeMap<LocalDate, ExchangeRate>> rates;

    private ExchangeRateTable(ImmutableMap<List<Currency>, TreeMap<LocalDate, ExchangeRate>> rates) {
        this.rates = rates;
    }

    /**
     * A builder for a table.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<ExchangeRate> find(Currency from, Currency to, LocalDate date) {
        notNull(from, "from");
        notNull(to, "to");
        notNull(date, "date");
        TreeMap<LocalDate, ExchangeRate> byDate = rates.get(List.of(from, to));
        if (byDate == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, ExchangeRate> entry = byDate.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** Collects dated rates; not thread-safe, use once. */
    public static final class Builder {
        private final Map<List<Currency>, TreeMap<LocalDate, ExchangeRate>> rates = new HashMap<>();

        private Builder() {}

        /**
         * Adds a rate.
         *
         * @param rate the rate, not null, between two different currencies, not a second rate for
         *     its pair and date
         * @return this builder
         */
        public Builder add(ExchangeRate rate) {
            notNull(rate, "rate");
            argument(!rate.from().equals(rate.to()), "rate must be between two currencies: %s", rate);
            TreeMap<LocalDate, ExchangeRate> byDate =
                    rates.computeIfAbsent(List.of(rate.from(), rate.to()), k -> new TreeMap<>());
            ExchangeRate previous = byDate.putIfAbsent(rate.date(), rate);
            argument(previous == null, "rate for the same pair and date given twice: %s and %s", previous, rate);
            return this;
        }

        /**
         * Adds a rate: one unit of {@code from} costs {@code factor} units of {@code to} from
         * {@code date} on.
         *
         * @param from the source currency, not null
         * @param to the target currency, not null
         * @param factor the positive factor, not null
         * @param date the date the rate applies from, not null
         * @return this builder
         */
        public Builder add(Currency from, Currency to, BigDecimal factor, LocalDate date) {
            return add(ExchangeRate.of(from, to, factor, date));
        }

        /**
         * The table.
         *
         * @return an immutable table of the rates added so far
         */
        public ExchangeRateTable build() {
            ImmutableMap.Builder<List<Currency>, TreeMap<LocalDate, ExchangeRate>> copy = ImmutableMap.builder();
            rates.forEach((pair, byDate) -> copy.put(pair, new TreeMap<>(byDate)));
            return new ExchangeRateTable(copy.buildOrThrow());
        }
    }
}
