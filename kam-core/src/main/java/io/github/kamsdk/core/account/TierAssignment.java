package io.github.kamsdk.core.account;

import io.github.kamsdk.core.explain.Explanation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One account's place in a {@link Tiering}: its tier and why.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TierAssignment {
    private final AccountId account;
    private final Tier tier;
    private final Explanation explanation;

    TierAssignment(AccountId account, Tier tier, Explanation explanation) {
        this.account = account;
        this.tier = tier;
        this.explanation = explanation;
    }

    /**
     * The account.
     *
     * @return the account's id
     */
    public AccountId account() {
        return account;
    }

    /**
     * The account's tier.
     *
     * @return the tier, of the tiering's scale
     */
    public Tier tier() {
        return tier;
    }

    /**
     * Why the account is in its tier: the figures compared and the rule that decided.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TierAssignment that
                && account.equals(that.account)
                && tier.equals(that.tier)
                && explanation.equals(that.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, tier, explanation);
    }

    /** E.g. {@code "C-1: A"}. */
    @Override
    public String toString() {
        return account + ": " + tier;
    }
}
