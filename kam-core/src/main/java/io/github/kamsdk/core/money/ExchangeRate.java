package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * The price of one unit of a currency in another, as of a date: "1 EUR = 95.1234 RUB on
 * 2026-11-20".
 *
 * <pre>{@code
 * ExchangeRate eurRub = ExchangeRate.of(EUR, RUB, new BigDecimal("95.1234"), LocalDate.of(2026, 11, 20));
 * eurRub.convert(Money.of("100", "EUR")); // RUB 9512.340000, exact
 * }</pre>
 *
 * <p>Equality compares the factor by value (95.12 equals 95.120).
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class ExchangeRate {
    private final Currency from;
    private final Currency to;
    private final BigDecimal factor;
    private final LocalDate date;

    private ExchangeRate(Currency from, Currency to, BigDecimal factor, LocalDate date) {
        this.from = from;
        this.to = to;
        this.factor = factor;
        this.date = date;
    }

    /**
     * A rate: one unit of {@code from} costs {@code factor} units of {@code to} as of {@code date}.
     *
     * @param from the source currency, not null
     * @param to the target currency, not null
     * @param factor units of {@code to} per unit of {@code from}, positive, not null
     * @param date the date the rate applies from (as published), not null
     * @return the rate
     */
    public static ExchangeRate of(Currency from, Currency to, BigDecimal factor, LocalDate date) {
        notNull(from, "from");
        notNull(to, "to");
        decimal(factor, "factor");
        notNull(date, "date");
        argument(factor.signum() > 0, "factor must be positive: %s", factor.toPlainString());
        argument(
                !from.equals(to) || factor.compareTo(BigDecimal.ONE) == 0,
                "factor from a currency to itself must be 1: %s %s",
                from.getCurrencyCode(),
                factor.toPlainString());
        return new ExchangeRate(from, to, factor, date);
    }

    /** The identity rate of a currency to itself on a date. */
    static ExchangeRate identity(Currency currency, LocalDate date) {
        return new ExchangeRate(currency, currency, BigDecimal.ONE, date);
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
     * Units of the target currency per unit of the source currency.
     *
     * @return the positive factor
     */
    public BigDecimal factor() {
        return factor;
    }

    /**
     * The date the rate applies from.
     *
     * @return the rate's date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Converts an amount in the source currency, exactly (no rounding).
     *
     * @param amount an amount in {@link #from()}, not null
     * @return the amount in {@link #to()}
     * @throws CurrencyMismatchException if the amount is not in the source currency
     */
    public Money convert(Money amount) {
        notNull(amount, "amount");
        if (!amount.currency().equals(from)) {
            throw new CurrencyMismatchException(from, amount.currency());
        }
        return Money.of(amount.amount().multiply(factor), to);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ExchangeRate that
                && from.equals(that.from)
                && to.equals(that.to)
                && factor.compareTo(that.factor) == 0
                && date.equals(that.date);
    }

    @Override
    public int hashCode() {
        return ((from.hashCode() * 31 + to.hashCode()) * 31
                                + factor.stripTrailingZeros().hashCode())
                        * 31
                + date.hashCode();
    }

    /** E.g. {@code "1 EUR = 95.1234 RUB (2026-11-20)"}. */
    @Override
    public String toString() {
        return "1 " + from.getCurrencyCode() + " = " + factor.toPlainString() + " " + to.getCurrencyCode() + " (" + date
                + ")";
    }
}
