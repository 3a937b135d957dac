package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.ledger.Receivables;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a pay calculation reads besides the plans: the transactions, the triggers of
 * clawbacks (returns and refusals, receivables), what earlier statements paid, each manager's KPI
 * results and scorecard, draw balances and adjustments of earlier periods.
 *
 * <pre>{@code
 * PayInput input = PayInput.builder()
 *     .transactions(PayTransactions.fromLedger(ledger, CreditingBasis.BOOKED))
 *     .addReversals(ledger.reversals())
 *     .receivables(ledger.receivables(LocalDate.of(2026, 3, 31)))
 *     .addHistory(recordsOfEarlierStatements)
 *     .putScorecard(ana, anasScorecard)
 *     .putKpiResults(ana, anasKpis)
 *     .build();
 * }</pre>
 *
 * <p>The transactions are an {@link Iterable} that each calculation walks once (a what-if walks
 * it twice), so a host can stream them from its database; everything else is held in memory.
 *
 * <p>This class is immutable and thread-safe if the transactions' iterable is.
 */
public final class PayInput {
    private final Iterable<PayTransaction> transactions;
    private final ImmutableList<Reversal> reversals;
    private final @Nullable Receivables receivables;
    private final ImmutableList<CommissionRecord> history;
    private final ImmutableMap<ManagerId, ScorecardResult> scorecards;
    private final ImmutableMap<ManagerId, KpiResults> kpis;
    private final ImmutableMap<ManagerId, Money> drawBalances;
    private final ImmutableList<PayAdjustment> adjustments;

    private PayInput(Builder b) {
        this.transactions = b.transactions;
        this.reversals = ImmutableList.copyOf(b.reversals);
        this.receivables = b.receivables;
        this.history = ImmutableList.copyOf(b.history);
        this.scorecards = ImmutableMap.copyOf(b.scorecards);
        this.kpis = ImmutableMap.copyOf(b.kpis);
        this.drawBalances = ImmutableMap.copyOf(b.drawBalances);
        this.adjustments = ImmutableList.copyOf(b.adjustments);
    }

    /**
     * A builder with nothing in it.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Only transactions.
     *
     * @param transactions the transactions, not null
     * @return the input
     */
    public static PayInput of(Iterable<PayTransaction> transactions) {
        return builder().transactions(transactions).build();
    }

    /**
     * The transactions.
     *
     * @return the iterable, walked once per calculation
     */
    public Iterable<PayTransaction> transactions() {
        return transactions;
    }

    /**
     * The returns and refusals that may take commission back.
     *
     * @return the reversals
     */
    public ImmutableList<Reversal> reversals() {
        return reversals;
    }

    /**
     * The open receivables, as of the day the calculation judges unpaid invoices (normally the
     * period's last day).
     *
     * @return the receivables, or empty
     */
    public Optional<Receivables> receivables() {
        return Optional.ofNullable(receivables);
    }

    /**
     * What earlier statements paid and took back.
     *
     * @return the records
     */
    public ImmutableList<CommissionRecord> history() {
        return history;
    }

    /**
     * Each manager's scorecard for the period.
     *
     * @return the scorecards by manager
     */
    public ImmutableMap<ManagerId, ScorecardResult> scorecards() {
        return scorecards;
    }

    /**
     * Each manager's KPI results for the period.
     *
     * @return the results by manager
     */
    public ImmutableMap<ManagerId, KpiResults> kpiResults() {
        return kpis;
    }

    /**
     * Each manager's recoverable draw balance before the period (what they owe).
     *
     * @return the balances by manager
     */
    public ImmutableMap<ManagerId, Money> drawBalances() {
        return drawBalances;
    }

    /**
     * Adjustments of earlier periods to pay with this period's statements.
     *
     * @return the adjustments
     */
    public ImmutableList<PayAdjustment> adjustments() {
        return adjustments;
    }

    /** A copy with one more transaction, for what-if questions. */
    PayInput withTransaction(PayTransaction extra) {
        Builder b = new Builder();
        Iterable<PayTransaction> base = transactions;
        b.transactions = () -> com.google.common.collect.Iterators.concat(
                base.iterator(), com.google.common.collect.Iterators.singletonIterator(extra));
        b.reversals.addAll(reversals);
        b.receivables = receivables;
        b.history.addAll(history);
        b.scorecards.putAll(scorecards);
        b.kpis.putAll(kpis);
        b.drawBalances.putAll(drawBalances);
        b.adjustments.addAll(adjustments);
        return new PayInput(b);
    }

