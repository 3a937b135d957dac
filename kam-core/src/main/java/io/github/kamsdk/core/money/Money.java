package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.math.LongMath;
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
    /** Unscaled values of at most this many digits are kept in a {@code long}. */
    static final int MAX_COMPACT_DIGITS = 18;

    private static final long[] POWERS_OF_TEN = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L,
        10_000_000_000_000_000L,
        100_000_000_000_000_000L,
        1_000_000_000_000_000_000L
    };

    // The amount is `unscaled × 10^-scale` when `big` is null (every everyday amount: 18 digits),
    // else `big`. The compact form lets plus, minus, times and compareTo work on longs and
    // allocate nothing but this object, which is what keeps Money close to raw BigDecimal speed
    // (docs/performance.md). Either form has a scale of at least the currency's decimals.
    private final long unscaled;
    private final int scale;
    private final @Nullable BigDecimal big;
    private final Currency currency;

    private Money(long unscaled, int scale, @Nullable BigDecimal big, Currency currency) {
        this.unscaled = unscaled;
        this.scale = scale;
        this.big = big;
        this.currency = currency;
    }

    /** The money for an exact value: at least the currency's decimals, compact when it fits. */
    private static Money create(BigDecimal value, Currency currency) {
        BigDecimal scaled = withCurrencyDecimals(value, currency);
        if (scaled.precision() <= MAX_COMPACT_DIGITS) {
            return new Money(scaled.unscaledValue().longValue(), scaled.scale(), null, currency);
        }
        return new Money(0L, scaled.scale(), scaled, currency);
    }

    /** The money for a compact result whose scale may be below the currency's decimals. */
    private static Money compact(long unscaled, int scale, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (scale >= digits) {
            return new Money(unscaled, scale, null, currency);
        }
        return new Money(scaleUp(unscaled, digits - scale), digits, null, currency);
    }

    /**
     * Whether {@code value × 10^by} fits a long. The arithmetic asks first rather than catch an
     * overflow: long chains of percentages (compound discounts) grow the scale until it no longer
     * fits, and an exception on every such step cost more than the BigDecimal it falls back to.
     */
    private static boolean scalable(long value, int by) {
        if (by < 0 || by >= POWERS_OF_TEN.length) {
            return false;
        }
        return fitsProduct(value, POWERS_OF_TEN[by]);
    }

    /** Whether {@code a × b} fits a long. */
    private static boolean fitsProduct(long a, long b) {
        return Math.multiplyHigh(a, b) == (a * b) >> 63;
    }

    /** {@code value × 10^by}; callers ask {@link #scalable} first, or catch the ArithmeticException. */
    private static long scaleUp(long value, int by) {
        if (by == 0) {
            return value;
        }
        if (by < 0 || by >= POWERS_OF_TEN.length) {
            throw new ArithmeticException("rescale by " + by);
        }
        return Math.multiplyExact(value, POWERS_OF_TEN[by]);
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
        return create(amount, currency);
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
        return create(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }

    /**
     * Zero in the currency.
     *
     * @param currency the currency, not null
     * @return zero, e.g. EUR 0.00
     */
    public static Money zero(Currency currency) {
        checkCurrency(currency);
        return new Money(0L, currency.getDefaultFractionDigits(), null, currency);
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

    /**
     * This plus the remaining amounts, exactly as a chain of {@link #plus} would give it: while the
     * running total and the amounts are compact, in this currency and the sum fits a long, they are
     * added as unscaled longs and one money is made at the end; anything else goes through {@code
     * plus}, with its checks and its BigDecimal fallback.
     */
    private Money plusAll(Iterator<Money> it, int firstIndex) {
        Money total = this;
        long acc = unscaled; // the running total when pending, at scale s
        int s = scale;
        boolean pending = false;
        for (int i = firstIndex; it.hasNext(); i++) {
            Money next = it.next();
            if (next == null) {
                throw new IllegalArgumentException("amounts[" + i + "] must not be null");
            }
            if ((pending || total.big == null) && next.big == null && next.currency.equals(currency)) {
                int ns = Math.max(s, next.scale);
                if (scalable(acc, ns - s) && scalable(next.unscaled, ns - next.scale)) {
                    long a = scaleUp(acc, ns - s);
                    long b = scaleUp(next.unscaled, ns - next.scale);
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) >= 0) { // no overflow
                        acc = r;
                        s = ns;
                        pending = true;
                        continue;
                    }
                }
            }
            if (pending) {
                total = new Money(acc, s, null, currency);
                pending = false;
            }
            total = total.plus(next);
            acc = total.unscaled;
            s = total.scale;
        }
        return pending ? new Money(acc, s, null, currency) : total;
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
     * The exact amount. Amounts of up to 18 digits are kept as a {@code long} inside, so this builds
     * a {@code BigDecimal} on each call: in a hot loop, prefer Money's own arithmetic and
     * comparisons, which work on the long directly.
     *
     * @return the amount, with at least the currency's number of decimals
     */
    public BigDecimal amount() {
        return big != null ? big : BigDecimal.valueOf(unscaled, scale);
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
        Money that = sameCurrency(other);
        int s = Math.max(scale, that.scale);
        if (big == null
                && that.big == null
                && scalable(unscaled, s - scale)
                && scalable(that.unscaled, s - that.scale)) {
            try {
                return new Money(
                        Math.addExact(scaleUp(unscaled, s - scale), scaleUp(that.unscaled, s - that.scale)),
                        s,
                        null,
                        currency);
            } catch (ArithmeticException overflow) {
                // beyond a long: add as BigDecimals
            }
        }
        return create(amount().add(that.amount()), currency);
    }

    /**
     * This amount minus another in the same currency, exactly.
     *
     * @param other the amount to subtract, not null
     * @return the difference
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        Money that = sameCurrency(other);
        int s = Math.max(scale, that.scale);
        if (big == null
                && that.big == null
                && scalable(unscaled, s - scale)
                && scalable(that.unscaled, s - that.scale)) {
            try {
                return new Money(
                        Math.subtractExact(scaleUp(unscaled, s - scale), scaleUp(that.unscaled, s - that.scale)),
                        s,
                        null,
                        currency);
            } catch (ArithmeticException overflow) {
                // beyond a long: subtract as BigDecimals
            }
        }
        return create(amount().subtract(that.amount()), currency);
    }

    /**
     * This amount multiplied by a factor, exactly (EUR 10.00 × 1.5 = EUR 15.000).
     *
     * @param factor the factor, not null
     * @return the product, unrounded
     */
    public Money times(BigDecimal factor) {
        BigDecimal f = decimal(factor, "factor");
        if (big == null && f.precision() <= MAX_COMPACT_DIGITS) {
            // both fit a long: multiply the unscaled values (pricing multiplies by quantities per line)
            long unscaledFactor =
                    f.scale() == 0 ? f.longValue() : f.unscaledValue().longValue();
            try {
                if (fitsProduct(unscaled, unscaledFactor)) {
                    return compact(unscaled * unscaledFactor, Math.addExact(scale, f.scale()), currency);
                }
            } catch (ArithmeticException overflow) {
                // beyond a long: multiply as BigDecimals
            }
        }
        return create(amount().multiply(f), currency);
    }

    /**
     * This amount multiplied by a whole number, exactly (EUR 2.50 × 3 = EUR 7.50).
     *
     * @param factor the factor
     * @return the product
     */
    public Money times(long factor) {
        if (big == null) {
            try {
                return new Money(Math.multiplyExact(unscaled, factor), scale, null, currency);
            } catch (ArithmeticException overflow) {
                // beyond a long: multiply as BigDecimals
            }
        }
        return create(amount().multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * This amount times a rate, exactly: EUR 1,234.57 × 15% = EUR 185.1855.
     *
     * @param rate the rate, not null
     * @return the product, unrounded
     */
    public Money times(Rate rate) {
        notNull(rate, "rate");
        if (big == null && rate.isCompact() && fitsProduct(unscaled, rate.unscaled())) {
            try {
                return compact(unscaled * rate.unscaled(), Math.addExact(scale, rate.scale()), currency);
            } catch (ArithmeticException overflow) {
                // beyond a long: multiply as BigDecimals
            }
        }
        return create(amount().multiply(rate.fraction()), currency);
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
        return create(policy.divide(amount(), divisor, currency), currency);
    }

    /**
     * The same amount with the opposite sign.
     *
     * @return {@code -this}
     */
    public Money negate() {
        if (big == null && unscaled != Long.MIN_VALUE) {
            return new Money(-unscaled, scale, null, currency);
        }
        return create(amount().negate(), currency);
    }

    /**
     * The amount without its sign.
     *
     * @return {@code |this|}
     */
    public Money abs() {
        return signum() < 0 ? negate() : this;
    }

    /**
     * This amount rounded by the policy, e.g. EUR 185.1855 → EUR 185.19 with {@link
     * RoundingPolicy#DEFAULT}. Rounding a rounded amount again changes nothing.
     *
     * @param policy the rounding policy, not null
     * @return the rounded amount
     */
    public Money round(RoundingPolicy policy) {
        notNull(policy, "policy");
        int to = big == null ? policy.scaleOrMinusOne(currency) : -1;
        if (to >= 0) {
            // compact and to a scale: round the unscaled long, as BigDecimal.setScale would
            try {
                if (scale > to && scale - to < POWERS_OF_TEN.length) {
                    return compact(LongMath.divide(unscaled, POWERS_OF_TEN[scale - to], policy.mode()), to, currency);
                }
                if (scale <= to && scalable(unscaled, to - scale)) {
                    return new Money(scaleUp(unscaled, to - scale), to, null, currency);
                }
            } catch (ArithmeticException overflow) {
                // scaling the result up to the currency's decimals left a long: round as BigDecimals
            }
        }
        return create(policy.round(amount(), currency), currency);
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
        BigDecimal exact = amount();
        return notNull(policy, "policy").round(exact, currency).compareTo(exact) == 0;
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
        BigDecimal units = amount().movePointRight(currency.getDefaultFractionDigits());
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
        return signum() == 0;
    }

    /**
     * Whether the amount is greater than zero.
     *
     * @return true for a positive amount
     */
    public boolean isPositive() {
        return signum() > 0;
    }

    /**
     * Whether the amount is less than zero.
     *
     * @return true for a negative amount
     */
    public boolean isNegative() {
        return signum() < 0;
    }

    /**
     * Whether the amount is zero or more.
     *
     * @return true unless negative
     */
    public boolean isPositiveOrZero() {
        return signum() >= 0;
    }

    /**
     * Whether the amount is zero or less.
     *
     * @return true unless positive
     */
    public boolean isNegativeOrZero() {
        return signum() <= 0;
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
        return compareValues(sameCurrency(other));
    }

    /**
     * Equal when the currencies are equal and the amounts are equal in value (EUR 1.0 equals EUR
     * 1.00).
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Money that && currency == that.currency && compareValues(that) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode()
                + (signum() == 0 ? 0 : amount().stripTrailingZeros().hashCode());
    }

    /**
     * The currency code, a space and the amount with at least the currency's decimals and no
     * trailing zeros beyond them: {@code "EUR 1234.50"}, {@code "EUR 185.1855"}, {@code "JPY 500"}.
     */
    @Override
    public String toString() {
        BigDecimal shown = amount().stripTrailingZeros();
        int digits = currency.getDefaultFractionDigits();
        if (shown.scale() < digits) {
            shown = shown.setScale(digits);
        }
        return currency.getCurrencyCode() + " " + shown.toPlainString();
    }

    private int signum() {
        return big != null ? big.signum() : Long.signum(unscaled);
    }

    /** Compares the values only (the currency is checked by the caller). */
    private int compareValues(Money that) {
        if (big == null && that.big == null) {
            if (scale == that.scale) {
                return Long.compare(unscaled, that.unscaled);
            }
            int s = Math.max(scale, that.scale);
            if (scalable(unscaled, s - scale) && scalable(that.unscaled, s - that.scale)) {
                return Long.compare(scaleUp(unscaled, s - scale), scaleUp(that.unscaled, s - that.scale));
            }
        }
        return amount().compareTo(that.amount());
    }

    private Money sameCurrency(@Nullable Money other) {
        notNull(other, "other");
        // Currency instances are canonical (one per code), so identity decides.
        if (currency != other.currency) {
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
