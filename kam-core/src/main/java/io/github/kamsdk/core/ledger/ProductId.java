package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.identifier;
import static io.github.kamsdk.core.internal.Checks.notNull;

import org.jspecify.annotations.Nullable;

/**
 * The host's identifier of a product or service, e.g. its ERP item number {@code "SKU-1001"}.
 *
 * <p>Kept as given (no case folding or trimming beyond refusing surrounding blanks), compared and
 * ordered as strings, so results keyed by it come out in the same order whatever order the
 * input had.
 *
 * <pre>{@code
 * ProductId id = ProductId.of("SKU-1001");
 * id.value(); // "SKU-1001"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class ProductId implements Comparable<ProductId> {
    private static final int MAX_LENGTH = 200;

    private final String value;

    private ProductId(String value) {
        this.value = value;
    }

    /**
     * The identifier.
     *
     * @param value 1 to 200 characters, not blank, no leading or trailing white space, not null
     * @return the id
     */
    public static ProductId of(String value) {
        identifier(value, "productId", MAX_LENGTH);
        return new ProductId(value);
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
    public int compareTo(ProductId other) {
        return value.compareTo(notNull(other, "other").value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ProductId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The identifier itself, e.g. {@code "SKU-1001"}. */
    @Override
    public String toString() {
        return value;
    }
}
