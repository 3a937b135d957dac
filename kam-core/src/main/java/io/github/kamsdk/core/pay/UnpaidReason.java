package io.github.kamsdk.core.pay;

/**
 * Why a transaction earned nothing for a manager: nothing is dropped silently, every such
 * transaction is listed on the statement (or the run) with one of these and a detail.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UnpaidReason {
    /** Dated outside the statement's period. */
    OUTSIDE_PERIOD,
    /** The manager has no plan, or no plan version in force on the transaction's date. */
    NO_PLAN,
    /** The transaction credits a manager the calculator knows neither from the plans nor the team. */
    UNKNOWN_MANAGER,
    /** The credited manager has a plan but no statement was asked for them in this run. */
    NOT_IN_RUN,
    /** The plan's commission counts another crediting basis. */
    BASIS_NOT_USED,
    /** No line of the deal is eligible. */
    NOT_ELIGIBLE,
    /** The base is a margin and an eligible line has no cost. */
    NO_COST,
    /** The eligible base is zero (or a margin at or below zero): it earns nothing. */
    ZERO_BASE,
    /** Reversed in full before the calculation, under a retro clawback policy. */
    FULLY_REVERSED,
    /** The plan has no component that earns on transactions. */
    NO_COMPONENT
}
