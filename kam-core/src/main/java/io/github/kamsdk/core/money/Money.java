package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in one currency, kept exact.
 *
 * <p>Arithmetic ({@link #plus}, {@link #minus}, {@link #times(Rate)}, …) never rounds: a
 * commission of 15% on EUR 1,234.57 is EUR 185.1855 until a figure becomes payable, when {@link
 * #round(RoundingPolicy)} turns it into EUR 185.19 by an explicit policy. Combining two currencies
 * fails with {@link CurrencyMismatchException}; convert first with {@link ExchangeRates}.
 *
 * <pre>{@code
 * Money price = Money.of("1234.57", "EUR");
 * Money commission = price.times(Rate.percent("15"));   // EUR 185.1855, exact
 * Money payable = commission.round(RoundingPolicy.DEFAULT); // EUR 185.19
 * }</pre>
 *
 * <p><b>Equality is by value</b>: EUR 1.0 equals EUR 1.00 (and they share a hash code), because an
 * amount's scale is an accident of how it was computed, not part of its meaning. The stored amount
 * keeps at least the currency's decimals ({@code Money.of("1", "EUR").amount()} is {@code 1.00})
 * and, after exact arithmetic, possibly more.
 *
 * <p>Currencies without a minor unit (such as XAU or XXX) are refused.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Money implements Comparable<Money> {
    private final BigDecimal amount;
    private final Currency currency;

    /** Every amount keeps at least the currency's decimals, whatever the arithmetic produced. */
    private Money(BigDecimal amount, Currency currency) {
        this.amount = withCurrencyDecimals(amount, currency);
        this.currency = currency;
    }

    /**
     * The amount in the currency, exactly as given (with at least the currency's decimals).
     *
     * @param amount the amount, not null
     * @param currency an ISO 4217 currency with a minor unit, not null
     * @return the money
     */
    public static Money of(BigDecimal amount, Currency currency) {
        decimal(amount, "amount");
        checkCurrency(currency);
        return new Money(amount, currency);
    }

    /**
     * Parses the amount and the currency code, e.g. {@code Money.of("1234.57", "EUR")}.
     *
     * @param amount a plain decimal number such as {@code "-12.5"}, not null
     * @param currencyCode an ISO 4217 code such as {@code "EUR"}, not null
     * @return the money
     */
    public static Money of(String amount, String currencyCode) {
        return of(parseAmount(amount), currency(currencyCode));
    }

    /**
     * The amount as a whole number of units in the currency, e.g. {@code Money.of(100, eur)} is EUR
     * 100.00.
     *
     * @param amount the amount in whole units
     * @param currency the currency, not null
     * @return the money
     */
    public static Money of(long amount, Currency currency) {
        return of(BigDecimal.valueOf(amount), currency);
    }

    /**
     * The amount counted in minor units: {@code ofMinor(12345, EUR)} is EUR 123.45, {@code
     * ofMinor(12345, JPY)} is JPY 12345.
     *
     * @param minorUnits the amount in cents (or the currency's smallest unit)
     * @param currency the currency, not null
     * @return the money
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        checkCurrency(currency);
        return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }

    /**
     * Zero in the currency.
     *
     * @param currency the currency, not null
     * @return zero, e.g. EUR 0.00
     */
    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /**
     * Parses the form {@link #toString()} produces: a currency code, a space, an amount, e.g. {@code
     * "EUR 1234.57"} or {@code "JPY -500"}.
     *
     * @param text the text, not null
     * @return the money
     */
    public static Money parse(String text) {
        notNull(text, "text");
        String trimmed = text.strip();
        int space = trimmed.indexOf(' ');
        argument(space > 0, "text must be a currency code, a space and an amount: '%s'", text);
        return of(trimmed.substring(space + 1).strip(), trimmed.substring(0, space));
    }

    /**
     * The total of one or more amounts in the same currency.
     *
     * @param amounts at least one amount, all in one currency, not null
     * @return their exact sum
     * @throws IllegalArgumentException if there is no amount (use {@link #sum(Currency, Iterable)}
     *     when there may be none)
     * @throws CurrencyMismatchException if two currencies differ
     */
    public static Money sum(Iterable<Money> amounts) {
        notNull(amounts, "amounts");
        Iterator<Money> it = amounts.iterator();
        argument(it.hasNext(), "amounts must not be empty: use Money.sum(currency, amounts)");
        Money first = notNull(it.next(), "amounts[0]");
        return first.plusAll(it, 1);
    }

    /**
     * The total of any number of amounts in the given currency; zero when there are none.
     *
     * @param currency the currency of the total and of every amount, not null
     * @param amounts the amounts, possibly empty, not null
     * @return their exact sum
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public static Money sum(Currency currency, Iterable<Money> amounts) {
        notNull(amounts, "amounts");
        return zero(currency).plusAll(amounts.iterator(), 0);
    }

    private Money plusAll(Iterator<Money> it, int firstIndex) {
        BigDecimal total = amount;
        for (int i = firstIndex; it.hasNext(); i++) {
            Money next = it.next();
            if (next == null) {
                throw new IllegalArgumentException("amounts[" + i + "] must not be null");
            }
            total = total.add(sameCurrency(next).amount);
        }
        return new Money(total, currency);
    }

    /**
     * The larger of two amounts in the same currency (the first when equal).
     *
     * @param a an amount, not null
     * @param b an amount in the same currency, not null
     * @return the larger
     */
    public static Money max(Money a, Money b) {
        return notNull(a, "a").compareTo(notNull(b, "b")) >= 0 ? a : b;
    }

    /**
     * The smaller of two amounts in the same currency (the first when equal).
     *
     * @param a an amount, not null
     * @param b an amount in the same currency, not null
     * @return the smaller
     */
    public static Money min(Money a, Money b) {
        return notNull(a, "a").compareTo(notNull(b, "b")) <= 0 ? a : b;
    }

    /**
     * The exact amount.
     *
     * @return the amount, with at least the currency's number of decimals
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * This amount plus another in the same currency, exactly.
     *
     * @param other the amount to add, not null
     * @return the sum
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    /**
     * This amount minus another in the same currency, exactly.
     *
     * @param other the amount to subtract, not null
     * @return the difference
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /**
     * This amount multiplied by a factor, exactly (EUR 10.00 × 1.5 = EUR 15.000).
     *
     * @param factor the factor, not null
     * @return the product, unrounded
     */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(decimal(factor, "factor")), currency);
    }

    /**
     * This amount multiplied by a whole number, exactly (EUR 2.50 × 3 = EUR 7.50).
     *
     * @param factor the factor
     * @return the product
     */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * This amount times a rate, exactly: EUR 1,234.57 × 15% = EUR 185.1855.
     *
     * @param rate the rate, not null
     * @return the product, unrounded
     */
    public Money times(Rate rate) {
        return new Money(amount.multiply(notNull(rate, "rate").fraction()), currency);
    }

    /**
     * This amount divided by a divisor and rounded in one step by the policy: EUR 100.00 / 3 with
     * {@link RoundingPolicy#DEFAULT} is EUR 33.33. To split an amount so that the parts add up, use
     * {@link Allocation} instead.
     *
     * @param divisor a non-zero divisor, not null
     * @param policy how to round the quotient, not null
     * @return the rounded quotient
     */
    public Money dividedBy(BigDecimal divisor, RoundingPolicy policy) {
        decimal(divisor, "divisor");
        notNull(policy, "policy");
        argument(divisor.signum() != 0, "divisor must not be zero: %s", divisor);
        return new Money(policy.divide(amount, divisor, currency), currency);
    }

    /**
     * The same amount with the opposite sign.
     *
     * @return {@code -this}
     */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /**
     * The amount without its sign.
     *
     * @return {@code |this|}
     */
    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /**
     * This amount rounded by the policy, e.g. EUR 185.1855 → EUR 185.19 with {@link
     * RoundingPolicy#DEFAULT}. Rounding a rounded amount again changes nothing.
     *
     * @param policy the rounding policy, not null
     * @return the rounded amount
     */
    public Money round(RoundingPolicy policy) {
        return new Money(notNull(policy, "policy").round(amount, currency), currency);
    }

    /**
     * This amount rounded by {@link RoundingPolicy#DEFAULT} (HALF_EVEN to the minor unit).
     *
     * @return the rounded amount
     */
    public Money round() {
        return round(RoundingPolicy.DEFAULT);
    }

    /**
     * Whether rounding by the policy would leave this amount unchanged.
     *
     * @param policy the rounding policy, not null
     * @return true if the amount is already rounded
     */
    public boolean isRounded(RoundingPolicy policy) {
        return notNull(policy, "policy").round(amount, currency).compareTo(amount) == 0;
    }

    /**
     * The amount as a count of minor units: EUR 123.45 → 12345, JPY 500 → 500.
     *
     * @return the number of minor units
     * @throws IllegalArgumentException if the amount has more decimals than the currency (round it
     *     first) or does not fit a {@code long}
     */
    public long toMinorUnits() {
        BigInteger units = minorUnitsExact();
        argument(units.bitLength() < Long.SIZE, "amount does not fit a long of minor units: %s", this);
        return units.longValue();
    }

    /** The amount in minor units, exactly; refuses an amount with sub-minor digits. */
    BigInteger minorUnitsExact() {
        BigDecimal units = amount.movePointRight(currency.getDefaultFractionDigits());
        argument(
                units.signum() == 0 || units.stripTrailingZeros().scale() <= 0,
                "amount must be a whole number of minor units (round it first): %s",
                this);
        return units.toBigIntegerExact();
    }

    /**
     * Whether the amount is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Whether the amount is greater than zero.
     *
     * @return true for a positive amount
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Whether the amount is less than zero.
     *
     * @return true for a negative amount
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Whether the amount is zero or more.
     *
     * @return true unless negative
     */
    public boolean isPositiveOrZero() {
        return amount.signum() >= 0;
    }

    /**
     * Whether the amount is zero or less.
     *
     * @return true unless positive
     */
    public boolean isNegativeOrZero() {
        return amount.signum() <= 0;
    }

    /**
     * Whether the other amount is in the same currency.
     *
     * @param other an amount, not null
     * @return true if both currencies are equal
     */
    public boolean isSameCurrency(Money other) {
        return currency.equals(notNull(other, "other").currency);
    }

    /**
     * Whether this amount is greater than another in the same currency.
     *
     * @param other the amount to compare with, not null
     * @return {@code this > other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this amount is greater than or equal to another in the same currency.
     *
     * @param other the amount to compare with, not null
     * @return {@code this >= other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThanOrEqualTo(Money other) {
        return compareTo(other) >= 0;
    }

    /**
     * Whether this amount is less than another in the same currency.
     *
     * @param other the amount to compare with, not null
     * @return {@code this < other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Whether this amount is less than or equal to another in the same currency.
     *
     * @param other the amount to compare with, not null
     * @return {@code this <= other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThanOrEqualTo(Money other) {
        return compareTo(other) <= 0;
    }

    /**
     * A copy with another amount in the same currency.
     *
     * @param newAmount the amount, not null
     * @return the money
     */
    public Money withAmount(BigDecimal newAmount) {
        return of(notNull(newAmount, "newAmount"), currency);
    }

    /**
     * Compares by value within one currency; consistent with {@link #equals}.
     *
     * @param other an amount in the same currency, not null
     * @return negative, zero or positive as this is less than, equal to or greater than other
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /**
     * Equal when the currencies are equal and the amounts are equal in value (EUR 1.0 equals EUR
     * 1.00).
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Money that && currency.equals(that.currency) && amount.compareTo(that.amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode()
                + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
    }

    /**
     * The currency code, a space and the amount with at least the currency's decimals and no
     * trailing zeros beyond them: {@code "EUR 1234.50"}, {@code "EUR 185.1855"}, {@code "JPY 500"}.
     */
    @Override
    public String toString() {
        BigDecimal shown = amount.stripTrailingZeros();
        int digits = currency.getDefaultFractionDigits();
        if (shown.scale() < digits) {
            shown = shown.setScale(digits);
        }
        return currency.getCurrencyCode() + " " + shown.toPlainString();
    }

    private Money sameCurrency(@Nullable Money other) {
        notNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return other;
    }

    private static BigDecimal withCurrencyDecimals(BigDecimal amount, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (amount.scale() >= digits) {
            return amount;
        }
        try {
            return amount.setScale(digits);
        } catch (ArithmeticException e) {
            // Only an exponent at the edge of BigDecimal's range (such as 1E+2147483647) gets here.
            throw new IllegalArgumentException("amount is out of range: " + amount, e);
        }
    }

    private static void checkCurrency(@Nullable Currency currency) {
        notNull(currency, "currency");
        argument(
                currency.getDefaultFractionDigits() >= 0,
                "currency must have a minor unit: %s",
                currency.getCurrencyCode());
    }

    static BigDecimal parseAmount(@Nullable String amount) {
        notNull(amount, "amount");
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number: '" + amount + "'", e);
        }
    }

    static Currency currency(@Nullable String currencyCode) {
        notNull(currencyCode, "currencyCode");
        try {
            return Currency.getInstance(currencyCode.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currencyCode must be an ISO 4217 code: '" + currencyCode + "'", e);
        }
    }
}
