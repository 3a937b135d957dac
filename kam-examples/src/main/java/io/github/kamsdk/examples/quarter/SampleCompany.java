package io.github.kamsdk.examples.quarter;

import io.github.kamsdk.core.account.Account;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.LifecycleStatus;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import io.github.kamsdk.core.kpi.SalesPlan;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.team.Assignment;
import io.github.kamsdk.core.team.Delegation;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic sample company, generated deterministically from a seed: a commercial director, a
 * head of sales, two senior and four junior KAMs, three sales managers; sixty accounts of which a
 * handful are key, six of them buying in roubles; two quarters (Q1 and Q2 2026) of orders, invoices,
 * partial payments, returns, refusals and overdue receivables; calls, visits and complaints; one
 * absence with a delegation; and a sales plan per manager and quarter.
 *
 * <pre>{@code
 * SampleCompany company = SampleCompany.generate(SampleCompany.SEED);
 * company.team();    // 11 managers with reporting lines, assignments and a delegation
 * company.events();  // the commercial events of both quarters
 * }</pre>
 *
 * <p>The same seed always gives the same company, so the figures of {@link KamQuarter} are
 * reproducible. This class is immutable.
 */
public final class SampleCompany {
    /** The seed of the company the README and the tests use. */
    public static final long SEED = 20260701L;

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency RUB = Currency.getInstance("RUB");
    static final DateRange Q1 = DateRange.ofQuarter(2026, 1);
    static final DateRange Q2 = DateRange.ofQuarter(2026, 2);
    /** The day the quarter is closed: the first day after Q2. */
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    static final ManagerId ELENA = ManagerId.of("elena");
    static final ManagerId CARMEN = ManagerId.of("carmen");
    static final ManagerId ANA = ManagerId.of("ana");
    static final ManagerId JORGE = ManagerId.of("jorge");
    static final ManagerId LUIS = ManagerId.of("luis");
    static final ManagerId EVA = ManagerId.of("eva");
    static final ManagerId MARTA = ManagerId.of("marta");
    static final ManagerId IVAN = ManagerId.of("ivan");
    static final ManagerId PABLO = ManagerId.of("pablo");
    static final ManagerId SOFIA = ManagerId.of("sofia");
    static final ManagerId DIEGO = ManagerId.of("diego");

    static final ProductGroupId PUMPS = ProductGroupId.of("PUMPS");
    static final ProductGroupId VALVES = ProductGroupId.of("VALVES");
    static final ProductGroupId PARTS = ProductGroupId.of("PARTS");
    static final ProductGroupId SERVICES = ProductGroupId.of("SERVICES");

    /** A product of the catalogue: id, group, list price and cost in EUR, additional service or not. */
    record Product(ProductId id, ProductGroupId group, Money price, Money cost, boolean service) {}

    static final List<Product> PRODUCTS = List.of(
            product("PUMP-S", PUMPS, "1200.00", "780.00", false),
            product("PUMP-M", PUMPS, "3400.00", "2250.00", false),
            product("PUMP-L", PUMPS, "9800.00", "6700.00", false),
            product("VALVE-A", VALVES, "450.00", "260.00", false),
            product("VALVE-B", VALVES, "1150.00", "690.00", false),
            product("SEAL-KIT", PARTS, "85.00", "40.00", false),
            product("INSTALL", SERVICES, "600.00", "300.00", true),
            product("MAINT", SERVICES, "900.00", "420.00", true));

    /** Roubles per euro, the month's rate. */
    static final BigDecimal RUB_PER_EUR = new BigDecimal("95.00");

    private final SalesTeam team;
    private final List<Account> accounts;
    private final List<CommercialEvent> events;
    private final List<Activity> activities;
    private final List<SalesPlan> plans;
    private final ExchangeRateTable rates;
    private final EventId lateReturn;

    private SampleCompany(
            SalesTeam team,
            List<Account> accounts,
            List<CommercialEvent> events,
            List<Activity> activities,
            List<SalesPlan> plans,
            ExchangeRateTable rates,
            EventId lateReturn) {
        this.team = team;
        this.accounts = List.copyOf(accounts);
        this.events = List.copyOf(events);
        this.activities = List.copyOf(activities);
        this.plans = List.copyOf(plans);
        this.rates = rates;
        this.lateReturn = lateReturn;
    }

