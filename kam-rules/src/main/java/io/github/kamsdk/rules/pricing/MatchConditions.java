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
 * A rule's conditions on the account, the quantity, the amount, the date and the programme, as the
 * policy reads them on every line: read once from {@link RuleConditions} when the policy is built,
 * with an empty set or an absent bound as {@code null}, so that matching a line asks no collection
 * whether it is empty and unwraps no {@code Optional}. The sets are private copies, never changed
 * and never handed out. The product conditions are not here: the policy's index resolves them.
 */
final class MatchConditions {
    final @Nullable Set<AccountId> accounts;
    final @Nullable Set<AccountGroupId> accountGroups;
    /** Whether the rule names accounts or account groups. */
    final boolean onAccounts;

    final @Nullable Set<Tier> tiers;
    final @Nullable Set<String> segments;
    final @Nullable BigDecimal minQuantity;
    final @Nullable BigDecimal maxQuantity;
    final @Nullable Money minAmount;
    final @Nullable Money maxAmount;
    final @Nullable DateRange validity;
    final @Nullable String programme;

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

    private static <T> @Nullable Set<T> copy(Set<T> s) {
        return s.isEmpty() ? null : new HashSet<>(s);
    }
}
