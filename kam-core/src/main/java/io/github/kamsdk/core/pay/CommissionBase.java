package io.github.kamsdk.core.pay;

/**
 * What a commission rate is applied to (R-PAY-2): the transaction's amount or its margin.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CommissionBase {
    /** The eligible lines' amount. */
    AMOUNT,

    /**
     * The eligible lines' margin (amount minus cost), never below zero: a deal sold below cost earns
     * nothing, it does not cost the manager commission. Lines without a cost cannot be judged, and
     * the transaction is listed as not counted.
     */
    MARGIN
}
