package io.github.kamsdk.core.pay;

/**
 * How a plan takes back commission already paid (R-PAY-6).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ClawbackMode {
    /**
     * In the period the return, refusal or unpaid receivable is discovered: the statement of that
     * period gets negative {@link PayLineKind#CLAWBACK} lines, one per deal and component, looked up
     * in the {@link CommissionRecord}s of what was paid. Earlier statements stay as paid.
     */
    NET_FORWARD,

    /**
     * By recomputing the period in which the commission was earned: every statement calculated
     * with the triggers known reduces each transaction by the part of its deal taken back, and
     * {@link PayAdjustment#between} gives the difference to what was paid, to pay with the next
     * statement.
     */
    RETRO
}
