package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A commission schedule by size (R-PAY-2): contiguous {@link CommissionBand}s from zero upwards,
 * the last one open-ended, each with its rate.
 *
 * <pre>{@code
 * // The seeds' example: 15% on medium transactions, down to 5% on large ones
 * CommissionBands agencyFee = CommissionBands.startingAt(Money.zero(EUR), Rate.percent(15))
 *     .from(Money.of("50000", "EUR"), Rate.percent(5))
 *     .build();
 * agencyFee.band(Money.of("49999.99", "EUR")); // index 0, 15%
 * agencyFee.band(Money.of("50000.00", "EUR")); // index 1, 5%: a boundary starts the next band
 * agencyFee.wholeAmount(Money.of("40000", "EUR")); // EUR 6000.00 (15% of all of it)
 * agencyFee.graduated(Money.of("60000", "EUR"));   // EUR 8000.00 (15% of 50,000 + 5% of 10,000)
 * }</pre>
 *
 * <p><b>Two ways to price an amount</b>: {@link #wholeAmount} applies the rate of the band the
 * amount falls in to all of it, which jumps at every boundary where the rate changes (a {@linkplain
 * #cliffs() cliff}: at 50,000 above, EUR 49,999.99 earns 7,500.00 and EUR 50,000.00 earns 2,500.00);
 * {@link #graduated} prices each slice at its own band's rate, which is continuous and never falls as
 * the amount grows.
 *
 * <p>Rules, checked when built, each an {@link IllegalArgumentException} naming the band: at least
 * one band; the first starts at zero; each starts where the one before ends (no gap, no overlap);
 * only the last is open-ended; one currency; rates 0% to 100%.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class CommissionBands {
    private final ImmutableList<CommissionBand> bands;
    private final Money[] lower;
    private final Rate[] rates;

    private CommissionBands(ImmutableList<CommissionBand> bands) {
        this.bands = bands;
        this.lower = new Money[bands.size()];
        this.rates = new Rate[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
            lower[i] = bands.get(i).fromInclusive();
            rates[i] = bands.get(i).rate();
        }
    }

    /**
     * One rate for every amount.
     *
     * @param rate the rate, 0% to 100%, not null
     * @param currency the currency of the amounts, not null
     * @return a schedule of one open-ended band from zero
     */
    public static CommissionBands flat(Rate rate, Currency currency) {
        notNull(currency, "currency");
        return of(List.of(CommissionBand.from(Money.zero(currency), rate)));
    }

    /**
     * A schedule from its bands, checked for gaps and overlaps.
     *
     * @param bands the bands in ascending order, not null, no null elements
     * @return the schedule
     * @throws IllegalArgumentException if a rule above is broken; the message names the bands
     */
    public static CommissionBands of(List<CommissionBand> bands) {
        notNull(bands, "bands");
        argument(!bands.isEmpty(), "bands must not be empty");
        List<CommissionBand> copy = new ArrayList<>(bands.size());
        for (int i = 0; i < bands.size(); i++) {
            copy.add(notNull(bands.get(i), "bands[" + i + "]"));
        }
        CommissionBand first = copy.get(0);
        argument(
                first.fromInclusive().isZero(),
                "bands[0] must start at zero: %s (an amount below the first band would have no rate)",
                first);
        Currency currency = first.fromInclusive().currency();
        for (int i = 0; i < copy.size(); i++) {
            argument(
                    copy.get(i).fromInclusive().currency().equals(currency),
                    "bands[%s] must be in %s like bands[0]: %s",
                    i,
                    currency.getCurrencyCode(),
                    copy.get(i));
        }
        for (int i = 0; i < copy.size(); i++) {
            CommissionBand band = copy.get(i);
            boolean last = i == copy.size() - 1;
            if (last) {
                argument(
                        band.toExclusive().isEmpty(),
                        "bands[%s], the last band, must be open-ended: %s (amounts above it would have no rate)",
                        i,
                        band);
            } else {
                CommissionBand next = copy.get(i + 1);
                argument(
                        band.toExclusive().isPresent(),
                        "bands[%s] is open-ended but bands[%s] follows it: %s and %s overlap",
                        i,
                        i + 1,
                        band,
                        next);
                Money end = band.toExclusive().get();
                argument(
                        !next.fromInclusive().isSameCurrency(end)
                                || !next.fromInclusive().isLessThan(end),
                        "bands[%s] and bands[%s] overlap: %s and %s",
                        i,
                        i + 1,
                        band,
                        next);
                argument(
                        next.fromInclusive().equals(end),
                        "bands[%s] must start where bands[%s] ends (%s): %s leaves a gap after %s",
                        i + 1,
                        i,
                        end,
                        next,
                        band);
            }
        }
        return new CommissionBands(ImmutableList.copyOf(copy));
    }

    /**
     * A builder whose first band starts at {@code zero}.
     *
     * @param zero zero in the schedule's currency, not null
     * @param rate the first band's rate, 0% to 100%, not null
     * @return the builder
     * @throws IllegalArgumentException if {@code zero} is not zero or the rate out of range
     */
    public static Builder startingAt(Money zero, Rate rate) {
        notNull(zero, "zero");
        argument(zero.isZero(), "the first band must start at zero: %s", zero);
        return new Builder(zero, rate);
    }

    /**
     * The bands, in ascending order.
     *
     * @return the bands
     */
    public ImmutableList<CommissionBand> bands() {
        return bands;
    }

    /**
     * The schedule's currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return lower[0].currency();
    }

    /**
     * The index of the band an amount falls in: the last band whose lower bound is at most the
     * amount. A negative amount is in the first band.
     *
     * @param amount the amount, in the schedule's currency, not null
     * @return the band's index, from 0
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    public int bandIndex(Money amount) {
        requireCurrency(amount);
        int lo = 0;
        int hi = lower.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lower[mid].compareTo(amount) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The band an amount falls in.
     *
     * @param amount the amount, in the schedule's currency, not null
     * @return the band
     */
    public CommissionBand band(Money amount) {
        return bands.get(bandIndex(amount));
    }

    /**
     * The whole amount at the rate of its band: {@code rate(band(amount)) × amount}, exact.
     *
     * @param amount the amount, not negative, in the schedule's currency, not null
     * @return the commission
     */
    public Money wholeAmount(Money amount) {
        requireNotNegative(amount);
        return amount.times(rates[bandIndex(amount)]);
    }

    /**
     * Each slice of the amount at its own band's rate: {@code Σ rate_i × (part of the amount in
     * band i)}, exact. Continuous and non-decreasing in the amount.
     *
     * @param amount the amount, not negative, in the schedule's currency, not null
     * @return the commission
     */
    public Money graduated(Money amount) {
        Money total = Money.zero(currency());
        for (Money slice : slices(amount)) {
            total = total.plus(slice);
        }
        return total;
    }

    /**
     * The graduated commission band by band: element {@code i} is band i's rate times the part of
     * the amount that falls in band i (zero for bands above the amount).
     *
     * @param amount the amount, not negative, in the schedule's currency, not null
     * @return one commission per band, adding up to {@link #graduated}
     */
    public ImmutableList<Money> slices(Money amount) {
        requireNotNegative(amount);
        Money[] out = new Money[lower.length];
        sliceInto(amount, Money.zero(currency()), out);
        return ImmutableList.copyOf(out);
    }

    /**
     * Puts into {@code out[i]} the commission of the part of {@code [offset, offset + amount)} that
     * falls in band i, for graduated pricing that starts at a volume already reached.
     */
    void sliceInto(Money amount, Money offset, Money[] out) {
        Money zero = Money.zero(currency());
        Money start = offset;
        Money end = offset.plus(amount);
        for (int i = 0; i < lower.length; i++) {
            Money bandStart = lower[i];
            @Nullable Money bandEnd = i + 1 < lower.length ? lower[i + 1] : null;
            Money lo = Money.max(start, bandStart);
            Money hi = bandEnd == null ? end : Money.min(end, bandEnd);
            out[i] = hi.isGreaterThan(lo) ? hi.minus(lo).times(rates[i]) : zero;
        }
    }

    /**
     * The boundaries where {@link #wholeAmount} jumps because the rate changes: each band after the
     * first whose rate differs from the band before.
     *
     * @return the indexes of those bands, ascending
     */
    public ImmutableList<Integer> cliffs() {
        ImmutableList.Builder<Integer> out = ImmutableList.builder();
        for (int i = 1; i < rates.length; i++) {
            if (rates[i].compareTo(rates[i - 1]) != 0) {
                out.add(i);
            }
        }
        return out.build();
    }

    Rate rate(int index) {
        return rates[index];
    }

    int size() {
        return rates.length;
    }

    private void requireNotNegative(Money amount) {
        requireCurrency(amount);
        argument(amount.isPositiveOrZero(), "amount must not be negative: %s", amount);
    }

    private void requireCurrency(Money amount) {
        notNull(amount, "amount");
        if (!amount.currency().equals(currency())) {
            throw new CurrencyMismatchException(currency(), amount.currency());
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CommissionBands that && bands.equals(that.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    /**
     * The bands in words.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return bands.toString();
    }

    /** Builds {@link CommissionBands} from thresholds; a builder is not thread-safe. */
    public static final class Builder {
        private final List<Money> starts = new ArrayList<>();
        private final List<Rate> rates = new ArrayList<>();

        Builder(Money zero, Rate rate) {
            starts.add(zero);
            rates.add(notNull(rate, "rate").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "rate"));
        }

        /**
         * Starts a new band at a threshold.
         *
         * @param fromInclusive the new band's lower bound, above the previous one, same currency,
         *     not null
         * @param rate the new band's rate, 0% to 100%, not null
         * @return this builder
         * @throws IllegalArgumentException if the threshold is not above the previous one
         */
        public Builder from(Money fromInclusive, Rate rate) {
            notNull(fromInclusive, "fromInclusive");
            notNull(rate, "rate").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "rate");
            Money previous = starts.get(starts.size() - 1);
            argument(
                    fromInclusive.isSameCurrency(previous),
                    "fromInclusive must be in %s: %s",
                    previous.currency().getCurrencyCode(),
                    fromInclusive);
            argument(
                    fromInclusive.isGreaterThan(previous),
                    "band thresholds must rise: %s is not above %s (bands would overlap)",
                    fromInclusive,
                    previous);
            starts.add(fromInclusive);
            rates.add(rate);
            return this;
        }

        /**
         * The schedule.
         *
         * @return the bands
         */
        public CommissionBands build() {
            List<CommissionBand> bands = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                bands.add(
                        i + 1 < starts.size()
                                ? CommissionBand.of(starts.get(i), starts.get(i + 1), rates.get(i))
                                : CommissionBand.from(starts.get(i), rates.get(i)));
            }
            return of(bands);
        }
    }
}
