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
 * Customer churn rate (R-KPI-2): the share of the clients active at the start of the period that
 * are no longer active at its end, because they went to a competitor or stopped buying regularly.
 * The goal is zero.
 *
 * <p><b>Definition.</b> With the {@link ActiveClientRule} (default: 90-day inactivity window) and
 * S, E, N as in {@link CustomerRetention}: churn = (S - (E - N)) / S = |S not in E| / S; numerator
 * and denominator are counts. So retention + churn = 100% exactly on the same input and rule. The
 * explanation splits the churned into <em>lost to a competitor</em> (a competitor loss dated before
 * the period's end, on or after the account's latest order before the end, is what makes it
 * inactive at the end: the loss may be dated in the period, or earlier with the last order on the
 * same day) and <em>stopped buying regularly</em> (no order within the window before the end). Only
 * orders (in a manager's scope, those crediting the manager, counted whole) and competitor losses
 * count. Not defined, with the reason "no clients were active at the start of the period", when
 * S = 0.
 *
 * <pre>{@code
 * // S = {C-1, C-2, C-3, C-4}; at the end C-3 lapsed, C-4 was lost on 2026-02-10; C-5 is new
 * KpiValue v = KpiCalculator.of(CustomerChurn.standard()).compute(q1, input).get(CustomerChurn.ID);
 * v.value(); // Optional[0.5000000000] = (4 - (3 - 1)) / 4
 * }</pre>
 *
 * <p><b>Why this definition.</b> Churn is defined in use as lost customers over customers at the
 * start, with "lost" meaning anything from a cancelled contract to no purchase in N days. The
 * source names both causes (R-KPI-2), so an account counts as churned for either one, and the
 * explanation keeps them apart; new clients gained in the period never offset churn (unlike
 * "net churn" variants), which keeps churn the exact complement of {@link CustomerRetention}.
 */
public final class CustomerChurn implements KpiFormula, SharingFormula {
    /** The id: {@code customer.churn@1}. */
    public static final KpiId ID = KpiId.of("customer.churn", 1);

    private static final CustomerChurn STANDARD = new CustomerChurn(ActiveClientRule.standard());

    private final ActiveClientRule rule;
    private final KpiDefinition definition;

    private CustomerChurn(ActiveClientRule rule) {
        this.rule = rule;
        this.definition = KpiDefinition.builder()
                .id(ID)
                .name("Customer churn rate")
                .unit(KpiUnit.RATIO)
                .direction(KpiDirection.LOWER_IS_BETTER)
                .definition("(S - (E - N)) / S = |S not in E| / S, counts of accounts. An account is active on day D"
                        + " when its latest order dated before D is dated on or after D minus " + rule.windowDays()
                        + " days and is later than its latest competitor loss dated before D. S = accounts active on"
                        + " the period's start, E = accounts active on the period's (exclusive) end, N = accounts of"
                        + " E not in S. A churned account is lost to a competitor when a competitor loss dated before"
                        + " the end, on or after its latest order before the end, makes it inactive; otherwise it"
                        + " stopped buying regularly. Only orders (in a manager's scope, orders crediting the"
                        + " manager, counted whole whatever the share) and competitor losses count. Retention +"
                        + " churn = 1. Not defined when S = 0: " + CustomerRetention.NO_CLIENTS + ".")
                .build();
    }

    /**
     * Churn under the standard {@link ActiveClientRule} (90 days).
     *
     * @return the formula
     */
    public static CustomerChurn standard() {
        return STANDARD;
    }

    /**
     * Churn under another activity rule (same id: hosts that pin a figure pin the rule too).
     *
     * @param rule the rule, not null
     * @return the formula
     */
    public static CustomerChurn of(ActiveClientRule rule) {
        return new CustomerChurn(notNull(rule, "rule"));
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
            List<Step> steps = new ArrayList<>(f.steps("kpi.churn", context.period(), rule));
            steps.add(Step.builder()
                    .code("kpi.churn.churned")
                    .template("S - (E - N) = {start} - ({end} - {gained}) = {churned} churned")
                    .putParameter("start", f.start().size())
                    .putParameter("end", f.end().size())
                    .putParameter("gained", f.gained().size())
                    .putParameter("churned", f.churned())
                    .addChild(Step.of(
                            "kpi.churn.competitor",
                            "{count} lost to a competitor: {accounts}",
                            "count",
                            f.lostToCompetitor().size(),
                            "accounts",
                            ClientBase.names(f.lostToCompetitor())))
                    .addChild(Step.of(
                            "kpi.churn.lapsed",
                            "{count} stopped buying regularly (no order within {window} days before {day}): {accounts}",
                            "count",
                            f.lapsed().size(),
                            "window",
                            rule.windowDays(),
                            "day",
                            context.period().endExclusive(),
                            "accounts",
                            ClientBase.names(f.lapsed())))
                    .build());
            steps.add(Step.of(
                    "kpi.churn.rate",
                    "churn = {churned} / {start}",
                    "churned",
                    f.churned(),
                    "start",
                    f.start().size()));
            return KpiValue.ratio(
                    definition,
                    context.period(),
                    BigDecimal.valueOf(f.churned()),
                    BigDecimal.valueOf(f.start().size()),
                    CustomerRetention.NO_CLIENTS,
                    Explanation.of(steps));
        }
    }
}
