package io.github.kamsdk.core.internal;

import java.math.BigDecimal;
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

    /** The most digits a decimal argument may have before, or after, its decimal point. */
    public static final int MAX_DIGITS = 64;

    /**
     * Returns {@code value} if it is not null and has at most {@value #MAX_DIGITS} digits before and
     * after its decimal point. Larger exponents ({@code 1E+2147483647}) are refused here, with the
     * field's name, rather than failing deep inside an exact calculation.
     *
     * @param value the argument, may be null
     * @param field the argument's name, used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is null or out of range
     */
    public static BigDecimal decimal(@Nullable BigDecimal value, String field) {
        notNull(value, field);
        long integerDigits = (long) value.precision() - value.scale();
        if (value.scale() > MAX_DIGITS || integerDigits > MAX_DIGITS) {
            throw new IllegalArgumentException(field + " is out of range (more than " + MAX_DIGITS
                    + " digits before or after the decimal point): " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} if it is a host identifier: not null, not blank, no white space at
     * either end and at most {@code maxLength} characters. Every id type of the SDK checks its text
     * here, so all of them refuse the same values with the same messages.
     *
     * @param value the argument, may be null
     * @param field the argument's name, used in the message
     * @param maxLength the most characters the id may have, at least 1
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is null or not of that form
     */
    public static String identifier(@Nullable String value, String field, int maxLength) {
        notNull(value, field);
        argument(!value.isBlank(), "%s must not be blank: '%s'", field, value);
        argument(value.strip().equals(value), "%s must not start or end with white space: '%s'", field, value);
        argument(value.length() <= maxLength, "%s must be at most %s characters: '%s'", field, maxLength, value);
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
