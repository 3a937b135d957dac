package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.identifier;
import static io.github.kamsdk.core.internal.Checks.notNull;

import org.jspecify.annotations.Nullable;

/**
 * The host's identifier of a commercial event (an order, invoice, payment, return or refusal), e.g. its ERP document number {@code "INV-2026-0042"}.
 *
 * <p>Kept as given (no case folding or trimming beyond refusing surrounding blanks), compared and
 * ordered as strings, so results keyed by it come out in the same order whatever order the
 * input had.
 *
 * <pre>{@code
 * EventId id = EventId.of("INV-2026-0042");
 * id.value(); // "INV-2026-0042"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class EventId implements Comparable<EventId> {
    private static final int MAX_LENGTH = 200;

    private final String value;

    private EventId(String value) {
        this.value = value;
    }

    /**
     * The identifier.
     *
     * @param value 1 to 200 characters, not blank, no leading or trailing white space, not null
     * @return the id
     */
    public static EventId of(String value) {
        identifier(value, "eventId", MAX_LENGTH);
        return new EventId(value);
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
    public int compareTo(EventId other) {
        return value.compareTo(notNull(other, "other").value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EventId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The identifier itself, e.g. {@code "INV-2026-0042"}. */
    @Override
    public String toString() {
        return value;
    }
}
