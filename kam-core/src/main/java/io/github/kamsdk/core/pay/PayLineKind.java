package io.github.kamsdk.core.pay;

/**
 * What a {@link PayLine} is. Every kind but {@link #FIXED} is part of the variable pay.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PayLineKind {
    /** The fixed part for the period (R-PAY-1), prorated by days when the plan changes. */
    FIXED,
    /** Commission on the manager's own transactions (R-PAY-2, R-PAY-5 splits). */
    COMMISSION,
    /** A senior's override on the transactions of people they supervise (R-PAY-5). */
    OVERRIDE,
    /** A bonus driven by the KPI scorecard (R-PAY-3). */
    BONUS,
    /** A host-defined earning component. */
    OTHER,
    /** What a component's cap takes off its lines (negative). */
    CAP,
    /** What a component's floor adds to its lines (positive). */
    FLOOR,
    /** The reduction for missed plans (R-PAY-4, negative or zero). */
    REDUCTION,
    /** What the plan's variable cap takes off the period's earned variable pay (negative). */
    VARIABLE_CAP,
    /** What the plan's variable floor adds to the period's earned variable pay (positive). */
    VARIABLE_FLOOR,
    /** The draw paid up to the guaranteed minimum (positive). */
    DRAW,
    /** A recoverable draw paid back from earnings above the minimum (negative). */
    DRAW_RECOVERY,
    /**
     * Commission taken back for returns, refusals or receivables not collected (R-PAY-6): negative;
     * positive when a receivable clawed back is collected after all.
     */
    CLAWBACK,
    /** The difference to a statement already paid for an earlier period. */
    ADJUSTMENT;

    /**
     * Whether the line belongs to the variable part: every kind but {@link #FIXED}.
     *
     * @return true for variable pay
     */
    public boolean isVariable() {
        return this != FIXED;
    }

    /**
     * Whether the line is earned in the period by the plan's components (after their caps and
     * floors and the plan-miss reduction): the part the variable cap, floor and draw look at.
     * Clawbacks, draws and adjustments are not.
     *
     * @return true for earnings of the period
     */
    public boolean isEarned() {
        return switch (this) {
            case COMMISSION, OVERRIDE, BONUS, OTHER, CAP, FLOOR, REDUCTION -> true;
            default -> false;
        };
    }
}
