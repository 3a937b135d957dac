package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;

/**
 * A rule that changed a line's price, and by how much.
 *
 * <p>{@code amount} is what the rule took off the line (exact, in the line's sign: for a return
 * line it is negative); a surcharge is a negative discount and {@link #isSurcharge()} says so.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rule the rule's id
 * @param effect what the rule does
 * @param stacking how it combined with the others
 * @param amount the discount it gave on the line, exact; negative for a surcharge on a sale
 * @param detail how the amount came about, in words
 */
public record AppliedDiscount(RuleId rule, DiscountEffect effect, StackingMode stacking, Money amount, String detail) {
    /** Checks that nothing is null. */
    public AppliedDiscount {
        notNull(rule, "rule");
        notNull(effect, "effect");
        notNull(stacking, "stacking");
        notNull(amount, "amount");
        notNull(detail, "detail");
    }

    /**
     * Whether the rule raised the price.
     *
     * @return true for a surcharge
     */
    public boolean isSurcharge() {
        return amount.isNegative();
    }
}
