package io.github.kamsdk.benchmarks;

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
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.rules.credit.CreditLimit;
import io.github.kamsdk.rules.credit.CreditPolicy;
import io.github.kamsdk.rules.credit.CreditProfile;
import io.github.kamsdk.rules.credit.CreditRequest;
import io.github.kamsdk.rules.credit.VerificationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * A seeded ledger of one client for {@link CreditBenchmark}, as of 30 November 2026: a relationship
 * since March 2023, 1,500 invoices already settled (seven in ten on time, the others 1–40 days late,
 * paid one to five invoices at a time), 1,000 open invoices (net 30, EUR 200–5,000; about a third
 * not yet due, the rest overdue by up to 89 days, or up to 120 days in the "over 90" case; one in
 * six partly paid), every invoice with its order, 40 orders not or only half invoiced (five of them
 * partly returned), two orders dated after the day, and two advances (a payment of EUR 15,000 not
 * applied, and the unapplied rest of a batch payment).
 *
 * <p>The request: an order of EUR 250,000 with EUR 12,000 delivered but not billed; the client is
 * verified with its own limit of EUR 4,800,000; the policy has the standard rules, weights and
 * scoring, a tolerance of EUR 1,000 and holds after 90 days.
 */
final class CreditData {
    static final Currency EUR = Currency.getInstance("EUR");
    static final AccountId CLIENT = AccountId.of("C-1");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    static final Money LIMIT = Money.of("4800000.00", "EUR");
    static final Money TOLERANCE = Money.of("1000.00", "EUR");
    static final int OPEN = 1_000;
    static final int SETTLED = 1_500;

    final Ledger ledger;
    final CreditProfile profile;
    final CreditRequest request;
    final CreditPolicy policy;
    final int events;

    private CreditData(Ledger ledger, int events) {
        this.ledger = ledger;
        this.events = events;
        this.profile = CreditProfile.builder()
                .account(CLIENT)
                .limit(CreditLimit.of(LIMIT))
                .paymentTerms(PaymentTerms.net(30))
                .verification(VerificationStatus.VERIFIED)
                .build();
        this.request = CreditRequest.builder()
                .account(CLIENT)
                .date(AS_OF)
                .orderAmount(Money.of("250000.00", "EUR"))
                .deliveredUnbilled(Money.of("12000.00", "EUR"))
                .build();
        this.policy = CreditPolicy.builder(CreditLimit.of(Money.of("500000.00", "EUR")))
                .tolerance(TOLERANCE)
                .build();
    }

