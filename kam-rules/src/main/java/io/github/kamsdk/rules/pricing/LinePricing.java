package io.github.kamsdk.rules.pricing;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one line of a quote was priced: the list and column prices, every rule that matched and what
 * became of it, the discounts applied with their amounts, the guard rails, the net amount, the
 * margin and an explanation.
 *
 * <pre>{@code
 * LinePricing line = result.line(1);
 * line.listUnitPrice();  // EUR 250.00
 * line.unitPrice();      // EUR 230.00 (the key-account column)
 * line.discounts();      // [PROMO-SPRING-26: 8% off, EUR 552.00]
 * line.netAmount();      // EUR 6348.00 for 30 units
 * line.explanation().render();
 * }</pre>
 *
 * <p>Amounts are in the line's sign (negative for a return line). The net amount is rounded once by
 * the policy's rounding; everything before it is exact. This class is immutable and thread-safe;
 * equality ignores the explanation.
 */
public final class LinePricing {
    private final int lineNumber;
    private final ProductId product;
    private final BigDecimal quantity;
    private final BigDecimal baseQuantity;
    private final PriceColumn column;
    private final @Nullable Money listUnitPrice;
    private final @Nullable Money unitPrice;
    private final Money listAmount;
    private final Money grossAmount;
    private final ImmutableList<AppliedDiscount> discounts;
    private final ImmutableList<RuleOutcome> outcomes;
    private final ImmutableList<PricingConflict> conflicts;
    private final Money guardRailAmount;
    private final @Nullable String guardRail;
    private final Money netAmount;
    private final @Nullable Money cost;
    private final @Nullable String unpriced;
    private final Explanation explanation;

    LinePricing(
            int lineNumber,
            ProductId product,
            BigDecimal quantity,
            BigDecimal baseQuantity,
            PriceColumn column,
            @Nullable Money listUnitPrice,
            @Nullable Money unitPrice,
            Money listAmount,
            Money grossAmount,
            ImmutableList<AppliedDiscount> discounts,
            ImmutableList<RuleOutcome> outcomes,
            ImmutableList<PricingConflict> conflicts,
            Money guardRailAmount,
            @Nullable String guardRail,
            Money netAmount,
            @Nullable Money cost,
            @Nullable String unpriced,
            Explanation explanation) {
        this.lineNumber = lineNumber;
        this.product = product;
        this.quantity = quantity;
        this.baseQuantity = baseQuantity;
        this.column = column;
        this.listUnitPrice = listUnitPrice;
        this.unitPrice = unitPrice;
        this.listAmount = listAmount;
        this.grossAmount = grossAmount;
        this.discounts = discounts;
        this.outcomes = outcomes;
        this.conflicts = conflicts;
        this.guardRailAmount = guardRailAmount;
        this.guardRail = guardRail;
        this.netAmount = netAmount;
        this.cost = cost;
        this.unpriced = unpriced;
        this.explanation = explanation;
    }

    /**
     * The line's number.
     *
     * @return the number
     */
    public int lineNumber() {
        return lineNumber;
    }

    /**
     * The product.
     *
     * @return the product
     */
    public ProductId product() {
        return product;
    }

    /**
     * The quantity as quoted, in the quoted unit.
     *
     * @return the quantity, negative for a return
     */
    public BigDecimal quantity() {
        return quantity;
    }

    /**
     * The quantity in base units.
     *
     * @return the base quantity, negative for a return
     */
    public BigDecimal baseQuantity() {
        return baseQuantity;
    }

    /**
     * The column the account buys from.
     *
     * @return the column
     */
    public PriceColumn column() {
        return column;
    }

    /**
     * The list price of a base unit.
     *
     * @return the list price, or empty when the product has none that day
     */
    public Optional<Money> listUnitPrice() {
        return Optional.ofNullable(listUnitPrice);
    }

    /**
     * The unit price discounts start from: the column's, or what a price rule set.
     *
     * @return the unit price, or empty for an unpriced line
     */
    public Optional<Money> unitPrice() {
        return Optional.ofNullable(unitPrice);
    }

    /**
     * Base quantity × list price.
     *
     * @return the list amount (the unit price's amount when there is no list price)
     */
    public Money listAmount() {
        return listAmount;
    }

