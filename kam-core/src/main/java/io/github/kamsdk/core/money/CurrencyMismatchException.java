package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an operation combines amounts in two currencies without an explicit conversion.
 *
 * <p>It is an {@link IllegalArgumentException}: mixing currencies is always the caller's mistake.
 * Both currencies are available to the handler and named in the message, e.g. {@code "currency
 * mismatch: EUR and RUB (convert with ExchangeRates first)"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Currency first;
    private final Currency second;

    /**
     * Creates the exception for the two currencies that met.
     *
     * @param first the currency of the receiver (left operand), not null
     * @param second the currency of the argument (right operand), not null
     */
    public CurrencyMismatchException(Currency first, Currency second) {
        super(message(first, second));
        this.first = first;
        this.second = second;
    }

    // Checks both arguments before super() so that a null fails as an IllegalArgumentException.
    private static String message(@Nullable Currency first, @Nullable Currency second) {
        notNull(first, "first");
        notNull(second, "second");
        return "currency mismatch: " + first.getCurrencyCode() + " and " + second.getCurrencyCode()
                + " (convert with ExchangeRates first)";
    }

    /**
     * The currency of the receiver (left operand).
     *
     * @return the first currency, not null
     */
    public Currency first() {
        return first;
    }

    /**
     * The currency of the argument (right operand).
     *
     * @return the second currency, not null
     */
    public Currency second() {
        return second;
    }
}
