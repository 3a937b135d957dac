package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;

import io.github.kamsdk.core.ledger.ProductId;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a {@link Quote}: a product and a quantity, in its base unit or a sales unit.
 *
 * <pre>{@code
 * QuoteLine.of(1, ProductId.of("PUMP-7"), new BigDecimal("3"));                 // 3 base units
 * QuoteLine.builder().lineNumber(2).product(ProductId.of("SEAL-2"))
 *     .quantity(new BigDecimal("2")).unit("box").build();                      // 2 boxes
 * QuoteLine.of(3, ProductId.of("PUMP-7"), new BigDecimal("-1"));                // a return
 * }</pre>
 *
 * <p>A negative quantity is a return: it is priced at the price of its absolute quantity (the same
 * rules and breaks) and its amounts come out negative. Rules: line number at least 1; quantity not
 * zero.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuoteLine {
    QuoteLine() {}

    /**
     * A builder; line number, product and quantity are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A line in the product's base unit.
     *
     * @param lineNumber 1 or more
     * @param product the product, not null
     * @param quantity not zero, not null
     * @return the line
     */
    public static QuoteLine of(int lineNumber, ProductId product, BigDecimal quantity) {
        return builder()
                .lineNumber(lineNumber)
                .product(product)
                .quantity(quantity)
                .build();
    }

    /**
     * The line's number, unique in its quote.
     *
     * @return 1 or more
     */
    public abstract int lineNumber();

    /**
     * The product.
     *
     * @return the product
     */
    public abstract ProductId product();

    /**
     * The quantity, in {@link #unit()}; negative for a return.
     *
     * @return not zero
     */
    public abstract BigDecimal quantity();

    /**
     * The sales unit of the quantity, if not the base unit.
     *
     * @return the unit, or empty for the base unit
     */
    public abstract Optional<String> unit();

    @Value.Check
    void check() {
        argument(lineNumber() >= 1, "lineNumber must be at least 1: %s (product %s)", lineNumber(), product());
        decimal(quantity(), "quantity");
        argument(quantity().signum() != 0, "quantity must not be zero (line %s, product %s)", lineNumber(), product());
    }

    /**
     * Builds a {@link QuoteLine}; a null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableQuoteLine.Builder {
        Builder() {}
    }
}
