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
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductGroupId;
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
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators for the ledger: consistent histories of orders, invoices, payments, returns and
 * refusals over small pools of accounts and managers, drawn from a seed so that every reference
 * resolves (an invoice bills an existing order of the same account, payments never exceed an
 * invoice, a reversal never exceeds its order).
 *
 * <p>Histories span {@link #WINDOW}, which covers the prior quarter ({@link #PRIOR}, Q4 2025) and
 * the quarter ({@link #QUARTER}, Q1 2026) that KPI tests compute for, plus history before and after.
 */
public final class LedgerGens {
    /** Eight accounts, {@code C-0} to {@code C-7}. */
    public static final List<AccountId> ACCOUNTS = List.of(
            AccountId.of("C-0"),
            AccountId.of("C-1"),
            AccountId.of("C-2"),
            AccountId.of("C-3"),
            AccountId.of("C-4"),
            AccountId.of("C-5"),
            AccountId.of("C-6"),
            AccountId.of("C-7"));

    /** Four managers, {@code M-0} to {@code M-3}. */
    public static final List<ManagerId> MANAGERS =
            List.of(ManagerId.of("M-0"), ManagerId.of("M-1"), ManagerId.of("M-2"), ManagerId.of("M-3"));

    /** The currency of generated histories. */
    public static final Currency EUR = Currency.getInstance("EUR");

    /** The days events fall on: 2025-07-01 to 2026-06-30. */
    public static final DateRange WINDOW = DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1));

    /** The quarter KPI tests compute for: Q1 2026. */
    public static final DateRange QUARTER = DateRange.ofQuarter(2026, 1);

    /** The prior quarter: Q4 2025. */
    public static final DateRange PRIOR = DateRange.ofQuarter(2025, 4);

    private LedgerGens() {}

    /** Credits: one manager, or a 50/50 or 70/30 split between two. */
    public static Gen<Credits> credits() {
        return Gens.seeds().map(seed -> credits(new Random(seed)));
    }

    /** A consistent history of up to 40 orders with their invoices, payments and reversals, in EUR. */
    public static Gen<List<CommercialEvent>> histories() {
        return Gens.seeds().map(seed -> history(seed, 40));
    }

    /** A consistent history of up to 8 orders, for properties that compare against naive models. */
    public static Gen<List<CommercialEvent>> smallHistories() {
        return Gens.seeds().map(seed -> history(seed, 8));
    }

    /**
     * The history a seed makes: up to {@code maxOrders} orders on random days of {@link #WINDOW};
     * about 70% invoiced in full (net 0, 30 or 60), about 60% of invoices paid in one or two
     * partial or full payments, about one payment in ten an advance with no invoice, and about 15%
     * of orders returned or refused in part. Events come in a shuffled order.
     *
     * @param seed the seed
     * @param maxOrders the most orders
     * @return the events
     */
    public static List<CommercialEvent> history(long seed, int maxOrders) {
        Random r = new Random(seed);
        List<CommercialEvent> events = new ArrayList<>();
        int orders = r.nextInt(maxOrders + 1);
        int span = (int) WINDOW.lengthInDays();
        int next = 0;
        for (int i = 0; i < orders; i++) {
            AccountId account = ACCOUNTS.get(r.nextInt(ACCOUNTS.size()));
            Credits credits = credits(r);
            LocalDate date = WINDOW.start().plusDays(r.nextInt(span));
            Order.Builder ob = Order.builder()
                    .id(EventId.of("SO-" + i))
                    .account(account)
                    .credits(credits)
                    .date(date)
                    .currency(EUR);
            int lines = 1 + r.nextInt(3);
            for (int l = 1; l <= lines; l++) {
                long priceCents = 100 + r.nextInt(100_000);
                long costCents = (long) (priceCents * r.nextDouble());
                ob.addLine(OrderLine.builder()
                        .lineNumber(l)
                        .product(ProductId.of("P-" + r.nextInt(10)))
                        .group(ProductGroupId.of("G-" + r.nextInt(3)))
                        .quantity(BigDecimal.valueOf(1 + r.nextInt(5)))
                        .unitPrice(Money.ofMinor(priceCents, EUR))
                        .unitCost(Money.ofMinor(costCents, EUR))
                        .additionalService(r.nextInt(5) == 0)
                        .build());
            }
            Order order = ob.build();
            events.add(order);
            if (r.nextInt(10) < 7) {
                int terms = new int[] {0, 30, 60}[r.nextInt(3)];
                LocalDate invoiceDate = date.plusDays(r.nextInt(10));
                Invoice invoice = Invoice.builder()
                        .id(EventId.of("INV-" + i))
                        .account(account)
                        .credits(credits)
                        .date(invoiceDate)
                        .amount(order.amount())
                        .cost(order.cost())
                        .order(order.id())
                        .paymentTerms(PaymentTerms.net(terms))
                        .build();
                events.add(invoice);
                if (r.nextInt(10) < 6) {
                    long open = invoice.amount().toMinorUnits();
                    int payments = 1 + r.nextInt(2);
                    LocalDate payDate = invoiceDate;
                    for (int p = 0; p < payments && open > 0; p++) {
                        long cents = p == payments - 1 && r.nextBoolean() ? open : 1 + (long) (open * r.nextDouble());
                        cents = Math.min(cents, open);
                        open -= cents;
                        payDate = payDate.plusDays(r.nextInt(90));
                        events.add(Payment.builder()
                                .id(EventId.of("PAY-" + i + "-" + p))
                                .account(account)
                                .credits(credits)
                                .date(payDate)
                                .amount(Money.ofMinor(cents, EUR))
                                .apply(invoice.id(), Money.ofMinor(cents, EUR))
                                .build());
                    }
                }
            }
            if (r.nextInt(7) == 0) {
                long amount = order.amount().toMinorUnits();
                long value = 1 + (long) ((amount - 1) * r.nextDouble());
                long cost = order.amount().isZero()
                        ? 0
                        : BigDecimal.valueOf(value)
                                .multiply(order.cost().amount())
                                .divide(order.amount().amount(), 0, java.math.RoundingMode.DOWN)
                                .longValueExact();
                events.add(Reversal.builder()
                        .reversalKind(r.nextBoolean() ? ReversalKind.RETURN : ReversalKind.REFUSAL)
                        .id(EventId.of("REV-" + i))
                        .account(account)
                        .credits(credits)
                        .date(date.plusDays(r.nextInt(30)))
                        .order(order.id())
                        .value(Money.ofMinor(value, EUR))
                        .cost(Money.ofMinor(Math.min(cost, value), EUR))
                        .reason(r.nextBoolean() ? "damaged" : "wrong item")
                        .build());
            }
            next = i + 1;
        }
        if (r.nextInt(10) == 0) {
            AccountId account = ACCOUNTS.get(r.nextInt(ACCOUNTS.size()));
            events.add(Payment.builder()
                    .id(EventId.of("ADV-" + next))
                    .account(account)
                    .credits(credits(r))
                    .date(WINDOW.start().plusDays(r.nextInt(span)))
                    .amount(Money.ofMinor(1 + r.nextInt(100_000), EUR))
                    .build());
        }
        Collections.shuffle(events, r);
        return events;
    }

    /**
     * Up to {@code max} activities of {@link #MANAGERS} with {@link #ACCOUNTS} on random days and
     * hours of {@link #WINDOW}: calls, visits, meetings and complaints, about half of the complaints
     * resolved within 0 to 100 hours.
     *
     * @param seed the seed
     * @param max the most activities
     * @return the activities
     */
    public static List<Activity> activities(long seed, int max) {
        Random r = new Random(seed);
        List<Activity> list = new ArrayList<>();
        int n = r.nextInt(max + 1);
        ActivityKind[] kinds = ActivityKind.values();
        for (int i = 0; i < n; i++) {
            ActivityKind kind = kinds[r.nextInt(kinds.length)];
            LocalDateTime when = WINDOW.start()
                    .plusDays(r.nextInt((int) WINDOW.lengthInDays()))
                    .atTime(8 + r.nextInt(10), 15 * r.nextInt(4));
            Activity.Builder b = Activity.builder()
                    .kind(kind)
                    .account(ACCOUNTS.get(r.nextInt(ACCOUNTS.size())))
                    .manager(MANAGERS.get(r.nextInt(MANAGERS.size())))
                    .when(when);
            if (kind == ActivityKind.COMPLAINT && r.nextBoolean()) {
                b.resolvedAt(when.plusHours(r.nextInt(101)).plusMinutes(r.nextInt(60)));
            }
            list.add(b.build());
        }
        return list;
    }

    /** A second currency for {@link #mixedCurrencyHistories()}. */
    public static final Currency USD = Currency.getInstance("USD");

    /**
     * A consistent history in two currencies: up to 20 orders in EUR (as {@link #history}) and up
     * to 20 in USD (another seed's history, {@linkplain #inCurrency relabelled} with ids prefixed
     * {@code "U"}), shuffled together.
     */
    public static Gen<List<CommercialEvent>> mixedCurrencyHistories() {
        return Gens.seeds().map(seed -> {
            List<CommercialEvent> events = new ArrayList<>(history(seed, 20));
            events.addAll(inCurrency(history(seed ^ 0x5A5AL, 20), USD, "U"));
            Collections.shuffle(events, new Random(seed));
            return events;
        });
    }

    /**
     * Days to take receivables on: from 30 days before {@link #WINDOW} to 200 days after it, so
     * that every ageing bucket is reached.
     */
    public static Gen<LocalDate> asOfDates() {
        return org.quicktheories.generators.SourceDSL.integers()
                .between(-30, (int) WINDOW.lengthInDays() + 200)
                .map(n -> WINDOW.start().plusDays(n));
    }

    /**
     * The same history with every amount in another currency (same figures) and every event id,
     * and every reference to one, prefixed; accounts, credits and dates unchanged. The result is
     * consistent whenever the input is.
     *
     * @param events the events, not null
     * @param currency the new currency, not null
     * @param prefix what to put before every id, not null
     * @return the relabelled events, in the same order
     */
    public static List<CommercialEvent> inCurrency(List<CommercialEvent> events, Currency currency, String prefix) {
        List<CommercialEvent> out = new ArrayList<>();
        for (CommercialEvent e : events) {
            out.add(relabel(e, currency, prefix));
        }
        return out;
    }

    private static CommercialEvent relabel(CommercialEvent e, Currency currency, String prefix) {
        EventId id = EventId.of(prefix + e.id().value());
        if (e instanceof Order o) {
            Order.Builder b = Order.builder()
                    .id(id)
                    .account(o.account())
                    .credits(o.credits())
                    .date(o.date())
                    .currency(currency);
            for (OrderLine line : o.lines()) {
                OrderLine.Builder lb = OrderLine.builder()
                        .lineNumber(line.lineNumber())
                        .product(line.product())
                        .quantity(line.quantity())
                        .unitPrice(in(line.unitPrice(), currency))
                        .unitCost(in(line.unitCost(), currency))
                        .additionalService(line.additionalService());
                line.group().ifPresent(lb::group);
                b.addLine(lb.build());
            }
            return b.build();
        }
        if (e instanceof Invoice i) {
            Invoice.Builder b = Invoice.builder()
                    .id(id)
                    .account(i.account())
                    .credits(i.credits())
                    .date(i.date())
                    .amount(in(i.amount(), currency))
                    .paymentTerms(i.paymentTerms())
                    .dueDate(i.dueDate());
            i.cost().ifPresent(c -> b.cost(in(c, currency)));
            i.order().ifPresent(ref -> b.order(EventId.of(prefix + ref.value())));
            return b.build();
        }
        if (e instanceof Payment p) {
            Payment.Builder b = Payment.builder()
                    .id(id)
                    .account(p.account())
                    .credits(p.credits())
                    .date(p.date())
                    .amount(in(p.amount(), currency));
            p.applications()
                    .forEach(a -> b.apply(EventId.of(prefix + a.invoice().value()), in(a.amount(), currency)));
            return b.build();
        }
        Reversal r = (Reversal) e;
        Reversal.Builder b = Reversal.builder()
                .reversalKind(r.reversalKind())
                .id(id)
                .account(r.account())
                .credits(r.credits())
                .date(r.date())
                .order(EventId.of(prefix + r.order().value()))
                .value(in(r.value(), currency))
                .cost(in(r.cost(), currency))
                .reason(r.reason());
        r.invoice().ifPresent(ref -> b.invoice(EventId.of(prefix + ref.value())));
        return b.build();
    }

    private static Money in(Money money, Currency currency) {
        return Money.of(money.amount(), currency);
    }

    private static Credits credits(Random r) {
        ManagerId first = MANAGERS.get(r.nextInt(MANAGERS.size()));
        if (r.nextInt(4) != 0) {
            return Credits.solely(first);
        }
        ManagerId second =
                MANAGERS.get((MANAGERS.indexOf(first) + 1 + r.nextInt(MANAGERS.size() - 1)) % MANAGERS.size());
        boolean even = r.nextBoolean();
        return Credits.split(Map.of(
                first, even ? Rate.percent(50) : Rate.percent(70), second, even ? Rate.percent(50) : Rate.percent(30)));
    }
}