    /**
     * Base quantity × the column's unit price, before any rule: net = gross − discounts (a price
     * rule's difference among them) + guard rails, before rounding.
     *
     * @return the gross amount
     */
    public Money grossAmount() {
        return grossAmount;
    }

    /**
     * The rules that changed the price, in the order they applied.
     *
     * @return the discounts
     */
    public ImmutableList<AppliedDiscount> discounts() {
        return discounts;
    }

    /**
     * Every rule that matched the line, applied or not, with the reason, in resolution order.
     *
     * @return the outcomes
     */
    public ImmutableList<RuleOutcome> outcomes() {
        return outcomes;
    }

    /**
     * Ties the policy could not break on this line.
     *
     * @return the conflicts
     */
    public ImmutableList<PricingConflict> conflicts() {
        return conflicts;
    }

    /**
     * What the guard rails added back to the price (zero when they did not bind).
     *
     * @return the amount, in the line's sign
     */
    public Money guardRailAmount() {
        return guardRailAmount;
    }

    /**
     * Which guard rail bound, in words.
     *
     * @return the rail, or empty
     */
    public Optional<String> guardRail() {
        return Optional.ofNullable(guardRail);
    }

    /**
     * The total of the discounts, exact (negative when surcharges outweigh them).
     *
     * @return the discounts' sum
     */
    public Money discountTotal() {
        Money sum = Money.zero(grossAmount.currency());
        for (AppliedDiscount d : discounts) {
            sum = sum.plus(d.amount());
        }
        return sum;
    }

    /**
     * What the line costs: gross − discounts + guard rails, rounded once.
     *
     * @return the net amount
     */
    public Money netAmount() {
        return netAmount;
    }

    /**
     * The net price of a base unit, for display (four decimals beyond the currency's).
     *
     * @return the net unit price, or empty for an unpriced line
     */
    public Optional<Money> netUnitPrice() {
        if (unpriced != null) {
            return Optional.empty();
        }
        int scale = netAmount.currency().getDefaultFractionDigits() + 4;
        return Optional.of(netAmount.dividedBy(
                baseQuantity,
                io.github.kamsdk.core.money.RoundingPolicy.toScale(scale, java.math.RoundingMode.HALF_EVEN)));
    }

    /**
     * What the goods cost the company.
     *
     * @return the cost, or empty when unknown
     */
    public Optional<Money> cost() {
        return Optional.ofNullable(cost);
    }

    /** The cost, or null when unknown (for totals, without an Optional per line). */
    @Nullable
    Money costOrNull() {
        return cost;
    }

    /**
     * Net amount minus cost.
     *
     * @return the margin, or empty when the cost is unknown
     */
    public Optional<Money> margin() {
        return cost == null ? Optional.empty() : Optional.of(netAmount.minus(cost));
    }

    /**
     * Why the line could not be priced, if it could not (no price that day, an unknown unit).
     *
     * @return the reason, or empty for a priced line
     */
    public Optional<String> unpricedReason() {
        return Optional.ofNullable(unpriced);
    }

    /** Why the line is not priced, or null for a priced line. */
    @Nullable
    String unpricedOrNull() {
        return unpriced;
    }

    /**
     * Every step of the line's pricing.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LinePricing that
                && lineNumber == that.lineNumber
                && product.equals(that.product)
                && quantity.equals(that.quantity)
                && baseQuantity.equals(that.baseQuantity)
                && column.equals(that.column)
                && Objects.equals(listUnitPrice, that.listUnitPrice)
                && listAmount.equals(that.listAmount)
                && grossAmount.equals(that.grossAmount)
                && Objects.equals(unitPrice, that.unitPrice)
                && discounts.equals(that.discounts)
                && outcomes.equals(that.outcomes)
                && conflicts.equals(that.conflicts)
                && guardRailAmount.equals(that.guardRailAmount)
                && netAmount.equals(that.netAmount)
                && Objects.equals(cost, that.cost)
                && Objects.equals(unpriced, that.unpriced);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lineNumber, product, quantity, netAmount, discounts);
    }

    @Override
    public String toString() {
        return "line " + lineNumber + " " + product + " x " + quantity.toPlainString() + ": " + netAmount
                + (unpriced == null ? "" : " (unpriced: " + unpriced + ")");
    }
}
