package io.github.kamsdk.rules.pricing;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rule's conditions on the account, the quantity, the amount, the date and the programme, and the
 * checks of a quote and a line against them: read once from {@link RuleConditions} when the policy
 * is built, with an empty set or an absent bound as {@code null}, so that matching a line asks no
 * collection whether it is empty and unwraps no {@code Optional}. The sets are private copies,
 * never changed and never handed out. The product conditions are not here: the policy's index
 * resolves them.
 */
final class MatchConditions {
    private final @Nullable Set<AccountId> accounts;
    private final @Nullable Set<AccountGroupId> accountGroups;
    /** Whether the rule names accounts or account groups. */
    private final boolean onAccounts;

    private final @Nullable Set<Tier> tiers;
    private final @Nullable Set<String> segments;
    private final @Nullable BigDecimal minQuantity;
    private final @Nullable BigDecimal maxQuantity;
    private final @Nullable Money minAmount;
    private final @Nullable Money maxAmount;
    private final @Nullable DateRange validity;
    private final @Nullable String programme;

    MatchConditions(RuleConditions c) {
        this.accounts = copy(c.accounts());
        this.accountGroups = copy(c.accountGroups());
        this.onAccounts = accounts != null || accountGroups != null;
        this.tiers = copy(c.tiers());
        this.segments = copy(c.segments());
        this.minQuantity = c.minQuantity().orElse(null);
        this.maxQuantity = c.maxQuantity().orElse(null);
        this.minAmount = c.minAmount().orElse(null);
        this.maxAmount = c.maxAmount().orElse(null);
        this.validity = c.validity().orElse(null);
        this.programme = c.programme().orElse(null);
    }

    /**
     * Whether the quote's tier, segment, date and programmes are ones the rule allows (its account
     * conditions aside: see {@link #accountRank}).
     */
    boolean allowsQuote(Quote quote) {
        if (tiers != null
                && (quote.tier().isEmpty() || !tiers.contains(quote.tier().get()))) {
            return false;
        }
        if (segments != null
                && (quote.segment().isEmpty()
                        || !segments.contains(quote.segment().get()))) {
            return false;
        }
        if (validity != null && !validity.contains(quote.date())) {
            return false;
        }
        return programme == null || quote.programmes().contains(programme);
    }

    /** Whether a line's base quantity and amount in its column are within the rule's bounds. */
    boolean allowsLine(BigDecimal quantity, Money columnAmount) {
        return (minQuantity == null || quantity.compareTo(minQuantity) >= 0)
                && (maxQuantity == null || quantity.compareTo(maxQuantity) <= 0)
                && (minAmount == null || !columnAmount.isLessThan(minAmount))
                && (maxAmount == null || !columnAmount.isGreaterThan(maxAmount));
    }

    /**
     * How specifically the rule names the quote's account: 3 by the account itself, 2 by an account
     * group at or above the quote's ({@link #groupDepth}), 1 by tier or segment only, 0 for any
     * account; -1 if it names accounts or groups and the quote's account is not among them.
     */
    int accountRank(Quote quote, Hierarchy<AccountGroupId> groups) {
        if (!onAccounts) {
            return tiers != null || segments != null ? 1 : 0;
        }
        if (accounts != null && accounts.contains(quote.account())) {
            return 3;
        }
        return groupDepth(quote, groups) >= 0 ? 2 : -1;
    }

    /**
     * The depth of the nearest account group the rule names at or above the quote's group, or -1 if
     * the quote has no group or the rule names none above it.
     */
    int groupDepth(Quote quote, Hierarchy<AccountGroupId> groups) {
        if (accountGroups == null || quote.accountGroup().isEmpty()) {
            return -1;
        }
        for (AccountGroupId g : groups.ancestorsOrSelf(quote.accountGroup().get())) {
            if (accountGroups.contains(g)) {
                return groups.depth(g);
            }
        }
        return -1;
    }

    private static <T> @Nullable Set<T> copy(Set<T> s) {
        return s.isEmpty() ? null : new HashSet<>(s);
    }
}