    private static Product product(String id, ProductGroupId group, String price, String cost, boolean service) {
        return new Product(ProductId.of(id), group, Money.of(price, "EUR"), Money.of(cost, "EUR"), service);
    }

    static AccountId account(int n) {
        return AccountId.of(String.format("C-%02d", n));
    }

    /** Whether an account buys in roubles. */
    static boolean roubles(int n) {
        return n >= 55;
    }

    /** Key accounts: the six biggest buyers. */
    static boolean key(int n) {
        return n <= 6;
    }

    /**
     * The company of a seed.
     *
     * @param seed any long; {@link #SEED} for the documented figures
     * @return the company
     */
    public static SampleCompany generate(long seed) {
        Random rnd = new Random(seed);
        SalesTeam team = buildTeam();
        List<Account> accounts = new ArrayList<>();
        for (int n = 1; n <= 60; n++) {
            accounts.add(Account.builder()
                    .id(account(n))
                    .name(String.format("Cliente %02d %s", n, n % 3 == 0 ? "S.A." : "S.L."))
                    .segment(n % 4 == 0 ? "utilities" : n % 4 == 1 ? "industry" : n % 4 == 2 ? "retail" : "agriculture")
                    .status(LifecycleStatus.ACTIVE)
                    .build());
        }
        ExchangeRateTable.Builder rb = ExchangeRateTable.builder();
        for (int month = 1; month <= 7; month++) {
            BigDecimal rate = RUB_PER_EUR.add(BigDecimal.valueOf(month - 4)); // 92 … 98 roubles per euro
            LocalDate d = LocalDate.of(2026, month, 1);
            rb.add(EUR, RUB, rate, d);
            rb.add(RUB, EUR, BigDecimal.ONE.divide(rate, 10, RoundingMode.HALF_EVEN), d);
        }
        ExchangeRateTable rates = rb.build();

        List<CommercialEvent> events = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        int seq = 0;
        Map<ManagerId, List<Order>> q1Orders = new HashMap<>();
        for (int n = 1; n <= 60; n++) {
            AccountId a = account(n);
            // C-25..C-28 are new clients in Q2; C-40..C-42 stop buying after Q1.
            int firstMonth = n >= 25 && n <= 28 ? 4 : 1;
            int lastMonth = n >= 40 && n <= 42 ? 3 : 6;
            int payer = n == 19 || n == 33 || n == 48 ? 2 : n % 7 == 0 ? 1 : 0; // 0 good, 1 slow, 2 bad
            for (int month = firstMonth; month <= lastMonth; month++) {
                int orders = key(n) ? 2 + rnd.nextInt(3) : rnd.nextInt(10) < 6 ? 1 : rnd.nextInt(2) * 2;
                for (int k = 0; k < orders; k++) {
                    LocalDate date = LocalDate.of(2026, month, 1 + rnd.nextInt(26));
                    ManagerId seller = team.assigneeOn(a, date).orElseThrow();
                    Credits credits = credits(team, seller, rnd);
                    seq++;
                    Order order = order("SO-" + seq, a, credits, date, n, rnd);
                    events.add(order);
                    if (Q1.contains(date)) {
                        q1Orders.computeIfAbsent(seller, m -> new ArrayList<>()).add(order);
                    }
                    LocalDate invoiced = date.plusDays(2);
                    if (invoiced.isAfter(Q2.endInclusive())) {
                        continue; // ordered, not invoiced yet: open unbilled
                    }
                    PaymentTerms terms = PaymentTerms.net(key(n) ? 60 : 30);
                    Invoice invoice = Invoice.builder()
                            .id(EventId.of("INV-" + seq))
                            .account(a)
                            .credits(credits)
                            .date(invoiced)
                            .amount(order.amount())
                            .cost(order.cost())
                            .paymentTerms(terms)
                            .order(order.id())
                            .build();
                    events.add(invoice);
                    events.addAll(payments(seq, invoice, payer, rnd));
                    int reversal = rnd.nextInt(100);
                    if (reversal < 3 || reversal == 99) {
                        LocalDate back = date.plusDays(8 + rnd.nextInt(10));
                        if (!back.isAfter(Q2.endInclusive())) {
                            boolean refusal = reversal == 99;
                            events.add(Reversal.builder()
                                    .reversalKind(refusal ? ReversalKind.REFUSAL : ReversalKind.RETURN)
                                    .id(EventId.of((refusal ? "REF-" : "RET-") + seq))
                                    .account(a)
                                    .credits(credits)
                                    .date(back)
                                    .order(order.id())
                                    .invoice(invoice.id())
                                    .value(order.amount()
                                            .times(Rate.percent(refusal ? 40 : 25))
                                            .round(RoundingPolicy.DEFAULT))
                                    .reason(refusal ? "delivery refused: wrong voltage" : "part of the goods sent back")
                                    .build());
                        }
                    }
                }
                activities.addAll(activities(a, team, month, n, rnd));
            }
        }
        // The late return: Luis's largest Q1 deal comes half back in May.
        Order biggest = q1Orders.get(LUIS).stream()
                .max(Comparator.comparing(Order::amount).thenComparing(Order::id))
                .orElseThrow();
        EventId lateReturn = EventId.of("RET-LATE-" + biggest.id().value());
        events.add(Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(lateReturn)
                .account(biggest.account())
                .credits(biggest.credits())
                .date(LocalDate.of(2026, 5, 12))
                .order(biggest.id())
                .value(biggest.amount().times(Rate.percent(50)).round(RoundingPolicy.DEFAULT))
                .reason("half the pumps returned after the season")
                .build());
        List<SalesPlan> plans = plans(team, events);
        return new SampleCompany(team, accounts, events, activities, plans, rates, lateReturn);
    }

