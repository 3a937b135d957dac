package io.github.kamsdk.rules.pricing;

/**
 * Which quantity {@link VolumeBreaks} look at (R-DISC-4).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BreakAggregation {
    /** The line's own quantity. */
    LINE,
    /**
     * The order's quantity of the product group: the lines whose products are in the same group as
     * this line (the group the rule targets, when it targets one, else the product's own group);
     * for {@link BreakSemantics#SLAB} the lines take their places in line-number order. For a
     * product without a group, the order's lines of the same product.
     */
    ORDER_GROUP,
    /**
     * As {@link #ORDER_GROUP}, after what the account already bought of the group (or product) in
     * the period ({@link Quote#history()}): the quote's units come after the history's.
     */
    PERIOD_TO_DATE
}
