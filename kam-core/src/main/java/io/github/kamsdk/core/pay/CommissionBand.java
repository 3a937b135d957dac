package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One size band of a commission schedule: from an amount (inclusive) up to another (exclusive), at
 * a rate.
 *
 * <pre>{@code
 * CommissionBand medium = CommissionBand.of(Money.of("10000", "EUR"), Money.of("50000", "EUR"), Rate.percent(15));
 * medium.contains(Money.of("10000", "EUR")); // true: the lower bound is in the band
 * medium.contains(Money.of("50000", "EUR")); // false: the upper bound starts the next band
 * }</pre>
 *
 * <p><b>Boundaries</b>: half-open {@code [from, to)}, like {@link io.github.kamsdk.core.time.DateRange}:
 * an amount exactly on a boundary belongs to the band that starts there.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class CommissionBand {
    private final Money from;
    private final @Nullable Money to;
    private final Rate rate;

    private CommissionBand(Money from, @Nullable Money to, Rate rate) {
        this.from = from;
        this.to = to;
        this.rate = rate;
    }

    /**
     * A bounded band {@code [from, to)}.
     *
     * @param fromInclusive the lowest amount in the band, not negative, not null
     * @param toExclusive the first amount above the band, above {@code fromInclusive}, same currency,
     *     not null
     * @param rate the band's rate, 0% to 100%, not null
     * @return the band
     * @throws IllegalArgumentException if a bound is negative, the bounds are reversed or empty or in
     *     two currencies, or the rate is out of range
     */
    public static CommissionBand of(Money fromInclusive, Money toExclusive, Rate rate) {
        notNull(toExclusive, "toExclusive");
        CommissionBand band = new CommissionBand(checkFrom(fromInclusive), toExclusive, checkRate(rate));
        argument(
                toExclusive.isSameCurrency(fromInclusive),
                "toExclusive must be in the currency of fromInclusive %s: %s",
                fromInclusive.currency().getCurrencyCode(),
                toExclusive);
        argument(
                toExclusive.isGreaterThan(fromInclusive),
                "toExclusive must be above fromInclusive: [%s, %s)",
                fromInclusive,
                toExclusive);
        return band;
    }

    /**
     * An open-ended band {@code [from, ∞)}.
     *
     * @param fromInclusive the lowest amount in the band, not negative, not null
     * @param rate the band's rate, 0% to 100%, not null
     * @return the band
     */
    public static CommissionBand from(Money fromInclusive, Rate rate) {
        return new CommissionBand(checkFrom(fromInclusive), null, checkRate(rate));
    }

    private static Money checkFrom(Money from) {
        notNull(from, "fromInclusive");
        argument(from.isPositiveOrZero(), "fromInclusive must not be negative: %s", from);
        return from;
    }

    private static Rate checkRate(Rate rate) {
        notNull(rate, "rate");
        return rate.requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "rate");
    }

    /**
     * The lowest amount in the band.
     *
     * @return the lower bound, inclusive
     */
    public Money fromInclusive() {
        return from;
    }

    /**
     * The first amount above the band, if the band is bounded.
     *
     * @return the upper bound, exclusive, or empty for the last band
     */
    public Optional<Money> toExclusive() {
        return Optional.ofNullable(to);
    }

    /**
     * The band's rate.
     *
     * @return the rate
     */
    public Rate rate() {
        return rate;
    }

    /**
     * Whether an amount falls in the band: {@code from <= amount < to}.
     *
     * @param amount the amount, in the band's currency, not null
     * @return true if in the band
     */
    public boolean contains(Money amount) {
        notNull(amount, "amount");
        return !amount.isLessThan(from) && (to == null || amount.isLessThan(to));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CommissionBand that
                && from.equals(that.from)
                && Objects.equals(to, that.to)
                && rate.equals(that.rate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, rate);
    }

    /**
     * The band in words: {@code "[EUR 10000.00, EUR 50000.00) at 15%"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "[" + from + ", " + (to == null ? "∞" : to.toString()) + ") at " + rate;
    }
}
