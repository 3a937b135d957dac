package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A manager's pay for a period: the fixed line, one line per component (and band, subordinate or
 * deal where useful), the plan-level lines, the totals, and what earned nothing and why.
 *
 * <pre>{@code
 * PayStatement s = calculator.statement(ana, DateRange.ofQuarter(2026, 1), input);
 * s.fixedTotal();    // EUR 18000.00
 * s.variableTotal(); // EUR 7412.50
 * s.total();         // EUR 25412.50 = the sum of the rounded lines, exactly
 * s.unpaid();        // e.g. SO-9: NOT_ELIGIBLE, "group FREIGHT is excluded"
 * s.explanation().render();
 * }</pre>
 *
 * <p><b>Reconciliation</b>: every line is rounded once; {@link #fixedTotal()} is the sum of the
 * {@link PayLineKind#FIXED} lines, {@link #variableTotal()} the sum of the others and {@link
 * #total()} their sum, so the statement adds up to the cent by construction.
 *
 * <p>This class is immutable and thread-safe. Equality ignores the explanations.
 */
public final class PayStatement {
    private final ManagerId manager;
    private final DateRange period;
    private final String planId;
    private final Currency currency;
    private final ImmutableList<PayLine> lines;
    private final ImmutableList<UnpaidTransaction> unpaid;
    private final ImmutableSortedMap<UnpaidReason, Integer> unpaidCounts;
    private final ImmutableList<CommissionRecord> records;
    private final @Nullable Money drawBalance;
    private final Detail detail;
    private final Money fixedTotal;
    private final Money variableTotal;

    PayStatement(
            ManagerId manager,
            DateRange period,
            String planId,
            Currency currency,
            ImmutableList<PayLine> lines,
            ImmutableList<UnpaidTransaction> unpaid,
            ImmutableSortedMap<UnpaidReason, Integer> unpaidCounts,
            ImmutableList<CommissionRecord> records,
            @Nullable Money drawBalance,
            Detail detail) {
        this.manager = manager;
        this.period = period;
        this.planId = planId;
        this.currency = currency;
        this.lines = lines;
        this.unpaid = unpaid;
        this.unpaidCounts = unpaidCounts;
        this.records = records;
        this.drawBalance = drawBalance;
        this.detail = detail;
        Money fixed = Money.zero(currency);
        Money variable = Money.zero(currency);
        for (PayLine l : lines) {
            if (l.kind().isVariable()) {
                variable = variable.plus(l.amount());
            } else {
                fixed = fixed.plus(l.amount());
            }
        }
        this.fixedTotal = fixed;
        this.variableTotal = variable;
    }

    /**
     * A statement as a host stored it, read back (lines and records; the unpaid list is not kept):
     * what {@link PayAdjustment#between} compares a recalculation with, and what a later statement's
     * clawbacks read the records of.
     *
     * @param manager the manager, not null
     * @param period the period, not null
     * @param planId the plan's id, not null
     * @param currency the payout currency, not null
     * @param lines the lines in statement order, in {@code currency}, not null
     * @param records the commission records, not null
     * @param drawBalance the draw balance after the period, not null
     * @return the statement
     * @throws IllegalArgumentException if a line is in another currency
     */
    public static PayStatement restore(
            ManagerId manager,
            DateRange period,
            String planId,
            Currency currency,
            java.util.List<PayLine> lines,
            java.util.List<CommissionRecord> records,
            Optional<Money> drawBalance) {
        notNull(manager, "manager");
        notNull(period, "period");
        notNull(planId, "planId");
        notNull(currency, "currency");
        notNull(lines, "lines");
        notNull(records, "records");
        notNull(drawBalance, "drawBalance");
        for (int i = 0; i < records.size(); i++) {
            notNull(records.get(i), "records[" + i + "]");
        }
        for (PayLine l : lines) {
            io.github.kamsdk.core.internal.Checks.argument(
                    notNull(l, "line").amount().currency().equals(currency),
                    "line %s is in %s, the statement in %s",
                    l.fullKey(),
                    l.amount().currency().getCurrencyCode(),
                    currency.getCurrencyCode());
        }
        return new PayStatement(
                manager,
                period,
                planId,
                currency,
                ImmutableList.copyOf(lines),
                ImmutableList.of(),
                ImmutableSortedMap.of(),
                ImmutableList.copyOf(records),
                drawBalance.orElse(null),
                Detail.EXPLAINED);
    }

    /**
     * The manager.
     *
     * @return the manager
     */
    public ManagerId manager() {
        return manager;
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
     * The id of the plan it was calculated with.
     *
     * @return the plan id
     */
    public String planId() {
        return planId;
    }

    /**
     * The payout currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The lines, in the order of {@link CompensationPlan}'s statement order.
     *
     * @return the lines
     */
    public ImmutableList<PayLine> lines() {
        return lines;
    }

    /**
     * The lines of one kind.
     *
     * @param kind the kind, not null
     * @return those lines, in statement order
     */
    public ImmutableList<PayLine> lines(PayLineKind kind) {
        notNull(kind, "kind");
        return lines.stream().filter(l -> l.kind() == kind).collect(ImmutableList.toImmutableList());
    }

    /**
     * The line with a {@linkplain PayLine#fullKey() full key}.
     *
     * @param fullKey the key, not null
     * @return the line, or empty
     */
    public Optional<PayLine> line(String fullKey) {
        notNull(fullKey, "fullKey");
        return lines.stream().filter(l -> l.fullKey().equals(fullKey)).findFirst();
    }

    /**
     * The sum of the lines of one kind.
     *
     * @param kind the kind, not null
     * @return the sum, zero when there is none
     */
    public Money total(PayLineKind kind) {
        Money sum = Money.zero(currency);
        for (PayLine l : lines(kind)) {
            sum = sum.plus(l.amount());
        }
        return sum;
    }

    /**
     * The fixed part: the sum of the fixed lines.
     *
     * @return the fixed total
     */
    public Money fixedTotal() {
        return fixedTotal;
    }

    /**
     * The variable part: the sum of every other line.
     *
     * @return the variable total, negative when clawbacks exceed earnings
     */
    public Money variableTotal() {
        return variableTotal;
    }

    /**
     * The variable pay earned in the period: the sum of the {@linkplain PayLineKind#isEarned()
     * earned} lines, before the plan's variable cap and floor, draw, clawbacks and adjustments.
     *
     * @return the earned variable pay
     */
    public Money earnedVariable() {
        Money sum = Money.zero(currency);
        for (PayLine l : lines) {
            if (l.kind().isEarned()) {
                sum = sum.plus(l.amount());
            }
        }
        return sum;
    }

    /**
     * What is paid: fixed plus variable.
     *
     * @return the total
     */
    public Money total() {
        return fixedTotal.plus(variableTotal);
    }

    /**
     * The transactions that earned this manager nothing, with the reason; listed when calculated
     * with {@link Detail#EXPLAINED}, else only {@linkplain #unpaidCounts() counted}.
     *
     * @return the unpaid transactions, in the order met
     */
    public ImmutableList<UnpaidTransaction> unpaid() {
        return unpaid;
    }

    /**
     * How many transactions earned nothing, by reason (in either detail).
     *
     * @return the counts
     */
    public ImmutableSortedMap<UnpaidReason, Integer> unpaidCounts() {
        return unpaidCounts;
    }

    /**
     * What was paid and taken back per deal, to store with the statement for later clawbacks.
     *
     * @return the records
     */
    public ImmutableList<CommissionRecord> records() {
        return records;
    }

    /**
     * The recoverable draw balance after the period: with a recoverable draw, or when the input
     * carried a balance (it is passed on unchanged under a plan without a draw).
     *
     * @return what the manager owes, or empty
     */
    public Optional<Money> drawBalance() {
        return Optional.ofNullable(drawBalance);
    }

    /**
     * The detail it was calculated with.
     *
     * @return the detail
     */
    public Detail detail() {
        return detail;
    }

    /**
     * Every line with its explanation, then the totals.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        Explanation.Builder e = Explanation.builder();
        e.addStep(Step.of(
                "pay.statement",
                "pay statement of {manager} for {period}, plan {plan}, in {currency}",
                "manager",
                manager.value(),
                "period",
                period,
                "plan",
                planId,
                "currency",
                currency));
        for (PayLine l : lines) {
            e.addStep(Step.builder()
                    .code("pay.statement.line")
                    .template("{kind} {label}: {amount}")
                    .putParameter("kind", l.kind())
                    .putParameter("label", l.label())
                    .putParameter("amount", l.amount())
                    .addAllChildren(l.explanation().steps())
                    .build());
        }
        e.addStep(Step.of(
                "pay.statement.total",
                "fixed {fixed} + variable {variable} = total {total}",
                "fixed",
                fixedTotal,
                "variable",
                variableTotal,
                "total",
                total()));
        if (!unpaidCounts.isEmpty()) {
            e.addStep(Step.of(
                    "pay.statement.unpaid",
                    "transactions that earned nothing: {counts}",
                    "counts",
                    unpaidCounts.toString()));
        }
        return e.build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PayStatement that
                && manager.equals(that.manager)
                && period.equals(that.period)
                && planId.equals(that.planId)
                && currency.equals(that.currency)
                && lines.equals(that.lines)
                && unpaid.equals(that.unpaid)
                && unpaidCounts.equals(that.unpaidCounts)
                && records.equals(that.records)
                && Objects.equals(drawBalance, that.drawBalance)
                && detail == that.detail;
    }

    @Override
    public int hashCode() {
        return Objects.hash(manager, period, planId, lines, unpaidCounts, drawBalance);
    }

    @Override
    public String toString() {
        return "PayStatement{" + manager + " " + period + " " + planId + ": " + lines.size() + " lines, total "
                + total() + "}";
    }
}