    static SalesTeam buildTeam() {
        SalesTeam.Builder b = SalesTeam.builder()
                .addManager(Manager.of(ELENA, "Elena Marín", Role.COMMERCIAL_DIRECTOR))
                .addManager(Manager.of(CARMEN, "Carmen Vidal", Role.HEAD_OF_SALES))
                .addManager(Manager.of(ANA, "Ana Ruiz", Role.SENIOR_KAM))
                .addManager(Manager.of(JORGE, "Jorge Peña", Role.SENIOR_KAM))
                .addManager(Manager.of(LUIS, "Luis Gil", Role.JUNIOR_KAM))
                .addManager(Manager.of(EVA, "Eva Sanz", Role.JUNIOR_KAM))
                .addManager(Manager.of(MARTA, "Marta Ortiz", Role.JUNIOR_KAM))
                .addManager(Manager.of(IVAN, "Iván Rey", Role.JUNIOR_KAM))
                .addManager(Manager.of(PABLO, "Pablo Mora", Role.SALES_MANAGER))
                .addManager(Manager.of(SOFIA, "Sofía León", Role.SALES_MANAGER))
                .addManager(Manager.of(DIEGO, "Diego Cano", Role.SALES_MANAGER))
                .reportsTo(CARMEN, ELENA)
                .reportsTo(ANA, CARMEN)
                .reportsTo(JORGE, CARMEN)
                .reportsTo(LUIS, ANA)
                .reportsTo(EVA, ANA)
                .reportsTo(MARTA, JORGE)
                .reportsTo(IVAN, JORGE)
                .reportsTo(PABLO, CARMEN)
                .reportsTo(SOFIA, CARMEN)
                .reportsTo(DIEGO, CARMEN)
                // Luis is on leave for two weeks in May: Ana acts for him, with his authority
                .addDelegation(
                        Delegation.of(LUIS, ANA, DateRange.of(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 23))));
        LocalDate start = Q1.start();
        int[][] kam = {{1, 2}, {3, 4}, {5, 7, 8}, {6, 9, 10}, {11, 12, 13}, {14, 15, 16}};
        ManagerId[] kams = {ANA, JORGE, LUIS, EVA, MARTA, IVAN};
        for (int i = 0; i < kams.length; i++) {
            for (int n : kam[i]) {
                b.addAssignment(Assignment.from(account(n), kams[i], start));
            }
        }
        for (int n = 17; n <= 60; n++) {
            ManagerId sm = n <= 30 ? PABLO : n <= 44 ? SOFIA : DIEGO;
            b.addAssignment(Assignment.from(account(n), sm, start));
        }
        return b.build();
    }

    /** A junior's deal is sometimes shared with their senior, 70/30. */
    private static Credits credits(SalesTeam team, ManagerId seller, Random rnd) {
        if (team.manager(seller).role() == Role.JUNIOR_KAM && rnd.nextInt(100) < 15) {
            ManagerId senior = team.supervisorOf(seller).orElseThrow();
            return Credits.split(Map.of(seller, Rate.percent(70), senior, Rate.percent(30)));
        }
        return Credits.solely(seller);
    }

    private static Order order(String id, AccountId a, Credits credits, LocalDate date, int n, Random rnd) {
        Currency currency = roubles(n) ? RUB : EUR;
        Order.Builder b = Order.builder()
                .id(EventId.of(id))
                .account(a)
                .credits(credits)
                .date(date)
                .currency(currency);
        int lines = 1 + rnd.nextInt(3);
        for (int l = 1; l <= lines; l++) {
            Product p = key(n) ? PRODUCTS.get(rnd.nextInt(5)) : PRODUCTS.get(3 + rnd.nextInt(5));
            int qty = p.service() ? 1 + rnd.nextInt(2) : key(n) ? 2 + rnd.nextInt(9) : 1 + rnd.nextInt(6);
            Money price = p.price();
            Money cost = p.cost();
            if (currency.equals(RUB)) {
                price = Money.of(price.amount().multiply(RUB_PER_EUR), RUB);
                cost = Money.of(cost.amount().multiply(RUB_PER_EUR), RUB);
            }
            b.addLine(OrderLine.builder()
                    .lineNumber(l)
                    .product(p.id())
                    .group(p.group())
                    .quantity(BigDecimal.valueOf(qty))
                    .unitPrice(price)
                    .unitCost(cost)
                    .additionalService(p.service())
                    .build());
        }
        return b.build();
    }

    /** Good payers pay around the due date; slow ones late, in two parts; bad ones 40% and no more. */
    private static List<Payment> payments(int seq, Invoice invoice, int payer, Random rnd) {
        List<Payment> out = new ArrayList<>();
        LocalDate due = invoice.dueDate();
        LocalDate last = Q2.endInclusive();
        Money amount = invoice.amount();
        if (payer == 0) {
            LocalDate paid = due.plusDays(rnd.nextInt(12) - 6);
            if (!paid.isAfter(last)) {
                out.add(payment("PAY-" + seq, invoice, paid, amount));
            }
        } else if (payer == 1) {
            Money half = amount.times(Rate.percent(50)).round(RoundingPolicy.DEFAULT);
            LocalDate first = due.plusDays(15 + rnd.nextInt(20));
            if (!first.isAfter(last)) {
                out.add(payment("PAY-" + seq + "A", invoice, first, half));
                LocalDate second = first.plusDays(30);
                if (!second.isAfter(last)) {
                    out.add(payment("PAY-" + seq + "B", invoice, second, amount.minus(half)));
                }
            }
        } else {
            LocalDate paid = due.plusDays(5);
            if (!paid.isAfter(last)) {
                out.add(payment(
                        "PAY-" + seq,
                        invoice,
                        paid,
                        amount.times(Rate.percent(40)).round(RoundingPolicy.DEFAULT)));
            }
        }
        return out;
    }

    private static Payment payment(String id, Invoice invoice, LocalDate date, Money amount) {
        return Payment.builder()
                .id(EventId.of(id))
                .account(invoice.account())
                .credits(invoice.credits())
                .date(date)
                .amount(amount)
                .apply(invoice.id(), amount)
                .build();
    }

    private static List<Activity> activities(AccountId a, SalesTeam team, int month, int n, Random rnd) {
        List<Activity> out = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, month, 1);
        ManagerId m = team.assigneeOn(a, first).orElseThrow();
        int calls = key(n) ? 2 : rnd.nextInt(10) < 7 ? 1 : 0;
        for (int c = 0; c < calls; c++) {
            out.add(Activity.of(
                    ActivityKind.CALL, a, m, first.plusDays(rnd.nextInt(27)).atTime(10, 0)));
        }
        if (key(n) || rnd.nextInt(10) < 2) {
            out.add(Activity.of(
                    ActivityKind.VISIT, a, m, first.plusDays(rnd.nextInt(27)).atTime(12, 0)));
        }
        if (rnd.nextInt(100) < 6) {
            LocalDateTime opened = first.plusDays(rnd.nextInt(25)).atTime(9, 0);
            out.add(Activity.builder()
                    .kind(ActivityKind.COMPLAINT)
                    .account(a)
                    .manager(m)
                    .when(opened)
                    .subject("late delivery")
                    .resolvedAt(opened.plusHours(4 + rnd.nextInt(68)))
                    .build());
        }
        return out;
    }

    /**
     * Each manager's plans for both quarters: the Q1 sales volume is 90% of what they booked in Q1
     * (rounded to thousands), the Q2 one 110% of Q1's booking; the active clients are their
     * portfolio; the new clients one for a sales manager, none for a KAM.
     */
    private static List<SalesPlan> plans(SalesTeam team, List<CommercialEvent> events) {
        Map<ManagerId, Money> q1 = new HashMap<>();
        for (CommercialEvent e : events) {
            if (e instanceof Order o && Q1.contains(o.date())) {
                Money eur = o.currency().equals(EUR)
                        ? o.amount()
                        : Money.of(o.amount().amount().divide(RUB_PER_EUR, 2, RoundingMode.HALF_EVEN), EUR);
                for (Map.Entry<ManagerId, Rate> c : o.credits().shares().entrySet()) {
                    q1.merge(c.getKey(), eur.times(c.getValue()), Money::plus);
                }
            }
        }
        List<SalesPlan> out = new ArrayList<>();
        for (Manager m : team.managers()) {
            Money booked = q1.get(m.id());
            if (booked == null) {
                continue;
            }
            int portfolio = team.portfolio(m.id(), Q1.start()).size();
            int newClients = m.role() == Role.SALES_MANAGER ? 1 : 0;
            out.add(plan(m.id(), Q1, thousands(booked.times(new BigDecimal("0.9"))), portfolio, newClients));
            out.add(plan(m.id(), Q2, thousands(booked.times(new BigDecimal("1.1"))), portfolio, newClients));
        }
        return out;
    }

    private static Money thousands(Money m) {
        return Money.of(
                m.amount()
                        .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)
                        .multiply(BigDecimal.valueOf(1000)),
                EUR);
    }

    private static SalesPlan plan(ManagerId m, DateRange period, Money volume, int active, int newClients) {
        return SalesPlan.builder()
                .manager(m)
                .period(period)
                .salesVolume(volume)
                .activeClients(active)
                .newClients(newClients)
                .build();
    }

    /**
     * The team.
     *
     * @return the team
     */
    public SalesTeam team() {
        return team;
    }

    /**
     * The sixty accounts.
     *
     * @return the accounts
     */
    public List<Account> accounts() {
        return accounts;
    }

    /**
     * The commercial events of both quarters, in the order they were generated.
     *
     * @return the events
     */
    public List<CommercialEvent> events() {
        return events;
    }

    /**
     * The events dated on or before a day: the ledger as it stood then.
     *
     * @param day the day
     * @return the events
     */
    public List<CommercialEvent> eventsUpTo(LocalDate day) {
        return events.stream().filter(e -> !e.date().isAfter(day)).toList();
    }

    /**
     * Calls, visits and complaints.
     *
     * @return the activities
     */
    public List<Activity> activities() {
        return activities;
    }

    /**
     * The sales plans per manager and quarter.
     *
     * @return the plans
     */
    public List<SalesPlan> plans() {
        return plans;
    }

    /**
     * EUR/RUB rates, monthly.
     *
     * @return the rates
     */
    public ExchangeRateTable rates() {
        return rates;
    }

    /**
     * The id of the late return of a Q1 deal, discovered in May.
     *
     * @return the reversal's id
     */
    public EventId lateReturn() {
        return lateReturn;
    }
}