    /** Builds a {@link PayInput}; a builder is not thread-safe. */
    public static final class Builder {
        private Iterable<PayTransaction> transactions = List.of();
        private final List<Reversal> reversals = new ArrayList<>();
        private @Nullable Receivables receivables;
        private final List<CommissionRecord> history = new ArrayList<>();
        private final Map<ManagerId, ScorecardResult> scorecards = new LinkedHashMap<>();
        private final Map<ManagerId, KpiResults> kpis = new LinkedHashMap<>();
        private final Map<ManagerId, Money> drawBalances = new LinkedHashMap<>();
        private final List<PayAdjustment> adjustments = new ArrayList<>();

        Builder() {}

        /**
         * The transactions (replacing any set before). Not copied: a calculation walks the iterable
         * itself, so it may stream. A null element fails the calculation with an {@link
         * IllegalArgumentException}.
         *
         * @param transactions the transactions, not null
         * @return this builder
         */
        public Builder transactions(Iterable<PayTransaction> transactions) {
            this.transactions = notNull(transactions, "transactions");
            return this;
        }

        /**
         * Adds returns and refusals. Pass every return and refusal of the deals concerned, whatever
         * its date (a {@link io.github.kamsdk.core.ledger.Ledger}'s {@code reversals()}): the
         * clawback due is computed from all of them, cumulatively, and compared with what was taken
         * back before, so a reversal left out reads as if it had never happened. Those dated after
         * the period are ignored by a net-forward statement.
         *
         * @param reversals the reversals, not null, no null element
         * @return this builder
         */
        public Builder addReversals(Iterable<Reversal> reversals) {
            notNull(reversals, "reversals");
            int i = 0;
            for (Reversal r : reversals) {
                this.reversals.add(notNull(r, "reversals[" + i++ + "]"));
            }
            return this;
        }

        /**
         * The open receivables as of the day unpaid invoices are judged.
         *
         * @param receivables the receivables, not null
         * @return this builder
         */
        public Builder receivables(Receivables receivables) {
            this.receivables = notNull(receivables, "receivables");
            return this;
        }

        /**
         * Adds records of earlier statements.
         *
         * @param records the records, not null, no null element
         * @return this builder
         */
        public Builder addHistory(Iterable<CommissionRecord> records) {
            notNull(records, "records");
            int i = 0;
            for (CommissionRecord r : records) {
                history.add(notNull(r, "history[" + i++ + "]"));
            }
            return this;
        }

        /**
         * A manager's scorecard for the period.
         *
         * @param manager the manager, not null
         * @param scorecard the scorecard, not null
         * @return this builder
         * @throws IllegalArgumentException if the manager has one already
         */
        public Builder putScorecard(ManagerId manager, ScorecardResult scorecard) {
            notNull(manager, "manager");
            notNull(scorecard, "scorecard");
            argument(scorecards.putIfAbsent(manager, scorecard) == null, "manager %s has a scorecard already", manager);
            return this;
        }

        /**
         * A manager's KPI results for the period (plan attainments among them).
         *
         * @param manager the manager, not null
         * @param results the results, not null
         * @return this builder
         * @throws IllegalArgumentException if the manager has results already
         */
        public Builder putKpiResults(ManagerId manager, KpiResults results) {
            notNull(manager, "manager");
            notNull(results, "results");
            argument(kpis.putIfAbsent(manager, results) == null, "manager %s has KPI results already", manager);
            return this;
        }

        /**
         * A manager's recoverable draw balance before the period.
         *
         * @param manager the manager, not null
         * @param balance what the manager owes, not negative, not null
         * @return this builder
         * @throws IllegalArgumentException if negative or the manager has a balance already
         */
        public Builder putDrawBalance(ManagerId manager, Money balance) {
            notNull(manager, "manager");
            notNull(balance, "balance");
            argument(
                    balance.isPositiveOrZero(), "draw balance must not be negative: %s (manager %s)", balance, manager);
            argument(
                    drawBalances.putIfAbsent(manager, balance) == null,
                    "manager %s has a draw balance already",
                    manager);
            return this;
        }

        /**
         * Adds an adjustment of an earlier period, to be paid with the manager's statement.
         *
         * @param adjustment the adjustment, not null
         * @return this builder
         * @throws IllegalArgumentException if one for the same manager and period is there already
         */
        public Builder addAdjustment(PayAdjustment adjustment) {
            notNull(adjustment, "adjustment");
            for (PayAdjustment a : adjustments) {
                argument(
                        !(a.manager().equals(adjustment.manager()) && a.period().equals(adjustment.period())),
                        "an adjustment of %s for manager %s is there already: pass the latest one only",
                        adjustment.period(),
                        adjustment.manager());
            }
            adjustments.add(adjustment);
            return this;
        }

        /**
         * The input.
         *
         * @return the input
         */
        public PayInput build() {
            return new PayInput(this);
        }
    }
}
