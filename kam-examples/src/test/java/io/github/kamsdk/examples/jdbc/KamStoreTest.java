package io.github.kamsdk.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.account.Account;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.LifecycleStatus;
import io.github.kamsdk.core.kpi.KpiCalculator;
import io.github.kamsdk.core.kpi.KpiContext;
import io.github.kamsdk.core.kpi.KpiInput;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.PlanAttainment;
import io.github.kamsdk.core.kpi.SalesPlan;
import io.github.kamsdk.core.kpi.Scorecard;
import io.github.kamsdk.core.kpi.ScorecardEntry;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.EventKind;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.pay.AttainmentCurve;
import io.github.kamsdk.core.pay.BandMode;
import io.github.kamsdk.core.pay.ClawbackMode;
import io.github.kamsdk.core.pay.ClawbackPolicy;
import io.github.kamsdk.core.pay.CommissionBands;
import io.github.kamsdk.core.pay.CommissionBase;
import io.github.kamsdk.core.pay.CompensationPlan;
import io.github.kamsdk.core.pay.ComponentAccumulator;
import io.github.kamsdk.core.pay.ComponentContext;
import io.github.kamsdk.core.pay.ComponentId;
import io.github.kamsdk.core.pay.CreditingBasis;
import io.github.kamsdk.core.pay.Draw;
import io.github.kamsdk.core.pay.Eligibility;
import io.github.kamsdk.core.pay.KpiBonus;
import io.github.kamsdk.core.pay.PayAdjustment;
import io.github.kamsdk.core.pay.PayCalculator;
import io.github.kamsdk.core.pay.PayComponent;
import io.github.kamsdk.core.pay.PayInput;
import io.github.kamsdk.core.pay.PayLine;
import io.github.kamsdk.core.pay.PayLineKind;
import io.github.kamsdk.core.pay.PayPlans;
import io.github.kamsdk.core.pay.PayStatement;
import io.github.kamsdk.core.pay.PayTransaction;
import io.github.kamsdk.core.pay.PayTransactions;
import io.github.kamsdk.core.pay.PlanKind;
import io.github.kamsdk.core.pay.PlanMissReduction;
import io.github.kamsdk.core.pay.PlanVersion;
import io.github.kamsdk.core.pay.ReductionRule;
import io.github.kamsdk.core.pay.TeamOverride;
import io.github.kamsdk.core.pay.TransactionCommission;
import io.github.kamsdk.core.team.Assignment;
import io.github.kamsdk.core.team.Delegation;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Round trips through a real H2 database, in memory and in-process, a new one for each test: what
 * {@link KamStore} saves comes back equal, and the SDK's engines give the same answers on what came
 * back.
 */
class KamStoreTest {
    static final Currency EUR = Currency.getInstance("EUR");
    static final DateRange Q1 = DateRange.ofQuarter(2026, 1);

    static final ManagerId CARMEN = ManagerId.of("carmen");
    static final ManagerId ANA = ManagerId.of("ana");
    static final ManagerId LUIS = ManagerId.of("luis");
    static final ManagerId EVA = ManagerId.of("eva");

    static final AccountId ACME = AccountId.of("C-1");
    static final AccountId BOLT = AccountId.of("C-2");
    static final AccountId CORA = AccountId.of("C-3");
    static final AccountId DUNE = AccountId.of("C-4");

    static final ProductGroupId PUMPS = ProductGroupId.of("PUMPS");
    static final ProductGroupId FREIGHT = ProductGroupId.of("FREIGHT");
    static final ProductGroupId SERVICES = ProductGroupId.of("SERVICES");

    private String url;
    private KamStore store;

