package io.github.kamsdk.core.account;

import io.github.kamsdk.core.money.CurrencyMismatchException;
import java.util.Collection;

/**
 * A way of sorting accounts into the tiers of a {@link TierScale} (R-ACC-1): which clients are key,
 * and why. The SDK offers three, each configurable: {@link RevenueSharePolicy} (an account bringing
 * at least 10% of revenue is key), {@link ParetoPolicy} (ABC by cumulative share, 80% / 95%) and
 * {@link WeightedScorePolicy} (a weighted score of revenue, margin, growth potential and host
 * criteria). A host may write its own.
 *
 * <pre>{@code
 * TieringPolicy policy = ParetoPolicy.defaults();
 * Tiering tiering = policy.assign(figures);
 * tiering.tierOf(AccountId.of("C-1"));                 // A
 * tiering.assignment(AccountId.of("C-1")).explanation(); // why
 * }</pre>
 *
 * <p>Every policy of the SDK: puts every account in exactly one tier; gives a result that does not
 * depend on the order of the input; refuses (with {@link IllegalArgumentException}) a null element
 * (naming its index) and a repeated account id (naming the id); refuses figures in more than one
 * currency with a {@link CurrencyMismatchException}; and runs in O(n log n) time. An empty input
 * gives an empty tiering.
 *
 * <p>Implementations must be immutable, deterministic and thread-safe.
 */
public interface TieringPolicy {
    /**
     * The tiers this policy assigns.
     *
     * @return the scale
     */
    TierScale scale();

    /**
     * Sorts the accounts into tiers.
     *
     * @param accounts the accounts' figures, in any order, ids distinct, all in one currency, not
     *     null, no null element
     * @return the tiering, every account in exactly one tier of {@link #scale()}
     * @throws CurrencyMismatchException if the figures are in more than one currency
     */
    Tiering assign(Collection<AccountFigures> accounts);
}
