package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.account.TierScale;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which contact cadence each tier of a {@link TierScale} gets (R-ACC-4: the cadence depends on the
 * account's importance). A tier without a cadence is not planned: the {@link ContactPlanner}
 * reports its accounts with {@link UnplannedReason#NO_CADENCE}.
 *
 * <pre>{@code
 * TierScale scale = TierScale.standard();
 * CadencePolicy policy = CadencePolicy.builder(scale)
 *     .cadence(scale.tier("Strategic"), ContactCadence.visitEvery(1))
 *     .cadence(scale.tier("Key"), ContactCadence.callEvery(2))
 *     .build();                                  // the same as CadencePolicy.standard()
 * policy.cadence(scale.tier("Growth"));          // empty: Growth accounts are not planned
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class CadencePolicy {
    private static final CadencePolicy STANDARD = builder(TierScale.standard())
            .cadence(TierScale.standard().tier("Strategic"), ContactCadence.visitEvery(1))
            .cadence(TierScale.standard().tier("Key"), ContactCadence.callEvery(2))
            .build();

    private final TierScale scale;
    private final ImmutableSortedMap<Tier, ContactCadence> cadences;

    private CadencePolicy(TierScale scale, ImmutableSortedMap<Tier, ContactCadence> cadences) {
        this.scale = scale;
        this.cadences = cadences;
    }

    /**
     * A builder for a policy over the tiers of {@code scale}; every tier starts without cadence.
     *
     * @param scale the tier scale, not null
     * @return an empty builder
     */
    public static Builder builder(TierScale scale) {
        return new Builder(notNull(scale, "scale"));
    }

    /**
     * The example defaults over {@link TierScale#standard()}: Strategic accounts get a visit every
     * week, Key accounts a call every 2 weeks, Growth and Maintain accounts are not planned.
     *
     * @return the standard policy
     */
    public static CadencePolicy standard() {
        return STANDARD;
    }

    /**
     * The tier scale the policy covers.
     *
     * @return the scale
     */
    public TierScale scale() {
        return scale;
    }

    /**
     * The cadence of a tier.
     *
     * @param tier a tier of {@link #scale()}, not null
     * @return the cadence, or empty if the tier's accounts are not planned
     * @throws IllegalArgumentException if the tier belongs to another scale
     */
    public Optional<ContactCadence> cadence(Tier tier) {
        scale.require(tier, "tier");
        return Optional.ofNullable(cadences.get(tier));
    }

    /**
     * The tiers that have a cadence, most important first.
     *
     * @return the cadences by tier
     */
    public ImmutableSortedMap<Tier, ContactCadence> cadences() {
        return cadences;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CadencePolicy that && scale.equals(that.scale) && cadences.equals(that.cadences);
    }

    @Override
    public int hashCode() {
        return 31 * scale.hashCode() + cadences.hashCode();
    }

    /** E.g. {@code "{Strategic=a VISIT every week, Key=a CALL every 2 weeks} of [Strategic > ...]"}. */
    @Override
    public String toString() {
        return cadences + " of " + scale;
    }

    /**
     * Builds a {@link CadencePolicy}. A null argument, a tier of another scale or a tier given twice
     * fails with an {@link IllegalArgumentException} naming it. A builder is not thread-safe.
     */
    public static final class Builder {
        private final TierScale scale;
        private final TreeMap<Tier, ContactCadence> cadences = new TreeMap<>();

        private Builder(TierScale scale) {
            this.scale = scale;
        }

        /**
         * Sets the cadence of a tier.
         *
         * @param tier a tier of the builder's scale, not given before, not null
         * @param cadence the cadence, not null
         * @return this builder
         */
        public Builder cadence(Tier tier, ContactCadence cadence) {
            scale.require(tier, "tier");
            notNull(cadence, "cadence");
            argument(
                    !cadences.containsKey(tier),
                    "tier '%s' has a cadence already: %s (then %s)",
                    tier,
                    cadences.get(tier),
                    cadence);
            cadences.put(tier, cadence);
            return this;
        }

        /**
         * The policy.
         *
         * @return the policy of the cadences set so far
         */
        public CadencePolicy build() {
            return new CadencePolicy(scale, ImmutableSortedMap.copyOfSorted(cadences));
        }
    }
}
