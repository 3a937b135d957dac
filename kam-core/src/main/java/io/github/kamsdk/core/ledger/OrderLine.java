package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;

import io.github.kamsdk.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an {@link Order}: a product or service, its group, the quantity, the unit price and
 * the unit cost, from which the line's amount, cost and margin follow exactly (no rounding).
 *
 * <pre>{@code
 * OrderLine line = OrderLine.builder()
 *     .lineNumber(1)
 *     .product(ProductId.of("PUMP-7"))
 *     .group(ProductGroupId.of("PUMPS"))
 *     .quantity(new BigDecimal("3"))
 *     .unitPrice(Money.of("250.00", "EUR"))
 *     .unitCost(Money.of("180.00", "EUR"))
 *     .build();
 * line.amount(); // EUR 750.00
 * line.cost();   // EUR 540.00
 * line.margin(); // EUR 210.00
 * }</pre>
 *
 * <p>An {@linkplain #additionalService() additional service} (installation, maintenance, training:
 * whatever the host sells on top of the core product) is what the upsell KPI counts (R-KPI-3).
 *
 * <p><b>Consistency rules</b>, checked by {@link Builder#build()}, each failure an {@link
 * IllegalArgumentException} naming the field and its value: the line number is at least 1; the
 * quantity is above zero (a return is a {@link Reversal}, not a negative line); the unit price and
 * unit cost are not negative and in one currency. The margin may be negative (a line sold below
 * cost).
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal (quantities and
 * amounts compared by value and scale, as {@link BigDecimal#equals} does).
 */
@Value.Immutable
public abstract class OrderLine {
    OrderLine() {}

    /**
     * A builder: every attribute except {@code group} and {@code additionalService} (false) is
     * required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The line's number within its order, unique there.
     *
     * @return 1 or more
     */
    public abstract int lineNumber();

    /**
     * The product or service.
     *
     * @return the product
     */
    public abstract ProductId product();

    /**
     * The product's group, if the host groups products.
     *
     * @return the group, or empty
     */
    public abstract Optional<ProductGroupId> group();

    /**
     * The quantity ordered, in the product's unit.
     *
     * @return above zero
     */
    public abstract BigDecimal quantity();

    /**
     * The net price of one unit, after discounts.
     *
     * @return not negative
     */
    public abstract Money unitPrice();

    /**
     * What one unit costs the company.
     *
     * @return not negative, in the unit price's currency
     */
    public abstract Money unitCost();

    /**
     * Whether the line is an additional service sold to the client (upsell or cross-sell).
     *
     * @return true for an additional service; false by default
     */
    @Value.Default
    public boolean additionalService() {
        return false;
    }

    /**
     * Quantity times unit price, exact.
     *
     * @return the line's amount
     */
    @Value.Derived
    @Value.Auxiliary
    public Money amount() {
        return unitPrice().times(decimal(quantity(), "quantity"));
    }

    /**
     * Quantity times unit cost, exact.
     *
     * @return the line's cost
     */
    @Value.Derived
    @Value.Auxiliary
    public Money cost() {
        return unitCost().times(decimal(quantity(), "quantity"));
    }

    /**
     * Amount minus cost; may be negative.
     *
     * @return the line's margin
     */
    public Money margin() {
        return amount().minus(cost());
    }

    @Value.Check
    void check() {
        argument(lineNumber() >= 1, "lineNumber must be at least 1: %s (product %s)", lineNumber(), product());
        decimal(quantity(), "quantity");
        argument(
                quantity().signum() > 0,
                "quantity must be above zero: %s (line %s, product %s; a return is a Reversal)",
                quantity().toPlainString(),
                lineNumber(),
                product());
        argument(
                unitPrice().isPositiveOrZero(),
                "unitPrice must not be negative: %s (line %s, product %s)",
                unitPrice(),
                lineNumber(),
                product());
        argument(
                unitCost().isPositiveOrZero(),
                "unitCost must not be negative: %s (line %s, product %s)",
                unitCost(),
                lineNumber(),
                product());
        argument(
                unitCost().isSameCurrency(unitPrice()),
                "unitCost must be in the unit price's currency %s: %s (line %s, product %s)",
                unitPrice().currency(),
                unitCost(),
                lineNumber(),
                product());
    }

    /**
     * Builds an {@link OrderLine}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute; {@link #build()} checks the consistency rules. A builder is not
     * thread-safe.
     */
    public static final class Builder extends ImmutableOrderLine.Builder {
        Builder() {}
    }
}
