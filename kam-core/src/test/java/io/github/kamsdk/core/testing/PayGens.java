package io.github.kamsdk.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.kpi.KpiDefinition;
import io.github.kamsdk.core.kpi.KpiDirection;
import io.github.kamsdk.core.kpi.KpiId;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.KpiUnit;
import io.github.kamsdk.core.kpi.KpiValue;
import io.github.kamsdk.core.kpi.PlanAttainment;
import io.github.kamsdk.core.kpi.Scorecard;
import io.github.kamsdk.core.kpi.ScorecardEntry;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.ExchangeRate;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.pay.AttainmentCurve;
import io.github.kamsdk.core.pay.BandMode;
import io.github.kamsdk.core.pay.ClawbackMode;
import io.github.kamsdk.core.pay.ClawbackPolicy;
import io.github.kamsdk.core.pay.CommissionBands;
import io.github.kamsdk.core.pay.CommissionBase;
import io.github.kamsdk.core.pay.CommissionRecord;
import io.github.kamsdk.core.pay.CompensationPlan;
import io.github.kamsdk.core.pay.ComponentId;
import io.github.kamsdk.core.pay.CreditingBasis;
import io.github.kamsdk.core.pay.Draw;
import io.github.kamsdk.core.pay.Eligibility;
import io.github.kamsdk.core.pay.KpiBonus;
import io.github.kamsdk.core.pay.PayCalculator;
import io.github.kamsdk.core.pay.PayComponent;
import io.github.kamsdk.core.pay.PayInput;
import io.github.kamsdk.core.pay.PayPlans;
import io.github.kamsdk.core.pay.PayTransaction;
import io.github.kamsdk.core.pay.PlanKind;
import io.github.kamsdk.core.pay.PlanMissReduction;
import io.github.kamsdk.core.pay.PlanVersion;
import io.github.kamsdk.core.pay.ReductionRule;
import io.github.kamsdk.core.pay.TeamOverride;
import io.github.kamsdk.core.pay.TransactionCommission;
import io.github.kamsdk.core.pay.TransactionLine;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators for variable pay, built on {@link Gens} (seeds), {@link LedgerGens} (accounts,
 * managers, quarters, ledger histories) and {@link KpiGens} (KPI values and their context):
 * commission bands, components and plans in EUR, pay transactions over a small pool of deals,
 * credits, attainment curves, KPI inputs, histories of commission records, and whole calculation
 * cases over one fixed {@link #TEAM}.
 *
 * <p>Everything is small on purpose (a handful of deals, at most five bands, two plan versions) so
 * that a property runs its 1,000 examples in well under a second or two; the sizes are chosen to
 * reach every branch often: band boundaries, plan changes mid-period, transactions outside the
 * period or before a version, splits, partial portions, negative margins, lines without cost,
 * excluded groups, caps that bind and caps that do not.
 *
 * <p>Statements are computed for {@link #PERIOD} (Q1 2026, 90 days) over {@link #MANAGERS} (those
 * of {@link LedgerGens}) in {@link #TEAM}; transactions also credit {@link #STRANGER}, whom neither
 * the plans nor the team know.
 */
public final class PayGens {
    /** The payout currency of generated plans. */
    public static final Currency EUR = LedgerGens.EUR;

    /** The second currency of {@link #mixedTransactions()}. */
    public static final Currency USD = LedgerGens.USD;

    /** The statement period: Q1 2026 (90 days), as {@link LedgerGens#QUARTER}. */
    public static final DateRange PERIOD = LedgerGens.QUARTER;

    /** The managers credited: {@code M-0} to {@code M-3}, as {@link LedgerGens#MANAGERS}. */
    public static final List<ManagerId> MANAGERS = LedgerGens.MANAGERS;

    /** A manager in neither the plans nor the team, credited now and then. */
    public static final ManagerId STRANGER = ManagerId.of("M-9");

    /**
     * The team: {@code M-0} (head of sales) supervises {@code M-1} and {@code M-2}; {@code M-1}
     * supervises {@code M-3}. So an override of {@code M-0} covers everyone else, one of {@code M-1}
     * covers {@code M-3}, and direct reports of {@code M-0} are {@code M-1} and {@code M-2}.
     */
    public static final SalesTeam TEAM = SalesTeam.builder()
            .addManagers(List.of(
                    Manager.of(MANAGERS.get(0), "Ana", Role.HEAD_OF_SALES),
                    Manager.of(MANAGERS.get(1), "Luis", Role.SENIOR_KAM),
                    Manager.of(MANAGERS.get(2), "Marta", Role.JUNIOR_KAM),
                    Manager.of(MANAGERS.get(3), "Pablo", Role.JUNIOR_KAM)))
            .reportsTo(MANAGERS.get(1), MANAGERS.get(0))
            .reportsTo(MANAGERS.get(2), MANAGERS.get(0))
            .reportsTo(MANAGERS.get(3), MANAGERS.get(1))
            .build();

    /** The id of the generated transaction commission. */
    public static final ComponentId COMMISSION = ComponentId.of("commission");

    /** The id of a second transaction commission (on another basis or eligibility). */
    public static final ComponentId SECOND_COMMISSION = ComponentId.of("commission.second");

    /** The id of the generated team override. */
    public static final ComponentId OVERRIDE = ComponentId.of("override");

    /** The id of the generated KPI bonus. */
    public static final ComponentId BONUS = ComponentId.of("bonus");

    /** The id of the generated plan-miss reduction. */
    public static final ComponentId PLAN_MISS = ComponentId.of("plan-miss");

    /** The KPI a generated scorecard scores: its value is the score (target 1, cap 300%). */
    public static final KpiDefinition SCORE_KPI = KpiDefinition.builder()
            .id(KpiId.of("pay.test.score", 1))
            .name("Generated score")
            .unit(KpiUnit.RATIO)
            .direction(KpiDirection.HIGHER_IS_BETTER)
            .definition("a generated figure whose attainment against a target of 1 is the score")
            .build();

    /** The products lines are of: {@code P-0} to {@code P-4}. */
    public static final List<ProductId> PRODUCTS = List.of(
            ProductId.of("P-0"), ProductId.of("P-1"), ProductId.of("P-2"), ProductId.of("P-3"), ProductId.of("P-4"));

    /** The product groups lines are of: {@code G-0} to {@code G-2}. */
    public static final List<ProductGroupId> GROUPS =
            List.of(ProductGroupId.of("G-0"), ProductGroupId.of("G-1"), ProductGroupId.of("G-2"));

    /** The most deals of {@link #payCases(boolean)}. */
    public static final int MAX_DEALS = 6;

    /** The first day a generated plan version may start; every generated date is after it. */
    public static final LocalDate PLANS_FROM = LocalDate.of(2025, 1, 1);

    /** The day generated plans end (exclusive); every generated date is before it. */
    public static final LocalDate PLANS_TO = LocalDate.of(2027, 1, 1);

    private static final Map<PlanKind, KpiDefinition> PLAN_KPIS = Map.of(
            PlanKind.SALES, PlanAttainment.sales(List.of()).definition(),
            PlanKind.ACTIVE_CLIENTS,
                    KpiDefinition.builder()
                            .id(PlanAttainment.ACTIVE_CLIENTS_ID)
                            .name("Active client base plan attainment")
                            .unit(KpiUnit.RATIO)
                            .direction(KpiDirection.HIGHER_IS_BETTER)
                            .definition("actual / plan (generated)")
                            .build(),
            PlanKind.NEW_CLIENTS, PlanAttainment.newClients(List.of()).definition());

    private PayGens() {}

    // ---------------------------------------------------------------- small draws

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static long between(RandomnessSource in, long min, long max) {
        return longs().between(min, max).generate(in);
    }

    /** True one time in {@code n}. */
    private static boolean oneIn(RandomnessSource in, int n) {
        return between(in, 0, n - 1) == 0;
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }

    private static Money euros(long cents) {
        return Money.ofMinor(cents, EUR);
    }

    // ---------------------------------------------------------------- bands, modes, bases

    /**
     * Commission rates from 0% to 30% in steps of 0.01%, with 0%, 5%, 15% and 30% drawn often.
     */
    public static Gen<Rate> commissionRates() {
        return PayGens::commissionRate;
    }

    private static Rate commissionRate(RandomnessSource in) {
        if (oneIn(in, 4)) {
            return Rate.percent(pick(in, List.of(0L, 5L, 15L, 30L)));
        }
        return Rate.percent(BigDecimal.valueOf(between(in, 0, 3000), 2));
    }

    /** Commission schedules in EUR: see {@link #bands(Currency)}. */
    public static Gen<CommissionBands> bands() {
        return bands(EUR);
    }

    /**
     * Commission schedules of 1 to 5 contiguous bands from zero, the last open-ended: thresholds in
     * whole cents rising by EUR 0.01 to EUR 40,000.00 (often by round thousands), rates from
     * {@link #commissionRates()} (neighbouring bands sometimes at the same rate, so not every
     * boundary is a cliff).
     *
     * @param currency the schedule's currency
     * @return the generator
     */
    public static Gen<CommissionBands> bands(Currency currency) {
        return in -> bands(in, currency);
    }

    private static CommissionBands bands(RandomnessSource in, Currency currency) {
        int n = between(in, 1, 5);
        Rate rate = commissionRate(in);
        CommissionBands.Builder b = CommissionBands.startingAt(Money.zero(currency), rate);
        long threshold = 0;
        for (int i = 1; i < n; i++) {
            long step = switch (between(in, 0, 3)) {
                case 0 -> between(in, 1L, 100L);
                case 1 -> between(in, 1L, 40L) * 100_000L;
                default -> between(in, 1L, 4_000_000L);
            };
            threshold += step;
            rate = oneIn(in, 5) ? rate : commissionRate(in);
            b.from(Money.ofMinor(threshold, currency), rate);
        }
        return b.build();
    }

    /**
     * Amounts to price with a schedule: anywhere from zero to EUR 50,000.00 above the last
     * threshold, or within 3 cents of a threshold (on it half of the time), in whole cents.
     *
     * @param bands the schedule
     * @return the generator
     */
    public static Gen<Money> bandAmounts(CommissionBands bands) {
        Currency c = bands.currency();
        long top = bands.bands().get(bands.bands().size() - 1).fromInclusive().toMinorUnits() + 5_000_000L;
        return in -> {
            if (oneIn(in, 2)) {
                return Money.ofMinor(between(in, 0L, top), c);
            }
            long boundary = pick(in, bands.bands()).fromInclusive().toMinorUnits();
            long offset = oneIn(in, 2) ? 0 : between(in, -3L, 3L);
            return Money.ofMinor(Math.max(0, boundary + offset), c);
        };
    }

    /** Any band mode. */
    public static Gen<BandMode> bandModes() {
        return Generate.enumValues(BandMode.class);
    }

    /** Either commission base: the amount or the margin. */
    public static Gen<CommissionBase> commissionBases() {
        return Generate.enumValues(CommissionBase.class);
    }

    /** Any crediting basis. */
    public static Gen<CreditingBasis> creditingBases() {
        return Generate.enumValues(CreditingBasis.class);
    }

    private static CreditingBasis basis(RandomnessSource in) {
        return switch (between(in, 0, 3)) {
            case 0, 1 -> CreditingBasis.BOOKED;
            case 2 -> CreditingBasis.INVOICED;
            default -> CreditingBasis.COLLECTED;
        };
    }

    /**
     * Eligibility rules: every line (half of the time), all but a group or a product, or only some
     * groups (a line without a group then earns nothing).
     */
    public static Gen<Eligibility> eligibilities() {
        return PayGens::eligibility;
    }

    private static Eligibility eligibility(RandomnessSource in) {
        return switch (between(in, 0, 5)) {
            case 0, 1, 2 -> Eligibility.all();
            case 3 -> Eligibility.builder().excludeGroup(pick(in, GROUPS)).build();
            case 4 -> Eligibility.builder().excludeProduct(pick(in, PRODUCTS)).build();
            default ->
                Eligibility.builder()
                        .includeGroup(pick(in, GROUPS))
                        .includeGroup(pick(in, GROUPS))
                        .build();
        };
    }

    /** Rounding policies of plans: the default half of the time, else another mode, scale or increment. */
    public static Gen<RoundingPolicy> roundings() {
        return PayGens::rounding;
    }

    private static RoundingPolicy rounding(RandomnessSource in) {
        return switch (between(in, 0, 7)) {
            case 0 -> RoundingPolicy.toMinorUnit(RoundingMode.HALF_UP);
            case 1 -> RoundingPolicy.toMinorUnit(RoundingMode.DOWN);
            case 2 -> RoundingPolicy.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_EVEN);
            case 3 -> RoundingPolicy.toScale(0, RoundingMode.HALF_UP);
            default -> RoundingPolicy.DEFAULT;
        };
    }

    // ---------------------------------------------------------------- components

    /** Transaction commissions of any band mode: see {@link #commissions(BandMode)}. */
    public static Gen<TransactionCommission> commissions() {
        return in -> commission(in, COMMISSION, pick(in, List.of(BandMode.values())), null);
    }

    /**
     * Transaction commissions with id {@link #COMMISSION} in EUR and the given band mode: {@link
     * #bands()}, on the amount (two times in three) or the margin, booked half of the time (else
     * invoiced or collected), every line eligible half of the time, a cap one time in four and a
     * floor one time in eight.
     *
     * @param mode the band mode
     * @return the generator
     */
    public static Gen<TransactionCommission> commissions(BandMode mode) {
        return in -> commission(in, COMMISSION, mode, null);
    }

    private static TransactionCommission commission(
            RandomnessSource in, ComponentId id, BandMode mode, @Nullable CreditingBasis basis) {
        TransactionCommission.Builder b = TransactionCommission.builder()
                .id(id)
                .bands(bands(in, EUR))
                .mode(mode)
                .base(oneIn(in, 3) ? CommissionBase.MARGIN : CommissionBase.AMOUNT)
                .basis(basis != null ? basis : basis(in))
                .eligibility(eligibility(in));
        limits(in, b::cap, b::floor, 2_000_000L);
        return b.build();
    }

    /** Sets a cap one time in four and a floor (not above the cap) one time in eight. */
    private static void limits(
            RandomnessSource in,
            java.util.function.Consumer<Money> cap,
            java.util.function.Consumer<Money> floor,
            long maxCents) {
        long c = -1;
        if (oneIn(in, 4)) {
            c = between(in, 0L, maxCents);
            cap.accept(euros(c));
        }
        if (oneIn(in, 8)) {
            floor.accept(euros(between(in, 0L, c >= 0 ? c : maxCents / 10)));
        }
    }

    /**
     * Team overrides with id {@link #OVERRIDE} in EUR: a rate of 0% to 5%, on the amount or the
     * margin, booked (two times in three) or another basis, over direct reports or all subordinates,
     * with a cap one time in four and a floor one time in eight.
     */
    public static Gen<TeamOverride> overrides() {
        return PayGens::override;
    }

    private static TeamOverride override(RandomnessSource in) {
        TeamOverride.Builder b = TeamOverride.builder()
                .id(OVERRIDE)
                .rate(Rate.percent(BigDecimal.valueOf(between(in, 0, 500), 2)))
                .currency(EUR)
                .base(oneIn(in, 3) ? CommissionBase.MARGIN : CommissionBase.AMOUNT)
                .basis(oneIn(in, 3) ? basis(in) : CreditingBasis.BOOKED)
                .eligibility(eligibility(in))
                .scope(oneIn(in, 2) ? TeamOverride.Scope.DIRECT_REPORTS : TeamOverride.Scope.ALL_SUBORDINATES);
        limits(in, b::cap, b::floor, 300_000L);
        return b.build();
    }

    /**
     * Attainment curves: 1 to 5 points with attainments rising by 0.0001 to 0.5 from 0 or a
     * threshold of up to 1.2, payouts from up to 1.5 never falling (flat segments now and then), the
     * last slope continued half of the time (with at least two points), a cap of 0 to 3 half of the
     * time; all with up to four decimals.
     */
    public static Gen<AttainmentCurve> attainmentCurves() {
        return PayGens::curve;
    }

    /**
     * As {@link #attainmentCurves()}, with payouts of {@code payoutDecimals} decimals (steps of
     * 10^-payoutDecimals up to about 1.5 + 1 per point), to reach the curve's own rounding of
     * {@value AttainmentCurve#SCALE} places when above it.
     *
     * @param payoutDecimals the decimals of the points' payouts, 0 to 18
     * @return the generator
     */
    public static Gen<AttainmentCurve> attainmentCurves(int payoutDecimals) {
        return in -> curve(in, payoutDecimals);
    }

    private static AttainmentCurve curve(RandomnessSource in) {
        return curve(in, 4);
    }

    private static AttainmentCurve curve(RandomnessSource in, int payoutDecimals) {
        int n = between(in, 1, 5);
        AttainmentCurve.Builder b = AttainmentCurve.builder();
        long a = oneIn(in, 3) ? 0 : between(in, 0L, 12_000L);
        long p = oneIn(in, 3) ? 0 : between(in, 0L, 15_000L);
        long extra = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                a += between(in, 1L, 5_000L);
                p += oneIn(in, 4) ? 0 : between(in, 0L, 10_000L);
            }
            BigDecimal payout = BigDecimal.valueOf(p, 4);
            if (payoutDecimals > 4) {
                // a few more units of the last decimal at each point, so a segment may rise by less than 10^-10
                extra += between(in, 0L, 20L);
                payout = payout.add(BigDecimal.valueOf(extra, payoutDecimals));
            }
            b.point(BigDecimal.valueOf(a, 4), payout.setScale(Math.max(4, payoutDecimals), RoundingMode.DOWN));
        }
        if (n >= 2 && oneIn(in, 2)) {
            b.extendBeyondLast();
        }
        if (oneIn(in, 2)) {
            b.cap(BigDecimal.valueOf(between(in, 0L, 30_000L), 4));
        }
        return b.build();
    }

    /**
     * Attainments (scores) for a curve: a point's attainment (or 0.0001 either side of it), or
     * anywhere from -0.5 to 3.5 with up to six decimals.
     *
     * @param curve the curve
     * @return the generator
     */
    public static Gen<Rate> attainmentsFor(AttainmentCurve curve) {
        return in -> {
            if (oneIn(in, 2)) {
                BigDecimal point = pick(in, curve.attainments());
                BigDecimal nudge = BigDecimal.valueOf(between(in, -1L, 1L), 4);
                return Rate.signedFraction(point.add(nudge));
            }
            return attainment(in);
        };
    }

    /** Attainments from -0.5 to 3.5 with up to six decimals (negative ones pay nothing). */
    public static Gen<Rate> attainments() {
        return PayGens::attainment;
    }

    private static Rate attainment(RandomnessSource in) {
        long millionths = between(in, -500_000L, 3_500_000L);
        if (oneIn(in, 2)) {
            millionths = millionths / 100 * 100;
        }
        return Rate.signedFraction(BigDecimal.valueOf(millionths, 6));
    }

    /**
     * KPI bonuses with id {@link #BONUS}: a target of EUR 0 to 5,000.00 per period on {@link
     * #attainmentCurves()}, with a cap one time in four and a floor one time in eight.
     */
    public static Gen<KpiBonus> bonuses() {
        return PayGens::bonus;
    }

    private static KpiBonus bonus(RandomnessSource in) {
        KpiBonus.Builder b = KpiBonus.builder()
                .id(BONUS)
                .target(euros(between(in, 0L, 500_000L)))
                .curve(curve(in));
        limits(in, b::cap, b::floor, 600_000L);
        return b.build();
    }

    /**
     * Plan-miss reductions with id {@link #PLAN_MISS}: 1 to 3 plans judged, each with a fixed share
     * of 0% to 30% or a share proportional to the shortfall (factor 0% to 200%); missed below 100%
     * or a threshold from 80%; at most 100% or a lower maximum.
     */
    public static Gen<PlanMissReduction> planMissReductions() {
        return PayGens::planMiss;
    }

    private static PlanMissReduction planMiss(RandomnessSource in) {
        PlanMissReduction.Builder b = PlanMissReduction.builder().id(PLAN_MISS);
        List<PlanKind> kinds = new ArrayList<>(List.of(PlanKind.values()));
        int rules = between(in, 1, 3);
        for (int i = 0; i < rules; i++) {
            PlanKind kind = kinds.remove(between(in, 0, kinds.size() - 1));
            b.rule(
                    kind,
                    oneIn(in, 2)
                            ? ReductionRule.fixed(Rate.percent(between(in, 0, 30)))
                            : ReductionRule.proportional(Rate.percent(between(in, 0, 200))));
        }
        if (oneIn(in, 3)) {
            b.missedBelow(Rate.percent(between(in, 80, 100)));
        }
        if (oneIn(in, 3)) {
            b.maxReduction(Rate.percent(between(in, 0, 100)));
        }
        return b.build();
    }

    // ---------------------------------------------------------------- plans

    /**
     * Compensation plans in EUR: see {@link #plans(boolean, boolean)}, with every kind of component,
     * possibly changing mid-period. (A statement on a version that covers part of the period fails
     * for now, see {@code PayStatementProperties.everyLawHoldsWhenAPlanChangesMidPeriod}.)
     */
    public static Gen<CompensationPlan> plans() {
        return in -> plan(in, "plan-a", true, true);
    }

    /**
     * Compensation plans in EUR with one version or two. When {@code changesMidPeriod}: one version
     * (two times in three covering all of {@link #PERIOD}, else starting inside it) or two (changing
     * on a day inside the period, sometimes with a gap of a few days between them), so that per-period
     * amounts are prorated (and now and then a version that ends before the period, so that none is in
     * force); otherwise every version covers all of the period or none of it (one version, or two
     * changing before the period, on its first day or after it). Each version with a fixed pay of EUR 0 to 10,000.00
     * and a {@link #COMMISSION} (its mode, bands and cap drawn per version), and, when {@code
     * everything}, now and then a {@link #SECOND_COMMISSION} on another basis, an {@link #OVERRIDE},
     * a {@link #BONUS} and a {@link #PLAN_MISS} last. Plan-wide: a rounding from {@link
     * #roundings()}, now and then a variable cap, a variable floor (not above it), a draw
     * (recoverable or not) and a clawback policy (net forward or retro, on returns and refusals,
     * sometimes on receivables past 30 days).
     *
     * @param everything whether components other than commission and plan-level rules appear
     * @param changesMidPeriod whether a version may start or end inside {@link #PERIOD}
     * @return the generator
     */
    public static Gen<CompensationPlan> plans(boolean everything, boolean changesMidPeriod) {
        return in -> plan(in, "plan-a", everything, changesMidPeriod);
    }

    /**
     * Plans whose every version has one {@link #COMMISSION} of the given mode and nothing else:
     * no cap, no floor, no plan-level rule, default rounding; one or two versions as in {@link
     * #plans(boolean, boolean)}.
     *
     * @param mode the band mode
     * @param changesMidPeriod whether a version may start or end inside {@link #PERIOD}
     * @return the generator
     */
    public static Gen<CompensationPlan> commissionOnlyPlans(BandMode mode, boolean changesMidPeriod) {
        return in -> {
            List<DateRange> validity = validities(in, changesMidPeriod);
            CompensationPlan.Builder p = CompensationPlan.builder().id("plan-c").currency(EUR);
            for (DateRange v : validity) {
                TransactionCommission c = TransactionCommission.builder()
                        .id(COMMISSION)
                        .bands(bands(in, EUR))
                        .mode(mode)
                        .base(oneIn(in, 3) ? CommissionBase.MARGIN : CommissionBase.AMOUNT)
                        .basis(basis(in))
                        .eligibility(eligibility(in))
                        .build();
                p.addVersions(PlanVersion.builder()
                        .validity(v)
                        .fixedPay(euros(between(in, 0L, 1_000_000L)))
                        .addComponents(c)
                        .build());
            }
            return p.build();
        };
    }

    /** The validities of one or two versions around {@link #PERIOD}. */
    private static List<DateRange> validities(RandomnessSource in, boolean changesMidPeriod) {
        int days = (int) PERIOD.lengthInDays();
        if (!changesMidPeriod) {
            if (oneIn(in, 2)) {
                return List.of(DateRange.of(PLANS_FROM, PLANS_TO));
            }
            LocalDate change = switch (between(in, 0, 2)) {
                case 0 -> PERIOD.start().minusDays(between(in, 1, 60));
                case 1 -> PERIOD.start();
                default -> PERIOD.endExclusive().plusDays(between(in, 0, 60));
            };
            return List.of(DateRange.of(PLANS_FROM, change), DateRange.of(change, PLANS_TO));
        }
        if (oneIn(in, 10)) {
            // no version in force during the period: every transaction is NO_PLAN, coverage 0
            return List.of(DateRange.of(PLANS_FROM, PERIOD.start().minusDays(between(in, 0, 30))));
        }
        if (oneIn(in, 2)) {
            LocalDate start = oneIn(in, 3) ? PERIOD.start().plusDays(between(in, 1, days - 1)) : PLANS_FROM;
            return List.of(DateRange.of(start, PLANS_TO));
        }
        LocalDate change = PERIOD.start().plusDays(between(in, 1, days - 1));
        LocalDate next = oneIn(in, 4) ? change.plusDays(between(in, 1, 5)) : change;
        return List.of(DateRange.of(PLANS_FROM, change), DateRange.of(next, PLANS_TO));
    }

    private static CompensationPlan plan(RandomnessSource in, String id, boolean everything, boolean changesMidPeriod) {
        return plan(in, id, everything, changesMidPeriod, false);
    }

    private static CompensationPlan plan(
            RandomnessSource in, String id, boolean everything, boolean changesMidPeriod, boolean withPlanMiss) {
        CompensationPlan.Builder p = CompensationPlan.builder().id(id).currency(EUR);
        if (everything) {
            p.rounding(rounding(in));
        }
        boolean second = everything && oneIn(in, 4);
        boolean override = everything && oneIn(in, 3);
        boolean bonus = everything && oneIn(in, 3);
        boolean planMiss = withPlanMiss || (everything && oneIn(in, 3));
        for (DateRange v : validities(in, changesMidPeriod)) {
            List<PayComponent> components = new ArrayList<>();
            TransactionCommission c = commission(in, COMMISSION, pick(in, List.of(BandMode.values())), null);
            components.add(c);
            if (second) {
                CreditingBasis other =
                        c.basis() == CreditingBasis.BOOKED ? CreditingBasis.COLLECTED : CreditingBasis.BOOKED;
                components.add(commission(in, SECOND_COMMISSION, pick(in, List.of(BandMode.values())), other));
            }
            if (override) {
                components.add(override(in));
            }
            if (bonus) {
                components.add(bonus(in));
            }
            if (planMiss) {
                components.add(planMiss(in));
            }
            p.addVersions(PlanVersion.builder()
                    .validity(v)
                    .fixedPay(euros(between(in, 0L, 1_000_000L)))
                    .addAllComponents(components)
                    .build());
        }
        if (everything) {
            long cap = -1;
            if (oneIn(in, 4)) {
                cap = between(in, 0L, 3_000_000L);
                p.variableCap(euros(cap));
            }
            if (oneIn(in, 6)) {
                p.variableFloor(euros(between(in, 0L, cap >= 0 ? cap : 200_000L)));
            }
            if (oneIn(in, 6)) {
                Money amount = euros(between(in, 0L, 300_000L));
                p.draw(oneIn(in, 2) ? Draw.recoverable(amount) : Draw.nonRecoverable(amount));
            }
            if (oneIn(in, 3)) {
                p.clawback(clawbackPolicy(in));
            }
        }
        return p.build();
    }

    /**
     * Clawback policies: net forward or retro, on returns and refusals (each off now and then), on
     * receivables more than 0 to 60 days past due half of the time.
     */
    public static Gen<ClawbackPolicy> clawbackPolicies() {
        return PayGens::clawbackPolicy;
    }

    private static ClawbackPolicy clawbackPolicy(RandomnessSource in) {
        ClawbackPolicy.Builder b = ClawbackPolicy.builder()
                .mode(oneIn(in, 2) ? ClawbackMode.NET_FORWARD : ClawbackMode.RETRO)
                .onReturns(!oneIn(in, 5))
                .onRefusals(!oneIn(in, 5));
        if (oneIn(in, 2)) {
            b.uncollectedAfterDays(between(in, 0, 60));
        }
        return b.build();
    }

    // ---------------------------------------------------------------- credits and transactions

    /**
     * Credits: two times in three all to one of {@link #MANAGERS} (now and then {@link #STRANGER}),
     * else split between two or three different managers with shares above 0% that add up to
     * exactly 100%, in millionths (thirds as 33.3333%, 33.3333%, 33.3334% now and then).
     */
    public static Gen<Credits> credits() {
        return PayGens::credits;
    }

    /**
     * Credits split between two or three of {@link #MANAGERS} as in {@link #credits()}, never to
     * one manager alone and never to {@link #STRANGER}.
     */
    public static Gen<Credits> splitCredits() {
        return in -> split(in, new ArrayList<>(MANAGERS));
    }

    private static List<ManagerId> creditable() {
        List<ManagerId> all = new ArrayList<>(MANAGERS);
        all.add(STRANGER);
        return all;
    }

    private static Credits credits(RandomnessSource in) {
        List<ManagerId> pool = oneIn(in, 12) ? creditable() : new ArrayList<>(MANAGERS);
        if (!oneIn(in, 3)) {
            return Credits.solely(pick(in, pool));
        }
        return split(in, pool);
    }

    private static Credits split(RandomnessSource in, List<ManagerId> pool) {
        int n = between(in, 2, 3);
        List<ManagerId> who = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            who.add(pool.remove(between(in, 0, pool.size() - 1)));
        }
        long[] millionths = new long[n];
        if (n == 3 && oneIn(in, 3)) {
            millionths = new long[] {333_333, 333_333, 333_334};
        } else {
            long left = 1_000_000;
            for (int i = 0; i < n - 1; i++) {
                millionths[i] = between(in, 1L, left - (n - 1 - i));
                left -= millionths[i];
            }
            millionths[n - 1] = left;
        }
        Map<ManagerId, Rate> shares = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            shares.put(who.get(i), Rate.ofFraction(BigDecimal.valueOf(millionths[i], 6)));
        }
        return Credits.split(shares);
    }

    /**
     * A deal's lines: 1 to 3, each EUR 0 to 1,000.00, to 20,000.00 or to 120,000.00 (so that every
     * band is reached), of a product and group from small pools (now and then neither), with a cost
     * four times in five of 0 to 130% of the amount (so margins are sometimes negative).
     */
    public static Gen<List<TransactionLine>> dealLines(Currency currency) {
        return in -> lines(in, currency);
    }

    private static List<TransactionLine> lines(RandomnessSource in, Currency currency) {
        int n = between(in, 1, 3);
        List<TransactionLine> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long cents = switch (between(in, 0, 2)) {
                case 0 -> between(in, 0L, 100_000L);
                case 1 -> between(in, 0L, 2_000_000L);
                default -> between(in, 0L, 12_000_000L);
            };
            TransactionLine.Builder b = TransactionLine.builder().amount(Money.ofMinor(cents, currency));
            if (!oneIn(in, 5)) {
                b.cost(Money.ofMinor(cents * between(in, 0, 130) / 100, currency));
            }
            if (!oneIn(in, 5)) {
                b.product(pick(in, PRODUCTS)).group(pick(in, GROUPS));
            }
            out.add(b.build());
        }
        return out;
    }

    /**
     * Pay transactions in EUR: see {@link #transactions(Currency, String, int)}, up to 8 deals.
     */
    public static Gen<List<PayTransaction>> transactions() {
        return in -> deals(in, EUR, "", 8);
    }

    /**
     * Pay transactions of up to {@code maxDeals} deals (ids {@code <prefix>D-0}, …): each deal has
     * {@link #dealLines(Currency)}, an account from {@link LedgerGens#ACCOUNTS}, {@link #credits()}
     * and a date from 10 days before {@link #PERIOD} to 5 days after it; booked deals (half of them)
     * are one transaction of 100% on that date, invoiced or collected deals one to three
     * transactions ({@code D-k/1}, …) on that date and up to 40 days later whose portions are above
     * 0% and add up to exactly 100% half of the time, else to less.
     *
     * @param currency the deals' currency
     * @param prefix what the ids start with
     * @param maxDeals the most deals
     * @return the generator
     */
    public static Gen<List<PayTransaction>> transactions(Currency currency, String prefix, int maxDeals) {
        return in -> deals(in, currency, prefix, maxDeals);
    }

    private static List<PayTransaction> deals(RandomnessSource in, Currency currency, String prefix, int maxDeals) {
        int n = between(in, 0, maxDeals);
        List<PayTransaction> out = new ArrayList<>();
        int span = (int) PERIOD.lengthInDays();
        for (int k = 0; k < n; k++) {
            EventId deal = EventId.of(prefix + "D-" + k);
            AccountId account = pick(in, LedgerGens.ACCOUNTS);
            Credits credits = credits(in);
            List<TransactionLine> lines = lines(in, currency);
            LocalDate date = PERIOD.start().plusDays(between(in, -10, span + 4));
            CreditingBasis basis = basis(in);
            if (basis == CreditingBasis.BOOKED) {
                out.add(PayTransaction.builder()
                        .id(deal)
                        .account(account)
                        .credits(credits)
                        .date(date)
                        .addAllLines(lines)
                        .build());
                continue;
            }
            int parts = between(in, 1, 3);
            long total = oneIn(in, 2) ? 1_000_000L : between(in, (long) parts, 999_999L);
            long left = total;
            for (int j = 1; j <= parts; j++) {
                long portion = j == parts ? left : between(in, 1L, left - (parts - j));
                left -= portion;
                out.add(PayTransaction.builder()
                        .id(EventId.of(deal.value() + "/" + j))
                        .deal(deal)
                        .account(account)
                        .credits(credits)
                        .date(date)
                        .basis(basis)
                        .addAllLines(lines)
                        .portion(Rate.ofFraction(BigDecimal.valueOf(portion, 6)))
                        .build());
                date = date.plusDays(between(in, 0, 40));
            }
        }
        return out;
    }

    /**
     * Transactions in two currencies and the rates that convert them into EUR.
     *
     * @param transactions the transactions, in EUR and USD, in the order generated
     * @param rates USD to EUR rates dated on or before every transaction's date
     */
    public record MixedTransactions(List<PayTransaction> transactions, ExchangeRateTable rates) {
        @Override
        public String toString() {
            return transactions.size() + " transactions " + transactions + " with " + rates;
        }
    }

    /**
     * Up to 5 deals in EUR and up to 5 in USD (ids prefixed {@code U}), interleaved, with an {@link
     * ExchangeRateTable} of USD to EUR: a rate from 2025-01-01 and 0 to 3 more on days inside
     * {@link #PERIOD}, factors 0.8 to 1.25 with four to six decimals.
     */
    public static Gen<MixedTransactions> mixedTransactions() {
        return in -> {
            List<PayTransaction> all = new ArrayList<>(deals(in, EUR, "", 5));
            all.addAll(deals(in, USD, "U", 5));
            Collections.shuffle(all, new Random(between(in, 0L, Long.MAX_VALUE)));
            return new MixedTransactions(all, rateTable(in));
        };
    }

    private static ExchangeRateTable rateTable(RandomnessSource in) {
        ExchangeRateTable.Builder rates = ExchangeRateTable.builder();
        rates.add(ExchangeRate.of(USD, EUR, factor(in), PLANS_FROM));
        int more = between(in, 0, 3);
        List<LocalDate> used = new ArrayList<>();
        for (int i = 0; i < more; i++) {
            LocalDate d = PERIOD.start().plusDays(between(in, 0, (int) PERIOD.lengthInDays() - 1));
            if (!used.contains(d)) {
                used.add(d);
                rates.add(ExchangeRate.of(USD, EUR, factor(in), d));
            }
        }
        return rates.build();
    }

    private static BigDecimal factor(RandomnessSource in) {
        int scale = between(in, 4, 6);
        long unit = BigDecimal.ONE.movePointRight(scale).longValueExact();
        return BigDecimal.valueOf(between(in, unit * 8 / 10, unit * 125 / 100), scale);
    }

    /**
     * Returns and refusals of some of the deals of the transactions (each deal one time in three):
     * one or two, of EUR 0.01 up to the whole deal (and now and then more than it), dated from the
     * deal's date to 60 days after it.
     *
     * @param transactions the transactions whose deals may be reversed
     * @return the generator
     */
    public static Gen<List<Reversal>> reversalsOf(List<PayTransaction> transactions) {
        return in -> reversals(in, transactions);
    }

    private static List<Reversal> reversals(RandomnessSource in, List<PayTransaction> transactions) {
        Map<EventId, PayTransaction> deals = new LinkedHashMap<>();
        for (PayTransaction t : transactions) {
            deals.putIfAbsent(t.deal(), t);
        }
        List<Reversal> out = new ArrayList<>();
        for (PayTransaction t : deals.values()) {
            if (!oneIn(in, 3)) {
                continue;
            }
            long whole = t.dealAmount().toMinorUnits();
            int n = between(in, 1, 2);
            for (int i = 0; i < n; i++) {
                long value = oneIn(in, 8) ? whole + between(in, 1L, 10_000L) : between(in, 1L, Math.max(1L, whole));
                out.add(Reversal.builder()
                        .reversalKind(oneIn(in, 2) ? ReversalKind.RETURN : ReversalKind.REFUSAL)
                        .id(EventId.of("REV-" + t.deal().value() + "-" + i))
                        .account(t.account())
                        .credits(t.credits())
                        .date(t.date().plusDays(between(in, 0, 60)))
                        .order(t.deal())
                        .value(Money.ofMinor(value, t.currency()))
                        .reason("generated")
                        .build());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- KPI inputs

    /**
     * The scorecard result of a one-KPI scorecard whose score is {@code score} (clamped to 0% to
     * 300%), in {@link KpiGens#CONTEXT}.
     *
     * @param score the score wanted
     * @return the result
     */
    public static ScorecardResult scorecard(Rate score) {
        ScorecardEntry entry = ScorecardEntry.builder()
                .kpi(SCORE_KPI.id())
                .weight(BigDecimal.ONE)
                .target(BigDecimal.ONE)
                .cap(Rate.percent(300))
                .build();
        KpiValue value = KpiValue.of(
                SCORE_KPI,
                KpiGens.CONTEXT.period(),
                score.fraction(),
                Explanation.of(Step.of("test.score", "given {score}", "score", score)));
        return Scorecard.of(entry).evaluate(KpiResults.of(KpiGens.CONTEXT, List.of(value)));
    }

    /** A scorecard result whose score is not defined (its only KPI is not defined). */
    public static ScorecardResult undefinedScorecard() {
        ScorecardEntry entry = ScorecardEntry.builder()
                .kpi(SCORE_KPI.id())
                .weight(BigDecimal.ONE)
                .target(BigDecimal.ONE)
                .build();
        return Scorecard.of(entry).evaluate(KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.undefined(SCORE_KPI))));
    }

    /** Scorecard results with a score from {@link #attainments()} (clamped to [0, 3]), or not defined one time in eight. */
    public static Gen<ScorecardResult> scorecards() {
        return PayGens::scorecardResult;
    }

    private static ScorecardResult scorecardResult(RandomnessSource in) {
        return oneIn(in, 8) ? undefinedScorecard() : scorecard(attainment(in));
    }

    /**
     * KPI results holding the attainments of 0 to 3 of the plans (each 0% to 130% in steps of
     * 0.01%, or not defined one time in six), in {@link KpiGens#CONTEXT}.
     */
    public static Gen<KpiResults> planAttainments() {
        return PayGens::planAttainment;
    }

    private static KpiResults planAttainment(RandomnessSource in) {
        List<KpiValue> values = new ArrayList<>();
        for (PlanKind kind : PlanKind.values()) {
            if (oneIn(in, 4)) {
                continue;
            }
            KpiDefinition d = PLAN_KPIS.get(kind);
            values.add(
                    oneIn(in, 6)
                            ? KpiGens.undefined(d)
                            : KpiGens.value(d, BigDecimal.valueOf(between(in, 0, 13_000), 4)));
        }
        return KpiResults.of(KpiGens.CONTEXT, values);
    }

    /**
     * KPI results in which every plan is met (attainment 100%), for comparing with a reduction.
     *
     * @return the results
     */
    public static KpiResults allPlansMet() {
        List<KpiValue> values = new ArrayList<>();
        for (PlanKind kind : PlanKind.values()) {
            values.add(KpiGens.value(PLAN_KPIS.get(kind), BigDecimal.ONE));
        }
        return KpiResults.of(KpiGens.CONTEXT, values);
    }

    // ---------------------------------------------------------------- histories of records

    /**
     * Histories of what earlier statements paid {@code manager} under {@code component} for some
     * deals of the transactions: per deal (each one time in two) one to three {@link
     * CommissionRecord.Kind#EARNED} records of EUR 0 to 10,000 with up to six decimals (as exact
     * commissions are), dated in Q4 2025, and one time in three a {@link
     * CommissionRecord.Kind#CLAWBACK} record taking back a whole-cent amount between 0 and what was
     * paid (so the history is one a correct engine could have written).
     *
     * @param manager the manager paid
     * @param component the component that paid
     * @param transactions the transactions whose deals the records are for
     * @return the generator
     */
    public static Gen<List<CommissionRecord>> recordHistories(
            ManagerId manager, ComponentId component, List<PayTransaction> transactions) {
        return in -> records(in, manager, component, transactions);
    }

    private static List<CommissionRecord> records(
            RandomnessSource in, ManagerId manager, ComponentId component, List<PayTransaction> transactions) {
        Map<EventId, PayTransaction> deals = new LinkedHashMap<>();
        for (PayTransaction t : transactions) {
            deals.putIfAbsent(t.deal(), t);
        }
        DateRange prior = LedgerGens.PRIOR;
        List<CommissionRecord> out = new ArrayList<>();
        for (PayTransaction t : deals.values()) {
            if (oneIn(in, 2)) {
                continue;
            }
            int n = between(in, 1, 3);
            BigDecimal paid = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigDecimal amount = BigDecimal.valueOf(between(in, 0L, 10_000_000_000L), 6);
                paid = paid.add(amount);
                out.add(CommissionRecord.builder()
                        .manager(manager)
                        .component(component)
                        .kind(CommissionRecord.Kind.EARNED)
                        .deal(t.deal())
                        .transaction(EventId.of("OLD-" + t.deal().value() + "-" + i))
                        .dealAmount(t.dealAmount())
                        .basis(t.basis())
                        .date(prior.start().plusDays(between(in, 0, (int) prior.lengthInDays() - 1)))
                        .period(prior)
                        .amount(Money.of(amount, EUR))
                        .build());
            }
            if (oneIn(in, 3)) {
                long maxCents =
                        paid.movePointRight(2).setScale(0, RoundingMode.DOWN).longValueExact();
                out.add(CommissionRecord.builder()
                        .manager(manager)
                        .component(component)
                        .kind(CommissionRecord.Kind.CLAWBACK)
                        .deal(t.deal())
                        .dealAmount(t.dealAmount())
                        .basis(t.basis())
                        .date(prior.endInclusive())
                        .period(prior)
                        .amount(euros(-between(in, 0L, maxCents)))
                        .build());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- whole cases

    /**
     * One calculation: the plan, the transactions, the input built from them and the calculator.
     *
     * @param plan the plan everyone is on (unless {@code other} names a manager)
     * @param other a second plan for {@link #MANAGERS}{@code .get(1)}, if any
     * @param transactions the transactions, in the order generated
     * @param input the input: the transactions and, when generated, reversals, scorecards, KPI
     *     results and draw balances
     * @param calculator the calculator: the plans, {@link #TEAM} (two times in three) and the
     *     exchange rates for mixed-currency cases
     */
    public record PayCase(
            CompensationPlan plan,
            Optional<CompensationPlan> other,
            List<PayTransaction> transactions,
            PayInput input,
            PayCalculator calculator) {

        /** The same input with the transactions in another order. */
        public PayInput withTransactions(List<PayTransaction> reordered) {
            PayInput.Builder b = PayInput.builder()
                    .transactions(reordered)
                    .addReversals(input.reversals())
                    .addHistory(input.history());
            input.receivables().ifPresent(b::receivables);
            input.scorecards().forEach(b::putScorecard);
            input.kpiResults().forEach(b::putKpiResults);
            input.drawBalances().forEach(b::putDrawBalance);
            input.adjustments().forEach(b::addAdjustment);
            return b.build();
        }

        /** The managers with a statement: {@link #MANAGERS}. */
        public List<ManagerId> managers() {
            return MANAGERS;
        }

        @Override
        public String toString() {
            return "PayCase{plan=" + describe(plan)
                    + other.map(o -> ", M-1's plan=" + describe(o)).orElse("")
                    + (calculator.team().isPresent() ? ", team" : ", no team") + ", transactions="
                    + transactions.stream().map(PayGens::describe).toList() + ", reversals="
                    + input.reversals().stream()
                            .map(r -> r.order() + " " + r.date() + " " + r.value())
                            .toList()
                    + ", scores="
                    + input.scorecards().entrySet().stream()
                            .map(e -> e.getKey() + ":"
                                    + e.getValue().score().map(Rate::toString).orElse("undefined"))
                            .toList()
                    + ", attainments="
                    + input.kpiResults().entrySet().stream()
                            .map(e -> e.getKey() + ":"
                                    + e.getValue().values().stream()
                                            .map(v -> v.id().code().replace("plan.attainment.", "") + "="
                                                    + v.value()
                                                            .map(BigDecimal::toPlainString)
                                                            .orElse("undefined"))
                                            .toList())
                            .toList()
                    + ", draws=" + input.drawBalances() + "}";
        }
    }

    /**
     * A transaction in words, for counterexamples: {@code D-1/2 (deal D-1) 2026-01-02 INVOICED
     * 49.5449% {M-0=100%} EUR [9307.06 cost 465.35 P-0/G-1]}.
     *
     * @param t the transaction
     * @return the text
     */
    public static String describe(PayTransaction t) {
        return t.id() + (t.deal().equals(t.id()) ? "" : " (deal " + t.deal() + ")") + " " + t.date() + " "
                + t.basis() + " " + t.portion() + " " + t.credits().shares() + " "
                + t.currency().getCurrencyCode()
                + t.lines().stream()
                        .map(l -> l.amount().amount().toPlainString()
                                + l.cost()
                                        .map(c -> " cost " + c.amount().toPlainString())
                                        .orElse("")
                                + l.product().map(p -> " " + p).orElse("")
                                + l.group().map(g -> "/" + g).orElse(""))
                        .toList();
    }

    /** A plan in words, for counterexamples: its rules and versions with their components. */
    public static String describe(CompensationPlan plan) {
        StringBuilder s = new StringBuilder(plan.id()).append(" [rounding ").append(plan.rounding());
        plan.variableCap().ifPresent(c -> s.append(", variable cap ").append(c));
        plan.variableFloor().ifPresent(c -> s.append(", variable floor ").append(c));
        plan.draw().ifPresent(d -> s.append(", ").append(d));
        plan.clawback().ifPresent(c -> s.append(", clawback ").append(c));
        for (PlanVersion v : plan.timeline()) {
            s.append("; version ").append(v.validity()).append(" fixed ").append(v.fixedPay());
            for (PayComponent c : v.components()) {
                s.append(", ").append(c);
                c.cap().ifPresent(m -> s.append(" cap ").append(m));
                c.floor().ifPresent(m -> s.append(" floor ").append(m));
            }
        }
        return s.append("]").toString();
    }

    /**
     * Whole calculations in EUR: {@link #plans(boolean, boolean)} with everything for everyone (and
     * one time in four another plan for {@code M-1}), {@link #transactions()}, and an input with
     * {@link #reversalsOf} the deals when a plan claws back, {@link #scorecards()} and {@link
     * #planAttainments()} for some managers, and recoverable draw balances for some; a calculator
     * with {@link #TEAM} two times in three.
     *
     * @param changesMidPeriod whether a plan version may start or end inside {@link #PERIOD}
     * @return the generator
     */
    public static Gen<PayCase> payCases(boolean changesMidPeriod) {
        return in -> payCase(in, deals(in, EUR, "", MAX_DEALS), null, changesMidPeriod, false);
    }

    /**
     * As {@link #payCases(boolean)}, with a {@link #PLAN_MISS} last in every version of the main
     * plan.
     *
     * @param changesMidPeriod whether a plan version may start or end inside {@link #PERIOD}
     * @return the generator
     */
    public static Gen<PayCase> payCasesWithPlanMiss(boolean changesMidPeriod) {
        return in -> payCase(in, deals(in, EUR, "", MAX_DEALS), null, changesMidPeriod, true);
    }

    /**
     * As {@link #payCases(boolean)}, over {@link #mixedTransactions()} with their rates.
     *
     * @param changesMidPeriod whether a plan version may start or end inside {@link #PERIOD}
     * @return the generator
     */
    public static Gen<PayCase> mixedPayCases(boolean changesMidPeriod) {
        return in -> {
            MixedTransactions mixed = mixedTransactions().generate(in);
            return payCase(in, mixed.transactions(), mixed.rates(), changesMidPeriod, false);
        };
    }

    private static PayCase payCase(
            RandomnessSource in,
            List<PayTransaction> transactions,
            @Nullable ExchangeRateTable rates,
            boolean changesMidPeriod,
            boolean withPlanMiss) {
        CompensationPlan plan = plan(in, "plan-a", true, changesMidPeriod, withPlanMiss);
        Optional<CompensationPlan> other =
                oneIn(in, 4) ? Optional.of(plan(in, "plan-b", true, changesMidPeriod)) : Optional.empty();
        PayInput.Builder input = PayInput.builder().transactions(transactions);
        boolean clawback = plan.clawback().isPresent()
                || other.flatMap(CompensationPlan::clawback).isPresent();
        if (clawback) {
            input.addReversals(reversals(in, transactions));
        }
        for (ManagerId m : MANAGERS) {
            if (!oneIn(in, 3)) {
                input.putScorecard(m, scorecardResult(in));
            }
            if (!oneIn(in, 3)) {
                input.putKpiResults(m, planAttainment(in));
            }
            if (oneIn(in, 4)) {
                // what the host carries over from an earlier statement: whole under the plan's rounding
                RoundingPolicy rounding =
                        m.equals(MANAGERS.get(1)) ? other.orElse(plan).rounding() : plan.rounding();
                input.putDrawBalance(m, euros(between(in, 0L, 300_000L)).round(rounding));
            }
        }
        PayPlans.Builder plans = PayPlans.builder().forEveryoneElse(plan);
        other.ifPresent(o -> plans.forManager(MANAGERS.get(1), o));
        PayCalculator.Builder calculator = PayCalculator.builder().plans(plans.build());
        if (!oneIn(in, 3)) {
            calculator.team(TEAM);
        }
        if (rates != null) {
            calculator.exchangeRates(rates);
        }
        return new PayCase(plan, other, List.copyOf(transactions), input.build(), calculator.build());
    }
}
