package io.github.kamsdk.core.pay;

/**
 * How a {@link CreditedTransaction} reaches a manager's statement.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CreditRelation {
    /** The transaction credits the statement's manager. */
    OWN,
    /**
     * The transaction credits someone the statement's manager supervises (directly or further
     * down), for overrides.
     */
    SUBORDINATE
}
