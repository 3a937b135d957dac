package io.github.kamsdk.rules.admission;

/**
 * What may happen to an order, from best to worst; an admission takes the worst its checks give.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AdmissionOutcome {
    /** Every check passes: book it. */
    ALLOW,
    /** The discount or a pricing conflict needs a role's approval first. */
    NEEDS_APPROVAL,
    /** Credit holds the order until someone with authority releases it. */
    HOLD,
    /** It cannot be booked as it is (unpriced lines, below the margin floor, beyond every authority, credit rejected). */
    BLOCK
}
