package io.github.kamsdk.core.pay;

/**
 * When a sale earns commission (R-PAY-2): when it is booked, when it is invoiced, or as its cash is
 * collected.
 *
 * <p>A {@link PayTransaction} says on which basis it credits its deal; a {@link
 * TransactionCommission} earns only on transactions of its own basis and lists the others as not
 * counted, so a host may pass the transactions of several bases to plans that differ.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CreditingBasis {
    /** The order earns on its date, in full: one transaction per order. */
    BOOKED,

    /**
     * Each invoice earns on its date for the share of the deal it bills: an invoice of EUR 4,000 on
     * an order of EUR 10,000 credits 40% of the order's lines.
     */
    INVOICED,

    /**
     * Each payment earns on its date for the share of the deal it pays, partial payments and down
     * payments pro rata: EUR 2,500 paid on an invoice of EUR 5,000 that bills half of an order
     * credits 25% of the order's lines.
     */
    COLLECTED
}
