package io.github.kamsdk.core.time;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * An exact fraction of a period, in days: 10 days of a 31-day month is 10/31. Kept as a reduced
 * fraction of whole numbers, so the prorations of the pieces of a period always add up to exactly
 * 1 — a decimal such as 0.3225806… could not promise that.
 *
 * <pre>{@code
 * Proration first = DateRange.of(jan1, jan11).prorationOf(january);   // 10/31
 * Proration rest = DateRange.of(jan11, feb1).prorationOf(january);    // 21/31
 * first.plus(rest).isOne();                                           // true
 * first.applyTo(Money.of("3000", "EUR"), RoundingPolicy.DEFAULT);     // EUR 967.74
 * }</pre>
 *
 * <p>To spread one amount over pieces so that the amounts add up too, use {@link
 * DateRange#prorate}.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Proration implements Comparable<Proration> {
    /** Nothing of the period: 0/1. */
    public static final Proration ZERO = new Proration(BigInteger.ZERO, BigInteger.ONE);

    /** The whole period: 1/1. */
    public static final Proration ONE = new Proration(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Proration(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * The fraction {@code days / totalDays}, reduced.
     *
     * @param days the days counted, 0 to {@code totalDays}
     * @param totalDays the days of the whole period, at least 1
     * @return the proration
     */
    public static Proration ofDays(long days, long totalDays) {
        argument(totalDays >= 1, "totalDays must be at least 1: %s", totalDays);
        argument(days >= 0 && days <= totalDays, "days must be between 0 and totalDays (%s): %s", totalDays, days);
        return reduced(BigInteger.valueOf(days), BigInteger.valueOf(totalDays));
    }

    private static Proration reduced(BigInteger numerator, BigInteger denominator) {
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
            return numerator.signum() == 0 ? ZERO : new Proration(numerator, denominator);
        }
        return new Proration(numerator.divide(gcd), denominator.divide(gcd));
    }

    /**
     * The numerator of the reduced fraction.
     *
     * @return at least 0
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * The denominator of the reduced fraction.
     *
     * @return at least 1
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * The exact sum: 10/31 + 21/31 = 1. The sum may exceed 1 when prorations of overlapping pieces
     * are added.
     *
     * @param other the proration to add, not null
     * @return the sum, reduced
     */
    public Proration plus(Proration other) {
        notNull(other, "other");
        return reduced(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * Whether this is exactly nothing.
     *
     * @return true for 0
     */
    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /**
     * Whether this is exactly the whole.
     *
     * @return true for 1
     */
    public boolean isOne() {
        return numerator.equals(denominator);
    }

    /**
     * The fraction as a decimal to a given precision: 10/31 to 4 digits is 0.3226.
     *
     * @param precision significant digits and rounding, limited, not null; with {@link
     *     java.math.RoundingMode#UNNECESSARY} only if the fraction fits the digits exactly
     * @return the decimal
     * @throws IllegalArgumentException if the precision is unlimited, or its rounding mode is
     *     {@code UNNECESSARY} and the fraction does not fit its digits
     */
    public BigDecimal toBigDecimal(MathContext precision) {
        notNull(precision, "precision");
        argument(precision.getPrecision() > 0, "precision must be limited: %s", precision);
        try {
            return new BigDecimal(numerator).divide(new BigDecimal(denominator), precision);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "precision must round " + this + " (rounding is necessary): " + precision, e);
        }
    }

    /**
     * The fraction as a rate to a given precision: 1/4 is 25%.
     *
     * @param precision significant digits and rounding, limited, not null; with {@link
     *     java.math.RoundingMode#UNNECESSARY} only if the fraction fits the digits exactly
     * @return the rate
     * @throws IllegalArgumentException as {@link #toBigDecimal(MathContext)}
     */
    public Rate toRate(MathContext precision) {
        return Rate.ofFraction(toBigDecimal(precision));
    }

    /**
     * This share of an amount, rounded once by the policy: 10/31 of EUR 3,000.00 is EUR 967.74
     * (exactly 967.7419…).
     *
     * @param amount the amount for the whole period, not null
     * @param policy how to round, not null
     * @return {@code amount × numerator / denominator}, rounded
     */
    public Money applyTo(Money amount, RoundingPolicy policy) {
        notNull(amount, "amount");
        notNull(policy, "policy");
        return amount.times(new BigDecimal(numerator)).dividedBy(new BigDecimal(denominator), policy);
    }

    /**
     * Compares by value.
     *
     * @param other the proration, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Proration other) {
        notNull(other, "other");
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** Equal when equal in value: 10/30 equals 1/3 (both are kept reduced). */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Proration that
                && numerator.equals(that.numerator)
                && denominator.equals(that.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** The reduced fraction, e.g. {@code "10/31"}. */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