    @BeforeEach
    void newDatabase() throws SQLException {
        url = "jdbc:h2:mem:kam-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        store = new KamStore(dataSource(url));
        store.createSchema();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("shutdown");
        }
    }

    static JdbcDataSource dataSource(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }

    // Accounts

    @Test
    void accountsComeBackWithEveryAttribute() throws SQLException {
        store.saveAccounts(accounts());

        assertThat(store.loadAccounts()).containsExactlyElementsOf(accounts());
        assertThat(store.loadAccount(ACME)).contains(accounts().get(0));
        assertThat(store.loadAccount(AccountId.of("C-99"))).isEmpty();
    }

    @Test
    void savingAnAccountAgainUpdatesItsRow() throws SQLException {
        store.saveAccounts(accounts());
        Account lost = Account.builder()
                .id(BOLT)
                .name("Bolt Logistics")
                .status(LifecycleStatus.LOST_TO_COMPETITOR)
                .firstPurchase(LocalDate.of(2024, 5, 1))
                .lastPurchase(LocalDate.of(2026, 2, 5))
                .build();

        store.saveAccounts(List.of(lost));

        assertThat(store.loadAccount(BOLT)).contains(lost);
        assertThat(store.loadAccounts()).hasSize(accounts().size());
    }

    // The team

    @Test
    void theTeamComesBackEqualAndGivesTheSameAnswers() throws SQLException {
        store.saveAccounts(accounts());
        SalesTeam team = team();

        store.saveTeam(team);
        SalesTeam loaded = store.loadTeam();

        assertThat(loaded).isEqualTo(team);
        List<LocalDate> days = List.of(
                LocalDate.of(2025, 6, 1),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 7, 10),
                LocalDate.of(2026, 8, 5),
                LocalDate.of(2026, 8, 20));
        for (LocalDate day : days) {
            for (AccountId account : List.of(ACME, BOLT, CORA, DUNE)) {
                assertThat(loaded.responsibleFor(account, day))
                        .as("responsible for %s on %s", account, day)
                        .isEqualTo(team.responsibleFor(account, day));
            }
            for (Manager m : team.managers()) {
                assertThat(loaded.authorityHeldBy(m.id(), day))
                        .as("authority held by %s on %s", m.id(), day)
                        .isEqualTo(team.authorityHeldBy(m.id(), day));
                assertThat(loaded.authorityHeldBy(m.id(), ACME, day))
                        .isEqualTo(team.authorityHeldBy(m.id(), ACME, day));
                assertThat(loaded.visibleAccounts(m.id(), day)).isEqualTo(team.visibleAccounts(m.id(), day));
                assertThat(loaded.supervisorChain(m.id())).isEqualTo(team.supervisorChain(m.id()));
            }
        }
        // Ana acts for Luis's C-2 while he is on leave in March, and holds Carmen's authority in August;
        // in July Eva acts for Ana on C-1 only, without her authority
        assertThat(loaded.responsibleFor(BOLT, LocalDate.of(2026, 3, 31))
                        .orElseThrow()
                        .acting())
                .isEqualTo(ANA);
        assertThat(loaded.authorityHeldBy(ANA, LocalDate.of(2026, 3, 31))).containsExactly(ANA, LUIS);
        assertThat(loaded.authorityHeldBy(ANA, LocalDate.of(2026, 8, 5))).containsExactly(ANA, CARMEN);
        assertThat(loaded.responsibleFor(ACME, LocalDate.of(2026, 7, 10))
                        .orElseThrow()
                        .acting())
                .isEqualTo(EVA);
        assertThat(loaded.authorityHeldBy(EVA, LocalDate.of(2026, 7, 10))).containsExactly(EVA);
    }

    @Test
    void aTeamSavedAgainReplacesTheStoredOneAndAManagerWhoLeftKeepsTheirRow() throws SQLException {
        store.saveAccounts(accounts());
        store.saveTeam(team());
        store.saveEvents(List.of(order("SO-9", EVA, CORA, "2026-02-10")));
        SalesTeam smaller = SalesTeam.builder()
                .addManager(Manager.of(CARMEN, "Carmen Vidal", Role.COMMERCIAL_DIRECTOR))
                .addManager(Manager.of(ANA, "Ana Ruiz", Role.SENIOR_KAM))
                .reportsTo(ANA, CARMEN)
                .addAssignment(Assignment.from(CORA, ANA, LocalDate.of(2026, 5, 1)))
                .build();

        store.saveTeam(smaller);

        assertThat(store.loadTeam()).isEqualTo(smaller);
        assertThat(store.loadEvents())
                .singleElement()
                .satisfies(e -> assertThat(e.credits().managers()).containsExactly(EVA));
    }

    // Events and the ledger

    @Test
    void everyKindOfEventComesBackEqual() throws SQLException {
        saveAccountsAndTeam();
        List<CommercialEvent> events = events();

        store.saveEvents(events);
        List<CommercialEvent> loaded = store.loadEvents();

        List<CommercialEvent> byId = new ArrayList<>(events);
        byId.sort(Comparator.comparing(CommercialEvent::id));
        assertThat(loaded).containsExactlyElementsOf(byId);
        assertThat(loaded)
                .extracting(CommercialEvent::kind)
                .contains(EventKind.ORDER, EventKind.INVOICE, EventKind.PAYMENT, EventKind.RETURN, EventKind.REFUSAL);
        Order so2 = (Order) find(loaded, "SO-2");
        assertThat(so2.credits().shareOf(LUIS)).isEqualTo(Rate.percent(60));
        assertThat(so2.credits().shareOf(ANA)).isEqualTo(Rate.percent(40));
        assertThat(so2.lines().get(0).quantity()).isEqualTo(new BigDecimal("2.50")); // scale kept
        Payment pay2 = (Payment) find(loaded, "PAY-2");
        assertThat(pay2.applications()).hasSize(2);
        assertThat(pay2.unapplied()).isEqualTo(Money.of("500.00", "EUR"));
        Invoice inv3 = (Invoice) find(loaded, "INV-3");
        assertThat(inv3.dueDate()).isEqualTo(LocalDate.of(2026, 4, 15)); // set apart from its net 30
        assertThat(inv3.cost()).isEmpty();
    }

    @Test
    void aLedgerRebuiltFromTheLoadedEventsEqualsTheOriginal() throws SQLException {
        saveAccountsAndTeam();
        Ledger original = Ledger.of(events());

        store.saveEvents(events());
        Ledger loaded = store.loadLedger();

        assertThat(loaded).isEqualTo(original);
        LocalDate march31 = LocalDate.of(2026, 3, 31);
        // INV-1: 10,400.00 - 6,000.00 (PAY-1) - 2,000.00 (PAY-2) = 2,400.00 open: partial payments
        assertThat(loaded.openAmount(EventId.of("INV-1"), march31)).isEqualTo(Money.of("2400.00", "EUR"));
        assertThat(loaded.receivables(march31)).isEqualTo(original.receivables(march31));
        assertThat(loaded.reversedValue(EventId.of("SO-2"))).isEqualTo(Money.of("1600.00", "EUR"));
        assertThat(loaded.unappliedAdvances(ACME, march31)).isEqualTo(original.unappliedAdvances(ACME, march31));
    }

    @Test
    void anEventIdStoredAlreadyIsRefusedAndNothingOfTheBatchIsKept() throws SQLException {
        saveAccountsAndTeam();
        store.saveEvents(List.of(order("SO-9", ANA, ACME, "2026-02-10")));

        assertThatThrownBy(() -> store.saveEvents(
                        List.of(order("SO-10", ANA, ACME, "2026-02-11"), order("SO-9", ANA, ACME, "2026-02-12"))))
                .isInstanceOf(SQLException.class);

        assertThat(store.loadEvents()).extracting(e -> e.id().value()).containsExactly("SO-9");
    }

    // Plans

    @Test
    void plansComeBackWithEveryStandardComponentAndRule() throws SQLException {
        List<CompensationPlan> plans = List.of(fullPlan(), quarterPlan(), cashPlan());

        for (CompensationPlan plan : plans) {
            store.savePlan(plan);
        }

        assertThat(store.loadPlan("kam-senior-2026")).contains(fullPlan());
        assertThat(store.loadPlans()).containsExactly(cashPlan(), quarterPlan(), fullPlan()); // by id
        assertThat(store.loadPlan("nobody")).isEmpty();
        CompensationPlan loaded = store.loadPlan("kam-senior-2026").orElseThrow();
        assertThat(loaded.versions().get(0).validity().start()).isEqualTo(LocalDate.of(2026, 7, 1)); // as given
        assertThat(loaded.versions().get(1).components())
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("TransactionCommission", "TeamOverride", "KpiBonus", "PlanMissReduction");
        assertThat(store.loadPlan("cash-2026").orElseThrow().rounding())
                .isEqualTo(RoundingPolicy.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP));
    }

    @Test
    void aPlanSavedAgainReplacesItsVersions() throws SQLException {
        store.savePlan(fullPlan());

        store.savePlan(quarterPlan("kam-senior-2026"));

        assertThat(store.loadPlan("kam-senior-2026")).contains(quarterPlan("kam-senior-2026"));
        assertThat(store.loadPlans()).hasSize(1);
    }

    @Test
    void aComponentOutsideTheStandardFourIsRefusedAndNothingIsStored() throws SQLException {
        PayComponent own = new PayComponent() {
            @Override
            public ComponentId id() {
                return ComponentId.of("host.loyalty");
            }

            @Override
            public String description() {
                return "the host's own loyalty bonus";
            }

            @Override
            public ComponentAccumulator newAccumulator(ComponentContext context) {
                throw new UnsupportedOperationException();
            }
        };
        CompensationPlan plan = CompensationPlan.builder()
                .id("own")
                .currency(EUR)
                .addVersion(PlanVersion.builder()
                        .validity(DateRange.ofYear(2026))
                        .fixedPay(Money.of("1000.00", "EUR"))
                        .addComponent(own)
                        .build())
                .build();

        assertThatThrownBy(() -> store.savePlan(plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host.loyalty")
                .hasMessageContaining("standard components only");
        assertThat(store.loadPlan("own")).isEmpty(); // the transaction was rolled back
    }

    // Statements

    @Test
    void aStatementComesBackWithItsLinesTotalsRecordsAndExplanations() throws SQLException {
        PayStatement q1 = saveQuarterAndPay();

        PayStatement restored = store.loadStatement(ANA, Q1).orElseThrow();

        // fixed 6,000.00; commission 10% x (10,000.00 + 40% x 10,000.00) = 1,400.00 (freight excluded);
        // override 2% x 60% x 10,000.00 on Luis's share = 120.00; bonus: sales 14,400 / 16,000 = 90%
        // pays 75% of 3,000.00 = 2,250.00; the sales plan missed by 10%: -10% x 3,770.00 = -377.00
        assertThat(q1.total()).isEqualTo(Money.of("9393.00", "EUR"));
        assertThat(q1.lines())
                .extracting(PayLine::kind)
                .contains(
                        PayLineKind.FIXED,
                        PayLineKind.COMMISSION,
                        PayLineKind.OVERRIDE,
                        PayLineKind.BONUS,
                        PayLineKind.REDUCTION);
        assertThat(restored.manager()).isEqualTo(ANA);
        assertThat(restored.period()).isEqualTo(Q1);
        assertThat(restored.planId()).isEqualTo("kam-2026");
        assertThat(restored.currency()).isEqualTo(EUR);
        assertThat(restored.lines()).containsExactlyElementsOf(q1.lines());
        for (int i = 0; i < q1.lines().size(); i++) {
            PayLine line = restored.lines().get(i);
            assertThat(KamStore.explanationText(line))
                    .isEqualTo(q1.lines().get(i).explanation().render())
                    .isNotBlank();
            assertThat(line.exact()).isEqualTo(q1.lines().get(i).exact());
        }
        assertThat(restored.fixedTotal()).isEqualTo(q1.fixedTotal());
        assertThat(restored.variableTotal()).isEqualTo(q1.variableTotal());
        assertThat(restored.total()).isEqualTo(q1.total());
        assertThat(restored.records()).isNotEmpty().containsExactlyElementsOf(q1.records());
        assertThat(restored.drawBalance()).isEqualTo(q1.drawBalance()).isPresent();
        assertThat(store.loadHistory(ANA)).containsExactlyElementsOf(q1.records());
        assertThat(store.loadStatement(ANA, DateRange.ofQuarter(2026, 2))).isEmpty();
    }

    @Test
    void recalculatingFromTheLoadedDataOwesNothing() throws SQLException {
        saveQuarterAndPay();
        KamStore later = new KamStore(dataSource(url)); // another process, the next quarter

        PayStatement paid = later.loadStatement(ANA, Q1).orElseThrow();
        PayStatement recalculated = q1(later.loadPlan("kam-2026").orElseThrow(), later.loadTeam(), later.loadLedger());
        PayAdjustment adjustment = PayAdjustment.between(paid, recalculated);

        assertThat(adjustment.isZero()).isTrue();
        assertThat(adjustment.total()).isEqualTo(Money.zero(EUR));
        assertThat(adjustment.lines()).isEmpty();
    }

    @Test
    void aLateReturnTakesBackItsShareOfTheCommissionThroughAnAdjustment() throws SQLException {
        saveQuarterAndPay();
        Reversal late = Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of("RET-9"))
                .account(ACME)
                .credits(Credits.solely(ANA))
                .date(LocalDate.of(2026, 4, 20))
                .order(EventId.of("SO-1"))
                .value(Money.of("2600.00", "EUR"))
                .cost(Money.of("1800.00", "EUR"))
                .reason("one pump and its freight sent back")
                .build();
        store.saveEvents(List.of(late));

        PayStatement paid = store.loadStatement(ANA, Q1).orElseThrow();
        PayStatement recalculated = q1(store.loadPlan("kam-2026").orElseThrow(), store.loadTeam(), store.loadLedger());
        PayAdjustment adjustment = PayAdjustment.between(paid, recalculated);

        // retro clawback: 2,600 / 10,400 = 25% of SO-1 is gone, so its commission 1,000.00 -> 750.00:
        // commission 1,400.00 -> 1,150.00 (-250.00); the plan-miss reduction is 10% of 3,520.00 =
        // -352.00 instead of -377.00 (+25.00); the bonus and the override do not change
        assertThat(adjustment.total()).isEqualTo(Money.of("-225.00", "EUR"));
        assertThat(adjustment.lines())
                .extracting(l -> l.amount())
                .containsExactlyInAnyOrder(Money.of("-250.00", "EUR"), Money.of("25.00", "EUR"));
        assertThat(adjustment.lines()).allSatisfy(l -> assertThat(l.kind()).isEqualTo(PayLineKind.ADJUSTMENT));
        assertThat(recalculated.total()).isEqualTo(paid.total().plus(adjustment.total()));
    }

    @Test
    void aStatementPaidIsNotOverwritten() throws SQLException {
        PayStatement q1 = saveQuarterAndPay();

        assertThatThrownBy(() -> store.saveStatement(q1)).isInstanceOf(SQLException.class);

        assertThat(store.loadStatement(ANA, Q1).orElseThrow().lines()).containsExactlyElementsOf(q1.lines());
    }

    // Exactness and durability

    @Test
    void eventAmountsKeepTheirExactDecimals() throws SQLException {
        saveAccountsAndTeam();
        Currency jpy = Currency.getInstance("JPY");
        Money commission = Money.of("1234.57", "EUR").times(Rate.percent(15)); // EUR 185.1855, exact
        Order order = Order.builder()
                .id(EventId.of("SO-7"))
                .account(ACME)
                .credits(Credits.split(
                        Map.of(ANA, Rate.ofFraction("0.3333333333"), LUIS, Rate.ofFraction("0.6666666667"))))
                .date(LocalDate.of(2026, 3, 2))
                .currency(EUR)
                .addLine(OrderLine.builder()
                        .lineNumber(1)
                        .product(ProductId.of("FEE"))
                        .quantity(new BigDecimal("1.000"))
                        .unitPrice(commission)
                        .unitCost(Money.of("0.0001", "EUR"))
                        .build())
                .build();
        Order yen = Order.builder()
                .id(EventId.of("SO-8"))
                .account(BOLT)
                .credits(Credits.solely(LUIS))
                .date(LocalDate.of(2026, 3, 2))
                .currency(jpy)
                .addLine(OrderLine.builder()
                        .lineNumber(1)
                        .product(ProductId.of("PUMP-7"))
                        .quantity(new BigDecimal("3"))
                        .unitPrice(Money.of("41250", "JPY"))
                        .unitCost(Money.of("30000", "JPY"))
                        .build())
                .build();

        store.saveEvents(List.of(order, yen));
        List<CommercialEvent> loaded = store.loadEvents();

        OrderLine line = ((Order) find(loaded, "SO-7")).lines().get(0);
        assertThat(line.unitPrice().amount()).isEqualTo(new BigDecimal("185.1855")); // value and scale
        assertThat(line.unitCost().amount()).isEqualTo(new BigDecimal("0.0001"));
        assertThat(line.quantity()).isEqualTo(new BigDecimal("1.000"));
        assertThat(find(loaded, "SO-7").credits().shareOf(ANA).fraction()).isEqualTo(new BigDecimal("0.3333333333"));
        assertThat(((Order) find(loaded, "SO-8")).amount().amount()).isEqualTo(new BigDecimal("123750"));
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select unit_price from kam_order_line where order_id = 'SO-7'")) {
            rs.next();
            assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("185.1855"); // a DECIMAL, not text or double
        }
    }

    @Test
    void aPayLineKeepsItsExactFigureBesideTheRoundedAmount() throws SQLException {
        saveAccountsAndTeam();
        Order fee = Order.builder()
                .id(EventId.of("SO-7"))
                .account(ACME)
                .credits(Credits.solely(ANA))
                .date(LocalDate.of(2026, 3, 2))
                .currency(EUR)
                .addLine(line(1, "INSTALL", SERVICES, "1", "1234.57", "600.00"))
                .build();
        TransactionCommission fifteen = TransactionCommission.builder()
                .id(ComponentId.of("commission"))
                .bands(CommissionBands.flat(Rate.percent(15), EUR))
                .build();
        CompensationPlan plan = CompensationPlan.builder()
                .id("fee-2026")
                .currency(EUR)
                .addVersion(PlanVersion.builder()
                        .validity(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 17)))
                        .fixedPay(Money.of("6000.00", "EUR"))
                        .addComponent(fifteen)
                        .build())
                .addVersion(PlanVersion.builder()
                        .validity(DateRange.of(LocalDate.of(2026, 2, 17), LocalDate.of(2027, 1, 1)))
                        .fixedPay(Money.of("6100.00", "EUR")) // a raise from 17 February
                        .addComponent(fifteen)
                        .build())
                .build();
        store.saveEvents(List.of(fee));
        store.savePlan(plan);
        PayStatement q1 = PayCalculator.of(PayPlans.forEveryone(plan))
                .statement(ANA, Q1, PayInput.of(List.of(PayTransaction.booked(fee))));

        store.saveStatement(q1);
        PayStatement restored = store.loadStatement(ANA, Q1).orElseThrow();

        // 15% of EUR 1,234.57 = EUR 185.1855 exactly, paid as 185.19
        PayLine commission = restored.lines(PayLineKind.COMMISSION).get(0);
        assertThat(commission.exact().amount()).isEqualTo(new BigDecimal("185.1855"));
        assertThat(commission.amount().amount()).isEqualTo(new BigDecimal("185.19"));
        assertThat(restored.records())
                .singleElement()
                .satisfies(r -> assertThat(r.amount().amount()).isEqualTo(new BigDecimal("185.1855")));
        // fixed pay prorated over the two versions keeps its 20 decimals: 6,000.00 x 47/90, 6,100.00 x 43/90
        assertThat(restored.lines(PayLineKind.FIXED))
                .extracting(l -> l.exact().amount())
                .containsExactly(
                        new BigDecimal("3133.33333333333333333333"), new BigDecimal("2914.44444444444444444444"));
        assertThat(restored.lines()).containsExactlyElementsOf(q1.lines());
        assertThat(restored.total()).isEqualTo(Money.of("6232.96", "EUR")); // 3,133.33 + 2,914.44 + 185.19
    }

    @Test
    void aFigureWithMoreDecimalsThanTheColumnKeepsIsRefusedNotRounded() throws SQLException {
        saveAccountsAndTeam();
        Money tiny = Money.of("0.0000000000000000000000000000001", "EUR"); // 31 decimals
        Payment payment = Payment.builder()
                .id(EventId.of("PAY-9"))
                .account(ACME)
                .credits(Credits.solely(ANA))
                .date(LocalDate.of(2026, 3, 2))
                .amount(tiny)
                .build();

        assertThatThrownBy(() -> store.saveEvents(List.of(payment)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kam_payment.amount keeps 30 decimals");
        assertThat(store.loadEvents()).isEmpty(); // the transaction was rolled back
    }

    @Test
    void aFreshConnectionSeesTheSameData() throws SQLException {
        PayStatement q1 = saveQuarterAndPay();
        store.saveEvents(events().stream()
                .filter(e -> !List.of("SO-1", "SO-2").contains(e.id().value()))
                .toList());

        KamStore fresh = new KamStore(dataSource(url));

        assertThat(fresh.loadAccounts()).containsExactlyElementsOf(accounts());
        assertThat(fresh.loadTeam()).isEqualTo(team());
        assertThat(fresh.loadLedger()).isEqualTo(Ledger.of(events()));
        assertThat(fresh.loadPlan("kam-2026")).contains(quarterPlan());
        assertThat(fresh.loadStatement(ANA, Q1).orElseThrow().lines()).containsExactlyElementsOf(q1.lines());
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from kam_event")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(events().size());
        }
    }

    // The quarter: data, plan, calculation

    /** Saves the accounts, team, the quarter's events and plan, and Ana's Q1 statement; returns it. */
    private PayStatement saveQuarterAndPay() throws SQLException {
        saveAccountsAndTeam();
        List<CommercialEvent> quarter = events().stream()
                .filter(e -> List.of("SO-1", "SO-2").contains(e.id().value()))
                .toList();
        store.saveEvents(quarter);
        store.savePlan(quarterPlan());
        PayStatement q1 = q1(quarterPlan(), team(), Ledger.of(quarter));
        store.saveStatement(q1);
        return q1;
    }

    private void saveAccountsAndTeam() throws SQLException {
        store.saveAccounts(accounts());
        store.saveTeam(team());
    }

    /** Ana's Q1 statement: booked commission and override, a bonus on sales attainment, plan-miss. */
    static PayStatement q1(CompensationPlan plan, SalesTeam team, Ledger ledger) {
        KpiContext context = KpiContext.builder().period(Q1).currency(EUR).build();
        KpiResults kpis = KpiCalculator.of(PlanAttainment.sales(List.of(SalesPlan.builder()
                        .manager(ANA)
                        .period(Q1)
                        .salesVolume(Money.of("16000.00", "EUR"))
                        .build())))
                .compute(context.forManager(ANA), KpiInput.of(ledger.events()));
        ScorecardResult card = Scorecard.of(ScorecardEntry.builder()
                        .kpi(PlanAttainment.SALES_ID)
                        .weight("1")
                        .target("1.00")
                        .build())
                .evaluate(kpis);
        PayInput input = PayInput.builder()
                .transactions(PayTransactions.fromLedger(ledger, CreditingBasis.BOOKED)
                        .transactions())
                .addReversals(ledger.reversals())
                .putScorecard(ANA, card)
                .putKpiResults(ANA, kpis)
                .build();
        return PayCalculator.builder()
                .plans(PayPlans.forEveryone(plan))
                .team(team)
                .build()
                .statement(ANA, Q1, input);
    }

    static List<Account> accounts() {
        return List.of(
                Account.builder()
                        .id(ACME)
                        .name("Acme Industrial")
                        .segment("Enterprise")
                        .industry("Manufacturing")
                        .status(LifecycleStatus.ACTIVE)
                        .firstPurchase(LocalDate.of(2021, 3, 15))
                        .lastPurchase(LocalDate.of(2026, 3, 2))
                        .contractStart(LocalDate.of(2026, 1, 1))
                        .contractEnd(LocalDate.of(2026, 12, 31))
                        .renewalDate(LocalDate.of(2026, 11, 30))
                        .build(),
                Account.builder()
                        .id(BOLT)
                        .name("Bolt Logistics")
                        .segment("Mid-market")
                        .status(LifecycleStatus.ACTIVE)
                        .firstPurchase(LocalDate.of(2024, 5, 1))
                        .contractStart(LocalDate.of(2025, 1, 1)) // open-ended
                        .build(),
                Account.builder()
                        .id(CORA)
                        .name("Cora Foods")
                        .status(LifecycleStatus.PROSPECT)
                        .build(),
                Account.builder()
                        .id(DUNE)
                        .name("Dune Mining")
                        .industry("Mining")
                        .status(LifecycleStatus.LAPSED)
                        .lastPurchase(LocalDate.of(2025, 9, 30))
                        .build());
    }

    static SalesTeam team() {
        return SalesTeam.builder()
                .addManager(Manager.of(CARMEN, "Carmen Vidal", Role.HEAD_OF_SALES))
                .addManager(Manager.of(ANA, "Ana Ruiz", Role.SENIOR_KAM))
                .addManager(Manager.of(LUIS, "Luis Gil", Role.JUNIOR_KAM))
                .addManager(Manager.of(EVA, "Eva Sanz", Role.SALES_MANAGER))
                .reportsTo(ANA, CARMEN)
                .reportsTo(LUIS, ANA)
                .reportsTo(EVA, CARMEN)
                .addAssignment(Assignment.from(ACME, ANA, LocalDate.of(2026, 1, 1)))
                .addAssignment(Assignment.of(BOLT, LUIS, Q1))
                .addAssignment(Assignment.from(BOLT, EVA, LocalDate.of(2026, 4, 1)))
                .addAssignment(Assignment.from(CORA, EVA, LocalDate.of(2026, 2, 1)))
                .addAssignment(Assignment.of(DUNE, LUIS, DateRange.ofYear(2025)))
                .addDelegation(Delegation.of(LUIS, ANA, DateRange.ofMonth(2026, 3))) // Luis on leave
                .addDelegation(Delegation.builder()
                        .from(ANA)
                        .to(EVA)
                        .period(DateRange.of(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 20)))
                        .accounts(List.of(ACME))
                        .approvalAuthority(false)
                        .build())
                .addDelegation(
                        Delegation.of(CARMEN, ANA, DateRange.of(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 15))))
                .build();
    }

    /** Q1 2026: three orders, three invoices, partial payments, an advance, a refusal and a return. */
    static List<CommercialEvent> events() {
        Credits ana = Credits.solely(ANA);
        Credits split = Credits.split(Map.of(LUIS, Rate.percent(60), ANA, Rate.percent(40)));
        return List.of(
                Order.builder()
                        .id(EventId.of("SO-1"))
                        .account(ACME)
                        .credits(ana)
                        .date(LocalDate.of(2026, 1, 15))
                        .currency(EUR)
                        .addLine(line(1, "PUMP-7", PUMPS, "4", "2500.00", "1800.00"))
                        .addLine(line(2, "FREIGHT", FREIGHT, "1", "400.00", "400.00"))
                        .build(), // 10,400.00
                Order.builder()
                        .id(EventId.of("SO-2"))
                        .account(BOLT)
                        .credits(split)
                        .date(LocalDate.of(2026, 2, 5))
                        .currency(EUR)
                        .addLine(line(1, "PUMP-9", PUMPS, "2.50", "4000.00", "3000.00"))
                        .build(), // 10,000.00
                Order.builder()
                        .id(EventId.of("SO-3"))
                        .account(ACME)
                        .credits(ana)
                        .date(LocalDate.of(2026, 3, 2))
                        .currency(EUR)
                        .addLine(OrderLine.builder()
                                .lineNumber(2)
                                .product(ProductId.of("TRAINING"))
                                .quantity(new BigDecimal("0.5"))
                                .unitPrice(Money.of("800.00", "EUR"))
                                .unitCost(Money.of("0", "EUR"))
                                .build()) // no group
                        .addLine(OrderLine.builder()
                                .lineNumber(1)
                                .product(ProductId.of("INSTALL"))
                                .group(SERVICES)
                                .quantity(BigDecimal.ONE)
                                .unitPrice(Money.of("1234.57", "EUR"))
                                .unitCost(Money.of("600.00", "EUR"))
                                .additionalService(true)
                                .build())
                        .build(), // 1,634.57
                Invoice.builder()
                        .id(EventId.of("INV-1"))
                        .account(ACME)
                        .credits(ana)
                        .date(LocalDate.of(2026, 1, 20))
                        .amount(Money.of("10400.00", "EUR"))
                        .cost(Money.of("7600.00", "EUR"))
                        .order(EventId.of("SO-1"))
                        .paymentTerms(PaymentTerms.net(30))
                        .build(),
                Invoice.builder()
                        .id(EventId.of("INV-2"))
                        .account(BOLT)
                        .credits(split)
                        .date(LocalDate.of(2026, 2, 6))
                        .amount(Money.of("10000.00", "EUR"))
                        .order(EventId.of("SO-2"))
                        .paymentTerms(PaymentTerms.net(60))
                        .build(),
                Invoice.builder()
                        .id(EventId.of("INV-3"))
                        .account(ACME)
                        .credits(ana)
                        .date(LocalDate.of(2026, 3, 3))
                        .amount(Money.of("1634.57", "EUR"))
                        .order(EventId.of("SO-3"))
                        .paymentTerms(PaymentTerms.net(30))
                        .dueDate(LocalDate.of(2026, 4, 15)) // agreed apart from the terms
                        .build(),
                Payment.builder()
                        .id(EventId.of("PAY-1"))
                        .account(ACME)
                        .credits(ana)
                        .date(LocalDate.of(2026, 2, 10))
                        .amount(Money.of("6000.00", "EUR"))
                        .apply(EventId.of("INV-1"), Money.of("6000.00", "EUR")) // partial
                        .build(),
                Payment.builder()
                        .id(EventId.of("PAY-2"))
                        .account(ACME)
                        .credits(ana)
                        .date(LocalDate.of(2026, 3, 25))
                        .amount(Money.of("3000.00", "EUR"))
                        .apply(EventId.of("INV-3"), Money.of("500.00", "EUR"))
                        .apply(EventId.of("INV-1"), Money.of("2000.00", "EUR"))
                        .build(), // 500.00 unapplied: an advance
                Payment.builder()
                        .id(EventId.of("PAY-3"))
                        .account(BOLT)
                        .credits(Credits.solely(LUIS)) // credited to the collector
                        .date(LocalDate.of(2026, 3, 20))
                        .amount(Money.of("4000.00", "EUR"))
                        .apply(EventId.of("INV-2"), Money.of("4000.00", "EUR"))
                        .build(),
                Reversal.builder()
                        .reversalKind(ReversalKind.REFUSAL)
                        .id(EventId.of("REF-1"))
                        .account(BOLT)
                        .credits(split)
                        .date(LocalDate.of(2026, 2, 7))
                        .order(EventId.of("SO-2"))
                        .invoice(EventId.of("INV-2"))
                        .value(Money.of("1600.00", "EUR"))
                        .cost(Money.of("1200.00", "EUR"))
                        .reason("a damaged pallet refused at delivery")
                        .build(),
                Reversal.builder()
                        .reversalKind(ReversalKind.RETURN)
                        .id(EventId.of("RET-1"))
                        .account(ACME)
                        .credits(ana)
                        .date(LocalDate.of(2026, 3, 10))
                        .order(EventId.of("SO-3"))
                        .value(Money.of("400.00", "EUR"))
                        .reason("half of the training cancelled")
                        .build());
    }

    static OrderLine line(
            int number, String product, ProductGroupId group, String quantity, String price, String cost) {
        return OrderLine.builder()
                .lineNumber(number)
                .product(ProductId.of(product))
                .group(group)
                .quantity(new BigDecimal(quantity))
                .unitPrice(Money.of(price, "EUR"))
                .unitCost(Money.of(cost, "EUR"))
                .build();
    }

    static Order order(String id, ManagerId manager, AccountId account, String date) {
        return Order.builder()
                .id(EventId.of(id))
                .account(account)
                .credits(Credits.solely(manager))
                .date(LocalDate.parse(date))
                .currency(EUR)
                .addLine(line(1, "PUMP-7", PUMPS, "1", "2500.00", "1800.00"))
                .build();
    }

    static CommercialEvent find(List<CommercialEvent> events, String id) {
        return events.stream()
                .filter(e -> e.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The plan Ana is paid by in Q1: every standard component, a retro clawback and a draw. */
    static CompensationPlan quarterPlan() {
        return quarterPlan("kam-2026");
    }

    /** {@link #quarterPlan()} under another id. */
    static CompensationPlan quarterPlan(String id) {
        Eligibility noFreight = Eligibility.builder().excludeGroup(FREIGHT).build();
        return CompensationPlan.builder()
                .id(id)
                .currency(EUR)
                .addVersion(PlanVersion.builder()
                        .validity(DateRange.ofYear(2026))
                        .fixedPay(Money.of("6000.00", "EUR"))
                        .addComponent(TransactionCommission.builder()
                                .id(ComponentId.of("commission"))
                                .bands(CommissionBands.startingAt(Money.zero(EUR), Rate.percent(10))
                                        .from(Money.of("50000", "EUR"), Rate.percent(5))
                                        .build())
                                .eligibility(noFreight)
                                .build())
                        .addComponent(TeamOverride.builder()
                                .id(ComponentId.of("override"))
                                .rate(Rate.percent(2))
                                .currency(EUR)
                                .eligibility(noFreight)
                                .build())
                        .addComponent(KpiBonus.builder()
                                .id(ComponentId.of("bonus"))
                                .target(Money.of("3000.00", "EUR"))
                                .curve(curve())
                                .build())
                        .addComponent(PlanMissReduction.builder()
                                .id(ComponentId.of("plan-miss"))
                                .rule(PlanKind.SALES, ReductionRule.proportional(Rate.percent(100)))
                                .build())
                        .build())
                .clawback(ClawbackPolicy.retro())
                .draw(Draw.recoverable(Money.of("1000.00", "EUR")))
                .build();
    }

    static AttainmentCurve curve() {
        return AttainmentCurve.builder()
                .point("0.80", "0.50")
                .point("1.00", "1.00")
                .point("1.20", "1.60")
                .extendBeyondLast()
                .cap("2.00")
                .build();
    }

    /** Two versions given out of date order, every option of every standard component set. */
    static CompensationPlan fullPlan() {
        PlanVersion second = PlanVersion.builder()
                .validity(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.MAX)) // open-ended
                .fixedPay(Money.of("6500.00", "EUR"))
                .addComponent(TransactionCommission.builder()
                        .id(ComponentId.of("commission"))
                        .bands(CommissionBands.flat(Rate.percent(8), EUR))
                        .build())
                .addComponent(KpiBonus.builder()
                        .id(ComponentId.of("bonus"))
                        .target(Money.of("2500.00", "EUR"))
                        .build()) // the linear curve
                .build();
        PlanVersion first = PlanVersion.builder()
                .validity(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)))
                .fixedPay(Money.of("6000.00", "EUR"))
                .addComponent(TransactionCommission.builder()
                        .id(ComponentId.of("commission"))
                        .description("commission on the margin of invoiced pumps and installations")
                        .base(CommissionBase.MARGIN)
                        .bands(CommissionBands.startingAt(Money.zero(EUR), Rate.percent("12.5"))
                                .from(Money.of("10000.00", "EUR"), Rate.percent(10))
                                .from(Money.of("50000.00", "EUR"), Rate.percent(5))
                                .build())
                        .mode(BandMode.GRADUATED)
                        .basis(CreditingBasis.INVOICED)
                        .eligibility(Eligibility.builder()
                                .includeGroup(PUMPS)
                                .includeProduct(ProductId.of("INSTALL"))
                                .excludeProduct(ProductId.of("PUMP-0"))
                                .excludeGroup(FREIGHT)
                                .build())
                        .cap(Money.of("20000.00", "EUR"))
                        .floor(Money.of("100.00", "EUR"))
                        .build())
                .addComponent(TeamOverride.builder()
                        .id(ComponentId.of("override"))
                        .rate(Rate.percent("1.5"))
                        .currency(EUR)
                        .base(CommissionBase.MARGIN)
                        .basis(CreditingBasis.COLLECTED)
                        .scope(TeamOverride.Scope.DIRECT_REPORTS)
                        .eligibility(Eligibility.builder().includeGroup(PUMPS).build())
                        .cap(Money.of("5000.00", "EUR"))
                        .build())
                .addComponent(KpiBonus.builder()
                        .id(ComponentId.of("bonus"))
                        .target(Money.of("3000.00", "EUR"))
                        .curve(curve())
                        .cap(Money.of("6000.00", "EUR"))
                        .floor(Money.of("0.00", "EUR"))
                        .build())
                .addComponent(PlanMissReduction.builder()
                        .id(ComponentId.of("plan-miss"))
                        .rule(PlanKind.SALES, ReductionRule.proportional(Rate.percent(50)))
                        .rule(PlanKind.NEW_CLIENTS, ReductionRule.fixed(Rate.percent(10)))
                        .rule(PlanKind.ACTIVE_CLIENTS, ReductionRule.fixed(Rate.percent(5)))
                        .missedBelow(Rate.percent(95))
                        .maxReduction(Rate.percent(30))
                        .build())
                .build();
        return CompensationPlan.builder()
                .id("kam-senior-2026")
                .currency(EUR)
                .rounding(RoundingPolicy.toScale(4, RoundingMode.HALF_UP))
                .addVersion(second)
                .addVersion(first)
                .clawback(ClawbackPolicy.builder()
                        .mode(ClawbackMode.NET_FORWARD)
                        .onRefusals(false)
                        .uncollectedAfterDays(90)
                        .build())
                .variableCap(Money.of("30000.00", "EUR"))
                .variableFloor(Money.of("500.00", "EUR"))
                .draw(Draw.nonRecoverable(Money.of("1000.00", "EUR")))
                .build();
    }

    /** Cash rounding to 0.05, no clawback, no draw. */
    static CompensationPlan cashPlan() {
        return CompensationPlan.builder()
                .id("cash-2026")
                .currency(Currency.getInstance("CHF"))
                .rounding(RoundingPolicy.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP))
                .addVersion(PlanVersion.builder()
                        .validity(DateRange.ofYear(2026))
                        .fixedPay(Money.of("7000.00", "CHF"))
                        .addComponent(TransactionCommission.builder()
                                .id(ComponentId.of("commission"))
                                .bands(CommissionBands.flat(Rate.percent(3), Currency.getInstance("CHF")))
                                .mode(BandMode.PERIOD_TO_DATE)
                                .basis(CreditingBasis.COLLECTED)
                                .build())
                        .build())
                .build();
    }
}
