package io.github.kamsdk.rules.credit;

/**
 * The four answers to a credit request (R-CRED-2).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CreditOutcome {
    /** The order fits: ship it. */
    APPROVE,
    /** Only part fits now: {@link CreditDecision#maxOrder()} is the largest order allowed. */
    APPROVE_UP_TO,
    /** Not without someone's release: {@link CreditDecision#releaseRole()} may release it. */
    HOLD,
    /** No credit: take prepayment or settle first. */
    REJECT
}
