package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.Proration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ComponentAccumulator} may know about its calculation: the manager, the statement's
 * period, the days of it that the plan version covers, the plan, the level of detail asked for, and
 * the manager's KPI results and scorecard when the host passed them.
 *
 * <p>This class is immutable (but for the calculator's own per-statement scratch state) and is used
 * by one calculation.
 */
public final class ComponentContext {
    /** Decimals kept when an amount is prorated by days, before the line is rounded once. */
    public static final int PRORATION_SCALE = 20;

    private final ManagerId manager;
    private final DateRange period;
    private final DateRange piece;
    private final Proration proration;
    private final CompensationPlan plan;
    private final PlanVersion version;
    private final Detail detail;
    private final @Nullable ScorecardResult scorecard;
    private final @Nullable KpiResults kpis;
    private final @Nullable SalesTeam team;
    private final Set<EventId> trackedDeals;
    private final Map<Object, Object> scratch;

    ComponentContext(
            ManagerId manager,
            DateRange period,
            DateRange piece,
            CompensationPlan plan,
            PlanVersion version,
            Detail detail,
            @Nullable ScorecardResult scorecard,
            @Nullable KpiResults kpis,
            @Nullable SalesTeam team,
            Set<EventId> trackedDeals,
            Map<Object, Object> scratch) {
        this.manager = manager;
        this.period = period;
        this.piece = piece;
        this.proration = piece.prorationOf(period);
        this.plan = plan;
        this.version = version;
        this.detail = detail;
        this.scorecard = scorecard;
        this.kpis = kpis;
        this.team = team;
        this.trackedDeals = trackedDeals;
        this.scratch = scratch;
    }

    /**
     * The manager whose statement it is.
     *
     * @return the manager
     */
    public ManagerId manager() {
        return manager;
    }

    /**
     * The statement's period.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * The days of the period the plan version covers.
     *
     * @return the days, within the period
     */
    public DateRange piece() {
        return piece;
    }

    /**
     * The piece's share of the period by days: what per-period amounts (fixed pay, bonus targets,
     * caps) are multiplied by.
     *
     * @return the proration, 1 when the version covers the whole period
     */
    public Proration proration() {
        return proration;
    }

    /**
     * The plan.
     *
     * @return the plan
     */
    public CompensationPlan plan() {
        return plan;
    }

    /**
     * The plan version in force on the piece's days.
     *
     * @return the version
     */
    public PlanVersion version() {
        return version;
    }

    /**
     * The plan's (payout) currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return plan.currency();
    }

    /**
     * The plan's rounding policy, by which each line is rounded once.
     *
     * @return the policy
     */
    public RoundingPolicy rounding() {
        return plan.rounding();
    }

    /**
     * How much detail the calculation keeps.
     *
     * @return the detail
     */
    public Detail detail() {
        return detail;
    }

    /**
     * Whether per-transaction explanations are wanted.
     *
     * @return true for {@link Detail#EXPLAINED}
     */
    public boolean explained() {
        return detail == Detail.EXPLAINED;
    }

    /**
     * Whether per-transaction earnings of a deal must be recorded: every deal when explained,
     * otherwise the deals with a clawback trigger.
     *
     * @param deal the deal, not null
     * @return true if {@link ComponentAccumulator#records()} must cover it
     */
    public boolean tracks(EventId deal) {
        return detail == Detail.EXPLAINED || trackedDeals.contains(deal);
    }

    /** Whether any deal is tracked besides the explained mode's all. */
    boolean tracksAny() {
        return detail == Detail.EXPLAINED || !trackedDeals.isEmpty();
    }

    /**
     * The manager's scorecard for the period, if the host passed one.
     *
     * @return the scorecard, or empty
     */
    public Optional<ScorecardResult> scorecard() {
        return Optional.ofNullable(scorecard);
    }

    /**
     * The manager's KPI results for the period (plan attainments among them), if the host passed
     * them.
     *
     * @return the results, or empty
     */
    public Optional<KpiResults> kpis() {
        return Optional.ofNullable(kpis);
    }

    /**
     * The sales team, if the calculator has one.
     *
     * @return the team, or empty
     */
    public Optional<SalesTeam> team() {
        return Optional.ofNullable(team);
    }

    /**
     * A per-period amount for the piece's days: {@code amount × days / period days}, kept to
     * {@value #PRORATION_SCALE} decimals (exact when the piece is the whole period).
     *
     * @param perPeriod the amount for a whole period, not null
     * @return the prorated amount
     */
    public Money prorate(Money perPeriod) {
        return prorate(perPeriod, proration);
    }

    static Money prorate(Money perPeriod, Proration proration) {
        io.github.kamsdk.core.internal.Checks.notNull(perPeriod, "perPeriod");
        if (proration.isOne()) {
            return perPeriod;
        }
        BigDecimal exact = perPeriod
                .amount()
                .multiply(new BigDecimal(proration.numerator()))
                .divide(new BigDecimal(proration.denominator()), PRORATION_SCALE, RoundingMode.HALF_EVEN);
        return perPeriod.withAmount(exact);
    }

    /** Per-statement state shared by the accumulators of one component across plan versions. */
    @SuppressWarnings("unchecked")
    <T> T statementState(Object key, Supplier<T> initial) {
        return (T) scratch.computeIfAbsent(key, k -> initial.get());
    }
}