    /**
     * The client's ledger.
     *
     * @param oldestOverdueDays the most days an open invoice is past due (89: nothing holds; 120:
     *     some invoices are more than 90 days past due)
     */
    static CreditData generate(int oldestOverdueDays, long seed) {
        Random r = new Random(seed);
        Credits credits = Credits.solely(ManagerId.of("M-1"));
        PaymentTerms net30 = PaymentTerms.net(30);
        List<CommercialEvent> events = new ArrayList<>();
        int order = 0;
        int payment = 0;
        events.add(order(order++, LocalDate.of(2023, 3, 1), 1_000_00L, credits)); // the first order
        // settled invoices, paid in batches of one to five
        List<Invoice> batch = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 1, 1);
        long span = AS_OF.minusDays(120).toEpochDay() - first.toEpochDay();
        List<Invoice> settled = new ArrayList<>();
        for (int i = 0; i < SETTLED; i++) {
            LocalDate date = first.plusDays(i * span / SETTLED);
            Order o = order(order++, date, 200_00L + r.nextInt(480_000), credits);
            events.add(o);
            Invoice inv = invoice("INV-S" + i, o, date, net30, credits);
            events.add(inv);
            settled.add(inv);
        }
        for (int i = 0; i < settled.size(); ) {
            int n = Math.min(1 + r.nextInt(5), settled.size() - i);
            batch.clear();
            batch.addAll(settled.subList(i, i + n));
            i += n;
            LocalDate due = batch.get(batch.size() - 1).dueDate();
            LocalDate paid = r.nextInt(10) < 7 ? due.minusDays(r.nextInt(5)) : due.plusDays(1 + r.nextInt(40));
            Payment.Builder p = Payment.builder()
                    .id(EventId.of("PAY-" + payment++))
                    .account(CLIENT)
                    .credits(credits)
                    .date(paid);
            Money total = Money.zero(EUR);
            for (Invoice inv : batch) {
                p.apply(inv.id(), inv.amount());
                total = total.plus(inv.amount());
            }
            if (i == settled.size()) {
                total = total.plus(Money.of("3250.00", "EUR")); // the last batch leaves an advance
            }
            events.add(p.amount(total).build());
        }
        // open invoices: 990 here and the 10 invoices of half-invoiced orders below
        int window = oldestOverdueDays + 30; // net 30: dated up to this many days before the day
        for (int i = 0; i < OPEN - 10; i++) {
            LocalDate date = AS_OF.minusDays(r.nextInt(window + 1));
            Order o = order(order++, date, 200_00L + r.nextInt(480_000), credits);
            events.add(o);
            Invoice inv = invoice("INV-O" + i, o, date, net30, credits);
            events.add(inv);
            if (r.nextInt(6) == 0) {
                long cents = inv.amount().toMinorUnits() * (20 + r.nextInt(61)) / 100;
                Money part = Money.ofMinor(cents, EUR);
                events.add(Payment.builder()
                        .id(EventId.of("PAY-" + payment++))
                        .account(CLIENT)
                        .credits(credits)
                        .date(date.plusDays(r.nextInt((int) (AS_OF.toEpochDay() - date.toEpochDay()) + 1)))
                        .amount(part)
                        .apply(inv.id(), part)
                        .build());
            }
        }
        // orders not yet (or half) invoiced, some partly returned
        for (int i = 0; i < 40; i++) {
            LocalDate date = AS_OF.minusDays(r.nextInt(20));
            Order o = order(order++, date, 1_000_00L + r.nextInt(2_000_000), credits);
            events.add(o);
            if (i % 4 == 0) {
                events.add(Invoice.builder()
                        .id(EventId.of("INV-H" + i))
                        .account(CLIENT)
                        .credits(credits)
                        .date(date)
                        .amount(Money.ofMinor(o.amount().toMinorUnits() / 2, EUR))
                        .order(o.id())
                        .paymentTerms(net30)
                        .build());
            }
            if (i % 8 == 1) {
                events.add(Reversal.builder()
                        .reversalKind(ReversalKind.RETURN)
                        .id(EventId.of("REV-" + i))
                        .account(CLIENT)
                        .credits(credits)
                        .date(date)
                        .order(o.id())
                        .value(Money.ofMinor(o.amount().toMinorUnits() / 5, EUR))
                        .reason("damaged")
                        .build());
            }
        }
        events.add(order(order++, AS_OF.plusDays(1), 5_000_00L, credits)); // after the day: not counted
        events.add(order(order, AS_OF.plusDays(3), 7_000_00L, credits));
        events.add(Payment.builder()
                .id(EventId.of("PAY-" + payment))
                .account(CLIENT)
                .credits(credits)
                .date(AS_OF.minusDays(10))
                .amount(Money.of("15000.00", "EUR"))
                .build()); // an advance
        Collections.shuffle(events, r);
        return new CreditData(Ledger.of(events), events.size());
    }

    private static Order order(int n, LocalDate date, long cents, Credits credits) {
        return Order.builder()
                .id(EventId.of("SO-" + n))
                .account(CLIENT)
                .credits(credits)
                .date(date)
                .currency(EUR)
                .addLine(OrderLine.builder()
                        .lineNumber(1)
                        .product(ProductId.of("P-" + (n % 50)))
                        .quantity(BigDecimal.ONE)
                        .unitPrice(Money.ofMinor(cents, EUR))
                        .unitCost(Money.ofMinor(cents * 7 / 10, EUR))
                        .build())
                .build();
    }

    private static Invoice invoice(String id, Order o, LocalDate date, PaymentTerms terms, Credits credits) {
        return Invoice.builder()
                .id(EventId.of(id))
                .account(CLIENT)
                .credits(credits)
                .date(date)
                .amount(o.amount())
                .order(o.id())
                .paymentTerms(terms)
                .build();
    }
}
