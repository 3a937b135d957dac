package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A credit limit: an amount (zero means no credit at all) or unlimited. "No limit set" at one level
 * is not a limit: the lookup goes on to the account group and the company default.
 *
 * <pre>{@code
 * CreditLimit.of(Money.of("50000", "EUR")); // up to 50,000 of exposure
 * CreditLimit.of(Money.zero(EUR));          // no credit: prepaid only
 * CreditLimit.unlimited();                  // no ceiling
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class CreditLimit {
    private static final CreditLimit UNLIMITED = new CreditLimit(null);

    private final @Nullable Money amount;

    private CreditLimit(@Nullable Money amount) {
        this.amount = amount;
    }

    /**
     * A limit of an amount.
     *
     * @param amount the most exposure allowed, not negative (zero: no credit), not null
     * @return the limit
     */
    public static CreditLimit of(Money amount) {
        notNull(amount, "amount");
        argument(amount.isPositiveOrZero(), "a credit limit must not be negative: %s", amount);
        return new CreditLimit(amount);
    }

    /**
     * No ceiling.
     *
     * @return the unlimited limit
     */
    public static CreditLimit unlimited() {
        return UNLIMITED;
    }

    /**
     * Whether there is no ceiling.
     *
     * @return true if unlimited
     */
    public boolean isUnlimited() {
        return amount == null;
    }

    /**
     * The amount.
     *
     * @return the amount, or empty when unlimited
     */
    public Optional<Money> amount() {
        return Optional.ofNullable(amount);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CreditLimit that && java.util.Objects.equals(amount, that.amount);
    }

    @Override
    public int hashCode() {
        return amount == null ? 0 : amount.hashCode();
    }

    /**
     * The limit in words.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return amount == null ? "unlimited" : amount.toString();
    }
}
