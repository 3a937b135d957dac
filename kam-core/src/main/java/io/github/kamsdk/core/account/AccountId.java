package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.identifier;
import static io.github.kamsdk.core.internal.Checks.notNull;

import org.jspecify.annotations.Nullable;

/**
 * The host's identifier of a client account, e.g. its ERP customer number {@code "C-10042"}.
 *
 * <p>Kept as given (no case folding or trimming beyond refusing surrounding blanks), compared and
 * ordered as strings, so results keyed by account come out in the same order whatever order the
 * input had.
 *
 * <pre>{@code
 * AccountId id = AccountId.of("C-10042");
 * id.value(); // "C-10042"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class AccountId implements Comparable<AccountId> {
    private static final int MAX_LENGTH = 200;

    private final String value;

    private AccountId(String value) {
        this.value = value;
    }

    /**
     * The identifier.
     *
     * @param value 1 to 200 characters, not blank, no leading or trailing white space, not null
     * @return the id
     */
    public static AccountId of(String value) {
        identifier(value, "accountId", MAX_LENGTH);
        return new AccountId(value);
    }

    /**
     * The identifier as the host gave it.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * Orders by the identifier's text.
     *
     * @param other the id to compare with, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(notNull(other, "other").value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AccountId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The identifier itself, e.g. {@code "C-10042"}. */
    @Override
    public String toString() {
        return value;
    }
}
