package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A forest of groups (product groups, account groups): each group has at most one parent, and a
 * rule on a group matches everything below it.
 *
 * <pre>{@code
 * Hierarchy<ProductGroupId> groups = Hierarchy.<ProductGroupId>builder()
 *     .parent(ProductGroupId.of("PUMPS-SMALL"), ProductGroupId.of("PUMPS"))
 *     .parent(ProductGroupId.of("PUMPS"), ProductGroupId.of("HYDRAULICS"))
 *     .build();
 * groups.ancestorsOrSelf(ProductGroupId.of("PUMPS-SMALL")); // [PUMPS-SMALL, PUMPS, HYDRAULICS]
 * groups.depth(ProductGroupId.of("PUMPS-SMALL"));           // 2
 * }</pre>
 *
 * <p>A group not named in the hierarchy is a root of its own. Cycles are refused when built. This
 * class is immutable and thread-safe. No method accepts null.
 *
 * @param <T> the group id type
 */
public final class Hierarchy<T extends Comparable<? super T>> {
    private static final Hierarchy<String> EMPTY = new Hierarchy<>(ImmutableSortedMap.<String, String>of());

    private final ImmutableSortedMap<T, T> parents;
    // Every linked group's chain up to its root, worked out once: engines ask for it on every line.
    private final ImmutableMap<T, ImmutableList<T>> chains;

    private Hierarchy(ImmutableSortedMap<T, T> parents) {
        this.parents = parents;
        Map<T, ImmutableList<T>> chains = new HashMap<>();
        for (T child : parents.keySet()) {
            ImmutableList.Builder<T> chain = ImmutableList.builder();
            for (T g = child; g != null; g = parents.get(g)) {
                chain.add(g);
            }
            chains.put(child, chain.build());
        }
        for (T parent : parents.values()) {
            chains.computeIfAbsent(parent, ImmutableList::of);
        }
        this.chains = ImmutableMap.copyOf(chains);
    }

    /**
     * A hierarchy where every group is a root.
     *
     * @param <T> the group id type
     * @return the empty hierarchy
     */
    @SuppressWarnings("unchecked")
    public static <T extends Comparable<? super T>> Hierarchy<T> flat() {
        return (Hierarchy<T>) EMPTY;
    }

    /**
     * A builder with no link.
     *
     * @param <T> the group id type
     * @return an empty builder
     */
    public static <T extends Comparable<? super T>> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * A group's parent.
     *
     * @param group the group, not null
     * @return the parent, or empty for a root
     */
    public Optional<T> parent(T group) {
        return Optional.ofNullable(parents.get(notNull(group, "group")));
    }

    /**
     * The group and every group above it, nearest first.
     *
     * @param group the group, not null
     * @return the chain from the group up to its root
     */
    public ImmutableList<T> ancestorsOrSelf(T group) {
        notNull(group, "group");
        ImmutableList<T> chain = chains.get(group);
        return chain != null ? chain : ImmutableList.of(group);
    }

    /**
     * How far below its root a group is.
     *
     * @param group the group, not null
     * @return 0 for a root
     */
    public int depth(T group) {
        return ancestorsOrSelf(group).size() - 1;
    }

    /**
     * Whether a group is the other or below it.
     *
     * @param group the group, not null
     * @param ancestor the possible ancestor, not null
     * @return true if {@code ancestor} is {@code group} or above it
     */
    public boolean isWithin(T group, T ancestor) {
        notNull(ancestor, "ancestor");
        return ancestorsOrSelf(group).contains(ancestor);
    }

    /**
     * Every link, child to parent.
     *
     * @return the parents by child
     */
    public ImmutableSortedMap<T, T> parents() {
        return parents;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Hierarchy<?> that && parents.equals(that.parents);
    }

    @Override
    public int hashCode() {
        return parents.hashCode();
    }

    @Override
    public String toString() {
        return "Hierarchy" + parents;
    }

    /**
     * Builds a {@link Hierarchy}; a builder is not thread-safe.
     *
     * @param <T> the group id type
     */
    public static final class Builder<T extends Comparable<? super T>> {
        private final Map<T, T> parents = new TreeMap<>();

        Builder() {}

        /**
         * Puts a group under a parent.
         *
         * @param child the group, not null
         * @param parent its parent, not the child itself, not null
         * @return this builder
         * @throws IllegalArgumentException if the child has a parent already or is its own parent
         */
        public Builder<T> parent(T child, T parent) {
            notNull(child, "child");
            notNull(parent, "parent");
            argument(!child.equals(parent), "a group cannot be its own parent: %s", child);
            T before = parents.putIfAbsent(child, parent);
            argument(before == null, "group %s has a parent already: %s (a group has at most one)", child, before);
            return this;
        }

        /**
         * The hierarchy.
         *
         * @return the hierarchy
         * @throws IllegalArgumentException if the links form a cycle; the message names it
         */
        public Hierarchy<T> build() {
            for (T start : parents.keySet()) {
                Set<T> seen = new HashSet<>();
                List<T> path = new ArrayList<>();
                for (T g = start; g != null; g = parents.get(g)) {
                    if (!seen.add(g)) {
                        path.add(g);
                        throw new IllegalArgumentException("groups form a cycle: " + path);
                    }
                    path.add(g);
                }
            }
            return new Hierarchy<>(ImmutableSortedMap.copyOf(parents));
        }
    }
}
