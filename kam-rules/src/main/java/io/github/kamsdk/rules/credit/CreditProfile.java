package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.rules.pricing.AccountGroupId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the company knows of an account's credit (R-CRED-1, R-CRED-4): its group, its own limit if
 * one is set, its negotiated payment terms, its verification status and what was written off.
 *
 * <pre>{@code
 * CreditProfile c1 = CreditProfile.builder()
 *     .account(AccountId.of("C-1"))
 *     .limit(CreditLimit.of(Money.of("50000", "EUR")))
 *     .paymentTerms(PaymentTerms.net(60))
 *     .verification(VerificationStatus.VERIFIED)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CreditProfile {
    CreditProfile() {}

    /**
     * A builder: the account is required; unverified, no limit set, nothing written off by default.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The account.
     *
     * @return the account
     */
    public abstract AccountId account();

    /**
     * The account's group, whose limit applies when the account has none.
     *
     * @return the group, or empty
     */
    public abstract Optional<AccountGroupId> accountGroup();

    /**
     * The account's own limit.
     *
     * @return the limit, or empty when none is set at the account
     */
    public abstract Optional<CreditLimit> limit();

    /**
     * The payment terms negotiated with the client.
     *
     * @return the terms, or empty
     */
    public abstract Optional<PaymentTerms> paymentTerms();

    /**
     * Where the verification stands.
     *
     * @return the status; unverified by default
     */
    @Value.Default
    public VerificationStatus verification() {
        return VerificationStatus.UNVERIFIED;
    }

    /**
     * What was written off as uncollectable for this client so far.
     *
     * @return the amount, or empty for none
     */
    public abstract Optional<Money> writeOffs();

    @Value.Check
    void check() {
        writeOffs()
                .ifPresent(w -> argument(
                        w.isPositiveOrZero(), "writeOffs must not be negative: %s (account %s)", w, account()));
    }

    /**
     * Builds a {@link CreditProfile}; a null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableCreditProfile.Builder {
        Builder() {}
    }
}
