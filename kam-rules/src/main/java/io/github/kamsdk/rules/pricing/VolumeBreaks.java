package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Volume breaks (R-DISC-4): quantity bands from zero, each with a percentage off the column price or
 * a unit price of its own, priced {@link BreakSemantics#SLAB slab} or {@link BreakSemantics#RANGE
 * range} over the quantity a {@link BreakAggregation} says.
 *
 * <pre>{@code
 * VolumeBreaks breaks = VolumeBreaks.percentOff(BreakSemantics.SLAB, BreakAggregation.LINE)
 *     .from("10", Rate.percent(5))    // 10 to 49 units: 5% off
 *     .from("50", Rate.percent(10))   // 50 and more: 10% off
 *     .build();                       // 0 to 9 units: no break
 * }</pre>
 *
 * <p><b>Boundaries</b>: a band is {@code [from, next from)}: exactly 10 units are in the band from
 * 10. Quantities are in base units and taken as absolute values (a return is priced like the sale).
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class VolumeBreaks {
    private final BreakSemantics semantics;
    private final BreakAggregation aggregation;
    private final ImmutableList<BigDecimal> starts;
    private final @Nullable ImmutableList<Rate> percents;
    private final @Nullable ImmutableList<Money> prices;

    private VolumeBreaks(
            BreakSemantics semantics,
            BreakAggregation aggregation,
            ImmutableList<BigDecimal> starts,
            @Nullable ImmutableList<Rate> percents,
            @Nullable ImmutableList<Money> prices) {
        this.semantics = semantics;
        this.aggregation = aggregation;
        this.starts = starts;
        this.percents = percents;
        this.prices = prices;
    }

    /**
     * Breaks that take percentages off the column price; below the first threshold nothing is off.
     *
     * @param semantics slab or range, not null
     * @param aggregation which quantity, not null
     * @return a builder
     */
    public static PercentBuilder percentOff(BreakSemantics semantics, BreakAggregation aggregation) {
        return new PercentBuilder(notNull(semantics, "semantics"), notNull(aggregation, "aggregation"));
    }

    /**
     * Breaks that set unit prices; below the first threshold the column price applies.
     *
     * @param semantics slab or range, not null
     * @param aggregation which quantity, not null
     * @return a builder
     */
    public static PriceBuilder unitPrices(BreakSemantics semantics, BreakAggregation aggregation) {
        return new PriceBuilder(notNull(semantics, "semantics"), notNull(aggregation, "aggregation"));
    }

    /**
     * Slab or range.
     *
     * @return the semantics
     */
    public BreakSemantics semantics() {
        return semantics;
    }

    /**
     * Which quantity the breaks look at.
     *
     * @return the aggregation
     */
    public BreakAggregation aggregation() {
        return aggregation;
    }

    /**
     * The bands' lower bounds, from zero, rising.
     *
     * @return the thresholds
     */
    public ImmutableList<BigDecimal> thresholds() {
        return starts;
    }

    /**
     * Whether the bands take percentages off (else they set unit prices).
     *
     * @return true for percentages
     */
    public boolean isPercentOff() {
        return percents != null;
    }

    /** The currency of unit-price breaks; empty for percentage breaks. */
    java.util.Optional<java.util.Currency> currency() {
        return prices == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(prices.get(1).currency());
    }

    /** The index of the band a position falls in. */
    int band(BigDecimal position) {
        int b = 0;
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i).compareTo(position) <= 0) {
                b = i;
            }
        }
        return b;
    }

    /** The price of a band's units, per unit, given the column price. */
    Money unitPrice(int band, Money columnPrice) {
        if (percents != null) {
            Rate off = percents.get(band);
            return off.isZero() ? columnPrice : columnPrice.minus(columnPrice.times(off));
        }
        return band == 0 ? columnPrice : notNull(prices, "prices").get(band);
    }

    /** A band's unit price times the quantity: the column amount itself at the column price. */
    private static Money times(Money unitPrice, Money columnPrice, Money columnAmount, BigDecimal quantity) {
        return unitPrice == columnPrice ? columnAmount : unitPrice.times(quantity);
    }

    /** A band in words. */
    String describe(int band) {
        String range = "[" + starts.get(band).toPlainString() + ", "
                + (band + 1 < starts.size() ? starts.get(band + 1).toPlainString() : "∞") + ")";
        if (percents != null) {
            return range + " at " + percents.get(band) + " off";
        }
        return band == 0
                ? range + " at the column price"
                : range + " at " + notNull(prices, "prices").get(band);
    }

    /**
     * The amount of {@code quantity} units placed at positions {@code [offset, offset + quantity)}
     * (slab) or all at the band of {@code total} (range). {@code columnAmount} is {@code
     * columnPrice × quantity}, given so that units all at the column price need no multiplication.
     */
    Money amount(
            BigDecimal quantity,
            BigDecimal offset,
            BigDecimal total,
            Money columnPrice,
            Money columnAmount,
            @Nullable List<String> steps) {
        if (semantics == BreakSemantics.RANGE) {
            int b = band(total);
            if (steps != null) {
                steps.add(quantity.toPlainString() + " units, all in band " + describe(b) + " (quantity counted "
                        + total.toPlainString() + ")");
            }
            return times(unitPrice(b, columnPrice), columnPrice, columnAmount, quantity);
        }
        boolean fromZero = offset.signum() == 0; // no units before these: the first is in the first band
        BigDecimal end = fromZero ? quantity : offset.add(quantity);
        if (steps == null) {
            // all the units in one band (most lines): that band's price times the quantity, the
            // same amount as the sum below, which would add it to zero
            int first = fromZero ? 0 : band(offset);
            if (first + 1 == starts.size() || end.compareTo(starts.get(first + 1)) <= 0) {
                return times(unitPrice(first, columnPrice), columnPrice, columnAmount, quantity);
            }
        }
        Money sum = Money.zero(columnPrice.currency());
        for (int i = 0; i < starts.size(); i++) {
            BigDecimal lo = offset.max(starts.get(i));
            BigDecimal hi = i + 1 < starts.size() ? end.min(starts.get(i + 1)) : end;
            if (hi.compareTo(lo) > 0) {
                BigDecimal units = hi.subtract(lo);
                sum = sum.plus(unitPrice(i, columnPrice).times(units));
                if (steps != null) {
                    steps.add(units.toPlainString() + " units in band " + describe(i));
                }
            }
        }
        return sum;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VolumeBreaks that
                && semantics == that.semantics
                && aggregation == that.aggregation
                && starts.equals(that.starts)
                && Objects.equals(percents, that.percents)
                && Objects.equals(prices, that.prices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(semantics, aggregation, starts, percents, prices);
    }

    @Override
    public String toString() {
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            bands.add(describe(i));
        }
        return semantics + " breaks on the " + aggregation + " quantity: " + String.join(", ", bands);
    }

    private static BigDecimal threshold(@Nullable String text, List<BigDecimal> starts) {
        notNull(text, "fromInclusive");
        BigDecimal from;
        try {
            from = decimal(new BigDecimal(text.strip()), "fromInclusive");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fromInclusive must be a decimal number: '" + text + "'", e);
        }
        BigDecimal last = starts.get(starts.size() - 1);
        argument(
                from.compareTo(last) > 0,
                "break thresholds must rise: %s is not above %s (bands would overlap)",
                from.toPlainString(),
                last.toPlainString());
        return from;
    }

    /** Builds percentage breaks; a builder is not thread-safe. */
    public static final class PercentBuilder {
        private final BreakSemantics semantics;
        private final BreakAggregation aggregation;
        private final List<BigDecimal> starts = new ArrayList<>(List.of(BigDecimal.ZERO));
        private final List<Rate> percents = new ArrayList<>(List.of(Rate.ZERO));

        PercentBuilder(BreakSemantics semantics, BreakAggregation aggregation) {
            this.semantics = semantics;
            this.aggregation = aggregation;
        }

        /**
         * A band from a quantity on.
         *
         * @param fromInclusive the band's lowest quantity, above the previous threshold, not null
         * @param off the percentage off, 0% to 100%, not null
         * @return this builder
         */
        public PercentBuilder from(String fromInclusive, Rate off) {
            BigDecimal from = threshold(fromInclusive, starts);
            notNull(off, "off").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "off");
            starts.add(from);
            percents.add(off);
            return this;
        }

        /**
         * The breaks.
         *
         * @return the breaks
         * @throws IllegalArgumentException if there is no band above zero
         */
        public VolumeBreaks build() {
            argument(starts.size() > 1, "volume breaks need at least one threshold above zero");
            return new VolumeBreaks(
                    semantics, aggregation, ImmutableList.copyOf(starts), ImmutableList.copyOf(percents), null);
        }
    }

    /** Builds unit-price breaks; a builder is not thread-safe. */
    public static final class PriceBuilder {
        private final BreakSemantics semantics;
        private final BreakAggregation aggregation;
        private final List<BigDecimal> starts = new ArrayList<>(List.of(BigDecimal.ZERO));
        private final List<@Nullable Money> prices = new ArrayList<>();

        PriceBuilder(BreakSemantics semantics, BreakAggregation aggregation) {
            this.semantics = semantics;
            this.aggregation = aggregation;
            prices.add(null);
        }

        /**
         * A band from a quantity on.
         *
         * @param fromInclusive the band's lowest quantity, above the previous threshold, not null
         * @param unitPrice the band's price per base unit, not negative, not null
         * @return this builder
         */
        public PriceBuilder from(String fromInclusive, Money unitPrice) {
            BigDecimal from = threshold(fromInclusive, starts);
            notNull(unitPrice, "unitPrice");
            argument(unitPrice.isPositiveOrZero(), "unitPrice must not be negative: %s", unitPrice);
            Money previous = prices.size() > 1 ? prices.get(prices.size() - 1) : null;
            argument(
                    previous == null || previous.isSameCurrency(unitPrice),
                    "unitPrice %s must be in the currency of the other bands",
                    unitPrice);
            starts.add(from);
            prices.add(unitPrice);
            return this;
        }

        /**
         * The breaks.
         *
         * @return the breaks
         * @throws IllegalArgumentException if there is no band above zero
         */
        public VolumeBreaks build() {
            argument(starts.size() > 1, "volume breaks need at least one threshold above zero");
            List<Money> ps = new ArrayList<>();
            Money first = prices.get(1);
            ps.add(Money.zero(notNull(first, "unitPrice").currency()));
            for (int i = 1; i < prices.size(); i++) {
                ps.add(notNull(prices.get(i), "unitPrice"));
            }
            return new VolumeBreaks(
                    semantics, aggregation, ImmutableList.copyOf(starts), null, ImmutableList.copyOf(ps));
        }
    }
}
