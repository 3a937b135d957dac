package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * New clients in the period (R-ACC-2, R-KPI-6; 004 §4.3 counts them): the accounts whose first
 * order in the input is dated in the period.
 *
 * <p><b>Definition.</b> The count of accounts whose earliest order in the input (in a manager's
 * scope, the earliest order crediting the manager, counted whole whatever the share) is dated in
 * the period. Only orders count; a won-back client (one that had bought before) is not new. Always
 * defined (0 when there is none).
 *
 * <p><b>Hosts must pass the full order history</b> (or at least enough of it before the period):
 * the formula can only know that an account "never bought before" from the orders it is given. An
 * input that starts with the period counts every client as new.
 *
 * <pre>{@code
 * // orders: C-1 on 2025-11-03 and 2026-02-01, C-2 on 2026-01-15, C-3 on 2026-04-02
 * KpiCalculator.of(NewClients.standard()).compute(q1, input).get(NewClients.ID).value(); // Optional[1]: C-2
 * }</pre>
 *
 * <p><b>Why this definition.</b> "New client" is used for first purchase ever, for a first
 * contract, or for reactivation after a long pause. The first order is the one fact every ledger
 * has; reactivated clients are visible separately as N - new clients of {@link CustomerRetention}.
 */
public final class NewClients implements KpiFormula {
    /** The id: {@code clients.new@1}. */
    public static final KpiId ID = KpiId.of("clients.new", 1);

    static final KpiDefinition DEFINITION = KpiDefinition.builder()
            .id(ID)
            .name("New clients")
            .unit(KpiUnit.COUNT)
            .direction(KpiDirection.HIGHER_IS_BETTER)
            .definition("The number of accounts whose earliest order in the input (in a manager's scope, the"
                    + " earliest order crediting the manager, counted whole whatever the share) is dated in the"
                    + " period. Only orders count. The input must hold the order history before the period for"
                    + " this to mean the account never bought before.")
            .build();

    private static final NewClients STANDARD = new NewClients();

    private NewClients() {}

    /**
     * The formula.
     *
     * @return the formula
     */
    public static NewClients standard() {
        return STANDARD;
    }

    @Override
    public KpiDefinition definition() {
        return DEFINITION;
    }

    @Override
    public KpiAccumulator newAccumulator(KpiContext context) {
        return new Acc(notNull(context, "context"));
    }

    /** The accumulator, shared with {@link PlanAttainment}: the earliest order date per account. */
    static final class Acc implements KpiAccumulator {
        private final KpiContext context;
        private final Map<AccountId, LocalDate> firstOrders = new HashMap<>();

        Acc(KpiContext context) {
            this.context = context;
        }

        @Override
        public void order(Order order, Rate share) {
            // Orders after the period cannot make an account new in it, nor stop it from being new.
            if (order.date().isBefore(context.period().endExclusive())) {
                firstOrders.merge(order.account(), order.date(), (a, b) -> a.isAfter(b) ? b : a);
            }
        }

        @Override
        public void merge(KpiAccumulator other) {
            Acc that = Accumulators.mergeable(
                    Acc.class, other, DEFINITION, context, other instanceof Acc a ? a.context : context);
            that.firstOrders.forEach((a, d) -> firstOrders.merge(a, d, (x, y) -> x.isAfter(y) ? y : x));
        }

        ImmutableSortedSet<AccountId> newAccounts() {
            ImmutableSortedSet.Builder<AccountId> out = ImmutableSortedSet.naturalOrder();
            firstOrders.forEach((a, d) -> {
                if (context.period().contains(d)) {
                    out.add(a);
                }
            });
            return out.build();
        }

        Step step() {
            ImmutableSortedSet<AccountId> accounts = newAccounts();
            return Step.of(
                    "kpi.new_clients.first_orders",
                    "{count} accounts placed their first order in {period}: {accounts}",
                    "count",
                    accounts.size(),
                    "period",
                    context.period(),
                    "accounts",
                    ClientBase.names(accounts));
        }

        @Override
        public KpiValue result() {
            return KpiValue.of(
                    DEFINITION,
                    context.period(),
                    BigDecimal.valueOf(newAccounts().size()),
                    Explanation.of(step()));
        }
    }
}
