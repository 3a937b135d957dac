package io.github.kamsdk.rules.pricing;

/**
 * How a {@link DiscountRule} combines with the other rules that match the same line.
 *
 * <p>Worked example on a column price of EUR 100.00 with rules of 10% and 5%: both {@link
 * #ADDITIVE} give 15% off (EUR 85.00); both {@link #COMPOUND} give 10% then 5% of the rest (EUR
 * 90.00 then EUR 85.50); one {@link #EXCLUSIVE} rule alone decides (EUR 90.00 or EUR 95.00, by
 * resolution order).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StackingMode {
    /**
     * When any exclusive rule matches, the best-ranked exclusive rule is the only rule that applies
     * to the line; every other rule is listed as not applied.
     */
    EXCLUSIVE,
    /** Applied one after another, each on the price already discounted, in resolution order. */
    COMPOUND,
    /** Percentages summed and applied together to the price before the compound ones. */
    ADDITIVE
}
