package io.github.kamsdk.core.testing;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentApplication;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Fixtures and naive models for the operations KPIs (receivables, reversals, services, growth):
 * one-line event factories for worked examples, and a naive recomputation of the receivables
 * figures straight from the full event list for properties to compare with.
 */
public final class OpsKpiGens {
    /** The account every fixture uses: {@code C-1}. */
    public static final AccountId ACCOUNT = AccountId.of("C-1");

    /** The manager fixtures credit by default: {@code M-1}. */
    public static final ManagerId M1 = ManagerId.of("M-1");

    /** A second manager: {@code M-2}. */
    public static final ManagerId M2 = ManagerId.of("M-2");

    private OpsKpiGens() {}

    /** All credit to {@link #M1}. */
    public static Credits solo() {
        return Credits.solely(M1);
    }

    /** 60% to {@link #M1}, 40% to {@link #M2}. */
    public static Credits split6040() {
        return Credits.split(Map.of(M1, Rate.percent(60), M2, Rate.percent(40)));
    }

    /** An order of one line of {@code amount} (cost {@code cost}), in the amount's currency. */
    public static Order order(String id, String date, Credits credits, String amount, String cost, String currency) {
        return order(id, date, credits, currency, line(1, amount, cost, false));
    }

    /** An order of some lines. */
    public static Order order(String id, String date, Credits credits, String currency, OrderLine... lines) {
        return Order.builder()
                .id(EventId.of(id))
                .account(ACCOUNT)
                .credits(credits)
                .date(LocalDate.parse(date))
                .currency(java.util.Currency.getInstance(currency))
                .addLines(List.of(lines))
                .build();
    }

    /** A line of quantity 1 at {@code price} (cost {@code cost}) in EUR. */
    public static OrderLine line(int number, String price, String cost, boolean service) {
        return line(number, price, cost, service, "EUR");
    }

    /** A line of quantity 1 at {@code price} (cost {@code cost}). */
    public static OrderLine line(int number, String price, String cost, boolean service, String currency) {
        return OrderLine.builder()
                .lineNumber(number)
                .product(ProductId.of(service ? "SERVICE" : "GOODS"))
                .quantity(BigDecimal.ONE)
                .unitPrice(Money.of(price, currency))
                .unitCost(Money.of(cost, currency))
                .additionalService(service)
                .build();
    }

    /** An invoice of {@code amount} EUR on net {@code termsDays} terms, credited to {@link #M1}. */
    public static Invoice invoice(String id, String date, String amount, int termsDays) {
        return invoice(id, date, solo(), Money.of(amount, "EUR"), termsDays);
    }

    /** An invoice. */
    public static Invoice invoice(String id, String date, Credits credits, Money amount, int termsDays) {
        return Invoice.builder()
                .id(EventId.of(id))
                .account(ACCOUNT)
                .credits(credits)
                .date(LocalDate.parse(date))
                .amount(amount)
                .paymentTerms(PaymentTerms.net(termsDays))
                .build();
    }

    /** A payment of {@code amount} EUR applied in full to one invoice, credited to {@link #M1}. */
    public static Payment payment(String id, String date, String invoice, String amount) {
        return payment(id, date, solo(), Money.of(amount, "EUR"), invoice);
    }

    /** A payment of {@code amount} applied in full to one invoice. */
    public static Payment payment(String id, String date, Credits credits, Money amount, String invoice) {
        return Payment.builder()
                .id(EventId.of(id))
                .account(ACCOUNT)
                .credits(credits)
                .date(LocalDate.parse(date))
                .amount(amount)
                .apply(EventId.of(invoice), amount)
                .build();
    }

    /** A return or refusal of {@code value} (cost {@code cost}) EUR of order {@code SO-X}. */
    public static Reversal reversal(
            ReversalKind kind, String id, String date, Credits credits, String value, String cost) {
        return Reversal.builder()
                .reversalKind(kind)
                .id(EventId.of(id))
                .account(ACCOUNT)
                .credits(credits)
                .date(LocalDate.parse(date))
                .order(EventId.of("SO-X"))
                .value(Money.of(value, "EUR"))
                .cost(Money.of(cost, "EUR"))
                .reason("damaged")
                .build();
    }

    /** An activity of {@link #M1} at a time such as {@code 2026-01-05T10:00}. */
    public static Activity activity(ActivityKind kind, String when) {
        return Activity.of(kind, ACCOUNT, M1, LocalDateTime.parse(when));
    }

