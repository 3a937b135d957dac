package io.github.kamsdk.rules.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.Assignment;
import io.github.kamsdk.core.team.Delegation;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.TeamGens.TeamSpec;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.rules.approval.ApprovalRequest;
import io.github.kamsdk.rules.credit.CreditDecision;
import io.github.kamsdk.rules.credit.CreditLimit;
import io.github.kamsdk.rules.credit.CreditPolicy;
import io.github.kamsdk.rules.credit.CreditProfile;
import io.github.kamsdk.rules.credit.CreditRequest;
import io.github.kamsdk.rules.credit.CreditScoring;
import io.github.kamsdk.rules.credit.VerificationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Fixtures and generators for the approval, credit and admission suites of kam-rules, built on
 * kam-core's {@link LedgerGens} and {@code TeamGens}.
 *
 * <p><b>The named team of the worked examples</b> ({@link #team()}):
 *
 * <pre>
 * dora    COMMERCIAL_DIRECTOR
 * └── carmen  HEAD_OF_SALES
 *     ├── ana    SENIOR_KAM      C-2
 *     │   ├── luis  JUNIOR_KAM   C-1
 *     │   └── eva   JUNIOR_KAM
 *     └── pablo  SALES_MANAGER   C-3
 *
 * carmen -> ana    [2026-08-03, 2026-08-15)  all accounts, with approval authority (trade fair)
 * pablo  -> luis   [2026-09-01, 2026-09-08)  all accounts, without approval authority
 * ana    -> pablo  [2026-10-01, 2026-10-03)  C-2 only, with approval authority
 * </pre>
 *
 * <p><b>Generators</b>: {@link #creditCases()} (a consistent ledger from {@link
 * LedgerGens#history}, one of its accounts, a day, an order, a profile and a policy), {@link
 * #mixedCurrencyCreditCases()} (the same over a ledger in EUR and USD), {@link #debts()} (an extra
 * open invoice so many days past due), {@link #requestShapes()} (a discount, margin and order value
 * to approve). <b>Oracles</b>: {@link #naiveCredit} (exposure, weighted overdue and history from the
 * raw events), {@link #naiveHolder} and {@link #naiveHeld} (authority from the raw delegations).
 */
public final class CreditGens {
    /** The currency of the examples and of generated cases. */
    public static final Currency EUR = LedgerGens.EUR;

    /** A second currency, for mixed-currency bad input. */
    public static final Currency USD = LedgerGens.USD;

    /** The commercial director. */
    public static final ManagerId DORA = ManagerId.of("dora");
    /** The head of sales. */
    public static final ManagerId CARMEN = ManagerId.of("carmen");
    /** A senior KAM. */
    public static final ManagerId ANA = ManagerId.of("ana");
    /** A sales manager. */
    public static final ManagerId PABLO = ManagerId.of("pablo");
    /** A junior KAM. */
    public static final ManagerId LUIS = ManagerId.of("luis");
    /** Another junior KAM. */
    public static final ManagerId EVA = ManagerId.of("eva");

    /** Accounts of the examples. */
    public static final AccountId C1 = AccountId.of("C-1");

    /** Accounts of the examples. */
    public static final AccountId C2 = AccountId.of("C-2");

    /** Accounts of the examples. */
    public static final AccountId C3 = AccountId.of("C-3");

    private static final Credits CREDITS = Credits.solely(LUIS);

    private CreditGens() {}

    // The named team

    /** A day of 2026. */
    public static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    /** The team drawn above. */
    public static SalesTeam team() {
        return SalesTeam.builder()
                .addManager(Manager.of(DORA, "Dora Prieto", Role.COMMERCIAL_DIRECTOR))
                .addManager(Manager.of(CARMEN, "Carmen Vidal", Role.HEAD_OF_SALES))
                .addManager(Manager.of(ANA, "Ana Ruiz", Role.SENIOR_KAM))
                .addManager(Manager.of(PABLO, "Pablo Mora", Role.SALES_MANAGER))
                .addManager(Manager.of(LUIS, "Luis Gil", Role.JUNIOR_KAM))
                .addManager(Manager.of(EVA, "Eva Sanz", Role.JUNIOR_KAM))
                .reportsTo(CARMEN, DORA)
                .reportsTo(ANA, CARMEN)
                .reportsTo(PABLO, CARMEN)
                .reportsTo(LUIS, ANA)
                .reportsTo(EVA, ANA)
                .addAssignment(Assignment.from(C1, LUIS, day(1, 1)))
                .addAssignment(Assignment.from(C2, ANA, day(1, 1)))
                .addAssignment(Assignment.from(C3, PABLO, day(1, 1)))
                .addDelegation(Delegation.of(CARMEN, ANA, DateRange.of(day(8, 3), day(8, 15))))
                .addDelegation(Delegation.builder()
                        .from(PABLO)
                        .to(LUIS)
                        .period(DateRange.of(day(9, 1), day(9, 8)))
                        .approvalAuthority(false)
                        .build())
                .addDelegation(Delegation.builder()
                        .from(ANA)
                        .to(PABLO)
                        .period(DateRange.of(day(10, 1), day(10, 3)))
                        .accounts(List.of(C2))
                        .build())
                .build();
    }

    // Events of the worked examples

    /** An amount in euros. */
    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** An order of one line worth the amount. */
    public static Order order(String id, AccountId account, LocalDate date, String amount) {
        return order(id, account, date, eur(amount));
    }

    /** An order of one line worth the amount. */
    public static Order order(String id, AccountId account, LocalDate date, Money amount) {
        return Order.builder()
                .id(EventId.of(id))
                .account(account)
                .credits(CREDITS)
                .date(date)
                .currency(amount.currency())
                .addLine(OrderLine.builder()
                        .lineNumber(1)
                        .product(ProductId.of("PUMP-7"))
                        .quantity(BigDecimal.ONE)
                        .unitPrice(amount)
                        .unitCost(Money.zero(amount.currency()))
                        .build())
                .build();
    }

    /** An invoice billing no order, due {@code netDays} after its date. */
    public static Invoice invoice(String id, AccountId account, LocalDate date, int netDays, String amount) {
        return invoiceBuilder(id, account, date, netDays, eur(amount)).build();
    }

    /** An invoice billing an order, due {@code netDays} after its date. */
    public static Invoice invoiceOf(
            String id, String order, AccountId account, LocalDate date, int netDays, String amount) {
        return invoiceBuilder(id, account, date, netDays, eur(amount))
                .order(EventId.of(order))
                .build();
    }

    /** An invoice builder with the id, account, date, terms and amount set. */
    public static Invoice.Builder invoiceBuilder(
            String id, AccountId account, LocalDate date, int netDays, Money amount) {
        return Invoice.builder()
                .id(EventId.of(id))
                .account(account)
                .credits(CREDITS)
                .date(date)
                .amount(amount)
                .paymentTerms(PaymentTerms.net(netDays));
    }

    /**
     * An unpaid invoice of no order that is {@code daysPastDue} past due on {@code asOf}, dated
     * {@code netDays} before its due date.
     */
    public static Invoice overdueInvoice(
            String id, AccountId account, LocalDate asOf, long daysPastDue, int netDays, Money amount) {
        LocalDate due = asOf.minusDays(daysPastDue);
        return invoiceBuilder(id, account, due.minusDays(netDays), netDays, amount)
                .build();
    }

    /** A payment applied in full to one invoice. */
    public static Payment payment(String id, AccountId account, LocalDate date, String amount, String invoice) {
        return Payment.builder()
                .id(EventId.of(id))
                .account(account)
                .credits(CREDITS)
                .date(date)
                .amount(eur(amount))
                .apply(EventId.of(invoice), eur(amount))
                .build();
    }

    /** A payment on account, applied to no invoice. */
    public static Payment advance(String id, AccountId account, LocalDate date, String amount) {
        return Payment.builder()
                .id(EventId.of(id))
                .account(account)
                .credits(CREDITS)
                .date(date)
                .amount(eur(amount))
                .build();
    }

    /** A return of part of an order. */
    public static Reversal reversal(String id, String order, AccountId account, LocalDate date, String value) {
        return Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of(id))
                .account(account)
                .credits(CREDITS)
                .date(date)
                .order(EventId.of(order))
                .value(eur(value))
                .reason("damaged")
                .build();
    }

    /** A verified client with its own limit. */
    public static CreditProfile verified(AccountId account, String limit) {
        return CreditProfile.builder()
                .account(account)
                .limit(CreditLimit.of(eur(limit)))
                .verification(VerificationStatus.VERIFIED)
                .build();
    }

    /** An order on credit for the account on the day. */
    public static CreditRequest request(AccountId account, LocalDate date, String amount) {
        return CreditRequest.builder()
                .account(account)
                .date(date)
                .orderAmount(eur(amount))
                .build();
    }

    // Generators

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static Money cents(RandomnessSource in, int min, int max) {
        return Money.ofMinor(between(in, min, max), EUR);
    }

    /**
     * A credit request with everything it is decided on: events of a consistent ledger (in the
     * order generated), the account, the day, the order, the profile and the policy's settings.
     *
     * @param events the ledger's events, in the order generated
     * @param account the account decided for
     * @param date the day of the decision
     * @param orderAmount the new order
     * @param deliveredUnbilled goods delivered outside the ledger
     * @param prepaid whether the order is prepaid
     * @param profile the account's profile
     * @param companyDefault the company default limit
     * @param tolerance the weighted overdue ignored below
     * @param holdAfterDays days past due from which an invoice holds
     * @param scored whether the standard scoring applies (else none)
     */
    public record CreditCase(
            List<CommercialEvent> events,
            AccountId account,
            LocalDate date,
            Money orderAmount,
            Money deliveredUnbilled,
            boolean prepaid,
            CreditProfile profile,
            CreditLimit companyDefault,
            Money tolerance,
            int holdAfterDays,
            boolean scored) {

        /** The ledger of the events. */
        public Ledger ledger() {
            return Ledger.of(events);
        }

        /** The ledger of the events and more. */
        public Ledger ledgerWith(CommercialEvent... extra) {
            List<CommercialEvent> all = new ArrayList<>(events);
            Collections.addAll(all, extra);
            return Ledger.of(all);
        }

        /** The ledger of the events shuffled by a seed. */
        public Ledger shuffledLedger(long seed) {
            List<CommercialEvent> copy = new ArrayList<>(events);
            Collections.shuffle(copy, new Random(seed));
            return Ledger.of(copy);
        }

        /** The request. */
        public CreditRequest request() {
            return request(orderAmount);
        }

        /** The request with another order amount. */
        public CreditRequest request(Money amount) {
            return CreditRequest.builder()
                    .account(account)
                    .date(date)
                    .orderAmount(amount)
                    .deliveredUnbilled(deliveredUnbilled)
                    .prepaid(prepaid)
                    .build();
        }

        /** The policy, without a team. */
        public CreditPolicy policy() {
            return CreditPolicy.builder(companyDefault)
                    .tolerance(tolerance)
                    .holdAfterDays(holdAfterDays)
                    .scoring(scored ? CreditScoring.standard() : CreditScoring.none())
                    .build();
        }

        /** The decision on the ledger of the events. */
        public CreditDecision decide() {
            return policy().decide(request(), profile, ledger());
        }
    }

    /**
     * Credit cases over {@link LedgerGens#history} of up to 12 orders: any of its eight accounts
     * (some without events), a day from {@link LedgerGens#asOfDates()}, an order up to 60,000.00,
     * mostly verified clients with their own limit, the company default, or no limit, a tolerance up
     * to 3,000.00 and holds after 30 to 120 days, with or without scoring; about one order in ten
     * prepaid.
     */
    public static Gen<CreditCase> creditCases() {
        return CreditGens::creditCase;
    }

    /**
     * Credit cases as {@link #creditCases()}, but over a ledger in two currencies: a history of up
     * to 12 orders in EUR and another of up to 12 in USD ({@linkplain LedgerGens#inCurrency
     * relabelled}, ids prefixed {@code "U"}) over the same accounts, shuffled together. The order,
     * the limits and the tolerance are in EUR, so an account with USD events on the day is refused.
     */
    public static Gen<CreditCase> mixedCurrencyCreditCases() {
        return in -> {
            long seed = Gens.seeds().generate(in);
            List<CommercialEvent> events = new ArrayList<>(LedgerGens.history(seed, 12));
            events.addAll(LedgerGens.inCurrency(LedgerGens.history(seed ^ 0x5A5AL, 12), USD, "U"));
            Collections.shuffle(events, new Random(seed));
            return creditCase(in, events);
        };
    }

    private static CreditCase creditCase(RandomnessSource in) {
        long seed = Gens.seeds().generate(in);
        return creditCase(in, LedgerGens.history(seed, 12));
    }

    private static CreditCase creditCase(RandomnessSource in, List<CommercialEvent> events) {
        Set<AccountId> used = new TreeSet<>();
        events.forEach(e -> used.add(e.account()));
        List<AccountId> pool = used.isEmpty() ? LedgerGens.ACCOUNTS : new ArrayList<>(used);
        AccountId account = between(in, 0, 4) == 0
                ? LedgerGens.ACCOUNTS.get(between(in, 0, LedgerGens.ACCOUNTS.size() - 1))
                : pool.get(between(in, 0, pool.size() - 1));
        LocalDate date = LedgerGens.asOfDates().generate(in);
        CreditProfile.Builder profile = CreditProfile.builder().account(account);
        int verification = between(in, 0, 9);
        profile.verification(
                verification < 8 ? VerificationStatus.VERIFIED : VerificationStatus.values()[verification - 8]);
        int limit = between(in, 0, 5);
        if (limit == 1) {
            profile.limit(CreditLimit.unlimited());
        } else if (limit >= 2) {
            profile.limit(CreditLimit.of(cents(in, 0, 10_000_000)));
        }
        if (between(in, 0, 9) == 0) {
            profile.writeOffs(cents(in, 0, 100_000));
        }
        return new CreditCase(
                events,
                account,
                date,
                cents(in, 0, 6_000_000),
                between(in, 0, 3) == 0 ? cents(in, 0, 500_000) : Money.zero(EUR),
                between(in, 0, 9) == 0,
                profile.build(),
                CreditLimit.of(cents(in, 0, 8_000_000)),
                cents(in, 0, 300_000),
                between(in, 30, 120),
                between(in, 0, 1) == 1);
    }

    /**
     * An open debt: an amount, how many days past due it is on the case's day and its payment
     * terms.
     *
     * @param amount the invoice amount
     * @param daysPastDue days past due on the day of the decision (0: not yet due)
     * @param netDays the payment terms
     */
    public record Debt(Money amount, int daysPastDue, int netDays) {
        /** The unpaid invoice for the account, with the given id. */
        public Invoice invoice(String id, AccountId account, LocalDate asOf) {
            return overdueInvoice(id, account, asOf, daysPastDue, netDays, amount);
        }

        /** The same debt so many days older. */
        public Debt olderBy(int days) {
            return new Debt(amount, daysPastDue + days, netDays);
        }
    }

    /** Debts of 0.01 to 20,000.00, 0 to 200 days past due, on net 0, 30 or 60. */
    public static Gen<Debt> debts() {
        return in -> new Debt(cents(in, 1, 2_000_000), between(in, 0, 200), new int[] {0, 30, 60}[between(in, 0, 2)]);
    }

    /** Amounts of 0.01 to 20,000.00 in euros. */
    public static Gen<Money> smallAmounts() {
        return in -> cents(in, 1, 2_000_000);
    }

    /**
     * What a request asks to have approved.
     *
     * @param discount the discount, 0% to 40% (now and then a surcharge down to -5%)
     * @param margin the margin, -20% to 50%, or unknown
     * @param orderValue 0 to 1,500,000.00
     */
    public record RequestShape(Rate discount, Optional<Rate> margin, Money orderValue) {
        /** The request by a requester for an account on a day. */
        public ApprovalRequest request(String id, ManagerId requester, AccountId account, LocalDate date) {
            ApprovalRequest.Builder b = ApprovalRequest.builder()
                    .id(EventId.of(id))
                    .requester(requester)
                    .account(account)
                    .date(date)
                    .discount(discount)
                    .orderValue(orderValue);
            margin.ifPresent(b::margin);
            return b.build();
        }
    }

    /**
     * Request shapes whose figures fall on and around the default authorities' bounds (5%, 7%, 10%,
     * 20%, 35% off; 25%, 22%, 20%, 10% margin; 50,000, 100,000, 250,000, 1,000,000).
     */
    public static Gen<RequestShape> requestShapes() {
        return in -> {
            int[] discounts = {-500, 0, 300, 500, 501, 700, 701, 1000, 1001, 1500, 2000, 2001, 3500, 3501, 4000};
            int[] margins = {-2000, 0, 999, 1000, 1999, 2000, 2200, 2500, 3000, 5000};
            long[] values = {0, 50_000, 50_001, 100_000, 100_001, 250_000, 250_001, 1_000_000, 1_000_001, 1_500_000};
            int d = between(in, 0, 2) == 0 ? between(in, -500, 4000) : discounts[between(in, 0, discounts.length - 1)];
            Rate discount = Rate.signedFraction(BigDecimal.valueOf(d, 4));
            Optional<Rate> margin = between(in, 0, 5) == 0
                    ? Optional.empty()
                    : Optional.of(Rate.signedFraction(BigDecimal.valueOf(
                            between(in, 0, 2) == 0
                                    ? between(in, -2000, 5000)
                                    : margins[between(in, 0, margins.length - 1)],
                            4)));
            Money value = between(in, 0, 2) == 0
                    ? Money.ofMinor(between(in, 0, 150_000_000), EUR)
                    : Money.of(values[between(in, 0, values.length - 1)], EUR);
            return new RequestShape(discount, margin, value);
        };
    }

    // A naive oracle of the credit figures over the raw events

    /**
     * An account's credit figures on a day, found from the raw events by the definitions of {@code
     * Exposure}, {@code CreditHistory} and the standard {@code OverdueWeights}, without the ledger's
     * indexes.
     *
     * @param receivables the open amounts of the invoices dated by the day
     * @param unbilledOrders each order's amount less its reversals and invoices dated by the day, if
     *     above zero
     * @param advances the unapplied parts of the payments dated by the day
     * @param weightedOverdue each open amount times the standard weight of its days past due
     * @param openInvoices the open invoices, in id order
     * @param settledInvoices how many invoices dated by the day were paid in full by then
     * @param onTime how many of them by their due date
     * @param totalDaysLate their days late, added up
     * @param worstDaysLate the most days late of a settled invoice or days past due of an open one
     * @param firstOrder the day of the first order dated by the day, if any
     */
    public record NaiveCredit(
            Money receivables,
            Money unbilledOrders,
            Money advances,
            Money weightedOverdue,
            List<EventId> openInvoices,
            int settledInvoices,
            int onTime,
            long totalDaysLate,
            long worstDaysLate,
            Optional<LocalDate> firstOrder) {}

    /**
     * The credit figures of an account on a day for an order in {@code currency}, naively: the
     * account's events dated by the day are filtered from the raw list, invoices are settled by
     * adding their payments up in date order (then id order), and every sum is a plain {@code
     * BigDecimal}. An event in another currency fails as the definitions say, with the first
     * mismatch of: the open invoices' currencies (in code order), then the invoices, the payments
     * and the orders (each in id order).
     *
     * @param events the raw events, in any order
     * @param account the account
     * @param asOf the day
     * @param currency the order's currency
     * @return the figures
     * @throws IllegalArgumentException naming the first event of the account in another currency
     */
    public static NaiveCredit naiveCredit(
            List<CommercialEvent> events, AccountId account, LocalDate asOf, Currency currency) {
        List<CommercialEvent> mine = events.stream()
                .filter(e -> e.account().equals(account) && !e.date().isAfter(asOf))
                .sorted(java.util.Comparator.comparing(CommercialEvent::id))
                .toList();
        List<Invoice> invoices = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        List<Reversal> reversals = new ArrayList<>();
        for (CommercialEvent e : mine) {
            if (e instanceof Invoice i) {
                invoices.add(i);
            } else if (e instanceof Payment p) {
                payments.add(p);
            } else if (e instanceof Order o) {
                orders.add(o);
            } else {
                reversals.add((Reversal) e);
            }
        }
        // settle the invoices by their payments in date order, as a clerk would
        List<Payment> byDate = new ArrayList<>(payments);
        byDate.sort(java.util.Comparator.comparing(Payment::date).thenComparing(Payment::id));
        java.util.Map<EventId, BigDecimal> paid = new java.util.HashMap<>();
        java.util.Map<EventId, LocalDate> settledOn = new java.util.HashMap<>();
        for (Payment p : byDate) {
            for (var a : p.applications()) {
                BigDecimal sum = paid.merge(a.invoice(), a.amount().amount(), BigDecimal::add);
                Invoice inv = invoices.stream()
                        .filter(i -> i.id().equals(a.invoice()))
                        .findFirst()
                        .orElse(null);
                if (inv != null
                        && !settledOn.containsKey(inv.id())
                        && sum.compareTo(inv.amount().amount()) >= 0) {
                    settledOn.put(inv.id(), p.date());
                }
            }
        }
        List<Invoice> open = invoices.stream()
                .filter(i -> i.amount().amount().compareTo(paid.getOrDefault(i.id(), BigDecimal.ZERO)) > 0)
                .toList();
        TreeSet<String> openCodes = new TreeSet<>();
        open.forEach(i -> openCodes.add(i.currency().getCurrencyCode()));
        String code = currency.getCurrencyCode();
        for (String c : openCodes) {
            refuseUnless(
                    c.equals(code), "account " + account + " has receivables in " + c + "; the order is in " + code);
        }
        for (Invoice i : invoices) {
            refuseUnless(i.currency().equals(currency), mismatch("invoice", i, account, code));
        }
        for (Payment p : payments) {
            refuseUnless(p.currency().equals(currency), mismatch("payment", p, account, code));
        }
        for (Order o : orders) {
            refuseUnless(o.currency().equals(currency), mismatch("order", o, account, code));
        }
        BigDecimal receivables = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        long worst = 0;
        for (Invoice i : open) {
            BigDecimal rest = i.amount().amount().subtract(paid.getOrDefault(i.id(), BigDecimal.ZERO));
            long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(i.dueDate(), asOf));
            receivables = receivables.add(rest);
            String weight = days > 90 ? "1.5" : days > 60 ? "1" : days > 30 ? "0.5" : days > 0 ? "0.25" : "0";
            weighted = weighted.add(rest.multiply(new BigDecimal(weight)));
            worst = Math.max(worst, days);
        }
        int settled = 0;
        int onTime = 0;
        long totalLate = 0;
        for (Invoice i : invoices) {
            LocalDate on = settledOn.get(i.id());
            if (on != null) {
                long late = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(i.dueDate(), on));
                settled++;
                onTime += late == 0 ? 1 : 0;
                totalLate += late;
                worst = Math.max(worst, late);
            }
        }
        BigDecimal unbilled = BigDecimal.ZERO;
        for (Order o : orders) {
            BigDecimal rest = o.amount().amount();
            for (Reversal r : reversals) {
                if (r.order().equals(o.id())) {
                    rest = rest.subtract(r.value().amount());
                }
            }
            for (Invoice i : invoices) {
                if (i.order().equals(Optional.of(o.id()))) {
                    rest = rest.subtract(i.amount().amount());
                }
            }
            if (rest.signum() > 0) {
                unbilled = unbilled.add(rest);
            }
        }
        BigDecimal advances = BigDecimal.ZERO;
        for (Payment p : payments) {
            BigDecimal applied = BigDecimal.ZERO;
            for (var a : p.applications()) {
                applied = applied.add(a.amount().amount());
            }
            BigDecimal unapplied = p.amount().amount().subtract(applied);
            if (unapplied.signum() > 0) {
                advances = advances.add(unapplied);
            }
        }
        return new NaiveCredit(
                Money.of(receivables, currency),
                Money.of(unbilled, currency),
                Money.of(advances, currency),
                Money.of(weighted, currency),
                open.stream().map(Invoice::id).toList(),
                settled,
                onTime,
                totalLate,
                worst,
                orders.stream().map(Order::date).min(java.util.Comparator.naturalOrder()));
    }

    private static String mismatch(String what, CommercialEvent e, AccountId account, String code) {
        return what + " " + e.id() + " of account " + account + " is in "
                + e.currency().getCurrencyCode() + "; the new order is in " + code;
    }

    private static void refuseUnless(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    // Naive oracles over a generated team's raw delegations

    /**
     * Who holds a manager's approval authority over an account on a day, by scanning the raw
     * delegations: follow the one in force from the current holder while it passes approval
     * authority and covers the account.
     */
    public static ManagerId naiveHolder(TeamSpec spec, ManagerId manager, AccountId account, LocalDate date) {
        ManagerId current = manager;
        for (int guard = 0; guard <= spec.delegations().size(); guard++) {
            ManagerId from = current;
            Optional<Delegation> d = spec.delegations().stream()
                    .filter(x -> x.from().equals(from) && x.isActiveOn(date))
                    .findFirst();
            if (d.isEmpty() || !d.get().passesApprovalAuthority() || !d.get().covers(account)) {
                return current;
            }
            current = d.get().to();
        }
        throw new AssertionError("delegations loop in a generated team");
    }

    /** Everyone whose approval authority over the account the manager holds on the day, naively. */
    public static List<ManagerId> naiveHeld(TeamSpec spec, ManagerId manager, AccountId account, LocalDate date) {
        List<ManagerId> held = new ArrayList<>();
        for (ManagerId m : spec.ids()) {
            if (naiveHolder(spec, m, account, date).equals(manager)) {
                held.add(m);
            }
        }
        return held;
    }

    /** A manager's role in a generated team. */
    public static Role roleOf(TeamSpec spec, ManagerId id) {
        return spec.managers().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow()
                .role();
    }
}
