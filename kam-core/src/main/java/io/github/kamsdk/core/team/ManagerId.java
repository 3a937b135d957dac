package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.internal.Checks.identifier;
import static io.github.kamsdk.core.internal.Checks.notNull;

import org.jspecify.annotations.Nullable;

/**
 * The host's identifier of a manager (an employee who is responsible for accounts), e.g. an HR or CRM user number {@code "M-007"}.
 *
 * <p>Kept as given (no case folding or trimming beyond refusing surrounding blanks), compared and
 * ordered as strings, so results keyed by manager come out in the same order whatever order the
 * input had.
 *
 * <pre>{@code
 * ManagerId id = ManagerId.of("M-007");
 * id.value(); // "M-007"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class ManagerId implements Comparable<ManagerId> {
    private static final int MAX_LENGTH = 200;

    private final String value;

    private ManagerId(String value) {
        this.value = value;
    }

    /**
     * The identifier.
     *
     * @param value 1 to 200 characters, not blank, no leading or trailing white space, not null
     * @return the id
     */
    public static ManagerId of(String value) {
        identifier(value, "managerId", MAX_LENGTH);
        return new ManagerId(value);
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
    public int compareTo(ManagerId other) {
        return value.compareTo(notNull(other, "other").value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ManagerId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The identifier itself, e.g. {@code "M-007"}. */
    @Override
    public String toString() {
        return value;
    }
}
