package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The products pricing knows, and the tree of product groups: a rule on a group matches the
 * products of every group below it.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.builder()
 *     .add(pump)
 *     .groups(Hierarchy.<ProductGroupId>builder().parent(PUMPS, HYDRAULICS).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Catalog {
    private final ImmutableSortedMap<ProductId, ProductInfo> products;
    private final Hierarchy<ProductGroupId> groups;
    private final ImmutableMap<ProductId, ProductInfo> byId; // hashed: looked up on every line

    private Catalog(ImmutableSortedMap<ProductId, ProductInfo> products, Hierarchy<ProductGroupId> groups) {
        this.products = products;
        this.groups = groups;
        this.byId = ImmutableMap.copyOf(products);
    }

    /**
     * A builder with no product and flat groups.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A product's information.
     *
     * @param product the product, not null
     * @return the information, or empty for an unknown product
     */
    public Optional<ProductInfo> find(ProductId product) {
        return Optional.ofNullable(byId.get(notNull(product, "product")));
    }

    /**
     * Every product.
     *
     * @return the products by id
     */
    public ImmutableSortedMap<ProductId, ProductInfo> products() {
        return products;
    }

    /**
     * The tree of product groups.
     *
     * @return the hierarchy
     */
    public Hierarchy<ProductGroupId> groups() {
        return groups;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Catalog that && products.equals(that.products) && groups.equals(that.groups);
    }

    @Override
    public int hashCode() {
        return products.hashCode();
    }

    @Override
    public String toString() {
        return "Catalog{" + products.size() + " products}";
    }

    /** Builds a {@link Catalog}; a builder is not thread-safe. */
    public static final class Builder {
        private final Map<ProductId, ProductInfo> products = new TreeMap<>();
        private Hierarchy<ProductGroupId> groups = Hierarchy.flat();

        Builder() {}

        /**
         * Adds a product.
         *
         * @param info the product, not null
         * @return this builder
         * @throws IllegalArgumentException if the product is there already
         */
        public Builder add(ProductInfo info) {
            notNull(info, "info");
            argument(
                    products.putIfAbsent(info.product(), info) == null,
                    "product %s is in the catalog twice",
                    info.product());
            return this;
        }

        /**
         * Adds products.
         *
         * @param infos the products, not null
         * @return this builder
         */
        public Builder addAll(Iterable<ProductInfo> infos) {
            notNull(infos, "infos");
            for (ProductInfo i : infos) {
                add(i);
            }
            return this;
        }

        /**
         * The tree of product groups.
         *
         * @param groups the hierarchy, not null
         * @return this builder
         */
        public Builder groups(Hierarchy<ProductGroupId> groups) {
            this.groups = notNull(groups, "groups");
            return this;
        }

        /**
         * The catalog.
         *
         * @return the catalog
         */
        public Catalog build() {
            return new Catalog(ImmutableSortedMap.copyOf(products), groups);
        }
    }
}
