package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.identifier;
import static io.github.kamsdk.core.internal.Checks.notNull;

import org.jspecify.annotations.Nullable;

/**
 * The host's id of a group of accounts (a buying group, a chain, a region) that discount rules can target; groups form a tree.
 *
 * <pre>{@code
 * AccountGroupId id = AccountGroupId.of("IBERIA-RETAIL");
 * }</pre>
 *
 * <p>Kept as given (1 to 200 characters, not blank, no white space at either end), compared and
 * ordered as text, so results keyed by it do not depend on input order.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class AccountGroupId implements Comparable<AccountGroupId> {
    private static final int MAX_LENGTH = 200;

    private final String value;

    private AccountGroupId(String value) {
        this.value = value;
    }

    /**
     * The identifier.
     *
     * @param value 1 to 200 characters, not blank, no leading or trailing white space, not null
     * @return the id
     * @throws IllegalArgumentException if the value is null or not of that form
     */
    public static AccountGroupId of(String value) {
        identifier(value, "accountGroupId", MAX_LENGTH);
        return new AccountGroupId(value);
    }

    /**
     * The identifier as given.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * Orders by text.
     *
     * @param other the id to compare with, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(AccountGroupId other) {
        notNull(other, "other");
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AccountGroupId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The identifier as given.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
