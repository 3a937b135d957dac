package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.ExchangeRate;
import io.github.kamsdk.core.money.ExchangeRates;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.Proration;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The variable-pay engine (R-PAY-1..7): plans, a team and exchange rates configured once, then
 * statements for any manager and period, many managers in one pass, adjustments and what-ifs.
 *
 * <pre>{@code
 * PayCalculator calculator = PayCalculator.builder()
 *     .plans(PayPlans.forEveryone(kamPlan))
 *     .team(team)                 // roles for role plans, supervisors for overrides
 *     .exchangeRates(rates)       // transactions in other currencies (R-PAY-7)
 *     .build();
 * PayStatement s = calculator.statement(ana, DateRange.ofQuarter(2026, 1), input);
 * PayRun all = calculator.run(DateRange.ofQuarter(2026, 1), input, Detail.FIGURES_ONLY);
 * }</pre>
 *
 * <p><b>How a statement is made.</b> The period is split where plan versions change; every
 * transaction dated in the period that credits the manager is offered, with the manager's share,
 * to each component of the version in force on its date (and, for overrides, to the components of
 * the managers above the credited one); transactions no component counts are listed with the reason.
 * Amounts in another currency than the plan's are converted exactly at the host's rate of the
 * transaction's date, and the rate is named in the explanation. Then, in order: the fixed line of
 * each piece (fixed pay × days / period days), each component's lines with its cap and floor, the
 * plan's variable cap and floor on the earned variable pay, the draw or its recovery, net-forward
 * clawbacks, and adjustments of earlier periods. See {@link CompensationPlan} for the plan-level
 * rules and {@link ClawbackPolicy} for clawbacks.
 *
 * <p><b>Guarantees.</b> Each line is rounded once by the plan's policy and the totals are sums of
 * rounded lines; results do not depend on the order of the transactions; a bulk run gives each
 * manager the same statement as {@link #statement} would, from one pass.
 *
 * <p><b>Bad input</b> fails with an {@link IllegalArgumentException} naming the item: a manager
 * without a plan, a null or (when explained) duplicate transaction, a missing exchange rate, a
 * record or adjustment in another currency than the plan's.
 *
 * <p>This class is immutable and thread-safe; the statements it returns are immutable.
 */
public final class PayCalculator {
    private final PayPlans plans;
    private final @Nullable SalesTeam team;
    private final @Nullable ExchangeRates rates;

    private PayCalculator(PayPlans plans, @Nullable SalesTeam team, @Nullable ExchangeRates rates) {
        this.plans = plans;
        this.team = team;
        this.rates = rates;
    }

    /**
     * A builder; the plans are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A calculator with plans only: no team (so no role plans or overrides) and no exchange rates.
     *
     * @param plans the plans, not null
     * @return the calculator
     */
    public static PayCalculator of(PayPlans plans) {
        return builder().plans(plans).build();
    }

    /**
     * The plans.
     *
     * @return the plans
     */
    public PayPlans plans() {
        return plans;
    }

    /**
     * The team, if any.
     *
     * @return the team, or empty
     */
    public Optional<SalesTeam> team() {
        return Optional.ofNullable(team);
    }

    /**
     * The plan of a manager: their own, else their role's (from the team), else the default.
     *
     * @param manager the manager, not null
     * @return the plan, or empty
     */
    public Optional<CompensationPlan> planOf(ManagerId manager) {
        notNull(manager, "manager");
        Optional<Role> role = team != null && team.contains(manager)
                ? Optional.of(team.manager(manager).role())
                : Optional.empty();
        return plans.planFor(manager, role);
    }

    /**
     * One manager's statement, fully explained.
     *
     * @param manager the manager, with a plan, not null
     * @param period the period, not null
     * @param input the input, not null
     * @return the statement
     * @throws IllegalArgumentException if the manager has no plan, or for bad input (see the class)
     */
    public PayStatement statement(ManagerId manager, DateRange period, PayInput input) {
        notNull(manager, "manager");
        return run(period, List.of(manager), input, Detail.EXPLAINED).statement(manager);
    }

    /**
     * The statements of every manager with a plan (the team's managers and those with a plan of
     * their own), in one pass. Without a team, a plan for everyone else ({@link
     * PayPlans.Builder#forEveryoneElse}) names nobody: pass the managers to {@link #run(DateRange,
     * Iterable, PayInput, Detail)}.
     *
     * @param period the period, not null
     * @param input the input, not null
     * @param detail how much to keep, not null
     * @return the run
     */
    public PayRun run(DateRange period, PayInput input, Detail detail) {
        notNull(period, "period");
        notNull(input, "input");
        notNull(detail, "detail");
        Set<ManagerId> all = new TreeSet<>(plans.byManager().keySet());
        if (team != null) {
            for (Manager m : team.managers()) {
                if (planOf(m.id()).isPresent()) {
                    all.add(m.id());
                }
            }
        }
        argument(
                !all.isEmpty(),
                "no manager is known to have a plan: give the calculator a team, or pass the managers to"
                        + " run(period, managers, input, detail)");
        return run(period, all, input, detail);
    }

    /**
     * The statements of the given managers, in one pass over the transactions.
     *
     * @param period the period, not null
     * @param managers the managers, each with a plan, no duplicates, not null
     * @param input the input, not null
     * @param detail how much to keep, not null
     * @return the run
     * @throws IllegalArgumentException if a manager has no plan or appears twice, or for bad input
     */
    public PayRun run(DateRange period, Iterable<ManagerId> managers, PayInput input, Detail detail) {
        notNull(period, "period");
        notNull(managers, "managers");
        notNull(input, "input");
        notNull(detail, "detail");
        return new Run(period, managers, input, detail).execute();
    }

    /**
     * How a manager's pay for a period would change with one more transaction.
     *
     * @param manager the manager, with a plan, not null
     * @param period the period, not null
     * @param input the input as it is, not null (its transactions are walked twice)
     * @param hypothetical the transaction to add, not null
     * @return the answer
     */
    public WhatIf whatIf(ManagerId manager, DateRange period, PayInput input, PayTransaction hypothetical) {
        notNull(hypothetical, "hypothetical");
        PayStatement before = statement(manager, period, input);
        PayStatement after = statement(manager, period, notNull(input, "input").withTransaction(hypothetical));
        return new WhatIf(before, after);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PayCalculator that
                && plans.equals(that.plans)
                && Objects.equals(team, that.team)
                && Objects.equals(rates, that.rates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plans, team, rates);
    }

    @Override
    public String toString() {
        return "PayCalculator{" + plans + (team == null ? "" : ", team") + (rates == null ? "" : ", rates") + "}";
    }

    private record ConversionKey(Currency from, Currency to, LocalDate date) {}

    /** One plan version's days within the period, with its accumulators. */
    private static final class Piece {
        final PlanVersion version;
        final DateRange range;
        final ComponentContext[] contexts;
        final PayComponent[] components;
        final ComponentAccumulator[] accumulators;
        final boolean wantsSubordinates;

        Piece(PlanVersion version, DateRange range, ComponentContext[] contexts) {
            this.version = version;
            this.range = range;
            this.contexts = contexts;
            this.components = version.components().toArray(new PayComponent[0]);
            this.accumulators = new ComponentAccumulator[components.length];
            boolean wants = false;
            for (int i = 0; i < components.length; i++) {
                accumulators[i] = notNull(
                        components[i].newAccumulator(contexts[i]), "newAccumulator of component " + components[i].id());
                wants |= components[i].wantsSubordinates();
            }
            this.wantsSubordinates = wants;
        }
    }

    /** One manager's statement in the making. */
    private final class State {
        final ManagerId manager;
        final CompensationPlan plan;
        final Piece[] pieces;
        final boolean wantsSubordinates;
        final List<UnpaidTransaction> unpaid = new ArrayList<>();
        final EnumMap<UnpaidReason, Integer> unpaidCounts = new EnumMap<>(UnpaidReason.class);
        final @Nullable ClawbackPolicy retro;

        State(ManagerId manager, CompensationPlan plan, Run run) {
            this.manager = manager;
            this.plan = plan;
            Map<Object, Object> scratch = new HashMap<>();
            List<Piece> ps = new ArrayList<>();
            for (PlanVersion v : plan.timeline()) {
                Optional<DateRange> overlap = v.validity().intersection(run.period);
                if (overlap.isEmpty()) {
                    continue;
                }
                ComponentContext[] ctxs = new ComponentContext[v.components().size()];
                for (int i = 0; i < ctxs.length; i++) {
                    ctxs[i] = new ComponentContext(
                            manager,
                            run.period,
                            overlap.get(),
                            plan,
                            v,
                            run.detail,
                            run.input.scorecards().get(manager),
                            run.input.kpiResults().get(manager),
                            team,
                            run.triggers.deals(),
                            scratch);
                }
                ps.add(new Piece(v, overlap.get(), ctxs));
            }
            this.pieces = ps.toArray(new Piece[0]);
            boolean wants = false;
            for (Piece p : pieces) {
                wants |= p.wantsSubordinates;
            }
            this.wantsSubordinates = wants;
            this.retro =
                    plan.clawback().filter(c -> c.mode() == ClawbackMode.RETRO).orElse(null);
        }

        @Nullable
        Piece pieceOn(LocalDate date) {
            for (Piece p : pieces) {
                if (p.range.contains(date)) {
                    return p;
                }
            }
            return null;
        }

        void unpaid(Run run, PayTransaction t, @Nullable ComponentId component, UnpaidReason reason, String detail) {
            unpaidCounts.merge(reason, 1, Integer::sum);
            if (run.detail == Detail.EXPLAINED) {
                unpaid.add(UnpaidTransaction.of(
                        t.id(), t.date(), manager, Optional.ofNullable(component), reason, detail));
            }
        }
    }

    private final class Run {
        final DateRange period;
        final PayInput input;
        final Detail detail;
        final ClawbackTriggers triggers;
        final Map<ManagerId, State> states = new LinkedHashMap<>();
        final Map<ConversionKey, ExchangeRate> conversions = new HashMap<>();
        final Map<ManagerId, List<State>> holders = new HashMap<>();
        final List<UnpaidTransaction> unassigned = new ArrayList<>();
        final EnumMap<UnpaidReason, Integer> unassignedCounts = new EnumMap<>(UnpaidReason.class);
        final boolean anyWantsSubordinates;

        Run(DateRange period, Iterable<ManagerId> managers, PayInput input, Detail detail) {
            this.period = period;
            this.input = input;
            this.detail = detail;
            this.triggers =
                    new ClawbackTriggers(input.reversals(), input.receivables().orElse(null));
            int i = 0;
            boolean wants = false;
            for (ManagerId m : managers) {
                notNull(m, "managers[" + i++ + "]");
                argument(!states.containsKey(m), "managers must not repeat: %s twice", m);
                Optional<CompensationPlan> plan = planOf(m);
                argument(
                        plan.isPresent(),
                        "manager %s has no plan (%s)",
                        m,
                        team != null && team.contains(m)
                                ? "role " + team.manager(m).role() + " has none and there is no default"
                                : "no plan of their own and no default");
                io.github.kamsdk.core.kpi.ScorecardResult card =
                        input.scorecards().get(m);
                argument(
                        card == null || card.period().equals(period),
                        "the scorecard of %s is for %s, the statement for %s",
                        m,
                        card == null ? null : card.period(),
                        period);
                io.github.kamsdk.core.kpi.KpiResults kpis = input.kpiResults().get(m);
                argument(
                        kpis == null || kpis.context().period().equals(period),
                        "the KPI results of %s are for %s, the statement for %s",
                        m,
                        kpis == null ? null : kpis.context().period(),
                        period);
                State s = new State(m, plan.get(), this);
                states.put(m, s);
                wants |= s.wantsSubordinates;
            }
            this.anyWantsSubordinates = wants && team != null;
        }

        PayRun execute() {
            Set<EventId> seen = detail == Detail.EXPLAINED ? new HashSet<>() : null;
            int index = 0;
            for (PayTransaction t : input.transactions()) {
                argument(t != null, "transactions[%s] must not be null", index);
                index++;
                if (seen != null) {
                    argument(seen.add(t.id()), "transaction ids must be unique: %s twice", t.id());
                }
                boolean inPeriod = period.contains(t.date());
                for (Map.Entry<ManagerId, Rate> credit : t.credits().shares().entrySet()) {
                    ManagerId m = credit.getKey();
                    Rate share = credit.getValue();
                    State s = states.get(m);
                    if (s == null) {
                        if (inPeriod) {
                            unassigned(t, m);
                        }
                    } else if (!inPeriod) {
                        s.unpaid(
                                this,
                                t,
                                null,
                                UnpaidReason.OUTSIDE_PERIOD,
                                "dated " + t.date() + ", outside the period " + period);
                    } else {
                        offerOwn(s, t, m, share);
                    }
                    if (inPeriod && anyWantsSubordinates) {
                        for (State holder : holdersOf(m)) {
                            offerSubordinate(holder, t, m, share);
                        }
                    }
                }
            }
            ImmutableSortedMap.Builder<ManagerId, PayStatement> statements = ImmutableSortedMap.naturalOrder();
            for (State s : states.values()) {
                statements.put(s.manager, new StatementMaker(this, s).make());
            }
            unassigned.sort(UNPAID_ORDER);
            return new PayRun(
                    period,
                    detail,
                    statements.build(),
                    ImmutableList.copyOf(unassigned),
                    ImmutableSortedMap.copyOf(unassignedCounts));
        }

        private void unassigned(PayTransaction t, ManagerId m) {
            boolean known =
                    (team != null && team.contains(m)) || plans.byManager().containsKey(m);
            UnpaidReason reason = known ? UnpaidReason.NOT_IN_RUN : UnpaidReason.UNKNOWN_MANAGER;
            unassignedCounts.merge(reason, 1, Integer::sum);
            if (detail == Detail.EXPLAINED) {
                unassigned.add(UnpaidTransaction.of(
                        t.id(),
                        t.date(),
                        m,
                        Optional.empty(),
                        reason,
                        known
                                ? "manager " + m + " has no statement in this run"
                                : "manager " + m + " is in neither the team nor the plans"));
            }
        }

        private List<State> holdersOf(ManagerId credited) {
            return holders.computeIfAbsent(credited, m -> {
                List<State> out = new ArrayList<>();
                SalesTeam t = notNull(team, "team");
                if (t.contains(m)) {
                    for (ManagerId up : t.supervisorChain(m)) {
                        State s = states.get(up);
                        if (s != null && s.wantsSubordinates) {
                            out.add(s);
                        }
                    }
                }
                return out;
            });
        }

        private void offerOwn(State s, PayTransaction t, ManagerId m, Rate share) {
            Piece piece = s.pieceOn(t.date());
            if (piece == null) {
                s.unpaid(
                        this,
                        t,
                        null,
                        UnpaidReason.NO_PLAN,
                        "no version of plan " + s.plan.id() + " is in force on " + t.date());
                return;
            }
            CreditedTransaction ct =
                    new CreditedTransaction(t, m, m, CreditRelation.OWN, share, conversion(t, s.plan), retained(s, t));
            Take first = null;
            ComponentId firstComponent = null;
            boolean earned = false;
            for (int i = 0; i < piece.accumulators.length; i++) {
                Take take = piece.accumulators[i].offer(ct);
                if (take == null) {
                    throw new IllegalArgumentException(
                            "component " + piece.components[i].id() + " answered null to an offer of " + t.id());
                }
                if (take.isEarned()) {
                    earned = true;
                } else if (first == null && take.reason().isPresent()) {
                    first = take;
                    firstComponent = piece.components[i].id();
                }
            }
            if (!earned) {
                if (first != null) {
                    s.unpaid(this, t, firstComponent, first.reason().get(), first.detail());
                } else {
                    s.unpaid(
                            this,
                            t,
                            null,
                            UnpaidReason.NO_COMPONENT,
                            "no component of plan " + s.plan.id() + " (version from "
                                    + piece.version.validity().start() + ") earns on transactions");
                }
            }
        }

        private void offerSubordinate(State holder, PayTransaction t, ManagerId credited, Rate share) {
            Piece piece = holder.pieceOn(t.date());
            if (piece == null || !piece.wantsSubordinates) {
                return;
            }
            CreditedTransaction ct = new CreditedTransaction(
                    t,
                    holder.manager,
                    credited,
                    CreditRelation.SUBORDINATE,
                    share,
                    conversion(t, holder.plan),
                    retained(holder, t));
            for (int i = 0; i < piece.accumulators.length; i++) {
                if (piece.components[i].wantsSubordinates()) {
                    piece.accumulators[i].offer(ct);
                }
            }
        }

        private Rate retained(State s, PayTransaction t) {
            if (s.retro == null || !triggers.deals().contains(t.deal())) {
                return Rate.ONE_HUNDRED_PERCENT;
            }
            return triggers.taken(t.deal(), t.dealAmount(), s.retro, t.basis(), null)
                    .retained();
        }

        private @Nullable ExchangeRate conversion(PayTransaction t, CompensationPlan plan) {
            Currency from = t.currency();
            Currency to = plan.currency();
            if (from.equals(to)) {
                return null;
            }
            ConversionKey key = new ConversionKey(from, to, t.date());
            ExchangeRate rate = conversions.get(key);
            if (rate == null) {
                argument(
                        rates != null,
                        "transaction %s is in %s and plan %s pays in %s, but the calculator has no exchange rates",
                        t.id(),
                        from.getCurrencyCode(),
                        plan.id(),
                        to.getCurrencyCode());
                try {
                    rate = rates.convert(Money.zero(from), to, t.date()).rate();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "transaction " + t.id() + " (" + from.getCurrencyCode() + ", " + t.date()
                                    + ") cannot be converted to " + to.getCurrencyCode() + " for plan " + plan.id()
                                    + ": "
                                    + e.getMessage(),
                            e);
                }
                conversions.put(key, rate);
            }
            return rate;
        }
    }

    private static final Comparator<UnpaidTransaction> UNPAID_ORDER = Comparator.comparing(UnpaidTransaction::date)
            .thenComparing(UnpaidTransaction::transaction)
            .thenComparing(UnpaidTransaction::manager)
            .thenComparing(UnpaidTransaction::reason);

    private static final Comparator<CommissionRecord> RECORD_ORDER = Comparator.comparing(CommissionRecord::component)
            .thenComparing(CommissionRecord::kind)
            .thenComparing(CommissionRecord::deal)
            .thenComparing(r -> r.transaction().map(EventId::value).orElse(""));

    /** Turns one manager's accumulated state into the statement. */
    private final class StatementMaker {
        final Run run;
        final State s;
        final CompensationPlan plan;
        final RoundingPolicy rounding;
        final Money zero;
        final List<PayLine> lines = new ArrayList<>();
        final List<CommissionRecord> records = new ArrayList<>();

        StatementMaker(Run run, State s) {
            this.run = run;
            this.s = s;
            this.plan = s.plan;
            this.rounding = plan.rounding();
            this.zero = Money.zero(plan.currency());
        }

        PayStatement make() {
            Proration coverage = Proration.ZERO;
            for (Piece p : s.pieces) {
                coverage = coverage.plus(p.range.prorationOf(run.period));
                lines.add(fixedLine(p));
                List<PayLine> pieceLines = new ArrayList<>();
                for (int i = 0; i < p.components.length; i++) {
                    PayComponent c = p.components[i];
                    List<PayLine> cl =
                            notNull(p.accumulators[i].lines(List.copyOf(pieceLines)), "lines of component " + c.id());
                    Money sum = zero;
                    for (PayLine l : cl) {
                        notNull(l, "a line of component " + c.id());
                        argument(
                                l.amount().currency().equals(plan.currency()),
                                "component %s made a line in %s; plan %s pays in %s: %s",
                                c.id(),
                                l.amount().currency().getCurrencyCode(),
                                plan.id(),
                                plan.currency().getCurrencyCode(),
                                l);
                        sum = sum.plus(l.amount());
                    }
                    pieceLines.addAll(cl);
                    Optional<PayLine> limit = limitLine(c, p, sum);
                    limit.ifPresent(pieceLines::add);
                    List<CommissionRecord> rs = notNull(p.accumulators[i].records(), "records of component " + c.id());
                    if (limit.isPresent() && limit.get().kind() == PayLineKind.CAP && sum.isPositive()) {
                        // A capped component paid each transaction only its share of the cap.
                        rs = scaled(rs, sum.plus(limit.get().amount()), sum);
                    }
                    records.addAll(rs);
                }
                lines.addAll(pieceLines);
            }
            Money earned = zero;
            for (PayLine l : lines) {
                if (l.kind().isEarned()) {
                    earned = earned.plus(l.amount());
                }
            }
            Money uncapped = earned;
            earned = variableLimits(coverage, earned);
            if (earned.isLessThan(uncapped) && uncapped.isPositive()) {
                List<CommissionRecord> capped = scaled(records, earned, uncapped);
                records.clear();
                records.addAll(capped);
            }
            Money drawBalance = draw(coverage, earned);
            clawbacks();
            adjustments();
            records.sort(RECORD_ORDER);
            s.unpaid.sort(UNPAID_ORDER);
            return new PayStatement(
                    s.manager,
                    run.period,
                    plan.id(),
                    plan.currency(),
                    ImmutableList.copyOf(lines),
                    ImmutableList.copyOf(s.unpaid),
                    ImmutableSortedMap.copyOf(s.unpaidCounts),
                    ImmutableList.copyOf(records),
                    drawBalance,
                    run.detail);
        }

        /**
         * Records scaled by {@code part / whole}, rounded down at the proration scale, so that what a
         * capped statement records as paid for a transaction never exceeds what it paid.
         */
        private List<CommissionRecord> scaled(List<CommissionRecord> rs, Money part, Money whole) {
            Rate factor = Rate.ofFraction(part.amount()
                    .divide(whole.amount(), ComponentContext.PRORATION_SCALE, RoundingMode.DOWN)
                    .max(java.math.BigDecimal.ZERO));
            List<CommissionRecord> out = new ArrayList<>(rs.size());
            for (CommissionRecord r : rs) {
                if (r.kind() != CommissionRecord.Kind.EARNED) {
                    out.add(r);
                    continue;
                }
                CommissionRecord.Builder b = CommissionRecord.builder()
                        .manager(r.manager())
                        .component(r.component())
                        .kind(r.kind())
                        .deal(r.deal())
                        .dealAmount(r.dealAmount())
                        .basis(r.basis())
                        .date(r.date())
                        .period(r.period())
                        .amount(r.amount().times(factor));
                r.transaction().ifPresent(b::transaction);
                out.add(b.build());
            }
            return out;
        }

        private PayLine fixedLine(Piece p) {
            Proration share = p.range.prorationOf(run.period);
            Money fixed = p.version.fixedPay();
            Money exact = ComponentContext.prorate(fixed, share);
            return PayLine.create(
                    PayLineKind.FIXED,
                    null,
                    "fixed",
                    "fixed pay (version from " + p.version.validity().start() + ")",
                    p.range,
                    exact,
                    rounding,
                    () -> Explanation.of(
                            share.isOne()
                                    ? Step.of("pay.fixed", "fixed pay for the period {fixed}", "fixed", fixed)
                                    : Step.of(
                                            "pay.fixed.prorated",
                                            "fixed pay {fixed} per period × {proration} ({days} of the period's {periodDays}"
                                                    + " days, {piece}) = {exact}",
                                            "fixed",
                                            fixed,
                                            "proration",
                                            share,
                                            "days",
                                            p.range.lengthInDays(),
                                            "periodDays",
                                            run.period.lengthInDays(),
                                            "piece",
                                            p.range,
                                            "exact",
                                            exact)));
        }

        private Optional<PayLine> limitLine(PayComponent c, Piece p, Money sum) {
            Proration share = p.range.prorationOf(run.period);
            String name = c.id().value();
            Optional<PayLine> cap = c.cap()
                    .flatMap(
                            m -> bound(PayLineKind.CAP, c.id(), "cap", "cap of " + name, p.range, name, m, share, sum));
            if (cap.isPresent()) {
                return cap;
            }
            return c.floor()
                    .flatMap(m -> bound(
                            PayLineKind.FLOOR, c.id(), "floor", "floor of " + name, p.range, name, m, share, sum));
        }

        /** The plan's variable cap and floor on the earned variable pay; returns what is earned after them. */
        private Money variableLimits(Proration coverage, Money earned) {
            String name = plan.id() + "'s variable pay";
            Optional<PayLine> line = plan.variableCap()
                    .flatMap(m -> bound(
                            PayLineKind.VARIABLE_CAP,
                            null,
                            "variable-cap",
                            "variable pay cap of plan " + plan.id(),
                            run.period,
                            name,
                            m,
                            coverage,
                            earned));
            if (line.isEmpty()) {
                line = plan.variableFloor()
                        .flatMap(m -> bound(
                                PayLineKind.VARIABLE_FLOOR,
                                null,
                                "variable-floor",
                                "variable pay floor of plan " + plan.id(),
                                run.period,
                                name,
                                m,
                                coverage,
                                earned));
            }
            line.ifPresent(lines::add);
            return line.map(l -> earned.plus(l.amount())).orElse(earned);
        }

        /**
         * The line that brings {@code sum} to a cap (kind CAP, VARIABLE_CAP) or a floor (FLOOR,
         * VARIABLE_FLOOR) prorated by {@code share} and rounded, if the sum is beyond it.
         */
        private Optional<PayLine> bound(
                PayLineKind kind,
                @Nullable ComponentId component,
                String key,
                String label,
                DateRange range,
                String what,
                Money perPeriod,
                Proration share,
                Money sum) {
            boolean cap = kind == PayLineKind.CAP || kind == PayLineKind.VARIABLE_CAP;
            Money limit = ComponentContext.prorate(perPeriod, share).round(rounding);
            if (cap ? !sum.isGreaterThan(limit) : !sum.isLessThan(limit)) {
                return Optional.empty();
            }
            Money change = limit.minus(sum);
            // Parameter names are part of the explanation's contract: "cap"/"floor" for the limit,
            // "cut"/"add" for the change, "component" or "plan" for what is bounded, "sum" or
            // "earned" for what it bounds.
            String limitName = cap ? "cap" : "floor";
            String changeName = cap ? "cut" : "add";
            String whatName = component != null ? "component" : "plan";
            String sumName = component != null ? "sum" : "earned";
            return Optional.of(PayLine.exactly(
                    kind,
                    component,
                    key,
                    label,
                    range,
                    change,
                    change,
                    () -> Explanation.of(Step.of(
                            switch (kind) {
                                case CAP -> "pay.cap";
                                case FLOOR -> "pay.floor";
                                case VARIABLE_CAP -> "pay.variable_cap";
                                default -> "pay.variable_floor";
                            },
                            "{" + whatName + "} " + (cap ? "is capped at" : "pays at least") + " {" + limitName
                                    + "} ({perPeriod} per period × {proration}): it adds up to {" + sumName
                                    + "}, so {" + changeName + "}",
                            whatName,
                            what,
                            limitName,
                            limit,
                            "perPeriod",
                            perPeriod,
                            "proration",
                            share,
                            sumName,
                            sum,
                            changeName,
                            change))));
        }

        private @Nullable Money draw(Proration coverage, Money earned) {
            Money balanceIn = run.input.drawBalances().get(s.manager);
            if (balanceIn != null) {
                argument(
                        balanceIn.currency().equals(plan.currency()),
                        "draw balance of %s is in %s; plan %s pays in %s",
                        s.manager,
                        balanceIn.currency().getCurrencyCode(),
                        plan.id(),
                        plan.currency().getCurrencyCode());
            }
            if (plan.draw().isEmpty()) {
                return balanceIn; // a balance owed under an earlier plan is carried, not dropped
            }
            Draw draw = plan.draw().get();
            Money balance = balanceIn == null ? zero : balanceIn;
            Money minimum = ComponentContext.prorate(draw.amount(), coverage).round(rounding);
            if (earned.isLessThan(minimum)) {
                Money top = minimum.minus(earned);
                Money after = draw.recoverable() ? balance.plus(top) : balance;
                Money before = balance;
                lines.add(PayLine.exactly(
                        PayLineKind.DRAW,
                        null,
                        "draw",
                        draw + " of plan " + plan.id(),
                        run.period,
                        top,
                        top,
                        () -> Explanation.of(Step.of(
                                "pay.draw",
                                "earned variable pay {earned} is below the guaranteed {minimum}: draw {top}"
                                        + (draw.recoverable()
                                                ? "; owed back from later earnings: {before} + {top} = {after}"
                                                : ", not recoverable"),
                                "earned",
                                earned,
                                "minimum",
                                minimum,
                                "top",
                                top,
                                "before",
                                before,
                                "after",
                                after))));
                return draw.recoverable() ? after : null;
            }
            if (!draw.recoverable()) {
                return null;
            }
            if (balance.isPositive() && earned.isGreaterThan(minimum)) {
                Money excess = earned.minus(minimum);
                Money back = Money.min(excess, balance);
                Money after = balance.minus(back);
                Money before = balance;
                lines.add(PayLine.exactly(
                        PayLineKind.DRAW_RECOVERY,
                        null,
                        "draw-recovery",
                        "recovery of the draw of plan " + plan.id(),
                        run.period,
                        back.negate(),
                        back.negate(),
                        () -> Explanation.of(Step.of(
                                "pay.draw.recovery",
                                "earned variable pay {earned} is above the guaranteed {minimum} by {excess}; the draw owed"
                                        + " {before} is paid back by {back}, leaving {after}",
                                "earned",
                                earned,
                                "minimum",
                                minimum,
                                "excess",
                                excess,
                                "before",
                                before,
                                "back",
                                back,
                                "after",
                                after))));
                return after;
            }
            return balance;
        }

        private record DealKey(ComponentId component, EventId deal) {}

        private void clawbacks() {
            Optional<ClawbackPolicy> policy = plan.clawback().filter(c -> c.mode() == ClawbackMode.NET_FORWARD);
            if (policy.isEmpty()) {
                return;
            }
            Map<DealKey, Money> paid =
                    new TreeMap<>(Comparator.comparing(DealKey::component).thenComparing(DealKey::deal));
            Map<DealKey, Money> taken = new HashMap<>();
            Map<DealKey, CommissionRecord> sample = new HashMap<>();
            for (CommissionRecord r : run.input.history()) {
                if (!r.manager().equals(s.manager)) {
                    continue;
                }
                argument(
                        r.amount().currency().equals(plan.currency()),
                        "a history record of %s (deal %s) is in %s; plan %s pays in %s",
                        s.manager,
                        r.deal(),
                        r.amount().currency().getCurrencyCode(),
                        plan.id(),
                        plan.currency().getCurrencyCode());
                DealKey k = new DealKey(r.component(), r.deal());
                sample.putIfAbsent(k, r);
                if (r.kind() == CommissionRecord.Kind.EARNED) {
                    paid.merge(k, r.amount(), Money::plus);
                } else {
                    taken.merge(k, r.amount().negate(), Money::plus);
                    paid.putIfAbsent(k, zero);
                }
            }
            for (CommissionRecord r : records) {
                if (r.kind() == CommissionRecord.Kind.EARNED) {
                    DealKey k = new DealKey(r.component(), r.deal());
                    sample.putIfAbsent(k, r);
                    paid.merge(k, r.amount(), Money::plus);
                }
            }
            LocalDate asOf = run.period.endInclusive();
            for (Map.Entry<DealKey, Money> e : paid.entrySet()) {
                DealKey k = e.getKey();
                Money already = taken.getOrDefault(k, zero);
                if (!run.triggers.deals().contains(k.deal()) && already.isZero()) {
                    continue;
                }
                Money paidForDeal = e.getValue();
                CommissionRecord ref = sample.get(k);
                ClawbackTriggers.Taken t =
                        run.triggers.taken(k.deal(), ref.dealAmount(), policy.get(), ref.basis(), asOf);
                Money target = paidForDeal.isPositive() ? paidForDeal.times(t.part()) : zero;
                Money delta = target.minus(already);
                if (delta.isZero()) {
                    continue;
                }
                Money amount = delta.negate().round(rounding);
                Money takenAfter = already.minus(amount);
                if (takenAfter.isGreaterThan(paidForDeal)) {
                    amount = paidForDeal
                            .minus(already)
                            .round(rounding.withMode(RoundingMode.DOWN))
                            .negate();
                } else if (takenAfter.isNegative()) {
                    amount = already;
                }
                if (amount.isZero()) {
                    continue;
                }
                Money line = amount;
                Money exact = delta.negate();
                lines.add(PayLine.exactly(
                        PayLineKind.CLAWBACK,
                        k.component(),
                        "deal." + k.deal().value(),
                        "clawback on deal " + k.deal() + " (" + k.component() + ")",
                        run.period,
                        exact,
                        line,
                        () -> Explanation.of(Step.of(
                                "pay.clawback",
                                "deal {deal} of {dealAmount}: {why}; {part} of the deal is taken back; paid for it under"
                                        + " {component} {paid}, so {part} × {paid} = {target} is due back, {already}"
                                        + " taken back before: {line}",
                                "deal",
                                k.deal().value(),
                                "dealAmount",
                                ref.dealAmount(),
                                "why",
                                t.why().isEmpty() ? "nothing is reversed or unpaid any more" : t.why(),
                                "part",
                                t.part(),
                                "component",
                                k.component().value(),
                                "paid",
                                paidForDeal,
                                "target",
                                target,
                                "already",
                                already,
                                "line",
                                line))));
                records.add(CommissionRecord.builder()
                        .manager(s.manager)
                        .component(k.component())
                        .kind(CommissionRecord.Kind.CLAWBACK)
                        .deal(k.deal())
                        .dealAmount(ref.dealAmount())
                        .basis(ref.basis())
                        .date(asOf)
                        .period(run.period)
                        .amount(line)
                        .build());
            }
        }

        private void adjustments() {
            for (PayAdjustment a : run.input.adjustments()) {
                if (!a.manager().equals(s.manager)) {
                    continue;
                }
                argument(
                        a.currency().equals(plan.currency()),
                        "the adjustment of %s for %s is in %s; plan %s pays in %s",
                        a.period(),
                        s.manager,
                        a.currency().getCurrencyCode(),
                        plan.id(),
                        plan.currency().getCurrencyCode());
                lines.addAll(a.lines());
            }
        }
    }

    /** Builds a {@link PayCalculator}; a builder is not thread-safe. */
    public static final class Builder {
        private @Nullable PayPlans plans;
        private @Nullable SalesTeam team;
        private @Nullable ExchangeRates rates;

        Builder() {}

        /**
         * The plans.
         *
         * @param plans the plans, not null
         * @return this builder
         */
        public Builder plans(PayPlans plans) {
            this.plans = notNull(plans, "plans");
            return this;
        }

        /**
         * The team: roles choose role plans, reporting lines route transactions to overrides.
         *
         * @param team the team, not null
         * @return this builder
         */
        public Builder team(SalesTeam team) {
            this.team = notNull(team, "team");
            return this;
        }

        /**
         * The exchange rates for transactions in other currencies than a plan's.
         *
         * @param rates the rates, not null
         * @return this builder
         */
        public Builder exchangeRates(ExchangeRates rates) {
            this.rates = notNull(rates, "rates");
            return this;
        }

        /**
         * The calculator.
         *
         * @return the calculator
         * @throws IllegalArgumentException if the plans are missing
         */
        public PayCalculator build() {
            return new PayCalculator(notNull(plans, "plans"), team, rates);
        }
    }
}
