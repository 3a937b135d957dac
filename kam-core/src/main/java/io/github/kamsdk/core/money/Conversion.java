package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The record of one conversion: what was converted, what it became and the rate used, so that a
 * statement can show "EUR 100.00 = RUB 9512.34 at 1 EUR = 95.1234 RUB (2026-11-20)".
 *
 * <p>The converted amount is exact (amount × factor); round it where it becomes payable.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Conversion {
    private final Money source;
    private final Money result;
    private final ExchangeRate rate;

    private Conversion(Money source, Money result, ExchangeRate rate) {
        this.source = source;
        this.result = result;
        this.rate = rate;
    }

    /**
     * Converts the amount with the rate and records both.
     *
     * @param source the amount in the rate's source currency, not null
     * @param rate the rate used, not null
     * @return the conversion
     * @throws CurrencyMismatchException if the amount is not in the rate's source currency
     */
    public static Conversion of(Money source, ExchangeRate rate) {
        notNull(source, "source");
        notNull(rate, "rate");
        return new Conversion(source, rate.convert(source), rate);
    }

    /**
     * The amount converted.
     *
     * @return the original amount
     */
    public Money source() {
        return source;
    }

    /**
     * The converted amount, exact.
     *
     * @return the amount in the target currency
     */
    public Money result() {
        return result;
    }

    /**
     * The rate used.
     *
     * @return the exchange rate
     */
    public ExchangeRate rate() {
        return rate;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Conversion that
                && source.equals(that.source)
                && result.equals(that.result)
                && rate.equals(that.rate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, result, rate);
    }

    /** E.g. {@code "EUR 100.00 = RUB 9512.34 at 1 EUR = 95.1234 RUB (2026-11-20)"}. */
    @Override
    public String toString() {
        return source + " = " + result + " at " + rate;
    }
}
