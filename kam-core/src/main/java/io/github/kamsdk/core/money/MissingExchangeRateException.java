package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.notNull;

import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a conversion is asked for and the host's {@link ExchangeRates} has no rate for the
 * pair on that date. It names the pair and the date, e.g. {@code "no exchange rate from USD to EUR
 * on 2026-11-20"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissingExchangeRateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Currency from;
    private final Currency to;
    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param from the source currency, not null
     * @param to the target currency, not null
     * @param date the date of the conversion, not null
     * @throws IllegalArgumentException if an argument is null
     */
    public MissingExchangeRateException(Currency from, Currency to, LocalDate date) {
        super(message(from, to, date));
        this.from = from;
        this.to = to;
        this.date = date;
    }

    /** The message, after checking the arguments (before {@code super}, so no NPE escapes). */
    private static String message(@Nullable Currency from, @Nullable Currency to, @Nullable LocalDate date) {
        notNull(from, "from");
        notNull(to, "to");
        notNull(date, "date");
        return "no exchange rate from " + from.getCurrencyCode() + " to " + to.getCurrencyCode() + " on " + date;
    }

    /**
     * The source currency.
     *
     * @return the currency converted from
     */
    public Currency from() {
        return from;
    }

    /**
     * The target currency.
     *
     * @return the currency converted to
     */
    public Currency to() {
        return to;
    }

    /**
     * The date of the conversion.
     *
     * @return the date no rate was found for
     */
    public LocalDate date() {
        return date;
    }
}
