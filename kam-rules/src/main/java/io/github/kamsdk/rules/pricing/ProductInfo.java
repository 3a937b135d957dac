package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;

import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What pricing needs to know of a product: its group, its unit cost (for the margin floor), its
 * base unit and the sales units it is also sold in.
 *
 * <pre>{@code
 * ProductInfo pump = ProductInfo.builder()
 *     .product(ProductId.of("PUMP-7"))
 *     .group(ProductGroupId.of("PUMPS"))
 *     .unitCost(Money.of("180.00", "EUR"))      // per base unit
 *     .baseUnit("piece")
 *     .putUnit("box", new BigDecimal("12"))     // a box holds 12 pieces
 *     .build();
 * }</pre>
 *
 * <p>Prices, costs and quantity thresholds are per base unit; a quantity in a sales unit is
 * multiplied by the unit's factor first. Rules: cost not negative; factors above zero; the base unit
 * is not also a sales unit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProductInfo {
    ProductInfo() {}

    /**
     * A builder; the product is required, the base unit is {@code "unit"} by default.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The product.
     *
     * @return the product
     */
    public abstract ProductId product();

    /**
     * The product's group, if any.
     *
     * @return the group, or empty
     */
    public abstract Optional<ProductGroupId> group();

    /**
     * What one base unit costs the company.
     *
     * @return the cost, or empty when unknown (the margin floor cannot be checked then)
     */
    public abstract Optional<Money> unitCost();

    /**
     * The name of the base unit.
     *
     * @return the base unit; {@code "unit"} by default
     */
    @Value.Default
    public String baseUnit() {
        return "unit";
    }

    /**
     * The sales units and how many base units each holds.
     *
     * @return the factors by unit name
     */
    public abstract Map<String, BigDecimal> units();

    /**
     * A quantity in base units.
     *
     * @param quantity the quantity in {@code unit}, not null
     * @param unit the base unit or a sales unit, not null
     * @return the quantity in base units
     * @throws IllegalArgumentException if the unit is unknown for this product
     */
    public BigDecimal toBase(BigDecimal quantity, String unit) {
        decimal(quantity, "quantity");
        io.github.kamsdk.core.internal.Checks.notNull(unit, "unit");
        if (unit.equals(baseUnit())) {
            return quantity;
        }
        BigDecimal factor = units().get(unit);
        argument(
                factor != null,
                "unit '%s' is not known for product %s: its base unit is '%s', its sales units %s",
                unit,
                product(),
                baseUnit(),
                units().keySet());
        return quantity.multiply(factor);
    }

    @Value.Check
    void check() {
        argument(!baseUnit().isBlank(), "baseUnit must not be blank (product %s)", product());
        unitCost()
                .ifPresent(c ->
                        argument(c.isPositiveOrZero(), "unitCost must not be negative: %s (product %s)", c, product()));
        for (Map.Entry<String, BigDecimal> e : units().entrySet()) {
            decimal(e.getValue(), "units[" + e.getKey() + "]");
            argument(
                    e.getValue().signum() > 0,
                    "the factor of unit '%s' must be above zero: %s (product %s)",
                    e.getKey(),
                    e.getValue().toPlainString(),
                    product());
            argument(
                    !e.getKey().equals(baseUnit()),
                    "unit '%s' is the base unit of product %s; it needs no factor",
                    e.getKey(),
                    product());
        }
    }

    /**
     * Builds a {@link ProductInfo}; a null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableProductInfo.Builder {
        Builder() {}
    }
}
