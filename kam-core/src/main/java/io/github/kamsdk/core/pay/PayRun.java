package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statements of many managers for one period, from one pass over the transactions, and the
 * credits that reached no statement.
 *
 * <pre>{@code
 * PayRun run = calculator.run(q1, team.managers()…, input, Detail.FIGURES_ONLY);
 * run.statement(ana).total();
 * run.totals();      // per payout currency
 * run.unassigned();  // credits to managers without a statement, with the reason
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PayRun {
    private final DateRange period;
    private final Detail detail;
    private final ImmutableSortedMap<ManagerId, PayStatement> statements;
    private final ImmutableList<UnpaidTransaction> unassigned;
    private final ImmutableSortedMap<UnpaidReason, Integer> unassignedCounts;

    PayRun(
            DateRange period,
            Detail detail,
            ImmutableSortedMap<ManagerId, PayStatement> statements,
            ImmutableList<UnpaidTransaction> unassigned,
            ImmutableSortedMap<UnpaidReason, Integer> unassignedCounts) {
        this.period = period;
        this.detail = detail;
        this.statements = statements;
        this.unassigned = unassigned;
        this.unassignedCounts = unassignedCounts;
    }

    /**
     * The period.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * The detail the run kept.
     *
     * @return the detail
     */
    public Detail detail() {
        return detail;
    }

    /**
     * The statements, by manager.
     *
     * @return the statements
     */
    public ImmutableSortedMap<ManagerId, PayStatement> statements() {
        return statements;
    }

    /**
     * One manager's statement.
     *
     * @param manager the manager, not null
     * @return the statement
     * @throws IllegalArgumentException if the run has none for the manager
     */
    public PayStatement statement(ManagerId manager) {
        notNull(manager, "manager");
        PayStatement s = statements.get(manager);
        argument(s != null, "the run has no statement for manager %s; it has %s", manager, statements.keySet());
        return s;
    }

    /**
     * Credits of transactions in the period to managers without a statement in the run (listed with
     * {@link Detail#EXPLAINED}, else counted).
     *
     * @return the unassigned credits
     */
    public ImmutableList<UnpaidTransaction> unassigned() {
        return unassigned;
    }

    /**
     * How many credits reached no statement, by reason.
     *
     * @return the counts
     */
    public ImmutableSortedMap<UnpaidReason, Integer> unassignedCounts() {
        return unassignedCounts;
    }

    /**
     * The sum of the statements' totals, per payout currency.
     *
     * @return the totals
     */
    public ImmutableSortedMap<String, Money> totals() {
        Map<String, Money> sums = new TreeMap<>();
        for (PayStatement s : statements.values()) {
            Currency c = s.currency();
            sums.merge(c.getCurrencyCode(), s.total(), Money::plus);
        }
        return ImmutableSortedMap.copyOf(sums);
    }

    @Override
    public String toString() {
        return "PayRun{" + period + ", " + statements.size() + " statements, totals " + totals() + "}";
    }
}
