package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How much overdue debt weighs by its age (R-CRED-2): each overdue invoice's open amount times the
 * weight of its days past due, so that a large old debt weighs more than a small recent one.
 *
 * <pre>{@code
 * OverdueWeights w = OverdueWeights.standard(); // 1–30 days 25%, 31–60 50%, 61–90 100%, over 90 150%
 * w.weighted(openInvoices); // e.g. 2,000 open 45 days (50%) + 1,000 open 100 days (150%) = 2,500
 * }</pre>
 *
 * <p>Bands are by days past due, each from a day count (inclusive) to the next; invoices not past
 * due weigh nothing; weights never fall as debt ages (so more or older debt never weighs less).
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class OverdueWeights {
    private static final OverdueWeights STANDARD = builder()
            .from(1, Rate.percent(25))
            .from(31, Rate.percent(50))
            .from(61, Rate.percent(100))
            .from(91, Rate.percent(150))
            .build();

    private final ImmutableList<Long> starts;
    private final ImmutableList<Rate> weights;

    private OverdueWeights(ImmutableList<Long> starts, ImmutableList<Rate> weights) {
        this.starts = starts;
        this.weights = weights;
    }

    /**
     * 1–30 days 25%, 31–60 days 50%, 61–90 days 100%, over 90 days 150%.
     *
     * @return the standard weights
     */
    public static OverdueWeights standard() {
        return STANDARD;
    }

    /**
     * A builder with no band.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The weight of a debt so many days past due.
     *
     * @param daysPastDue the days, any
     * @return the weight, 0% below the first band
     */
    public Rate weight(long daysPastDue) {
        Rate w = Rate.ZERO;
        for (int i = 0; i < starts.size(); i++) {
            if (daysPastDue >= starts.get(i)) {
                w = weights.get(i);
            }
        }
        return w;
    }

    /**
     * The weighted overdue of open invoices: {@code Σ open amount × weight(days past due)}, exact.
     *
     * @param open the open invoices, one currency, not null
     * @param zero zero in their currency, not null
     * @return the weighted amount
     */
    public Money weighted(List<OpenInvoice> open, Money zero) {
        notNull(open, "open");
        Money sum = notNull(zero, "zero");
        for (OpenInvoice o : open) {
            Rate w = weight(o.daysPastDue());
            if (!w.isZero()) {
                sum = sum.plus(o.openAmount().times(w));
            }
        }
        return sum;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OverdueWeights that && starts.equals(that.starts) && weights.equals(that.weights);
    }

    @Override
    public int hashCode() {
        return starts.hashCode() * 31 + weights.hashCode();
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            parts.add("from " + starts.get(i) + " days " + weights.get(i));
        }
        return String.join(", ", parts);
    }

    /** Builds {@link OverdueWeights}; a builder is not thread-safe. */
    public static final class Builder {
        private final List<Long> starts = new ArrayList<>();
        private final List<Rate> weights = new ArrayList<>();

        Builder() {}

        /**
         * A band from so many days past due.
         *
         * @param daysPastDue the first day of the band, 1 or more, above the previous band's
         * @param weight the weight, 0% to 1,000%, not below the previous band's, not null
         * @return this builder
         */
        public Builder from(long daysPastDue, Rate weight) {
            notNull(weight, "weight").requireBetween(Rate.ZERO, Rate.percent(1000), "weight");
            argument(daysPastDue >= 1, "daysPastDue must be at least 1: %s", daysPastDue);
            if (!starts.isEmpty()) {
                argument(
                        daysPastDue > starts.get(starts.size() - 1),
                        "bands must rise: %s days after %s",
                        daysPastDue,
                        starts.get(starts.size() - 1));
                argument(
                        !weight.isLessThan(weights.get(weights.size() - 1)),
                        "weights must not fall with age: %s from %s days after %s",
                        weight,
                        daysPastDue,
                        weights.get(weights.size() - 1));
            }
            starts.add(daysPastDue);
            weights.add(weight);
            return this;
        }

        /**
         * The weights.
         *
         * @return the weights
         * @throws IllegalArgumentException if there is no band
         */
        public OverdueWeights build() {
            argument(!starts.isEmpty(), "overdue weights need at least one band");
            return new OverdueWeights(ImmutableList.copyOf(starts), ImmutableList.copyOf(weights));
        }
    }
}
