package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.notNull;

/**
 * What became of one rule that matched a line: applied, or not and why.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rule the rule's id
 * @param applied whether it changed the price
 * @param reason why it applied or not, in words
 */
public record RuleOutcome(RuleId rule, boolean applied, String reason) {
    /** Checks that nothing is null. */
    public RuleOutcome {
        notNull(rule, "rule");
        notNull(reason, "reason");
    }
}
