package io.github.kamsdk.rules.pricing;

/**
 * How much a pricing keeps besides the figures ({@link DiscountPolicy#price(Quote, PricingDetail)}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PricingDetail {
    /**
     * Everything: each line's explanation step by step, every matching rule's outcome with the reason
     * in words (its rank for a rule that applied), and how each discount came about.
     */
    EXPLAINED,
    /**
     * The figures only, for bulk repricing: the same prices, discounts, guard rails, net amounts and
     * totals to the cent, the same rules applied or not in the same order, and the same conflicts;
     * but each line's {@link LinePricing#explanation()} is empty, a rule that applied has the reason
     * {@code "applied"} (a rule that did not still says why), and each {@link
     * AppliedDiscount#detail()} is empty.
     */
    FIGURES_ONLY
}
