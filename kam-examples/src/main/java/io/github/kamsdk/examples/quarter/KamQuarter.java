package io.github.kamsdk.examples.quarter;

import static io.github.kamsdk.examples.quarter.SampleCompany.ANA;
import static io.github.kamsdk.examples.quarter.SampleCompany.CARMEN;
import static io.github.kamsdk.examples.quarter.SampleCompany.EUR;
import static io.github.kamsdk.examples.quarter.SampleCompany.LUIS;
import static io.github.kamsdk.examples.quarter.SampleCompany.PUMPS;
import static io.github.kamsdk.examples.quarter.SampleCompany.Q1;
import static io.github.kamsdk.examples.quarter.SampleCompany.Q2;
import static io.github.kamsdk.examples.quarter.SampleCompany.SERVICES;
import static io.github.kamsdk.examples.quarter.SampleCompany.TODAY;

import io.github.kamsdk.core.account.AccountFigures;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.ParetoPolicy;
import io.github.kamsdk.core.account.RevenueSharePolicy;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.account.Tiering;
import io.github.kamsdk.core.account.WeightedScorePolicy;
import io.github.kamsdk.core.activity.ActivityLog;
import io.github.kamsdk.core.activity.Availability;
import io.github.kamsdk.core.activity.CadencePolicy;
import io.github.kamsdk.core.activity.ContactCandidate;
import io.github.kamsdk.core.activity.ContactPlanner;
import io.github.kamsdk.core.activity.WeeklyPlan;
import io.github.kamsdk.core.kpi.ActiveClientRule;
import io.github.kamsdk.core.kpi.CustomerRetention;
import io.github.kamsdk.core.kpi.DaysSalesOutstanding;
import io.github.kamsdk.core.kpi.KpiCalculator;
import io.github.kamsdk.core.kpi.KpiContext;
import io.github.kamsdk.core.kpi.KpiInput;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.PlanAttainment;
import io.github.kamsdk.core.kpi.Scorecard;
import io.github.kamsdk.core.kpi.ScorecardEntry;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.pay.AttainmentCurve;
import io.github.kamsdk.core.pay.BandMode;
import io.github.kamsdk.core.pay.ClawbackMode;
import io.github.kamsdk.core.pay.ClawbackPolicy;
import io.github.kamsdk.core.pay.CommissionBands;
import io.github.kamsdk.core.pay.CompensationPlan;
import io.github.kamsdk.core.pay.ComponentId;
import io.github.kamsdk.core.pay.CreditingBasis;
import io.github.kamsdk.core.pay.Detail;
import io.github.kamsdk.core.pay.Eligibility;
import io.github.kamsdk.core.pay.KpiBonus;
import io.github.kamsdk.core.pay.PayAdjustment;
import io.github.kamsdk.core.pay.PayCalculator;
import io.github.kamsdk.core.pay.PayInput;
import io.github.kamsdk.core.pay.PayPlans;
import io.github.kamsdk.core.pay.PayRun;
import io.github.kamsdk.core.pay.PayStatement;
import io.github.kamsdk.core.pay.PayTransaction;
import io.github.kamsdk.core.pay.PayTransactions;
import io.github.kamsdk.core.pay.PlanKind;
import io.github.kamsdk.core.pay.PlanMissReduction;
import io.github.kamsdk.core.pay.PlanVersion;
import io.github.kamsdk.core.pay.ReductionRule;
import io.github.kamsdk.core.pay.TeamOverride;
import io.github.kamsdk.core.pay.TransactionCommission;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.examples.jdbc.KamStore;
import io.github.kamsdk.rules.admission.AdmissionRequest;
import io.github.kamsdk.rules.admission.AdmissionResult;
import io.github.kamsdk.rules.admission.OrderAdmission;
import io.github.kamsdk.rules.approval.ApprovalDecision;
import io.github.kamsdk.rules.approval.ApprovalPolicy;
import io.github.kamsdk.rules.approval.ApprovalRequest;
import io.github.kamsdk.rules.approval.AuthorityMatrix;
import io.github.kamsdk.rules.credit.CreditLimit;
import io.github.kamsdk.rules.credit.CreditPolicy;
import io.github.kamsdk.rules.credit.CreditProfile;
import io.github.kamsdk.rules.credit.HoldRelease;
import io.github.kamsdk.rules.credit.VerificationStatus;
import io.github.kamsdk.rules.pricing.BreakAggregation;
import io.github.kamsdk.rules.pricing.BreakSemantics;
import io.github.kamsdk.rules.pricing.Catalog;
import io.github.kamsdk.rules.pricing.ColumnSelection;
import io.github.kamsdk.rules.pricing.DiscountEffect;
import io.github.kamsdk.rules.pricing.DiscountPolicy;
import io.github.kamsdk.rules.pricing.DiscountRule;
import io.github.kamsdk.rules.pricing.GuardRails;
import io.github.kamsdk.rules.pricing.PriceColumn;
import io.github.kamsdk.rules.pricing.PriceList;
import io.github.kamsdk.rules.pricing.PricingResult;
import io.github.kamsdk.rules.pricing.ProductInfo;
import io.github.kamsdk.rules.pricing.Quote;
import io.github.kamsdk.rules.pricing.QuoteLine;
import io.github.kamsdk.rules.pricing.RuleConditions;
import io.github.kamsdk.rules.pricing.RuleId;
import io.github.kamsdk.rules.pricing.StackingMode;
import io.github.kamsdk.rules.pricing.VolumeBreaks;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The main job a newcomer runs: one KAM quarter of the {@link SampleCompany}, end to end. It tiers
 * the accounts and says why, plans next week's contacts, prices a quote that needs approval and
 * approves it, admits one order and holds another on credit (and releases the hold), computes each
 * manager's KPI scorecard, and produces the quarter's pay statements with the prior-quarter
 * adjustment after a late return. It prints a summary for a person in a terminal and writes a
 * self-contained HTML report.
 *
 * <pre>
 * ./mvnw -q -Pdemo -pl kam-examples -am package -DskipTests
 * </pre>
 *
 * <p>It works the way a host does: the company's accounts, team, events and plans go into an
 * embedded H2 database through {@link KamStore} and the quarter is computed from what is read back;
 * the Q1 statements are stored as paid and read back for the prior-quarter adjustment.
 *
 * <p>{@link #run(SampleCompany)} does the work and returns every figure as {@link QuarterResults}, so
 * that the test can check them and the report can show them.
 */
public final class KamQuarter {
    static final PriceColumn LIST = PriceColumn.of("list");
    static final PriceColumn KEY_COLUMN = PriceColumn.of("key-account");

    private KamQuarter() {}

    /**
     * Runs the quarter and prints it; writes the HTML report to the path given as the first
     * argument, or to {@code target/kam-quarter-report.html}.
     *
     * @param args an optional report path
     * @throws IOException if the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "target/kam-quarter-report.html");
        QuarterResults results = run(SampleCompany.generate(SampleCompany.SEED));
        print(results, System.out);
        HtmlReport.write(results, report);
        System.out.println();
        System.out.println("HTML report: " + report.toAbsolutePath());
    }

    /**
     * Runs the quarter.
     *
     * @param company the company
     * @return every figure of the quarter
     */
    public static QuarterResults run(SampleCompany company) {
        // 0. Persistence as a host does it: the company goes into an embedded database and the
        //    quarter works on what comes back out of it
        KamStore store = store();
        SalesTeam team;
        Ledger all;
        PayPlans payPlans = plans();
        try {
            store.createSchema();
            store.saveAccounts(company.accounts());
            store.saveTeam(company.team());
            store.saveEvents(company.events());
            for (Role role : List.of(Role.JUNIOR_KAM, Role.SENIOR_KAM, Role.SALES_MANAGER, Role.HEAD_OF_SALES)) {
                store.savePlan(payPlans.forRole(role).orElseThrow());
            }
            team = store.loadTeam();
            all = store.loadLedger();
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded database failed: " + e.getMessage(), e);
        }

        // 1. Which clients are key: revenue share, ABC and a weighted score over both quarters
        List<AccountFigures> figures = accountFigures(company, all);
        Tiering share = RevenueSharePolicy.defaults().assign(figures);
        Tiering abc = ParetoPolicy.defaults().assign(figures);
        Tiering weighted = WeightedScorePolicy.defaults().assign(figures);

        // 2. Next week's contacts, by the weighted tiers' cadences
        WeeklyPlan week = contactPlan(company, weighted);

        // 3. A quote that needs approval, and its approval
        DiscountPolicy pricing = pricing(weighted);
        PricingResult quote = pricing.price(Quote.builder()
                .id(EventId.of("Q-2026-0701"))
                .account(SampleCompany.account(5))
                .tier(weighted.tierOf(SampleCompany.account(5)))
                .segment("industry")
                .date(TODAY)
                .addLine(QuoteLine.of(1, io.github.kamsdk.core.ledger.ProductId.of("PUMP-L"), new BigDecimal("12")))
                .addLine(QuoteLine.of(2, io.github.kamsdk.core.ledger.ProductId.of("PUMP-M"), new BigDecimal("25")))
                .addLine(QuoteLine.of(3, io.github.kamsdk.core.ledger.ProductId.of("INSTALL"), new BigDecimal("4")))
                .build());
        ApprovalPolicy approvals = ApprovalPolicy.of(AuthorityMatrix.defaults(EUR), team);
        ApprovalRequest request = ApprovalRequest.of(EventId.of("APR-0701"), LUIS, quote);
        ApprovalDecision approval = approvals.approve(request, CARMEN, TODAY);

        // 4. One order admitted, one held on credit and released
        CreditPolicy credit = CreditPolicy.builder(CreditLimit.of(Money.of("40000.00", "EUR")))
                .tolerance(Money.of("500.00", "EUR"))
                .team(team)
                .build();
        OrderAdmission admission = OrderAdmission.builder(approvals, credit)
                .marginFloor(Rate.percent(5))
                .build();
        AdmissionResult admitted = admit(admission, pricing, all, 3, "SO-NEW-1", ANA, new BigDecimal("2"));
        AdmissionResult held = admit(admission, pricing, all, 19, "SO-NEW-2", SampleCompany.PABLO, new BigDecimal("3"));
        HoldRelease release = credit.release(held.credit(), CARMEN, TODAY);

        // 5. KPIs and scorecards, per manager, for both quarters
        List<ManagerId> managers = team.managers().stream().map(Manager::id).toList();
        Map<ManagerId, KpiResults> q1Kpis = kpis(company, Q1, company.eventsUpTo(Q1.endInclusive()), managers);
        Map<ManagerId, KpiResults> q2Kpis = kpis(company, Q2, company.events(), managers);
        Scorecard card = scorecard();
        Map<ManagerId, ScorecardResult> q1Cards = new TreeMap<>();
        Map<ManagerId, ScorecardResult> q2Cards = new TreeMap<>();
        q1Kpis.forEach((m, k) -> q1Cards.put(m, card.evaluate(k)));
        q2Kpis.forEach((m, k) -> q2Cards.put(m, card.evaluate(k)));

        // 6. Pay: Q1 as it was paid on 31 March, Q1 recalculated after the late return, Q2
        PayCalculator calculator = PayCalculator.builder()
                .plans(loadedPlans(store, payPlans))
                .team(team)
                .exchangeRates(company.rates())
                .build();
        Ledger q1Ledger = Ledger.of(company.eventsUpTo(Q1.endInclusive()));
        PayRun q1Paid = calculator.run(Q1, payInput(q1Ledger, q1Kpis, q1Cards, List.of()), Detail.EXPLAINED);
        PayRun q1Recalculated = calculator.run(Q1, payInput(all, q1Kpis, q1Cards, List.of()), Detail.EXPLAINED);
        List<PayAdjustment> adjustments = new ArrayList<>();
        try {
            // Q1 was paid and stored on 31 March; three months later it is read back and compared
            for (PayStatement paid : q1Paid.statements().values()) {
                store.saveStatement(paid);
            }
            for (PayStatement recalculated : q1Recalculated.statements().values()) {
                PayStatement paid =
                        store.loadStatement(recalculated.manager(), Q1).orElseThrow();
                PayAdjustment a = PayAdjustment.between(paid, recalculated);
                if (!a.isZero()) {
                    adjustments.add(a);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded database failed: " + e.getMessage(), e);
        }
        PayRun q2 = calculator.run(Q2, payInput(all, q2Kpis, q2Cards, adjustments), Detail.EXPLAINED);

        return new QuarterResults(
                company,
                share,
                abc,
                weighted,
                week,
                quote,
                request,
                approvals.requiredRole(request),
                approval,
                admitted,
                held,
                release,
                q2Kpis,
                q2Cards,
                q1Paid,
                adjustments,
                q2);
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** A fresh in-process H2 database: nothing to install, gone when the program ends. */
    static KamStore store() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:kam-quarter-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return new KamStore(h2);
    }

    /** The plans as read back from the database, by role. */
    private static PayPlans loadedPlans(KamStore store, PayPlans plans) {
        try {
            PayPlans.Builder b = PayPlans.builder();
            for (Role role : List.of(Role.JUNIOR_KAM, Role.SENIOR_KAM, Role.SALES_MANAGER, Role.HEAD_OF_SALES)) {
                String id = plans.forRole(role).orElseThrow().id();
                b.forRole(role, store.loadPlan(id).orElseThrow());
            }
            return b.build();
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded database failed: " + e.getMessage(), e);
        }
    }

    /** Net revenue (orders less returns and refusals) and margin per account, in EUR. */
    static List<AccountFigures> accountFigures(SampleCompany company, Ledger ledger) {
        Map<AccountId, Money> revenue = new TreeMap<>();
        Map<AccountId, Money> margin = new TreeMap<>();
        for (var a : company.accounts()) {
            revenue.put(a.id(), Money.zero(EUR));
            margin.put(a.id(), Money.zero(EUR));
        }
        for (Order o : ledger.orders()) {
            revenue.merge(o.account(), eur(company, o.amount(), o.date()), Money::plus);
            margin.merge(o.account(), eur(company, o.margin(), o.date()), Money::plus);
        }
        for (Reversal r : ledger.reversals()) {
            revenue.merge(r.account(), eur(company, r.value(), r.date()).negate(), Money::plus);
            margin.merge(r.account(), eur(company, r.margin(), r.date()).negate(), Money::plus);
        }
        List<AccountFigures> out = new ArrayList<>();
        for (Map.Entry<AccountId, Money> e : revenue.entrySet()) {
            Money m = margin.get(e.getKey());
            Money half = m.times(new BigDecimal("0.5")).round();
            out.add(AccountFigures.builder(e.getKey(), Money.max(e.getValue(), Money.zero(EUR)))
                    .margin(m)
                    // growth potential: two half-years like the last, then 10% more
                    .projectedMargins(List.of(m, m, m.plus(half.times(new BigDecimal("0.2")))))
                    .build());
        }
        return out;
    }

    private static Money eur(SampleCompany company, Money amount, LocalDate date) {
        return company.rates().convert(amount, EUR, date).result();
    }

    static WeeklyPlan contactPlan(SampleCompany company, Tiering tiers) {
        LocalDate monday = LocalDate.of(2026, 7, 6);
        ActivityLog log = ActivityLog.of(company.activities());
        List<ContactCandidate> candidates = new ArrayList<>();
        Availability.Builder slots = Availability.builder();
        for (var a : company.accounts()) {
            ManagerId m = company.team().assigneeOn(a.id(), monday).orElseThrow();
            Optional<LocalDate> last = log.lastContactDate(a.id());
            candidates.add(
                    last.isPresent()
                            ? ContactCandidate.of(a.id(), m, tiers.tierOf(a.id()), last.get())
                            : ContactCandidate.neverContacted(a.id(), m, tiers.tierOf(a.id())));
        }
        for (Manager m : company.team().managers()) {
            if (m.role() == Role.JUNIOR_KAM || m.role() == Role.SENIOR_KAM || m.role() == Role.SALES_MANAGER) {
                slots.weekdays(m.id(), m.role() == Role.SALES_MANAGER ? 3 : 2);
            }
        }
        return ContactPlanner.of(CadencePolicy.standard()).plan(monday, candidates, slots.build());
    }

    static DiscountPolicy pricing(Tiering tiers) {
        PriceList.Builder prices = PriceList.builder(LIST, EUR);
        Catalog.Builder catalog = Catalog.builder();
        for (SampleCompany.Product p : SampleCompany.PRODUCTS) {
            prices.price(p.id(), LIST, io.github.kamsdk.core.time.DateRange.ofYear(2026), p.price());
            prices.price(
                    p.id(),
                    KEY_COLUMN,
                    io.github.kamsdk.core.time.DateRange.ofYear(2026),
                    p.price().times(new BigDecimal("0.95")).round());
            catalog.add(ProductInfo.builder()
                    .product(p.id())
                    .group(p.group())
                    .unitCost(p.cost())
                    .build());
        }
        TierScale scale = tiers.scale();
        return DiscountPolicy.builder(prices.build(), catalog.build())
                .columns(ColumnSelection.builder()
                        .forTier(scale.tier("Strategic"), KEY_COLUMN)
                        .forTier(scale.tier("Key"), KEY_COLUMN)
                        .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("PUMP-VOLUME"))
                        .description("pumps by the order's volume")
                        .conditions(
                                RuleConditions.builder().addProductGroup(PUMPS).build())
                        .effect(DiscountEffect.volumeBreaks(
                                VolumeBreaks.percentOff(BreakSemantics.SLAB, BreakAggregation.ORDER_GROUP)
                                        .from("10", Rate.percent(4))
                                        .from("30", Rate.percent(8))
                                        .build()))
                        .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("SUMMER-26"))
                        .description("summer promotion, July")
                        .conditions(RuleConditions.builder()
                                .validity(io.github.kamsdk.core.time.DateRange.ofMonth(2026, 7))
                                .build())
                        .effect(DiscountEffect.percentOff(Rate.percent(3)))
                        .stacking(StackingMode.COMPOUND)
                        .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("INSTALL-FREE-KEY"))
                        .description("installation at cost for key accounts")
                        .conditions(RuleConditions.builder()
                                .addTier(scale.tier("Strategic"))
                                .addTier(scale.tier("Key"))
                                .addProductGroup(SERVICES)
                                .build())
                        .effect(DiscountEffect.percentOff(Rate.percent(50)))
                        .stacking(StackingMode.EXCLUSIVE)
                        .build())
                .guardRails(GuardRails.builder()
                        .defaultMaxDiscount(Rate.percent(25))
                        .minMargin(Rate.percent(8))
                        .build())
                .build();
    }

    private static AdmissionResult admit(
            OrderAdmission admission,
            DiscountPolicy pricing,
            Ledger ledger,
            int account,
            String id,
            ManagerId requester,
            BigDecimal pumps) {
        AccountId a = SampleCompany.account(account);
        PricingResult priced = pricing.price(Quote.builder()
                .id(EventId.of(id))
                .account(a)
                .date(TODAY)
                .addLine(QuoteLine.of(1, io.github.kamsdk.core.ledger.ProductId.of("PUMP-M"), pumps))
                .build());
        CreditProfile profile = CreditProfile.builder()
                .account(a)
                .limit(CreditLimit.of(Money.of(SampleCompany.key(account) ? "250000.00" : "40000.00", "EUR")))
                .verification(VerificationStatus.VERIFIED)
                .build();
        return admission.check(AdmissionRequest.builder()
                .id(EventId.of(id))
                .pricing(priced)
                .requester(requester)
                .profile(profile)
                .ledger(ledger)
                .build());
    }

    static Map<ManagerId, KpiResults> kpis(
            SampleCompany company,
            io.github.kamsdk.core.time.DateRange period,
            List<CommercialEvent> events,
            List<ManagerId> managers) {
        KpiContext context = KpiContext.builder()
                .period(period)
                .currency(EUR)
                .exchangeRates(company.rates())
                .build();
        KpiCalculator calculator = KpiCalculator.of(
                PlanAttainment.sales(company.plans()),
                PlanAttainment.activeClients(company.plans(), ActiveClientRule.standard()),
                PlanAttainment.newClients(company.plans()),
                CustomerRetention.standard(),
                DaysSalesOutstanding.standard());
        return calculator.computeByManager(
                context,
                managers,
                KpiInput.builder()
                        .events(events)
                        .activities(company.activities())
                        .build());
    }

    static Scorecard scorecard() {
        return Scorecard.of(
                ScorecardEntry.builder()
                        .kpi(PlanAttainment.SALES_ID)
                        .weight("3")
                        .target("1.00")
                        .build(),
                ScorecardEntry.builder()
                        .kpi(CustomerRetention.ID)
                        .weight("1")
                        .target("0.90")
                        .build(),
                ScorecardEntry.builder()
                        .kpi(DaysSalesOutstanding.ID)
                        .weight("1")
                        .target("45")
                        .build());
    }

    /** The plans: junior KAMs, senior KAMs (with an override), sales managers (cash basis), the head of sales. */
    static PayPlans plans() {
        CommissionBands kamBands = CommissionBands.startingAt(Money.zero(EUR), Rate.percent(3))
                .from(Money.of("20000", "EUR"), Rate.percent("1.5"))
                .build();
        ClawbackPolicy retro = ClawbackPolicy.builder()
                .mode(ClawbackMode.RETRO)
                .uncollectedAfterDays(90)
                .build();
        PlanMissReduction salesPlanMiss = PlanMissReduction.builder()
                .id(ComponentId.of("plan-miss"))
                .rule(PlanKind.SALES, ReductionRule.proportional(Rate.percent(50)))
                .build();
        AttainmentCurve curve = AttainmentCurve.builder()
                .point("0.70", "0.40")
                .point("1.00", "1.00")
                .point("1.20", "1.50")
                .cap("1.50")
                .build();
        TransactionCommission kamCommission = TransactionCommission.builder()
                .id(ComponentId.of("commission"))
                .bands(kamBands)
                .mode(BandMode.GRADUATED)
                .basis(CreditingBasis.INVOICED)
                .build();
        CompensationPlan junior =
                plan("kam-junior-2026", "7500.00", retro, kamCommission, bonus("3000.00", curve), salesPlanMiss);
        CompensationPlan senior = plan(
                "kam-senior-2026",
                "10500.00",
                retro,
                kamCommission,
                TeamOverride.builder()
                        .id(ComponentId.of("override"))
                        .rate(Rate.percent(1))
                        .currency(EUR)
                        .basis(CreditingBasis.INVOICED)
                        .scope(TeamOverride.Scope.DIRECT_REPORTS)
                        .build(),
                bonus("4500.00", curve),
                salesPlanMiss);
        CompensationPlan salesManager = plan(
                "sales-manager-2026",
                "6000.00",
                retro,
                TransactionCommission.builder()
                        .id(ComponentId.of("commission"))
                        .bands(CommissionBands.flat(Rate.percent("2.5"), EUR))
                        .basis(CreditingBasis.COLLECTED)
                        .eligibility(Eligibility.builder()
                                .excludeGroup(SampleCompany.PARTS)
                                .build())
                        .cap(Money.of("9000.00", "EUR"))
                        .build(),
                bonus("1500.00", curve),
                PlanMissReduction.builder()
                        .id(ComponentId.of("plan-miss"))
                        .rule(PlanKind.SALES, ReductionRule.proportional(Rate.percent(50)))
                        .rule(PlanKind.NEW_CLIENTS, ReductionRule.fixed(Rate.percent(10)))
                        .build());
        CompensationPlan head = plan(
                "head-of-sales-2026",
                "16000.00",
                retro,
                TeamOverride.builder()
                        .id(ComponentId.of("override"))
                        .rate(Rate.percent("0.5"))
                        .currency(EUR)
                        .basis(CreditingBasis.INVOICED)
                        .build(),
                bonus("5000.00", curve));
        return PayPlans.builder()
                .forRole(Role.JUNIOR_KAM, junior)
                .forRole(Role.SENIOR_KAM, senior)
                .forRole(Role.SALES_MANAGER, salesManager)
                .forRole(Role.HEAD_OF_SALES, head)
                .build();
    }

    private static KpiBonus bonus(String target, AttainmentCurve curve) {
        return KpiBonus.builder()
                .id(ComponentId.of("bonus"))
                .target(Money.of(target, "EUR"))
                .curve(curve)
                .build();
    }

    private static CompensationPlan plan(
            String id, String fixed, ClawbackPolicy clawback, io.github.kamsdk.core.pay.PayComponent... components) {
        PlanVersion.Builder v = PlanVersion.builder()
                .validity(io.github.kamsdk.core.time.DateRange.ofYear(2026))
                .fixedPay(Money.of(fixed, "EUR"));
        for (var c : components) {
            v.addComponent(c);
        }
        return CompensationPlan.builder()
                .id(id)
                .currency(EUR)
                .addVersion(v.build())
                .clawback(clawback)
                .build();
    }

    static PayInput payInput(
            Ledger ledger,
            Map<ManagerId, KpiResults> kpis,
            Map<ManagerId, ScorecardResult> cards,
            List<PayAdjustment> adjustments) {
        List<PayTransaction> transactions = new ArrayList<>();
        transactions.addAll(
                PayTransactions.fromLedger(ledger, CreditingBasis.INVOICED).transactions());
        transactions.addAll(
                PayTransactions.fromLedger(ledger, CreditingBasis.COLLECTED).transactions());
        LocalDate asOf = ledger.events().stream()
                .map(CommercialEvent::date)
                .max(LocalDate::compareTo)
                .orElse(Q1.start());
        PayInput.Builder b = PayInput.builder()
                .transactions(transactions)
                .addReversals(ledger.reversals())
                .receivables(ledger.receivables(asOf));
        kpis.forEach(b::putKpiResults);
        cards.forEach(b::putScorecard);
        adjustments.forEach(b::addAdjustment);
        return b.build();
    }

    /**
     * Prints the quarter for a person.
     *
     * @param r the results
     * @param out where to print
     */
    public static void print(QuarterResults r, PrintStream out) {
        out.println("KAM quarter: Q2 2026 of the sample company ("
                + r.company().accounts().size() + " accounts, "
                + r.company().team().managers().size() + " managers, "
                + r.company().events().size() + " events)");
        out.println();
        out.println("1. Key clients");
        out.println("   10% revenue share: "
                + r.revenueShare().accountsIn(r.revenueShare().scale().highest()));
        out.println("   ABC: A = " + r.abc().accountsIn(r.abc().scale().highest()));
        out.println("   weighted score: " + r.weighted().counts());
        AccountId top = r.abc().accountsIn(r.abc().scale().highest()).get(0);
        out.println("   why " + top + " is A:");
        indent(out, r.abc().assignment(top).explanation().render(), "     ");
        out.println();
        Map<String, Long> why = new TreeMap<>();
        r.week().unplanned().forEach(u -> why.merge(u.reason().name(), 1L, Long::sum));
        out.println("2. Next week's contacts (" + r.week().week() + "): "
                + r.week().contacts().size() + " planned; not planned: " + why);
        r.week().contacts().stream()
                .limit(8)
                .forEach(c -> out.println("   " + c.date() + " " + c.manager() + " → " + c.account() + " (" + c.tier()
                        + ", " + c.cadence() + ")"));
        out.println();
        out.println("3. Quote " + r.quote().quote().id() + " for "
                + r.quote().quote().account() + ": list "
                + r.quote().listTotal() + ", net " + r.quote().netTotal() + ", discount "
                + r.quote().discountRate().orElseThrow() + ", margin "
                + r.quote().marginRate().orElseThrow());
        out.println("   needs " + r.requiredRole().map(Role::name).orElse("nobody") + "; "
                + (r.approval().isApproved()
                        ? "approved by " + r.approval().record().orElseThrow().approver() + " on the authority of "
                                + r.approval().record().orElseThrow().onAuthorityOf()
                        : "refused: " + r.approval().refusal().orElseThrow()));
        out.println();
        out.println("4. Order admission");
        out.println("   " + r.admitted().credit().request().account() + ": "
                + r.admitted().outcome() + " — "
                + String.join("; ", r.admitted().reasons()));
        out.println("   " + r.held().credit().request().account() + ": "
                + r.held().outcome() + " — " + String.join("; ", r.held().reasons()));
        out.println("   release: " + r.release().reason());
        out.println();
        out.println("5. Scorecards (Q2)");
        r.q2Scorecards()
                .forEach((m, c) -> out.println("   " + m + ": score "
                        + c.score()
                                .map(Object::toString)
                                .orElse("not defined (" + c.undefinedReason().orElse("") + ")")));
        out.println();
        out.println("6. Pay statements (Q2), in EUR");
        for (PayStatement s : r.q2Pay().statements().values()) {
            out.println("   " + s.manager() + " (" + s.planId() + "): fixed " + s.fixedTotal() + " + variable "
                    + s.variableTotal() + " = " + s.total());
        }
        out.println("   prior-quarter adjustments after the late return "
                + r.company().lateReturn() + ":");
        for (PayAdjustment a : r.adjustments()) {
            out.println(
                    "   " + a.manager() + ": " + a.total() + " (" + a.lines().size() + " lines)");
        }
        PayStatement luis = r.q2Pay().statement(LUIS);
        out.println();
        out.println("   Luis's statement, explained:");
        indent(out, luis.explanation().render(), "     ");
    }

    private static void indent(PrintStream out, String text, String prefix) {
        for (String line : text.split("\n")) {
            out.println(prefix + line);
        }
    }

    static BigDecimal ratio(Money part, Money whole) {
        return whole.isZero() ? BigDecimal.ZERO : part.amount().divide(whole.amount(), 4, RoundingMode.HALF_EVEN);
    }
}
