package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Plan attainment (R-KPI-6; 004 §2.1, §4.3): actual / plan for the three plans a KAM answers for,
 * each a formula with its own id: {@link #sales(Iterable)} ({@code plan.attainment.sales@1}),
 * {@link #activeClients(Iterable, ActiveClientRule)} ({@code plan.attainment.active_clients@1}) and
 * {@link #newClients(Iterable)} ({@code plan.attainment.new_clients@1}).
 *
 * <p><b>Definition.</b> Attainment = actual / plan, a ratio (1 = plan met exactly), where
 *
 * <ul>
 *   <li>the actual is, in the context's scope: for sales, the period's net revenue (orders dated in
 *       the period at {@code amount × share} minus returns and refusals dated in it at {@code value
 *       × share}, in the reporting currency); for the active client base, {@link ActiveClients}
 *       under the given rule; for new clients, {@link NewClients};
 *   <li>the plan is, in a manager's scope, that manager's {@link SalesPlan} whose period equals the
 *       context's period; in the company scope, the sum of every manager's plan for that period.
 *       Only plans that set the target count.
 * </ul>
 *
 * <p>Not defined, with a reason, when there is no plan (e.g. "no sales plan for M-1 in
 * [2026-01-01, 2026-04-01)") or the plan is zero. Two plans for the same manager and period are
 * rejected when the formula is built, naming both. A sales volume not in the context's currency is
 * rejected (naming the plan and both currencies) when the accumulator is made for that context.
 *
 * <pre>{@code
 * PlanAttainment sales = PlanAttainment.sales(List.of(planAnaQ1));   // EUR 100000 for M-1, Q1 2026
 * // M-1's net revenue in Q1 2026: EUR 90000 - EUR 5000 returned = EUR 85000
 * KpiCalculator.of(sales).compute(q1.forManager(m1), input).get(PlanAttainment.SALES_ID).value(); // 0.85
 * }</pre>
 *
 * <p><b>Why this definition.</b> The source judges a KAM on fulfilling the sales, active-base and
 * new-client plans (004 §4.3); plain actual / plan is how plan fulfilment is quoted there and in
 * practice, and it is monotone in the actual, which pay rules (R-PAY-4) rely on. Net revenue rather
 * than gross orders because returns and refusals are sales that did not happen (004 §2.11). The
 * company plan is the sum of the managers' plans so that the company figure matches the managers'.
 */
public final class PlanAttainment implements KpiFormula {
    /** The id of sales plan attainment: {@code plan.attainment.sales@1}. */
    public static final KpiId SALES_ID = KpiId.of("plan.attainment.sales", 1);

    /** The id of active client base plan attainment: {@code plan.attainment.active_clients@1}. */
    public static final KpiId ACTIVE_CLIENTS_ID = KpiId.of("plan.attainment.active_clients", 1);

    /** The id of new clients plan attainment: {@code plan.attainment.new_clients@1}. */
    public static final KpiId NEW_CLIENTS_ID = KpiId.of("plan.attainment.new_clients", 1);

    private enum Kind {
        SALES("sales plan"),
        ACTIVE_CLIENTS("active client base plan"),
        NEW_CLIENTS("new clients plan");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final String PLAN = " The plan is, in a manager's scope, that manager's sales plan whose period"
            + " equals the context's period; in the company scope, the sum of all managers' plans for that period;"
            + " only plans setting this target count. Not defined when there is no such plan or it is zero.";

    private final Kind kind;
    private final ImmutableList<SalesPlan> plans;
    private final @Nullable ActiveClientRule rule;
    private final KpiDefinition definition;
    private final @Nullable KpiDefinition activeDefinition;

    private PlanAttainment(Kind kind, ImmutableList<SalesPlan> plans, @Nullable ActiveClientRule rule) {
        this.kind = kind;
        this.plans = plans;
        this.rule = rule;
        this.activeDefinition = rule == null ? null : ActiveClients.of(rule).definition();
        String actual = switch (kind) {
            case SALES ->
                "net revenue of the period in the scope: orders dated in the period at amount x"
                        + " share minus returns and refusals dated in it at value x share, in the reporting"
                        + " currency (share = the scope's credit share, 100% for the company)";
            case ACTIVE_CLIENTS ->
                "the active client base at the end of the period (clients.active@1): "
                        + ActiveClients.definitionText(notNull(rule, "rule"));
            case NEW_CLIENTS ->
                "the new clients of the period (clients.new@1): accounts whose earliest"
                        + " order in the input (in a manager's scope, crediting the manager) is dated in the"
                        + " period";
        };
        this.definition = KpiDefinition.builder()
                .id(
                        switch (kind) {
                            case SALES -> SALES_ID;
                            case ACTIVE_CLIENTS -> ACTIVE_CLIENTS_ID;
                            case NEW_CLIENTS -> NEW_CLIENTS_ID;
                        })
                .name(
                        switch (kind) {
                            case SALES -> "Sales plan attainment";
                            case ACTIVE_CLIENTS -> "Active client base plan attainment";
                            case NEW_CLIENTS -> "New clients plan attainment";
                        })
                .unit(KpiUnit.RATIO)
                .direction(KpiDirection.HIGHER_IS_BETTER)
                .definition("actual / plan, where the actual is " + actual + "." + PLAN)
                .build();
    }

    /**
     * Attainment of the sales plans ({@link SalesPlan#salesVolume()}) by net revenue.
     *
     * @param plans the plans, not null, no null element, at most one per manager and period
     * @return the formula
     * @throws IllegalArgumentException if an element is null or two plans share manager and period
     */
    public static PlanAttainment sales(Iterable<SalesPlan> plans) {
        return new PlanAttainment(Kind.SALES, checked(plans), null);
    }

    /**
     * Attainment of the active client base plans ({@link SalesPlan#activeClients()}).
     *
     * @param plans the plans, not null, no null element, at most one per manager and period
     * @param rule when a client counts as active, not null
     * @return the formula
     * @throws IllegalArgumentException if an argument or element is null or two plans share manager
     *     and period
     */
    public static PlanAttainment activeClients(Iterable<SalesPlan> plans, ActiveClientRule rule) {
        ImmutableList<SalesPlan> checked = checked(plans);
        return new PlanAttainment(Kind.ACTIVE_CLIENTS, checked, notNull(rule, "rule"));
    }

    /**
     * Attainment of the new clients plans ({@link SalesPlan#newClients()}).
     *
     * @param plans the plans, not null, no null element, at most one per manager and period
     * @return the formula
     * @throws IllegalArgumentException if an element is null or two plans share manager and period
     */
    public static PlanAttainment newClients(Iterable<SalesPlan> plans) {
        return new PlanAttainment(Kind.NEW_CLIENTS, checked(plans), null);
    }

    private static ImmutableList<SalesPlan> checked(Iterable<SalesPlan> plans) {
        notNull(plans, "plans");
        Map<List<Object>, SalesPlan> seen = new HashMap<>();
        List<SalesPlan> list = new ArrayList<>();
        int i = 0;
        for (SalesPlan p : plans) {
            notNull(p, "plans[" + i + "]");
            SalesPlan before = seen.putIfAbsent(List.of(p.manager(), p.period()), p);
            argument(
                    before == null,
                    "plans hold two plans for manager %s and period %s: %s and %s",
                    p.manager(),
                    p.period(),
                    before,
                    p);
            list.add(p);
            i++;
        }
        list.sort(Comparator.comparing(SalesPlan::manager).thenComparing(SalesPlan::period));
        return ImmutableList.copyOf(list);
    }

    /**
     * The plans, ordered by manager and period.
     *
     * @return the plans
     */
    public ImmutableList<SalesPlan> plans() {
        return plans;
    }

    /**
     * The activity rule of the active client base attainment.
     *
     * @return the rule, or empty for the sales and new clients attainments
     */
    public Optional<ActiveClientRule> rule() {
        return Optional.ofNullable(rule);
    }

    @Override
    public KpiDefinition definition() {
        return definition;
    }

    @Override
    public KpiAccumulator newAccumulator(KpiContext context) {
        notNull(context, "context");
        return new Acc(this, context, target(context));
    }

    /** The plan figure for the context, or null when there is none; with its step. */
    private record Target(@Nullable BigDecimal plan, Step step, String scope) {}

    private Target target(KpiContext context) {
        DateRange period = context.period();
        Optional<ManagerId> manager = context.manager();
        String scope = manager.map(m -> m.toString()).orElse("the company");
        BigDecimal sum = BigDecimal.ZERO;
        int used = 0;
        Step.Builder step = Step.builder().code("kpi.plan.target");
        for (SalesPlan p : plans) {
            if (!p.period().equals(period)
                    || manager.isPresent() && !manager.get().equals(p.manager())) {
                continue;
            }
            BigDecimal figure = figure(p, context);
            if (figure == null) {
                continue;
            }
            used++;
            sum = sum.add(figure);
            step.addChild(Step.of(
                    "kpi.plan.target.manager",
                    "{manager}: {target}",
                    "manager",
                    p.manager().toString(),
                    "target",
                    kind == Kind.SALES ? (Object) Money.of(figure, context.currency()) : figure));
        }
        Object shown = kind == Kind.SALES ? Money.of(sum, context.currency()) : sum;
        step.template("{label} for {scope} in {period}: {plan} ({plans} plans)")
                .putParameter("label", kind.label)
                .putParameter("scope", scope)
                .putParameter("period", period)
                .putParameter("plan", shown)
                .putParameter("plans", used);
        return new Target(used == 0 ? null : sum, step.build(), scope);
    }

    private @Nullable BigDecimal figure(SalesPlan p, KpiContext context) {
        switch (kind) {
            case SALES -> {
                if (p.salesVolume().isEmpty()) {
                    return null;
                }
                Money v = p.salesVolume().get();
                argument(
                        v.currency().equals(context.currency()),
                        "salesVolume of the sales plan of %s for %s is in %s but the KPIs report in %s: %s",
                        p.manager(),
                        p.period(),
                        v.currency(),
                        context.currency(),
                        v);
                return v.amount();
            }
            case ACTIVE_CLIENTS -> {
                return p.activeClients().isPresent()
                        ? BigDecimal.valueOf(p.activeClients().getAsInt())
                        : null;
            }
            default -> {
                return p.newClients().isPresent()
                        ? BigDecimal.valueOf(p.newClients().getAsInt())
                        : null;
            }
        }
    }

    private static final class Acc implements KpiAccumulator {
        private final PlanAttainment formula;
        private final KpiContext context;
        private final Target target;
        private final @Nullable ClientRevenue revenue;
        private final ActiveClients.@Nullable Acc active;
        private final NewClients.@Nullable Acc fresh;

        Acc(PlanAttainment formula, KpiContext context, Target target) {
            this.formula = formula;
            this.context = context;
            this.target = target;
            this.revenue = formula.kind == Kind.SALES ? new ClientRevenue(context, context.period()) : null;
            this.active = formula.kind == Kind.ACTIVE_CLIENTS
                    ? new ActiveClients.Acc(
                            notNull(formula.activeDefinition, "definition"), notNull(formula.rule, "rule"), context)
                    : null;
            this.fresh = formula.kind == Kind.NEW_CLIENTS ? new NewClients.Acc(context) : null;
        }

        @Override
        public void order(Order order, Rate share) {
            if (revenue != null) {
                revenue.order(order, share);
            } else if (active != null) {
                active.order(order, share);
            } else if (fresh != null) {
                fresh.order(order, share);
            }
        }

        @Override
        public void reversal(Reversal reversal, Rate share) {
            if (revenue != null) {
                revenue.reversal(reversal, share);
            }
        }

        @Override
        public void competitorLoss(CompetitorLoss loss) {
            if (active != null) {
                active.competitorLoss(loss);
            }
        }

        @Override
        public void merge(KpiAccumulator other) {
            Acc that = Accumulators.mergeable(
                    Acc.class, other, formula.definition, context, other instanceof Acc a ? a.context : context);
            argument(
                    formula == that.formula,
                    "cannot merge accumulators of two different %s formulas (kpi %s)",
                    formula.kind.label,
                    formula.definition.id());
            if (revenue != null && that.revenue != null) {
                revenue.merge(that.revenue);
            }
            if (active != null && that.active != null) {
                active.merge(that.active);
            }
            if (fresh != null && that.fresh != null) {
                fresh.merge(that.fresh);
            }
        }

        @Override
        public KpiValue result() {
            BigDecimal actual;
            Step actualStep;
            if (revenue != null) {
                actual = revenue.total();
                actualStep = Step.of(
                        "kpi.plan.actual.sales",
                        "net revenue of {scope} in {period}: {actual}",
                        "scope",
                        target.scope(),
                        "period",
                        context.period(),
                        "actual",
                        revenue.money(actual));
            } else if (active != null) {
                actual = BigDecimal.valueOf(active.count());
                actualStep = active.endStep();
            } else {
                NewClients.Acc f = notNull(fresh, "fresh");
                actual = BigDecimal.valueOf(f.newAccounts().size());
                actualStep = f.step();
            }
            BigDecimal plan = target.plan();
            Explanation explanation = Explanation.of(
                    actualStep,
                    target.step(),
                    Step.of(
                            "kpi.plan.attainment",
                            "attainment = actual / plan = {actual} / {plan}",
                            "actual",
                            actual,
                            "plan",
                            plan == null ? "none" : plan));
            if (plan == null) {
                return KpiValue.undefined(
                        formula.definition,
                        context.period(),
                        actual,
                        BigDecimal.ZERO,
                        "no " + formula.kind.label + " for " + target.scope() + " in " + context.period(),
                        explanation);
            }
            return KpiValue.ratio(
                    formula.definition,
                    context.period(),
                    actual,
                    plan,
                    "the " + formula.kind.label + " for " + target.scope() + " in " + context.period() + " is zero",
                    explanation);
        }
    }
}
