package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which price-list column an account buys from (R-DISC-1): its own agreement's column, else its
 * tier's, else the list column.
 *
 * <pre>{@code
 * ColumnSelection columns = ColumnSelection.builder()
 *     .forTier(tiers.tier("Key"), PriceColumn.of("key-account"))
 *     .forAccount(AccountId.of("C-9"), PriceColumn.of("agreement-c9"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class ColumnSelection {
    private final ImmutableSortedMap<AccountId, PriceColumn> byAccount;
    private final ImmutableSortedMap<Tier, PriceColumn> byTier;
    // The same selections with their reasons, worded once here rather than once per quote.
    private final ImmutableSortedMap<AccountId, Selected> selectedByAccount;
    private final ImmutableSortedMap<Tier, Selected> selectedByTier;

    private ColumnSelection(
            ImmutableSortedMap<AccountId, PriceColumn> byAccount, ImmutableSortedMap<Tier, PriceColumn> byTier) {
        this.byAccount = byAccount;
        this.byTier = byTier;
        ImmutableSortedMap.Builder<AccountId, Selected> accounts = ImmutableSortedMap.naturalOrder();
        byAccount.forEach((account, own) -> accounts.put(
                account, new Selected(own, "account " + account + " buys from its agreement's column " + own)));
        this.selectedByAccount = accounts.build();
        ImmutableSortedMap.Builder<Tier, Selected> tiers = ImmutableSortedMap.naturalOrder();
        byTier.forEach((tier, c) -> tiers.put(tier, new Selected(c, "tier " + tier + " buys from column " + c)));
        this.selectedByTier = tiers.build();
    }

    /**
     * Everyone buys from the list column.
     *
     * @return the selection
     */
    public static ColumnSelection listOnly() {
        return builder().build();
    }

    /**
     * A builder with no agreement.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The column of a quote's account, and why.
     *
     * @param quote the quote, not null
     * @param list the list column and its reason, for an account with no agreement or tier column
     * @return the column and the reason in words
     */
    Selected select(Quote quote, Selected list) {
        Selected own = selectedByAccount.isEmpty() ? null : selectedByAccount.get(quote.account());
        if (own != null) {
            return own;
        }
        Optional<Tier> tier = quote.tier();
        Selected byTier = tier.isPresent() ? selectedByTier.get(tier.get()) : null;
        return byTier != null ? byTier : list;
    }

    /** The list column as the selection of an account with no agreement or tier column. */
    static Selected list(PriceColumn list) {
        return new Selected(list, "no agreement or tier column: the list column " + list);
    }

    record Selected(PriceColumn column, String why) {}

    /**
     * The agreements' columns.
     *
     * @return the columns by account
     */
    public ImmutableSortedMap<AccountId, PriceColumn> byAccount() {
        return byAccount;
    }

    /**
     * The tiers' columns.
     *
     * @return the columns by tier
     */
    public ImmutableSortedMap<Tier, PriceColumn> byTier() {
        return byTier;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ColumnSelection that && byAccount.equals(that.byAccount) && byTier.equals(that.byTier);
    }

    @Override
    public int hashCode() {
        return byAccount.hashCode() * 31 + byTier.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnSelection{accounts " + byAccount + ", tiers " + byTier + "}";
    }

    /** Builds a {@link ColumnSelection}; a builder is not thread-safe. */
    public static final class Builder {
        private final Map<AccountId, PriceColumn> byAccount = new TreeMap<>();
        private final Map<Tier, PriceColumn> byTier = new TreeMap<>();

        Builder() {}

        /**
         * An account's agreement column.
         *
         * @param account the account, not null
         * @param column the column, not null
         * @return this builder
         * @throws IllegalArgumentException if the account has a column already
         */
        public Builder forAccount(AccountId account, PriceColumn column) {
            notNull(account, "account");
            notNull(column, "column");
            argument(byAccount.putIfAbsent(account, column) == null, "account %s has a column already", account);
            return this;
        }

        /**
         * A tier's column.
         *
         * @param tier the tier, not null
         * @param column the column, not null
         * @return this builder
         * @throws IllegalArgumentException if the tier has a column already
         */
        public Builder forTier(Tier tier, PriceColumn column) {
            notNull(tier, "tier");
            notNull(column, "column");
            argument(byTier.putIfAbsent(tier, column) == null, "tier %s has a column already", tier);
            return this;
        }

        /**
         * The selection.
         *
         * @return the selection
         */
        public ColumnSelection build() {
            return new ColumnSelection(ImmutableSortedMap.copyOf(byAccount), ImmutableSortedMap.copyOf(byTier));
        }
    }
}
