package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer retention rate (R-KPI-1): the share of the clients active at the start of the period
 * that are still active at its end.
 *
 * <p><b>Definition.</b> With the {@link ActiveClientRule} (default: 90-day inactivity window),
 * S = the accounts active on {@code period.start()}, E = the accounts active on {@code
 * period.endExclusive()}, N = the accounts of E not in S (new or won back). Retention = (E - N) / S,
 * which equals |S and E| / S; numerator and denominator are counts. Only orders and competitor
 * losses count (invoices, payments, reversals and activities do not). In a manager's scope only the
 * orders that credit the manager make an account the manager's client; shares do not matter, an
 * order counts whole. Not defined, with the reason "no clients were active at the start of the
 * period", when S = 0.
 *
 * <pre>{@code
 * // active on 2026-01-01: C-1, C-2, C-3, C-4; active on 2026-04-01: C-1, C-2, C-5 (new)
 * KpiValue v = KpiCalculator.of(CustomerRetention.standard()).compute(q1, input).get(CustomerRetention.ID);
 * v.value(); // Optional[0.5000000000] = (3 - 1) / 4
 * }</pre>
 *
 * <p><b>Why this definition.</b> Retention is quoted in several ways: (E - N) / S (the "CRR"
 * formula of most sales handbooks), "clients who ordered in both periods" over "clients who ordered
 * in the prior period", or one minus a churn count. (E - N) / S was chosen because it is the
 * common one, and because with an explicit activity rule it is exactly the complement of {@link
 * CustomerChurn} on the same rule, so the two KPIs never tell different stories. Won-back clients
 * count in N, not as retained: they were not clients at the start.
 */
public final class CustomerRetention implements KpiFormula, SharingFormula {
    /** The id: {@code customer.retention@1}. */
    public static final KpiId ID = KpiId.of("customer.retention", 1);

    static final String NO_CLIENTS = "no clients were active at the start of the period";

    private static final CustomerRetention STANDARD = new CustomerRetention(ActiveClientRule.standard());

    private final ActiveClientRule rule;
    private final KpiDefinition definition;

    private CustomerRetention(ActiveClientRule rule) {
        this.rule = rule;
        this.definition = KpiDefinition.builder()
                .id(ID)
                .name("Customer retention rate")
                .unit(KpiUnit.RATIO)
                .direction(KpiDirection.HIGHER_IS_BETTER)
                .definition("(E - N) / S = |S and E| / S, counts of accounts. An account is active on day D when its"
                        + " latest order dated before D is dated on or after D minus " + rule.windowDays()
                        + " days and is later than its latest competitor loss dated before D. S = accounts active on"
                        + " the period's start, E = accounts active on the period's (exclusive) end, N = accounts of"
                        + " E not in S (new or won back). Only orders (in a manager's scope, orders crediting the"
                        + " manager, counted whole whatever the share) and competitor losses count. Not defined when"
                        + " S = 0: " + NO_CLIENTS + ".")
                .build();
    }

    /**
     * Retention under the standard {@link ActiveClientRule} (90 days).
     *
     * @return the formula
     */
    public static CustomerRetention standard() {
        return STANDARD;
    }

    /**
     * Retention under another activity rule (same id: hosts that pin a figure pin the rule too).
     *
     * @param rule the rule, not null
     * @return the formula
     */
    public static CustomerRetention of(ActiveClientRule rule) {
        return new CustomerRetention(notNull(rule, "rule"));
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

    private static final class Acc implements KpiAccumulator {
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
                    rule.equals(that.rule),
                    "cannot merge kpi %s accumulators of rules %s and %s",
                    definition.id(),
                    rule,
                    that.rule);
            base.merge(that.base);
        }

        @Override
        public KpiValue result() {
            ClientBase.Figures f = base.figures();
            List<Step> steps = new ArrayList<>(f.steps("kpi.retention", context.period(), rule));
            steps.add(Step.of(
                    "kpi.retention.rate",
                    "retention = (E - N) / S = ({end} - {gained}) / {start} = {kept} / {start}",
                    "end",
                    f.end().size(),
                    "gained",
                    f.gained().size(),
                    "start",
                    f.start().size(),
                    "kept",
                    f.kept()));
            return KpiValue.ratio(
                    definition,
                    context.period(),
                    BigDecimal.valueOf(f.kept()),
                    BigDecimal.valueOf(f.start().size()),
                    NO_CLIENTS,
                    Explanation.of(steps));
        }
    }
}
