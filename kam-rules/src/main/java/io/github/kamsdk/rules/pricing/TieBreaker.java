package io.github.kamsdk.rules.pricing;

/**
 * What decides between two rules of the same specificity and priority when only one may apply (two
 * exclusive rules, two rules that set the base price).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TieBreaker {
    /** The rule with the smaller id wins: deterministic, independent of declaration order. */
    RULE_ID,
    /** The rule that gives the lower price wins (ties then by id). */
    LOWEST_PRICE,
    /**
     * No rule wins: the tied rules are all left out of the line and reported as a {@link
     * PricingConflict} naming them, for a person to settle.
     */
    REPORT_CONFLICT
}
