package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.identifier;
import static io.github.kamsdk.core.internal.Checks.notNull;

import org.jspecify.annotations.Nullable;

/**
 * The host's id of a discount rule or promotion, named in every pricing result that the rule matched.
 *
 * <pre>{@code
 * RuleId id = RuleId.of("PROMO-SPRING-26");
 * }</pre>
 *
 * <p>Kept as given (1 to 200 characters, not blank, no white space at either end), compared and
 * ordered as text, so results keyed by it do not depend on input order.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class RuleId implements Comparable<RuleId> {
    private static final int MAX_LENGTH = 200;

    private final String value;

    private RuleId(String value) {
        this.value = value;
    }

    /**
     * The identifier.
     *
     * @param value 1 to 200 characters, not blank, no leading or trailing white space, not null
     * @return the id
     * @throws IllegalArgumentException if the value is null or not of that form
     */
    public static RuleId of(String value) {
        identifier(value, "ruleId", MAX_LENGTH);
        return new RuleId(value);
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
    public int compareTo(RuleId other) {
        notNull(other, "other");
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RuleId that && value.equals(that.value);
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
