package io.github.kamsdk.core.ledger;

/**
 * What a {@link CommercialEvent} is, so that code handling events can switch on it without
 * {@code instanceof} chains.
 */
public enum EventKind {
    /** An {@link Order}: the client ordered goods or services (booked revenue and margin). */
    ORDER,
    /** An {@link Invoice}: the company billed the client; it becomes a receivable. */
    INVOICE,
    /** A {@link Payment}: the client paid, in full or in part, against invoices or in advance. */
    PAYMENT,
    /** A {@link Reversal} of kind {@link ReversalKind#RETURN}: goods sent back after delivery. */
    RETURN,
    /** A {@link Reversal} of kind {@link ReversalKind#REFUSAL}: the client refused the delivery. */
    REFUSAL
}