    /** A complaint of {@link #M1} opened and, if {@code resolved} is not null, resolved. */
    public static Activity complaint(String opened, String resolved) {
        Activity.Builder b = Activity.builder()
                .kind(ActivityKind.COMPLAINT)
                .account(ACCOUNT)
                .manager(M1)
                .when(LocalDateTime.parse(opened));
        if (resolved != null) {
            b.resolvedAt(LocalDateTime.parse(resolved));
        }
        return b.build();
    }

    /**
     * A history of {@link LedgerGens#history} plus one more payment dated in {@code period} of part
     * of what is still open on one invoice at the period's end, if any invoice dated before the end
     * is open then: the history with the payment, or empty.
     */
    public static Optional<List<CommercialEvent>> withExtraPayment(
            List<CommercialEvent> history, DateRange period, long seed) {
        Random r = new Random(seed);
        Map<EventId, BigDecimal> open = new HashMap<>();
        List<Invoice> invoices = new ArrayList<>();
        for (CommercialEvent e : history) {
            if (e instanceof Invoice i && i.date().isBefore(period.endExclusive())) {
                open.merge(i.id(), i.amount().amount(), BigDecimal::add);
                invoices.add(i);
            }
        }
        for (CommercialEvent e : history) {
            if (e instanceof Payment p) {
                for (PaymentApplication a : p.applications()) {
                    open.computeIfPresent(
                            a.invoice(), (k, v) -> v.subtract(a.amount().amount()));
                }
            }
        }
        invoices.removeIf(i -> open.get(i.id()).signum() <= 0);
        if (invoices.isEmpty()) {
            return Optional.empty();
        }
        invoices.sort(java.util.Comparator.comparing(Invoice::id));
        Invoice target = invoices.get(r.nextInt(invoices.size()));
        long openCents = open.get(target.id()).movePointRight(2).longValueExact();
        long cents = 1 + (long) ((openCents - 1) * r.nextDouble());
        LocalDate first = target.date().isAfter(period.start()) ? target.date() : period.start();
        LocalDate date = first.plusDays(
                r.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(first, period.endExclusive())));
        List<CommercialEvent> out = new ArrayList<>(history);
        out.add(payment(
                "EXTRA",
                date.toString(),
                target.credits(),
                Money.ofMinor(cents, target.currency()),
                target.id().value()));
        return Optional.of(out);
    }

    /**
     * The receivables of a period recomputed naively from the full event list, for the company
     * ({@code manager} null) or one manager: for each invoice, loop over every payment.
     */
    public static NaiveReceivables naiveReceivables(List<CommercialEvent> events, DateRange period, ManagerId manager) {
        BigDecimal openAtStart = BigDecimal.ZERO;
        BigDecimal invoiced = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal openAtEnd = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        for (CommercialEvent e : events) {
            if (!(e instanceof Invoice i)) {
                continue;
            }
            BigDecimal share = manager == null
                    ? BigDecimal.ONE
                    : i.credits().shareOf(manager).fraction();
            if (share.signum() == 0 || !i.date().isBefore(period.endExclusive())) {
                continue;
            }
            BigDecimal paidBeforeStart = BigDecimal.ZERO;
            BigDecimal paidInPeriod = BigDecimal.ZERO;
            for (CommercialEvent f : events) {
                if (f instanceof Payment p
                        && (manager == null || p.credits().includes(manager))
                        && p.date().isBefore(period.endExclusive())) {
                    for (PaymentApplication a : p.applications()) {
                        if (a.invoice().equals(i.id())) {
                            if (p.date().isBefore(period.start())) {
                                paidBeforeStart = paidBeforeStart.add(a.amount().amount());
                            } else {
                                paidInPeriod = paidInPeriod.add(a.amount().amount());
                            }
                        }
                    }
                }
            }
            BigDecimal amount = i.amount().amount().multiply(share);
            BigDecimal before = paidBeforeStart.multiply(share);
            BigDecimal in = paidInPeriod.multiply(share);
            BigDecimal open = amount.subtract(before).subtract(in);
            if (i.date().isBefore(period.start())) {
                openAtStart = openAtStart.add(amount.subtract(before));
            } else {
                invoiced = invoiced.add(amount);
            }
            collected = collected.add(in);
            openAtEnd = openAtEnd.add(open);
            if (i.daysPastDue(period.endInclusive()) >= 1) {
                overdue = overdue.add(open);
            }
        }
        return new NaiveReceivables(openAtStart, invoiced, collected, openAtEnd, overdue);
    }

    /** Receivables figures of the naive model. */
    public record NaiveReceivables(
            BigDecimal openAtStart,
            BigDecimal invoicedInPeriod,
            BigDecimal collectedInPeriod,
            BigDecimal openAtEnd,
            BigDecimal overdueAtEnd) {}
}
