package io.github.kamsdk.core.pay;

import java.util.List;

/**
 * The running state of one {@link PayComponent} for one manager over the days of one plan version
 * within a statement's period.
 *
 * <p>The calculator offers it every transaction dated in those days that credits the manager (or,
 * for overrides, someone they supervise), each exactly once and in no particular order; then asks
 * for its lines once. The lines must not depend on the order the transactions came in.
 *
 * <p>An accumulator is used by one calculation only and need not be thread-safe.
 */
public interface ComponentAccumulator {
    /**
     * Takes in a transaction.
     *
     * @param transaction the transaction as this statement sees it, not null
     * @return whether it was counted, ignored or not counted with a reason; not null
     */
    Take offer(CreditedTransaction transaction);

    /**
     * The component's lines, after every transaction has been offered.
     *
     * @param before the lines of the components before this one in the plan version, for the same
     *     days (a plan-miss reduction reduces them), not null
     * @return the lines, in the plan's currency, possibly none; not null
     */
    List<PayLine> lines(List<PayLine> before);

    /**
     * What each counted transaction earned, for the deals the context {@linkplain
     * ComponentContext#tracks tracks}: one {@link CommissionRecord.Kind#EARNED} record per
     * transaction. Components whose earnings cannot be clawed back return none.
     *
     * @return the records, after {@link #lines}; not null
     */
    default List<CommissionRecord> records() {
        return List.of();
    }
}
