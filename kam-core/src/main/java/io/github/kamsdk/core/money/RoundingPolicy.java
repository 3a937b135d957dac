package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an exact amount becomes a payable or quotable one: to which step and in which direction.
 *
 * <p>Three kinds of step:
 *
 * <ul>
 *   <li>the currency's minor unit ({@link #DEFAULT}: HALF_EVEN, so EUR 2.345 becomes EUR 2.34,
 *       JPY 1234.5 becomes JPY 1234 and BHD 1.2345 becomes BHD 1.234 — the Bahraini dinar has three
 *       decimals);
 *   <li>a fixed number of decimals ({@link #toScale(int, RoundingMode)}), e.g. four decimals for a
 *       unit price;
 *   <li>an increment ({@link #toIncrement(BigDecimal, RoundingMode)}), e.g. Swiss cash rounding to
 *       0.05: CHF 10.024 becomes CHF 10.00 and CHF 10.025 becomes CHF 10.05 with HALF_UP.
 * </ul>
 *
 * <p>{@link RoundingMode#UNNECESSARY} is refused: to test whether an amount is already rounded use
 * {@link Money#isRounded(RoundingPolicy)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundingPolicy {
    private static final int MAX_SCALE = 18;

    /** HALF_EVEN (banker's rounding) to the currency's minor unit: the SDK's default. */
    public static final RoundingPolicy DEFAULT = new RoundingPolicy(null, null, RoundingMode.HALF_EVEN);

    private final @Nullable Integer scale;
    private final @Nullable BigDecimal increment;
    private final RoundingMode mode;

    private RoundingPolicy(@Nullable Integer scale, @Nullable BigDecimal increment, RoundingMode mode) {
        this.scale = scale;
        this.increment = increment;
        this.mode = mode;
    }

    /**
     * Rounds to the currency's minor unit (2 decimals for EUR, 0 for JPY, 3 for BHD).
     *
     * @param mode the direction, not null, not {@code UNNECESSARY}
     * @return the policy
     */
    public static RoundingPolicy toMinorUnit(RoundingMode mode) {
        return new RoundingPolicy(null, null, checkMode(mode));
    }

    /**
     * Rounds to a fixed number of decimals whatever the currency, e.g. 4 for unit prices.
     *
     * @param scale the number of decimals, 0 to 18
     * @param mode the direction, not null, not {@code UNNECESSARY}
     * @return the policy
     */
    public static RoundingPolicy toScale(int scale, RoundingMode mode) {
        argument(scale >= 0 && scale <= MAX_SCALE, "scale must be between 0 and %s: %s", MAX_SCALE, scale);
        return new RoundingPolicy(scale, null, checkMode(mode));
    }

    /**
     * Rounds to a multiple of an increment, e.g. 0.05 for Swiss cash amounts or 100 for a price
     * rounded to whole hundreds.
     *
     * @param increment the step, positive, not null
     * @param mode the direction, not null, not {@code UNNECESSARY}
     * @return the policy
     */
    public static RoundingPolicy toIncrement(BigDecimal increment, RoundingMode mode) {
        decimal(increment, "increment");
        argument(increment.signum() > 0, "increment must be positive: %s", increment.toPlainString());
        return new RoundingPolicy(null, increment.stripTrailingZeros(), checkMode(mode));
    }

    private static RoundingMode checkMode(@Nullable RoundingMode mode) {
        notNull(mode, "mode");
        argument(
                mode != RoundingMode.UNNECESSARY,
                "mode must not be UNNECESSARY: use Money.isRounded(policy) to test an amount");
        return mode;
    }

    /**
     * The direction of rounding.
     *
     * @return the rounding mode, not null
     */
    public RoundingMode mode() {
        return mode;
    }

    /**
     * The same step (minor unit, scale or increment) rounded in another direction: a policy that
     * rounds half even to 0.05 becomes one that rounds down to 0.05.
     *
     * @param mode the direction, not null, not {@code UNNECESSARY}
     * @return the policy with that direction
     */
    public RoundingPolicy withMode(RoundingMode mode) {
        return new RoundingPolicy(scale, increment, checkMode(mode));
    }

    /**
     * Rounds an amount of the given currency by this policy.
     *
     * @param amount the exact amount, not null
     * @param currency the currency whose minor unit may define the step, not null
     * @return the rounded amount
     */
    BigDecimal round(BigDecimal amount, Currency currency) {
        if (increment != null) {
            return amount.divide(increment, 0, mode).multiply(increment);
        }
        return amount.setScale(scaleFor(currency), mode);
    }

    /**
     * Divides and rounds in one exact step (no intermediate rounding).
     *
     * @param dividend the amount to divide
     * @param divisor a non-zero divisor
     * @param currency the amount's currency
     * @return the quotient rounded by this policy
     */
    BigDecimal divide(BigDecimal dividend, BigDecimal divisor, Currency currency) {
        if (increment != null) {
            return dividend.divide(divisor.multiply(increment), 0, mode).multiply(increment);
        }
        return dividend.divide(divisor, scaleFor(currency), mode);
    }

    /**
     * The scale this policy rounds to in the currency, or -1 when it rounds to an increment (which
     * only BigDecimal arithmetic handles).
     */
    int scaleOrMinusOne(Currency currency) {
        return increment != null ? -1 : scaleFor(currency);
    }

    private int scaleFor(Currency currency) {
        return scale != null ? scale : currency.getDefaultFractionDigits();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RoundingPolicy that
                && Objects.equals(scale, that.scale)
                && Objects.equals(increment, that.increment)
                && mode == that.mode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, increment, mode);
    }

    /** Returns e.g. {@code "HALF_EVEN to the minor unit"}, {@code "HALF_UP to 0.05"}. */
    @Override
    public String toString() {
        if (increment != null) {
            return mode + " to " + increment.toPlainString();
        }
        return scale != null ? mode + " to " + scale + " decimals" : mode + " to the minor unit";
    }
}
