package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.notNull;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The host's source of exchange rates. The SDK does no I/O: the host implements this over its own
 * rate table (a central bank feed, the ERP's daily rates) and passes it to the engines that
 * convert.
 *
 * <pre>{@code
 * ExchangeRates rates = (from, to, date) -> myRateTable.lookup(from, to, date); // host code
 * Conversion c = rates.convert(Money.of("100", "EUR"), RUB, LocalDate.of(2026, 11, 20));
 * c.result(); // RUB 9512.340000
 * c.rate();   // 1 EUR = 95.1234 RUB (2026-11-20), shown in explanations
 * }</pre>
 *
 * <p>{@link ExchangeRateTable} is a ready in-memory implementation. Implementations must be
 * deterministic and thread-safe; an implementation may not need to answer for a currency to
 * itself: {@link #convert} never asks.
 */
@FunctionalInterface
public interface ExchangeRates {
    /**
     * The rate from one currency to another that applies on a date, if known.
     *
     * @param from the source currency, not null
     * @param to the target currency, not null (never equal to {@code from} when called by {@link
     *     #convert})
     * @param date the date of the conversion, not null
     * @return the rate that applies on {@code date} (dated on or before it), or empty if none is
     *     known
     */
    Optional<ExchangeRate> find(Currency from, Currency to, LocalDate date);

    /**
     * Converts an amount at the rate that applies on a date; an amount already in the target
     * currency is converted at the identity rate 1.
     *
     * @param amount the amount, not null
     * @param to the target currency, not null
     * @param date the date whose rate applies, not null
     * @return the conversion, recording the rate used
     * @throws MissingExchangeRateException if no rate is known
     * @throws IllegalArgumentException if the source answers with a rate for another pair or one
     *     dated after {@code date}
     */
    default Conversion convert(Money amount, Currency to, LocalDate date) {
        notNull(amount, "amount");
        notNull(to, "to");
        notNull(date, "date");
        Currency from = amount.currency();
        if (from.equals(to)) {
            return Conversion.of(amount, ExchangeRate.identity(from, date));
        }
        Optional<ExchangeRate> found = notNull(find(from, to, date), "ExchangeRates.find result");
        ExchangeRate rate = found.orElseThrow(() -> new MissingExchangeRateException(from, to, date));
        if (!rate.from().equals(from) || !rate.to().equals(to)) {
            throw new IllegalArgumentException("exchange rate source answered " + rate + " when asked for "
                    + from.getCurrencyCode() + " to " + to.getCurrencyCode());
        }
        if (rate.date().isAfter(date)) {
            throw new IllegalArgumentException(
                    "exchange rate source answered " + rate + ", dated after the conversion date " + date);
        }
        return Conversion.of(amount, rate);
    }
}
