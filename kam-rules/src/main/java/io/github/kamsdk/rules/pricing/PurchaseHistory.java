package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What an account already bought in a period, in base units per product and per product group:
 * what period-to-date volume breaks and period rebates add the quote to.
 *
 * <pre>{@code
 * PurchaseHistory qtd = PurchaseHistory.fromLedger(ledger, AccountId.of("C-1"),
 *     DateRange.of(LocalDate.of(2026, 4, 1), quoteDate), catalog);
 * qtd.quantity(ProductId.of("PUMP-7")); // 40
 * }</pre>
 *
 * <p>A group's quantity counts the products of every group below it. This class is immutable and
 * thread-safe. No method accepts null.
 */
public final class PurchaseHistory {
    private static final PurchaseHistory NONE = new PurchaseHistory(ImmutableSortedMap.of(), ImmutableSortedMap.of());

    private final ImmutableSortedMap<ProductId, BigDecimal> byProduct;
    private final ImmutableSortedMap<ProductGroupId, BigDecimal> byGroup;

    private PurchaseHistory(
            ImmutableSortedMap<ProductId, BigDecimal> byProduct,
            ImmutableSortedMap<ProductGroupId, BigDecimal> byGroup) {
        this.byProduct = byProduct;
        this.byGroup = byGroup;
    }

    /**
     * Nothing bought.
     *
     * @return the empty history
     */
    public static PurchaseHistory none() {
        return NONE;
    }

    /**
     * A builder.
     *
     * @param catalog the catalog, for products' groups, not null
     * @return an empty builder
     */
    public static Builder builder(Catalog catalog) {
        return new Builder(notNull(catalog, "catalog"));
    }

    /**
     * The quantities an account ordered in a period, from a ledger's orders (order lines are taken
     * to be in base units).
     *
     * @param ledger the ledger, not null
     * @param account the account, not null
     * @param period the period, not null
     * @param catalog the catalog, not null
     * @return the history
     */
    public static PurchaseHistory fromLedger(Ledger ledger, AccountId account, DateRange period, Catalog catalog) {
        notNull(ledger, "ledger");
        notNull(account, "account");
        notNull(period, "period");
        Builder b = builder(catalog);
        for (Order o : ledger.orders()) {
            if (o.account().equals(account) && period.contains(o.date())) {
                for (OrderLine l : o.lines()) {
                    b.add(l.product(), l.quantity());
                }
            }
        }
        return b.build();
    }

    /**
     * The quantity of a product bought.
     *
     * @param product the product, not null
     * @return the base units, zero if none
     */
    public BigDecimal quantity(ProductId product) {
        return byProduct.getOrDefault(notNull(product, "product"), BigDecimal.ZERO);
    }

    /**
     * The quantity of a group bought, the groups below it included.
     *
     * @param group the group, not null
     * @return the base units, zero if none
     */
    public BigDecimal quantity(ProductGroupId group) {
        return byGroup.getOrDefault(notNull(group, "group"), BigDecimal.ZERO);
    }

    /**
     * The quantities by product.
     *
     * @return the quantities
     */
    public ImmutableSortedMap<ProductId, BigDecimal> byProduct() {
        return byProduct;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PurchaseHistory that
                && byProduct.equals(that.byProduct)
                && byGroup.equals(that.byGroup);
    }

    @Override
    public int hashCode() {
        return byProduct.hashCode();
    }

    @Override
    public String toString() {
        return "PurchaseHistory" + byProduct;
    }

    /** Builds a {@link PurchaseHistory}; a builder is not thread-safe. */
    public static final class Builder {
        private final Catalog catalog;
        private final Map<ProductId, BigDecimal> byProduct = new TreeMap<>();
        private final Map<ProductGroupId, BigDecimal> byGroup = new TreeMap<>();

        Builder(Catalog catalog) {
            this.catalog = catalog;
        }

        /**
         * Adds a quantity bought.
         *
         * @param product the product, not null
         * @param baseQuantity the base units, not null (a return is negative)
         * @return this builder
         */
        public Builder add(ProductId product, BigDecimal baseQuantity) {
            notNull(product, "product");
            decimal(baseQuantity, "baseQuantity");
            byProduct.merge(product, baseQuantity, BigDecimal::add);
            Optional<ProductGroupId> group = catalog.find(product).flatMap(ProductInfo::group);
            if (group.isPresent()) {
                for (ProductGroupId g : catalog.groups().ancestorsOrSelf(group.get())) {
                    byGroup.merge(g, baseQuantity, BigDecimal::add);
                }
            }
            return this;
        }

        /**
         * The history.
         *
         * @return the history
         */
        public PurchaseHistory build() {
            return new PurchaseHistory(ImmutableSortedMap.copyOf(byProduct), ImmutableSortedMap.copyOf(byGroup));
        }
    }
}
