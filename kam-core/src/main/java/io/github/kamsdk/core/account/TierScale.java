package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The host's ordered tier names, most important first: e.g. Strategic / Key / Growth / Maintain, or
 * A / B / C for an ABC analysis.
 *
 * <pre>{@code
 * TierScale scale = TierScale.of("Strategic", "Key", "Growth", "Maintain");
 * scale.highest();            // Strategic (rank 0)
 * scale.lowest();             // Maintain (rank 3)
 * scale.tier("Growth").rank(); // 2
 * }</pre>
 *
 * <p>Names are unique ignoring case ("Key" and "KEY" cannot both be tiers), so a name read back from
 * a host's configuration finds one tier only. This class is immutable and thread-safe. No method
 * accepts null.
 */
public final class TierScale {
    /** The most tiers a scale may have. */
    public static final int MAX_TIERS = 100;

    private static final int MAX_NAME_LENGTH = 100;
    private static final TierScale ABC = of("A", "B", "C");
    private static final TierScale KEY_OR_OTHER = of("Key", "Other");
    private static final TierScale STANDARD = of("Strategic", "Key", "Growth", "Maintain");

    private final ImmutableList<Tier> tiers;
    private final ImmutableMap<String, Tier> byName;

    private TierScale(ImmutableList<Tier> tiers) {
        this.tiers = tiers;
        ImmutableMap.Builder<String, Tier> names = ImmutableMap.builder();
        for (Tier tier : tiers) {
            names.put(tier.name(), tier);
        }
        this.byName = names.buildOrThrow();
    }

    /**
     * A scale of the given names, most important first.
     *
     * @param namesMostImportantFirst 1 to {@value #MAX_TIERS} names, each not blank, without
     *     surrounding white space, at most 100 characters, unique ignoring case
     * @return the scale
     */
    public static TierScale of(String... namesMostImportantFirst) {
        notNull(namesMostImportantFirst, "names");
        return of(java.util.Arrays.asList(namesMostImportantFirst));
    }

    /**
     * A scale of the given names, most important first.
     *
     * @param namesMostImportantFirst 1 to {@value #MAX_TIERS} names, each not blank, without
     *     surrounding white space, at most 100 characters, unique ignoring case
     * @return the scale
     */
    public static TierScale of(List<String> namesMostImportantFirst) {
        notNull(namesMostImportantFirst, "names");
        argument(!namesMostImportantFirst.isEmpty(), "names must not be empty");
        argument(
                namesMostImportantFirst.size() <= MAX_TIERS,
                "names must hold at most %s tiers, got %s",
                MAX_TIERS,
                namesMostImportantFirst.size());
        List<Tier> tiers = new ArrayList<>(namesMostImportantFirst.size());
        Set<String> seen = new HashSet<>();
        int rank = 0;
        for (@Nullable String name : namesMostImportantFirst) {
            notNull(name, "names[" + rank + "]");
            argument(!name.isBlank(), "names[%s] must not be blank: '%s'", rank, name);
            argument(name.strip().equals(name), "names[%s] must not start or end with white space: '%s'", rank, name);
            argument(
                    name.length() <= MAX_NAME_LENGTH,
                    "names[%s] must be at most %s characters: '%s'",
                    rank,
                    MAX_NAME_LENGTH,
                    name);
            argument(
                    seen.add(name.toLowerCase(Locale.ROOT)),
                    "names must be unique ignoring case, '%s' is repeated",
                    name);
            tiers.add(new Tier(name, rank++));
        }
        return new TierScale(ImmutableList.copyOf(tiers));
    }

    /**
     * Strategic / Key / Growth / Maintain, the four tiers the docs' examples use.
     *
     * @return the standard scale
     */
    public static TierScale standard() {
        return STANDARD;
    }

    /**
     * A / B / C, the scale of an ABC (Pareto) analysis.
     *
     * @return the ABC scale
     */
    public static TierScale abc() {
        return ABC;
    }

    /**
     * Key / Other, the two tiers of a revenue-share threshold.
     *
     * @return the two-tier scale
     */
    public static TierScale keyOrOther() {
        return KEY_OR_OTHER;
    }

    /**
     * The tiers, most important first.
     *
     * @return the tiers; {@code tiers().get(i).rank() == i}
     */
    public ImmutableList<Tier> tiers() {
        return tiers;
    }

    /**
     * How many tiers the scale has.
     *
     * @return at least 1
     */
    public int size() {
        return tiers.size();
    }

    /**
     * The most important tier (rank 0).
     *
     * @return the highest tier
     */
    public Tier highest() {
        return tiers.get(0);
    }

    /**
     * The least important tier.
     *
     * @return the lowest tier
     */
    public Tier lowest() {
        return tiers.get(tiers.size() - 1);
    }

    /**
     * The tier at a rank.
     *
     * @param rank 0 to {@code size() - 1}
     * @return the tier
     */
    public Tier atRank(int rank) {
        argument(rank >= 0 && rank < tiers.size(), "rank must be between 0 and %s, got %s", tiers.size() - 1, rank);
        return tiers.get(rank);
    }

    /**
     * The tier with a name (exact, case-sensitive).
     *
     * @param name a name of this scale, not null
     * @return the tier
     * @throws IllegalArgumentException if the scale has no tier of that name (the message lists
     *     the scale's names)
     */
    public Tier tier(String name) {
        notNull(name, "name");
        Tier tier = byName.get(name);
        argument(tier != null, "name '%s' is not a tier of %s", name, this);
        return tier;
    }

    /**
     * The tier with a name, if there is one.
     *
     * @param name the name (exact, case-sensitive), not null
     * @return the tier, or empty
     */
    public Optional<Tier> find(String name) {
        return Optional.ofNullable(byName.get(notNull(name, "name")));
    }

    /**
     * Whether {@code tier} belongs to this scale (same name at the same rank).
     *
     * @param tier the tier, not null
     * @return true if it is one of {@link #tiers()}
     */
    public boolean contains(Tier tier) {
        notNull(tier, "tier");
        return tier.rank() < tiers.size() && tiers.get(tier.rank()).equals(tier);
    }

    /**
     * Returns {@code tier} if it belongs to this scale.
     *
     * @param tier the tier, not null
     * @param field the argument's name, used in the message
     * @return {@code tier}
     * @throws IllegalArgumentException if it belongs to another scale
     */
    public Tier require(Tier tier, String field) {
        notNull(tier, field);
        argument(contains(tier), "%s '%s' (rank %s) is not a tier of %s", field, tier, tier.rank(), this);
        return tier;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TierScale that && tiers.equals(that.tiers);
    }

    @Override
    public int hashCode() {
        return tiers.hashCode();
    }

    /** The names in order, e.g. {@code [Strategic > Key > Growth > Maintain]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (Tier tier : tiers) {
            if (tier.rank() > 0) {
                text.append(" > ");
            }
            text.append(tier.name());
        }
        return text.append(']').toString();
    }
}
