package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A rate: a percentage or fraction such as a commission of 15%, a discount of 12.5% or a share of
 * 0.25, kept exact.
 *
 * <pre>{@code
 * Rate commission = Rate.percent("15");          // 15%, fraction 0.15
 * Money fee = commission.of(Money.of("200", "EUR")); // EUR 30.00
 * Rate net = Rate.percent("10").complement();    // 90%
 * }</pre>
 *
 * <p><b>Sign.</b> {@link #percent(String)} and {@link #ofFraction(String)} refuse negative values,
 * because almost every rate in the domain (commission, discount, share, limit) is non-negative. A
 * signed rate — a surcharge written as a negative discount, a negative growth — must be asked for
 * with {@link #signedPercent(String)} or {@link #signedFraction(String)}. Arithmetic ({@link
 * #minus}) may produce a negative rate; an engine that needs a non-negative one checks it with
 * {@link #requireBetween(Rate, Rate, String)}. There is no upper bound: 150% attainment is a rate.
 *
 * <p><b>Equality is by value</b>: 15% equals 15.0% (fraction 0.15 equals 0.150).
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Rate implements Comparable<Rate> {
    /** 0%. */
    public static final Rate ZERO = new Rate(BigDecimal.ZERO);

    /** 100%, the whole. */
    public static final Rate ONE_HUNDRED_PERCENT = new Rate(BigDecimal.ONE);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal fraction;
    // The fraction as unscaled × 10^-scale when it fits a long, so that Money.times(Rate) can
    // multiply two longs instead of two BigDecimals (see Money's representation).
    private final boolean compact;
    private final long unscaled;

    private Rate(BigDecimal fraction) {
        this.fraction = fraction;
        this.compact = fraction.precision() <= Money.MAX_COMPACT_DIGITS;
        this.unscaled = compact ? fraction.unscaledValue().longValue() : 0L;
    }

    /**
     * A non-negative percentage: {@code percent("15")} is 15%, fraction 0.15.
     *
     * @param percent the percentage as a decimal number, not negative, not null
     * @return the rate
     */
    public static Rate percent(String percent) {
        return percent(parse(percent, "percent"));
    }

    /**
     * A non-negative percentage: {@code percent(new BigDecimal("12.5"))} is 12.5%.
     *
     * @param percent the percentage, not negative, not null
     * @return the rate
     */
    public static Rate percent(BigDecimal percent) {
        decimal(percent, "percent");
        argument(
                percent.signum() >= 0,
                "percent must not be negative: %s (use Rate.signedPercent where a negative rate is meant)",
                percent.toPlainString());
        return new Rate(percent.movePointLeft(2));
    }

    /**
     * A non-negative whole percentage: {@code percent(15)} is 15%.
     *
     * @param percent the percentage, not negative
     * @return the rate
     */
    public static Rate percent(long percent) {
        return percent(BigDecimal.valueOf(percent));
    }

    /**
     * A non-negative fraction: {@code ofFraction("0.15")} is 15%.
     *
     * @param fraction the fraction, not negative, not null
     * @return the rate
     */
    public static Rate ofFraction(String fraction) {
        return ofFraction(parse(fraction, "fraction"));
    }

    /**
     * A non-negative fraction: {@code ofFraction(new BigDecimal("0.15"))} is 15%.
     *
     * @param fraction the fraction, not negative, not null
     * @return the rate
     */
    public static Rate ofFraction(BigDecimal fraction) {
        decimal(fraction, "fraction");
        argument(
                fraction.signum() >= 0,
                "fraction must not be negative: %s (use Rate.signedFraction where a negative rate is meant)",
                fraction.toPlainString());
        return new Rate(fraction);
    }

    /**
     * A percentage of either sign, for surcharges, negative growth and the like: {@code
     * signedPercent("-5")} is −5%.
     *
     * @param percent the percentage, not null
     * @return the rate
     */
    public static Rate signedPercent(String percent) {
        return new Rate(parse(percent, "percent").movePointLeft(2));
    }

    /**
     * A fraction of either sign: {@code signedFraction("-0.05")} is −5%.
     *
     * @param fraction the fraction, not null
     * @return the rate
     */
    public static Rate signedFraction(String fraction) {
        return new Rate(parse(fraction, "fraction"));
    }

    /**
     * A fraction of either sign: {@code signedFraction(new BigDecimal("-0.05"))} is −5%.
     *
     * @param fraction the fraction, not null
     * @return the rate
     */
    public static Rate signedFraction(BigDecimal fraction) {
        return new Rate(decimal(fraction, "fraction"));
    }

    /**
     * The ratio of a part to a whole, rounded to the given precision: {@code ratio(1, 3,
     * MathContext.DECIMAL64)} is 33.33…%. Both may be of either sign.
     *
     * @param part the numerator, not null
     * @param whole the denominator, not zero, not null
     * @param precision how many significant digits to keep and how to round, not null, not
     *     unlimited, not rounding {@code UNNECESSARY}
     * @return the rate {@code part / whole}
     */
    public static Rate ratio(BigDecimal part, BigDecimal whole, MathContext precision) {
        decimal(part, "part");
        decimal(whole, "whole");
        notNull(precision, "precision");
        argument(whole.signum() != 0, "whole must not be zero: %s", whole);
        argument(precision.getPrecision() > 0, "precision must be limited: %s", precision);
        argument(
                precision.getRoundingMode() != RoundingMode.UNNECESSARY,
                "precision must not round UNNECESSARY: %s",
                precision);
        return new Rate(part.divide(whole, precision));
    }

    private static BigDecimal parse(@Nullable String text, String field) {
        notNull(text, field);
        try {
            return decimal(new BigDecimal(text.strip()), field);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a decimal number: '" + text + "'", e);
        }
    }

    /**
     * The rate as a fraction: 15% is 0.15.
     *
     * @return the fraction
     */
    public BigDecimal fraction() {
        return fraction;
    }

    /** Whether {@link #unscaled()} and {@link #scale()} hold the fraction exactly. */
    boolean isCompact() {
        return compact;
    }

    /** The fraction's unscaled value, when {@link #isCompact()}. */
    long unscaled() {
        return unscaled;
    }

    /** The fraction's scale. */
    int scale() {
        return fraction.scale();
    }

    /**
     * The rate as a percentage: 0.15 is 15.
     *
     * @return the percentage
     */
    public BigDecimal toPercent() {
        return fraction.movePointRight(2);
    }

    /**
     * This rate applied to an amount, exactly: 15% of EUR 200.00 is EUR 30.0000 (equal to EUR
     * 30.00).
     *
     * @param amount the amount, not null
     * @return {@code amount × fraction}, unrounded
     */
    public Money of(Money amount) {
        return notNull(amount, "amount").times(this);
    }

    /**
     * The sum of two rates: 10% + 5% = 15%.
     *
     * @param other the rate to add, not null
     * @return the sum
     */
    public Rate plus(Rate other) {
        return new Rate(fraction.add(notNull(other, "other").fraction));
    }

    /**
     * The difference of two rates: 10% − 15% = −5%.
     *
     * @param other the rate to subtract, not null
     * @return the difference, possibly negative
     */
    public Rate minus(Rate other) {
        return new Rate(fraction.subtract(notNull(other, "other").fraction));
    }

    /**
     * The product of two rates: 50% of 20% is 10%.
     *
     * @param other the other rate, not null
     * @return the product
     */
    public Rate times(Rate other) {
        return new Rate(fraction.multiply(notNull(other, "other").fraction));
    }

    /**
     * This rate multiplied by a factor: 5% × 3 = 15%.
     *
     * @param factor the factor, not null
     * @return the product
     */
    public Rate times(BigDecimal factor) {
        return new Rate(fraction.multiply(decimal(factor, "factor")));
    }

    /**
     * What is left of the whole: the complement of a 15% discount is the 85% the client pays.
     * Compounding two discounts of 10% and 5% is {@code d1.complement().times(d2.complement())
     * .complement()} = 14.5%.
     *
     * @return {@code 100% − this}
     */
    public Rate complement() {
        return new Rate(BigDecimal.ONE.subtract(fraction));
    }

    /**
     * The same rate with the opposite sign.
     *
     * @return {@code −this}
     */
    public Rate negate() {
        return new Rate(fraction.negate());
    }

    /**
     * Whether the rate is 0%.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return fraction.signum() == 0;
    }

    /**
     * Whether the rate is below 0%.
     *
     * @return true for a negative rate
     */
    public boolean isNegative() {
        return fraction.signum() < 0;
    }

    /**
     * Whether the rate is above 0%.
     *
     * @return true for a positive rate
     */
    public boolean isPositive() {
        return fraction.signum() > 0;
    }

    /**
     * Whether this rate is greater than another.
     *
     * @param other the rate to compare with, not null
     * @return {@code this > other}
     */
    public boolean isGreaterThan(Rate other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this rate is less than another.
     *
     * @param other the rate to compare with, not null
     * @return {@code this < other}
     */
    public boolean isLessThan(Rate other) {
        return compareTo(other) < 0;
    }

    /**
     * Returns this rate if it lies in {@code [minInclusive, maxInclusive]}, else fails naming the
     * field: {@code discount.requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "maxDiscount")}.
     *
     * @param minInclusive the lowest allowed rate, not null
     * @param maxInclusive the highest allowed rate, not null
     * @param field the name of the field the rate is for, used in the message, not null
     * @return this rate
     * @throws IllegalArgumentException if the rate is out of range
     */
    public Rate requireBetween(Rate minInclusive, Rate maxInclusive, String field) {
        notNull(minInclusive, "minInclusive");
        notNull(maxInclusive, "maxInclusive");
        notNull(field, "field");
        argument(
                minInclusive.compareTo(maxInclusive) <= 0,
                "minInclusive must not exceed maxInclusive: %s > %s",
                minInclusive,
                maxInclusive);
        argument(
                compareTo(minInclusive) >= 0 && compareTo(maxInclusive) <= 0,
                "%s must be between %s and %s: %s",
                field,
                minInclusive,
                maxInclusive,
                this);
        return this;
    }

    /**
     * Compares by value.
     *
     * @param other the rate to compare with, not null
     * @return negative, zero or positive as this is less than, equal to or greater than other
     */
    @Override
    public int compareTo(Rate other) {
        return fraction.compareTo(notNull(other, "other").fraction);
    }

    /** Equal when the fractions are equal in value (0.15 equals 0.150). */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Rate that && fraction.compareTo(that.fraction) == 0;
    }

    @Override
    public int hashCode() {
        return fraction.signum() == 0 ? 0 : fraction.stripTrailingZeros().hashCode();
    }

    /** The percentage without trailing zeros and a percent sign: {@code "15%"}, {@code "-2.5%"}. */
    @Override
    public String toString() {
        BigDecimal percent = toPercent().stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
    }
}
