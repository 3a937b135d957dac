package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.notNull;

import org.jspecify.annotations.Nullable;

/**
 * One level of a {@link TierScale}, e.g. "Key" in Strategic / Key / Growth / Maintain.
 *
 * <p>A tier knows its name and its rank in the scale it came from: rank 0 is the most important
 * tier. Tiers are obtained from a scale ({@link TierScale#tier(String)}), never built alone, so two
 * tiers can be compared only meaningfully when they come from the same scale.
 *
 * <pre>{@code
 * TierScale scale = TierScale.of("Strategic", "Key", "Growth", "Maintain");
 * Tier key = scale.tier("Key");
 * key.rank();                                // 1
 * key.isAbove(scale.tier("Growth"));         // true
 * }</pre>
 *
 * <p>The natural order lists tiers most important first (by rank, then name). This class is
 * immutable and thread-safe. No method accepts null.
 */
public final class Tier implements Comparable<Tier> {
    private final String name;
    private final int rank;

    Tier(String name, int rank) {
        this.name = name;
        this.rank = rank;
    }

    /**
     * The tier's name as configured in its scale.
     *
     * @return the name, e.g. {@code "Key"}
     */
    public String name() {
        return name;
    }

    /**
     * The tier's position in its scale: 0 for the most important tier, then 1, 2, …
     *
     * @return the rank, at least 0
     */
    public int rank() {
        return rank;
    }

    /**
     * Whether this tier is more important than {@code other} (a smaller rank).
     *
     * @param other a tier of the same scale, not null
     * @return true if this tier ranks above {@code other}
     */
    public boolean isAbove(Tier other) {
        return rank < notNull(other, "other").rank;
    }

    /**
     * Whether this tier is less important than {@code other} (a larger rank).
     *
     * @param other a tier of the same scale, not null
     * @return true if this tier ranks below {@code other}
     */
    public boolean isBelow(Tier other) {
        return rank > notNull(other, "other").rank;
    }

    /**
     * Whether this tier is at least as important as {@code other}.
     *
     * @param other a tier of the same scale, not null
     * @return true if this tier's rank is not larger than {@code other}'s
     */
    public boolean isAtLeast(Tier other) {
        return rank <= notNull(other, "other").rank;
    }

    /**
     * Orders most important first: by rank, then by name.
     *
     * @param other the tier to compare with, not null
     * @return negative if this tier is listed before {@code other}
     */
    @Override
    public int compareTo(Tier other) {
        notNull(other, "other");
        int byRank = Integer.compare(rank, other.rank);
        return byRank != 0 ? byRank : name.compareTo(other.name);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Tier that && rank == that.rank && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + rank;
    }

    /** The tier's name, e.g. {@code "Key"}. */
    @Override
    public String toString() {
        return name;
    }
}
