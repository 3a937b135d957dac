package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.money.Rate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The limits no combination of rules may break: the largest total discount off the list price, per
 * tier, and a margin floor (the net price never below cost × (1 + minimum margin)). A line that
 * would break them is lifted to the limit, and its explanation says so.
 *
 * <pre>{@code
 * GuardRails rails = GuardRails.builder()
 *     .maxDiscount(tiers.tier("Strategic"), Rate.percent(25))
 *     .defaultMaxDiscount(Rate.percent(15))
 *     .minMargin(Rate.percent(10))     // net >= cost × 1.10
 *     .build();
 * }</pre>
 *
 * <p>The total discount is measured against the list price (the list column) of the line. When
 * both limits bind, the higher price wins, so both hold. A line without a known cost is not held to
 * the margin floor, and its explanation says so.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class GuardRails {
    private static final GuardRails NONE = new GuardRails(ImmutableSortedMap.of(), null, null);

    private final ImmutableSortedMap<Tier, Rate> maxByTier;
    private final @Nullable Rate defaultMax;
    private final @Nullable Rate minMargin;
    // The same limits as the pricer applies them, found once here rather than once per quote.
    private final ImmutableSortedMap<Tier, Max> maxesByTier;
    private final @Nullable Max defaultMaxes;
    private final @Nullable Rate floorOfCost;

    /**
     * A largest total discount and the share of the list amount it leaves, {@code 1 − max}: a line
     * may come to no less than the list amount times that share (the same amount as the list
     * amount minus the largest discount, in one multiplication).
     */
    record Max(Rate max, Rate leastOfList) {
        static Max of(Rate max) {
            return new Max(max, max.complement());
        }
    }

    private GuardRails(ImmutableSortedMap<Tier, Rate> maxByTier, @Nullable Rate defaultMax, @Nullable Rate minMargin) {
        this.maxByTier = maxByTier;
        this.defaultMax = defaultMax;
        this.minMargin = minMargin;
        ImmutableSortedMap.Builder<Tier, Max> maxes = ImmutableSortedMap.naturalOrder();
        maxByTier.forEach((tier, max) -> maxes.put(tier, Max.of(max)));
        this.maxesByTier = maxes.build();
        this.defaultMaxes = defaultMax == null ? null : Max.of(defaultMax);
        this.floorOfCost = minMargin == null ? null : Rate.ONE_HUNDRED_PERCENT.plus(minMargin);
    }

    /**
     * No limits.
     *
     * @return the guard rails
     */
    public static GuardRails none() {
        return NONE;
    }

    /**
     * A builder with no limit.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The largest total discount for a tier (or for an account without tier).
     *
     * @param tier the tier, or empty, not null
     * @return the tier's limit, else the default, else none
     */
    public Optional<Rate> maxDiscount(Optional<Tier> tier) {
        Max limit = maxesFor(notNull(tier, "tier").orElse(null));
        return limit == null ? Optional.empty() : Optional.of(limit.max());
    }

    /** The largest total discount for a tier, or null for an account without a tier or limit. */
    @Nullable
    Max maxesFor(@Nullable Tier tier) {
        Max own = tier == null ? null : maxesByTier.get(tier);
        return own != null ? own : defaultMaxes;
    }

    /**
     * The least a line's amount may come to per unit of cost, {@code 1 + minimum margin}, or null
     * for no floor: the margin floor is the cost times it.
     */
    @Nullable
    Rate floorOfCost() {
        return floorOfCost;
    }

    /**
     * The minimum margin over cost.
     *
     * @return the margin, or empty for no floor
     */
    public Optional<Rate> minMargin() {
        return Optional.ofNullable(minMargin);
    }

    /**
     * The limits per tier.
     *
     * @return the limits
     */
    public ImmutableSortedMap<Tier, Rate> maxByTier() {
        return maxByTier;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof GuardRails that
                && maxByTier.equals(that.maxByTier)
                && Objects.equals(defaultMax, that.defaultMax)
                && Objects.equals(minMargin, that.minMargin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxByTier, defaultMax, minMargin);
    }

    @Override
    public String toString() {
        return "GuardRails{max " + maxByTier + ", default " + defaultMax + ", min margin " + minMargin + "}";
    }

    /** Builds {@link GuardRails}; a builder is not thread-safe. */
    public static final class Builder {
        private final Map<Tier, Rate> maxByTier = new TreeMap<>();
        private @Nullable Rate defaultMax;
        private @Nullable Rate minMargin;

        Builder() {}

        /**
         * A tier's largest total discount.
         *
         * @param tier the tier, not null
         * @param max 0% to 100%, not null
         * @return this builder
         */
        public Builder maxDiscount(Tier tier, Rate max) {
            notNull(tier, "tier");
            notNull(max, "max").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "max");
            argument(maxByTier.putIfAbsent(tier, max) == null, "tier %s has a maximum discount already", tier);
            return this;
        }

        /**
         * The largest total discount for tiers without their own.
         *
         * @param max 0% to 100%, not null
         * @return this builder
         */
        public Builder defaultMaxDiscount(Rate max) {
            this.defaultMax = notNull(max, "max").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "max");
            return this;
        }

        /**
         * The margin floor: net price at least cost × (1 + margin).
         *
         * @param margin 0% to 1,000%, not null
         * @return this builder
         */
        public Builder minMargin(Rate margin) {
            this.minMargin = notNull(margin, "margin").requireBetween(Rate.ZERO, Rate.percent(1000), "margin");
            return this;
        }

        /**
         * The guard rails.
         *
         * @return the guard rails
         */
        public GuardRails build() {
            return new GuardRails(ImmutableSortedMap.copyOf(maxByTier), defaultMax, minMargin);
        }
    }
}
