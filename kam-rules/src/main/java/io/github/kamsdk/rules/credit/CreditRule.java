package io.github.kamsdk.rules.credit;

/**
 * One credit rule: a strategy that judges a request in its {@link CreditContext}.
 *
 * <p>The standard rules are in {@link CreditRules}: prepayment, verification, overdue debt and the
 * limit. A host adds its own (a country risk, a blocked-client list) to the {@link CreditPolicy};
 * every verdict and its reason appear in the decision.
 *
 * <p>Implementations must be immutable, thread-safe and deterministic.
 */
public interface CreditRule {
    /**
     * The rule's id, for reasons and explanations.
     *
     * @return a short stable id such as {@code "credit.limit"}
     */
    String id();

    /**
     * Judges a request.
     *
     * @param context the request, the account's profile, limit, exposure, history and overdue debt,
     *     not null
     * @return the verdict, not null
     */
    RuleVerdict evaluate(CreditContext context);
}
