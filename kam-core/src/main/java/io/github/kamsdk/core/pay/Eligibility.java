package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which lines of a deal earn commission (R-PAY-2): all, only some products or groups, or all but
 * some.
 *
 * <pre>{@code
 * Eligibility noFreight = Eligibility.builder()
 *     .excludeGroup(ProductGroupId.of("FREIGHT"))
 *     .excludeProduct(ProductId.of("GIFT-CARD"))
 *     .build();
 * Eligibility pumpsOnly = Eligibility.builder().includeGroup(ProductGroupId.of("PUMPS")).build();
 * }</pre>
 *
 * <p><b>Rule</b>: a line is eligible when it passes the inclusion (no inclusion set at all, or its
 * product is an included product, or its group is an included group) and neither its product nor
 * its group is excluded; an exclusion wins over an inclusion. A line without a product or group
 * passes the inclusion only when no inclusion is set, and is never excluded.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Eligibility {
    private static final Eligibility ALL = new Eligibility(
            ImmutableSortedSet.of(), ImmutableSortedSet.of(), ImmutableSortedSet.of(), ImmutableSortedSet.of());

    private final ImmutableSortedSet<ProductId> includedProducts;
    private final ImmutableSortedSet<ProductGroupId> includedGroups;
    private final ImmutableSortedSet<ProductId> excludedProducts;
    private final ImmutableSortedSet<ProductGroupId> excludedGroups;

    private Eligibility(
            ImmutableSortedSet<ProductId> includedProducts,
            ImmutableSortedSet<ProductGroupId> includedGroups,
            ImmutableSortedSet<ProductId> excludedProducts,
            ImmutableSortedSet<ProductGroupId> excludedGroups) {
        this.includedProducts = includedProducts;
        this.includedGroups = includedGroups;
        this.excludedProducts = excludedProducts;
        this.excludedGroups = excludedGroups;
    }

    /**
     * Every line is eligible.
     *
     * @return the rule
     */
    public static Eligibility all() {
        return ALL;
    }

    /**
     * A builder, starting from "every line".
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the line earns.
     *
     * @param line the line, not null
     * @return true if eligible
     */
    public boolean isEligible(TransactionLine line) {
        notNull(line, "line");
        return this == ALL || whyNot(line).isEmpty();
    }

    /** Whether every line is eligible, so that callers can skip the check. */
    boolean isAll() {
        return this == ALL;
    }

    /**
     * Why a line does not earn, if it does not.
     *
     * @param line the line, not null
     * @return the reason, or empty when eligible
     */
    public Optional<String> whyNot(TransactionLine line) {
        notNull(line, "line");
        if (this == ALL) {
            return Optional.empty();
        }
        Optional<ProductId> product = line.product();
        Optional<ProductGroupId> group = line.group();
        if (product.isPresent() && excludedProducts.contains(product.get())) {
            return Optional.of("product " + product.get() + " is excluded");
        }
        if (group.isPresent() && excludedGroups.contains(group.get())) {
            return Optional.of("group " + group.get() + " is excluded");
        }
        if (includedProducts.isEmpty() && includedGroups.isEmpty()) {
            return Optional.empty();
        }
        if (product.isPresent() && includedProducts.contains(product.get())) {
            return Optional.empty();
        }
        if (group.isPresent() && includedGroups.contains(group.get())) {
            return Optional.empty();
        }
        return Optional.of("neither product " + product.map(ProductId::toString).orElse("(none)") + " nor group "
                + group.map(ProductGroupId::toString).orElse("(none)") + " is included");
    }

    /**
     * The included products; empty when inclusion is not by product.
     *
     * @return the products
     */
    public ImmutableSortedSet<ProductId> includedProducts() {
        return includedProducts;
    }

    /**
     * The included groups; empty when inclusion is not by group.
     *
     * @return the groups
     */
    public ImmutableSortedSet<ProductGroupId> includedGroups() {
        return includedGroups;
    }

    /**
     * The excluded products.
     *
     * @return the products
     */
    public ImmutableSortedSet<ProductId> excludedProducts() {
        return excludedProducts;
    }

    /**
     * The excluded groups.
     *
     * @return the groups
     */
    public ImmutableSortedSet<ProductGroupId> excludedGroups() {
        return excludedGroups;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Eligibility that
                && includedProducts.equals(that.includedProducts)
                && includedGroups.equals(that.includedGroups)
                && excludedProducts.equals(that.excludedProducts)
                && excludedGroups.equals(that.excludedGroups);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(includedProducts, includedGroups, excludedProducts, excludedGroups);
    }

    /**
     * The rule in words, for explanations: {@code "all lines"}, or the sets.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (this == ALL) {
            return "all lines";
        }
        StringBuilder s = new StringBuilder();
        if (!includedProducts.isEmpty() || !includedGroups.isEmpty()) {
            s.append("only");
            if (!includedProducts.isEmpty()) {
                s.append(" products ").append(includedProducts);
            }
            if (!includedGroups.isEmpty()) {
                s.append(" groups ").append(includedGroups);
            }
        } else {
            s.append("all lines");
        }
        if (!excludedProducts.isEmpty() || !excludedGroups.isEmpty()) {
            s.append(" except");
            if (!excludedProducts.isEmpty()) {
                s.append(" products ").append(excludedProducts);
            }
            if (!excludedGroups.isEmpty()) {
                s.append(" groups ").append(excludedGroups);
            }
        }
        return s.toString();
    }

    /** Builds an {@link Eligibility}. A builder is not thread-safe. */
    public static final class Builder {
        private final ImmutableSortedSet.Builder<ProductId> includedProducts = ImmutableSortedSet.naturalOrder();
        private final ImmutableSortedSet.Builder<ProductGroupId> includedGroups = ImmutableSortedSet.naturalOrder();
        private final ImmutableSortedSet.Builder<ProductId> excludedProducts = ImmutableSortedSet.naturalOrder();
        private final ImmutableSortedSet.Builder<ProductGroupId> excludedGroups = ImmutableSortedSet.naturalOrder();

        Builder() {}

        /**
         * Makes lines of this product eligible (and, once any inclusion is set, only included ones).
         *
         * @param product the product, not null
         * @return this builder
         */
        public Builder includeProduct(ProductId product) {
            includedProducts.add(notNull(product, "product"));
            return this;
        }

        /**
         * Makes lines of this group eligible (and, once any inclusion is set, only included ones).
         *
         * @param group the group, not null
         * @return this builder
         */
        public Builder includeGroup(ProductGroupId group) {
            includedGroups.add(notNull(group, "group"));
            return this;
        }

        /**
         * Excludes lines of this product.
         *
         * @param product the product, not null
         * @return this builder
         */
        public Builder excludeProduct(ProductId product) {
            excludedProducts.add(notNull(product, "product"));
            return this;
        }

        /**
         * Excludes lines of this group.
         *
         * @param group the group, not null
         * @return this builder
         */
        public Builder excludeGroup(ProductGroupId group) {
            excludedGroups.add(notNull(group, "group"));
            return this;
        }

        /**
         * The rule.
         *
         * @return the eligibility
         */
        public Eligibility build() {
            Eligibility e = new Eligibility(
                    includedProducts.build(), includedGroups.build(), excludedProducts.build(), excludedGroups.build());
            return e.equals(ALL) ? ALL : e;
        }
    }
}
