package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.List;

/**
 * Rules that tied for a place only one may take (the exclusive rule, the unit price, the volume
 * breaks) under {@link TieBreaker#REPORT_CONFLICT}: none of them was applied, for a person to settle.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lineNumber the line
 * @param rules the tied rules, in id order, two or more
 * @param reason what they tied for, in words
 */
public record PricingConflict(int lineNumber, List<RuleId> rules, String reason) {
    /** Checks that nothing is null and copies the rules. */
    public PricingConflict {
        notNull(rules, "rules");
        for (int i = 0; i < rules.size(); i++) {
            notNull(rules.get(i), "rules[" + i + "]");
        }
        rules = List.copyOf(rules);
        notNull(reason, "reason");
    }
}
