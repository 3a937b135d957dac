package io.github.kamsdk.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks whose failures are {@link IllegalArgumentException}s naming the field.
 *
 * <p>The API promises that a caller's mistake never surfaces as a {@link NullPointerException}; these
 * helpers keep that promise in one place.
 */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value} if it is not null.
     *
     * @param value the argument, may be null
     * @param field the argument's name, used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is null
     */
    public static <T> T notNull(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    /**
     * Throws {@link IllegalArgumentException} with a message built from a template if {@code ok} is
     * false; the template's {@code %s} are replaced by {@code args} as in Guava's preconditions.
     *
     * @param ok the condition that must hold
     * @param template the message, naming the field, with {@code %s} placeholders
     * @param args the values for the placeholders
     */
    public static void argument(boolean ok, String template, @Nullable Object... args) {
        if (!ok) {
            throw new IllegalArgumentException(com.google.common.base.Strings.lenientFormat(template, args));
        }
    }
}
