package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The stable id of a pay component within a plan, such as {@code "commission"} or {@code
 * "bonus.kpi"}: the key by which statement lines, commission records and adjustments refer to the
 * component, so keep it when a plan gets a new version.
 *
 * <pre>{@code
 * ComponentId id = ComponentId.of("commission.direct");
 * }</pre>
 *
 * <p>Lower case letters, digits, {@code _} and {@code -}, in dot-separated words, starting with a
 * letter, at most 100 characters. Compared and ordered as text.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class ComponentId implements Comparable<ComponentId> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");
    private static final int MAX_LENGTH = 100;

    private final String value;

    private ComponentId(String value) {
        this.value = value;
    }

    /**
     * The id.
     *
     * @param value lower-case dot-separated words, at most 100 characters, not null
     * @return the id
     * @throws IllegalArgumentException if {@code value} is null or not of that form
     */
    public static ComponentId of(String value) {
        notNull(value, "componentId");
        argument(
                value.length() <= MAX_LENGTH && FORM.matcher(value).matches(),
                "componentId must be lower-case dot-separated words (letters, digits, _ and -), at most %s"
                        + " characters: '%s'",
                MAX_LENGTH,
                value);
        return new ComponentId(value);
    }

    /**
     * The id's text.
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
    public int compareTo(ComponentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ComponentId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The id's text.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
