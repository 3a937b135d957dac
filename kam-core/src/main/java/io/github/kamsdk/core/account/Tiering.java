package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.explain.Explanation;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The result of a {@link TieringPolicy}: every account's tier, with lookups by account and by tier
 * and, on request, the explanation of each account's tier.
 *
 * <pre>{@code
 * Tiering tiering = ParetoPolicy.defaults().assign(figures);
 * tiering.tierOf(AccountId.of("C-1"));                 // A
 * tiering.accountsIn(TierScale.abc().tier("A"));       // [C-1, C-7]
 * tiering.counts();                                    // {A=2, B=3, C=15}
 * System.out.print(tiering.assignment(AccountId.of("C-1")).explanation().render());
 * }</pre>
 *
 * <p>Everything is keyed and listed in {@link AccountId} order. To stay small with a million
 * accounts, a tiering keeps each account's id and tier rank and builds an account's {@link
 * TierAssignment} (with its {@link Explanation}) only when asked, from figures the policy kept; the
 * same account always gets an equal assignment.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Tiering {
    private final TierScale scale;
    private final AccountId[] ids;
    private final byte[] ranks;
    private final IntFunction<Explanation> explainer;
    private final ImmutableMap<Tier, Integer> counts;

    /**
     * @param ids the accounts, sorted, distinct (owned by the tiering from now on)
     * @param ranks each account's tier rank, by index (owned)
     * @param explainer builds the explanation of the account at an index
     */
    Tiering(TierScale scale, AccountId[] ids, byte[] ranks, IntFunction<Explanation> explainer) {
        this.scale = scale;
        this.ids = ids;
        this.ranks = ranks;
        this.explainer = explainer;
        int[] perRank = new int[scale.size()];
        for (byte rank : ranks) {
            perRank[rank]++;
        }
        ImmutableMap.Builder<Tier, Integer> builder = ImmutableMap.builderWithExpectedSize(scale.size());
        for (Tier tier : scale.tiers()) {
            builder.put(tier, perRank[tier.rank()]);
        }
        this.counts = builder.buildOrThrow();
    }

    /**
     * The scale the tiers come from.
     *
     * @return the scale
     */
    public TierScale scale() {
        return scale;
    }

    /**
     * How many accounts were tiered.
     *
     * @return the number of accounts
     */
    public int size() {
        return ids.length;
    }

    /**
     * The accounts, in id order.
     *
     * @return the accounts
     */
    public ImmutableList<AccountId> accounts() {
        return ImmutableList.copyOf(ids);
    }

    /**
     * Whether the account was tiered.
     *
     * @param account the account, not null
     * @return true if it is one of {@link #accounts()}
     */
    public boolean contains(AccountId account) {
        return Arrays.binarySearch(ids, notNull(account, "account")) >= 0;
    }

    /**
     * An account's tier.
     *
     * @param account a tiered account, not null
     * @return its tier
     * @throws IllegalArgumentException if the account was not tiered
     */
    public Tier tierOf(AccountId account) {
        return scale.atRank(ranks[indexOf(account)]);
    }

    /**
     * An account's tier, if it was tiered.
     *
     * @param account the account, not null
     * @return its tier, or empty
     */
    public Optional<Tier> find(AccountId account) {
        int index = Arrays.binarySearch(ids, notNull(account, "account"));
        return index < 0 ? Optional.empty() : Optional.of(scale.atRank(ranks[index]));
    }

    /**
     * An account's tier and the explanation of why, built now.
     *
     * @param account a tiered account, not null
     * @return the assignment
     * @throws IllegalArgumentException if the account was not tiered
     */
    public TierAssignment assignment(AccountId account) {
        return assignmentAt(indexOf(account));
    }

    /**
     * Every account's assignment, in id order. The list is an unmodifiable view that builds each
     * assignment (and its explanation) when it is read.
     *
     * @return the assignments
     */
    public List<TierAssignment> assignments() {
        return new Assignments();
    }

    /**
     * The accounts in a tier, in id order.
     *
     * @param tier a tier of {@link #scale()}, not null
     * @return the accounts, possibly none
     */
    public ImmutableList<AccountId> accountsIn(Tier tier) {
        scale.require(tier, "tier");
        ImmutableList.Builder<AccountId> result = ImmutableList.builderWithExpectedSize(counts.get(tier));
        for (int i = 0; i < ids.length; i++) {
            if (ranks[i] == tier.rank()) {
                result.add(ids[i]);
            }
        }
        return result.build();
    }

    /**
     * How many accounts each tier has, every tier of the scale included (with 0 if empty), most
     * important first.
     *
     * @return the counts; they add up to {@link #size()}
     */
    public ImmutableMap<Tier, Integer> counts() {
        return counts;
    }

    /**
     * How many accounts a tier has.
     *
     * @param tier a tier of {@link #scale()}, not null
     * @return the count
     */
    public int count(Tier tier) {
        return counts.get(scale.require(tier, "tier"));
    }

    /**
     * Every account's tier, in id order.
     *
     * @return the tiers by account
     */
    public ImmutableSortedMap<AccountId, Tier> tiers() {
        ImmutableSortedMap.Builder<AccountId, Tier> result = ImmutableSortedMap.naturalOrder();
        for (int i = 0; i < ids.length; i++) {
            result.put(ids[i], scale.atRank(ranks[i]));
        }
        return result.buildOrThrow();
    }

    private int indexOf(AccountId account) {
        int index = Arrays.binarySearch(ids, notNull(account, "account"));
        argument(index >= 0, "account %s was not tiered", account);
        return index;
    }

    private TierAssignment assignmentAt(int index) {
        return new TierAssignment(ids[index], scale.atRank(ranks[index]), explainer.apply(index));
    }

    /** E.g. {@code "Tiering[A=2, B=3, C=15]"}. */
    @Override
    public String toString() {
        return "Tiering" + counts.toString().replace('{', '[').replace('}', ']');
    }

    private final class Assignments extends AbstractList<TierAssignment> implements RandomAccess {
        @Override
        public TierAssignment get(int index) {
            argument(index >= 0 && index < ids.length, "index must be between 0 and %s: %s", ids.length - 1, index);
            return assignmentAt(index);
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}
