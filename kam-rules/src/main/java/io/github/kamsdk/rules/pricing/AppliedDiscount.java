package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;

/**
 * A rule that changed a line's price, and by how much.
 *
 * <p>{@code amount} is what the rule took off the line (exact, in the line's sign: for a return
 * line it is negative); a surcharge raises the price and {@link #isSurcharge()} says so on a sale
 * and a return alike.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rule the rule's id
 * @param effect what the rule does
 * @param stacking how it combined with the others
 * @param amount the discount it gave on the line, exact; negative for a surcharge on a sale
 * @param isSurcharge whether the rule raised the price
 * @param detail how the amount came about, in words
 */
public record AppliedDiscount(
        RuleId rule, DiscountEffect effect, StackingMode stacking, Money amount, boolean isSurcharge, String detail) {
    /** Checks that nothing is null. */
    public AppliedDiscount {
        notNull(rule, "rule");
        notNull(effect, "effect");
        notNull(stacking, "stacking");
        notNull(amount, "amount");
        notNull(detail, "detail");
    }

    /**
     * A discount on a sale line: a surcharge when the amount is negative.
     *
     * @param rule the rule's id
     * @param effect what the rule does
     * @param stacking how it combined with the others
     * @param amount the discount on the sale line, exact; negative for a surcharge
     * @param detail how the amount came about, in words
     */
    public AppliedDiscount(RuleId rule, DiscountEffect effect, StackingMode stacking, Money amount, String detail) {
        this(rule, effect, stacking, amount, notNull(amount, "amount").isNegative(), detail);
    }
}
