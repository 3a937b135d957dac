package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Prices per product and column, each valid for some days (R-DISC-1): the list price in the {@link
 * #baseColumn()} and the prices agreed for tiers or accounts in other columns.
 *
 * <pre>{@code
 * PriceColumn list = PriceColumn.of("list");
 * PriceColumn key = PriceColumn.of("key-account");
 * PriceList prices = PriceList.builder(list, EUR)
 *     .price(ProductId.of("PUMP-7"), list, DateRange.ofYear(2026), Money.of("250.00", "EUR"))
 *     .price(ProductId.of("PUMP-7"), key, DateRange.ofYear(2026), Money.of("230.00", "EUR"))
 *     .build();
 * prices.price(ProductId.of("PUMP-7"), key, LocalDate.of(2026, 5, 4)); // Optional[EUR 230.00]
 * }</pre>
 *
 * <p>Prices are per base unit of the product (see {@link Catalog}). Rules: one currency; prices not
 * negative; the validities of one product's prices in one column do not overlap.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class PriceList {
    private final PriceColumn baseColumn;
    private final Currency currency;
    private final Map<ProductId, Map<PriceColumn, List<Entry>>> prices;
    private final int size;

    record Entry(DateRange validity, Money price) {}

    private PriceList(
            PriceColumn baseColumn, Currency currency, Map<ProductId, Map<PriceColumn, List<Entry>>> prices, int size) {
        this.baseColumn = baseColumn;
        this.currency = currency;
        this.prices = prices;
        this.size = size;
    }

    /**
     * A builder.
     *
     * @param baseColumn the column of list prices, not null
     * @param currency the currency of every price, not null
     * @return an empty builder
     */
    public static Builder builder(PriceColumn baseColumn, Currency currency) {
        return new Builder(notNull(baseColumn, "baseColumn"), notNull(currency, "currency"));
    }

    /**
     * The column of list prices.
     *
     * @return the base column
     */
    public PriceColumn baseColumn() {
        return baseColumn;
    }

    /**
     * The currency of every price.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * A product's price in a column on a day.
     *
     * @param product the product, not null
     * @param column the column, not null
     * @param date the day, not null
     * @return the price per base unit, or empty if none is valid that day
     */
    public Optional<Money> price(ProductId product, PriceColumn column, LocalDate date) {
        notNull(product, "product");
        notNull(column, "column");
        notNull(date, "date");
        return Optional.ofNullable(priceIn(prices.get(product), column, date));
    }

    /** A product's prices by column, to look up several columns of one product (null for none). */
    @Nullable
    Map<PriceColumn, List<Entry>> columnsFor(ProductId product) {
        return prices.get(product);
    }

    /** The price in a column of {@link #columnsFor} on a day, or null. */
    static @Nullable Money priceIn(
            @Nullable Map<PriceColumn, List<Entry>> byColumn, PriceColumn column, LocalDate date) {
        if (byColumn == null) {
            return null;
        }
        List<Entry> entries = byColumn.get(column);
        if (entries == null) {
            return null;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.validity().contains(date)) {
                return e.price();
            }
        }
        return null;
    }

    /**
     * The columns a product has prices in, on any day.
     *
     * @param product the product, not null
     * @return the columns, sorted
     */
    public ImmutableList<PriceColumn> columnsOf(ProductId product) {
        Map<PriceColumn, List<Entry>> byColumn = prices.get(notNull(product, "product"));
        return byColumn == null ? ImmutableList.of() : ImmutableList.sortedCopyOf(byColumn.keySet());
    }

    /**
     * How many prices the list holds.
     *
     * @return the number of (product, column, validity) prices
     */
    public int size() {
        return size;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PriceList that
                && baseColumn.equals(that.baseColumn)
                && currency.equals(that.currency)
                && prices.equals(that.prices);
    }

    @Override
    public int hashCode() {
        return prices.hashCode();
    }

    @Override
    public String toString() {
        return "PriceList{base " + baseColumn + ", " + currency + ", " + size + " prices}";
    }

    /** Builds a {@link PriceList}; a builder is not thread-safe. */
    public static final class Builder {
        private final PriceColumn baseColumn;
        private final Currency currency;
        private final Map<ProductId, Map<PriceColumn, List<Entry>>> prices = new HashMap<>();
        private int size;

        Builder(PriceColumn baseColumn, Currency currency) {
            this.baseColumn = baseColumn;
            this.currency = currency;
        }

        /**
         * Adds a price.
         *
         * @param product the product, not null
         * @param column the column, not null
         * @param validity the days it is valid, not null
         * @param unitPrice the price per base unit, not negative, in the list's currency, not null
         * @return this builder
         * @throws IllegalArgumentException if the price is negative, in another currency, or its
         *     validity overlaps another price of the product in the column
         */
        public Builder price(ProductId product, PriceColumn column, DateRange validity, Money unitPrice) {
            notNull(product, "product");
            notNull(column, "column");
            notNull(validity, "validity");
            notNull(unitPrice, "unitPrice");
            argument(
                    unitPrice.currency().equals(currency),
                    "unitPrice of %s in column %s must be in %s: %s",
                    product,
                    column,
                    currency.getCurrencyCode(),
                    unitPrice);
            argument(
                    unitPrice.isPositiveOrZero(),
                    "unitPrice of %s in column %s must not be negative: %s",
                    product,
                    column,
                    unitPrice);
            List<Entry> entries = prices.computeIfAbsent(product, k -> new TreeMap<>())
                    .computeIfAbsent(column, k -> new ArrayList<>());
            for (Entry e : entries) {
                argument(
                        !e.validity().overlaps(validity),
                        "prices of %s in column %s overlap: %s at %s and %s at %s",
                        product,
                        column,
                        e.validity(),
                        e.price(),
                        validity,
                        unitPrice);
            }
            entries.add(new Entry(validity, unitPrice));
            entries.sort(Comparator.comparing(e -> e.validity().start()));
            size++;
            return this;
        }

        /**
         * The price list.
         *
         * @return the list
         */
        public PriceList build() {
            Map<ProductId, Map<PriceColumn, List<Entry>>> copy = new HashMap<>();
            for (Map.Entry<ProductId, Map<PriceColumn, List<Entry>>> e : prices.entrySet()) {
                Map<PriceColumn, List<Entry>> cols = new HashMap<>(); // looked up on every line: hashed
                e.getValue().forEach((c, l) -> cols.put(c, List.copyOf(l)));
                copy.put(e.getKey(), java.util.Collections.unmodifiableMap(cols));
            }
            return new PriceList(baseColumn, currency, java.util.Collections.unmodifiableMap(copy), size);
        }
    }
}
