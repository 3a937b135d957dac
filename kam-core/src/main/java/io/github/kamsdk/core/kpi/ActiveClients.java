package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.List;

/**
 * The active client base at the end of the period (R-KPI-6, R-ACC-2): E, the number of accounts
 * active on the period's (exclusive) end under an {@link ActiveClientRule}.
 *
 * <p><b>Definition.</b> E = the count of accounts whose latest order dated before {@code
 * period.endExclusive()} is dated on or after that day minus the window (default 90 days) and is
 * later than their latest competitor loss dated before that day. Only orders (in a manager's
 * scope, orders crediting the manager, counted whole whatever the share) and competitor losses
 * count. Always defined (0 when there is no client).
 *
 * <pre>{@code
 * // Q1 2026, 90 days: C-1 ordered 2026-03-02, C-2 on 2025-12-15 (lapsed), C-3 on 2026-02-01 but lost 2026-03-01
 * KpiCalculator.of(ActiveClients.standard()).compute(q1, input).get(ActiveClients.ID).value(); // Optional[1]
 * }</pre>
 *
 * <p><b>Why this definition.</b> The "active client base" plan of a KAM (004 §4.3) is judged on the
 * base the manager ends the period with; measuring it at the end with the same rule as retention
 * and churn makes E = S - churned + N hold between the three KPIs.
 */
public final class ActiveClients implements KpiFormula, SharingFormula {
    /** The id: {@code clients.active@1}. */
    public static final KpiId ID = KpiId.of("clients.active", 1);

    private static final ActiveClients STANDARD = new ActiveClients(ActiveClientRule.standard());

    private final ActiveClientRule rule;
    private final KpiDefinition definition;

    private ActiveClients(ActiveClientRule rule) {
        this.rule = rule;
        this.definition = KpiDefinition.builder()
                .id(ID)
                .name("Active clients")
                .unit(KpiUnit.COUNT)
                .direction(KpiDirection.HIGHER_IS_BETTER)
                .definition(definitionText(rule))
                .build();
    }

    static String definitionText(ActiveClientRule rule) {
        return "E = the number of accounts active on the period's (exclusive) end D: accounts whose latest order"
                + " dated before D is dated on or after D minus " + rule.windowDays() + " days and is later than"
                + " their latest competitor loss dated before D. Only orders (in a manager's scope, orders"
                + " crediting the manager, counted whole whatever the share) and competitor losses count.";
    }

    /**
     * The active client base under the standard {@link ActiveClientRule} (90 days).
     *
     * @return the formula
     */
    public static ActiveClients standard() {
        return STANDARD;
    }

    /**
     * The active client base under another activity rule (same id).
     *
     * @param rule the rule, not null
     * @return the formula
     */
    public static ActiveClients of(ActiveClientRule rule) {
        return new ActiveClients(notNull(rule, "rule"));
    }

    /**
     * The activity rule.
     *
     * @return the rule
     */
    public ActiveClientRule rule() {
        return rule;
    }

    @Override
    public KpiDefinition definition() {
        return definition;
    }

    @Override
    public KpiAccumulator newAccumulator(KpiContext context) {
        return new Acc(definition, rule, notNull(context, "context"));
    }

    /** Shares the client base with the other formulas of the same inactivity window. */
    @Override
    public Object stateKey() {
        return List.of(ClientBase.class, rule);
    }

    /** A new client base under this formula's window. */
    @Override
    public KpiAccumulator newState(KpiContext context) {
        return new ClientBase(notNull(context, "context").period(), rule);
    }

    /** The value from a shared client base. */
    @Override
    public KpiValue result(KpiAccumulator state, KpiContext context) {
        return new Acc(definition, rule, context, (ClientBase) state).result();
    }

    /** The accumulator, shared with {@link PlanAttainment}: counts E. */
    static final class Acc implements KpiAccumulator {
        private final KpiDefinition definition;
        private final ActiveClientRule rule;
        private final KpiContext context;
        private final ClientBase base;

        Acc(KpiDefinition definition, ActiveClientRule rule, KpiContext context) {
            this.definition = definition;
            this.rule = rule;
            this.context = context;
            this.base = new ClientBase(context.period(), rule);
        }

        Acc(KpiDefinition definition, ActiveClientRule rule, KpiContext context, ClientBase base) {
            this.definition = definition;
            this.rule = rule;
            this.context = context;
            this.base = base;
        }

        @Override
        public void order(Order order, Rate share) {
            base.order(order);
        }

        @Override
        public void competitorLoss(CompetitorLoss loss) {
            base.loss(loss);
        }

        @Override
        public void merge(KpiAccumulator other) {
            Acc that = Accumulators.mergeable(
                    Acc.class, other, definition, context, other instanceof Acc a ? a.context : context);
            argument(
                    rule.equals(that.rule) && definition.equals(that.definition),
                    "cannot merge kpi %s accumulators of rules %s and %s",
                    definition.id(),
                    rule,
                    that.rule);
            base.merge(that.base);
        }

        /** E with its step. */
        Step endStep() {
            ClientBase.Figures f = base.figures();
            return Step.of(
                    "kpi.active_clients.end",
                    "E = {count} clients active on {day} (ordered within {window} days before, not lost since): {accounts}",
                    "count",
                    f.end().size(),
                    "day",
                    context.period().endExclusive(),
                    "window",
                    rule.windowDays(),
                    "accounts",
                    ClientBase.names(f.end()));
        }

        int count() {
            return base.figures().end().size();
        }

        @Override
        public KpiValue result() {
            return KpiValue.of(definition, context.period(), BigDecimal.valueOf(count()), Explanation.of(endStep()));
        }
    }
}
