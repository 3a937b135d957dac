package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A validated set of commercial events: the orders, invoices, payments, returns and refusals of a
 * host's clients, checked to refer to each other consistently, with the queries KPIs, credit
 * checks and pay need (R-ACC-3, R-KPI-7, R-CRED-3).
 *
 * <pre>{@code
 * Ledger ledger = Ledger.of(List.of(order, invoice, payment, reversal)); // any order
 * ledger.openAmount(EventId.of("INV-1"), LocalDate.of(2026, 4, 30));   // EUR 370.00
 * ledger.reversedValue(EventId.of("SO-1"));                            // EUR 250.00
 * Receivables r = ledger.receivables(LocalDate.of(2026, 4, 30));      // aged 0-30 ... over 90
 * ledger.receivables(AccountId.of("C-1"), LocalDate.of(2026, 4, 30)); // one client's, from its events
 * }</pre>
 *
 * <p><b>Consistency rules</b>, checked by {@link #of} and {@link Builder#build()} in this order
 * (events in id order within each rule), the first failure an {@link IllegalArgumentException}
 * naming the events and the figures:
 *
 * <ol>
 *   <li>event ids are unique across all kinds (an event given twice, even identical, is refused:
 *       counting it twice would double revenue or payments);
 *   <li>an invoice's order, when given, is an order of the ledger, of the same account and
 *       currency;
 *   <li>each payment application names an invoice of the ledger, of the payment's account and
 *       currency;
 *   <li>"payments exceeding the invoice": the total applied to an invoice by all payments, whatever
 *       their dates, is at most the invoice amount;
 *   <li>"return of an unknown order": a reversal's order is an order of the ledger, of the same
 *       account and currency, and the reversal is not dated before the order;
 *   <li>a reversal's invoice, when given, is an invoice of the ledger, of the same account and
 *       currency, and if that invoice names an order it is the reversal's order;
 *   <li>the total reversed (returned and refused) per order is at most the order amount.
 * </ol>
 *
 * <p><b>Not checked</b>, on purpose: the invoices of an order may add up to more (or less) than
 * the order amount, since invoices carry tax, freight and extras the order lines do not, and an
 * order may be invoiced in part or not at all; an invoice may be dated before its order (a
 * pro-forma or prepayment invoice) and a payment before the invoice it is applied to (money on
 * account applied later), since ERPs record both; reversals are not compared with invoiced
 * amounts (they are valued at the order's net prices); the credits of related events may differ
 * (a payment may be credited to a collector). Hosts that want stricter rules check them before
 * building the ledger.
 *
 * <p><b>Definitions.</b> The amount applied to an invoice as of a date counts the applications
 * of payments dated on or before that date; the open amount is the invoice amount minus it.
 * Returns and refusals do not reduce an invoice's open amount: the ledger has no credit notes, and
 * a reversal is valued at order prices, not at the invoiced (tax-included) amount; a host settles
 * the invoice for returned goods by a payment application. Receivables follow these definitions
 * ({@link Receivables}).
 *
 * <p>The result does not depend on the order of the events: every list is in event-id order and
 * two ledgers built from the same events in any order are equal. This class is immutable and
 * thread-safe. No method accepts null.
 */
public final class Ledger {
    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);
    private static final Ledger EMPTY = builder().build();

    /** One payment's application to an invoice. */
    private record Applied(Payment payment, Money amount) {}

    private final ImmutableSortedMap<EventId, CommercialEvent> events;
    private final ImmutableList<Order> orders;
    private final ImmutableList<Invoice> invoices;
    private final ImmutableList<Payment> payments;
    private final ImmutableList<Reversal> reversals;
    private final ImmutableListMultimap<EventId, Applied> appliedByInvoice;
    private final ImmutableListMultimap<EventId, Reversal> reversalsByOrder;
    private final ImmutableListMultimap<AccountId, CommercialEvent> byAccount;

    private Ledger(ImmutableSortedMap<EventId, CommercialEvent> events) {
        this.events = events;
        ImmutableList.Builder<Order> o = ImmutableList.builder();
        ImmutableList.Builder<Invoice> i = ImmutableList.builder();
        ImmutableList.Builder<Payment> p = ImmutableList.builder();
        ImmutableList.Builder<Reversal> r = ImmutableList.builder();
        ImmutableListMultimap.Builder<EventId, Applied> applied = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<EventId, Reversal> reversed = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<AccountId, CommercialEvent> accounts = ImmutableListMultimap.builder();
        for (CommercialEvent e : events.values()) {
            accounts.put(e.account(), e);
            if (e instanceof Order order) {
                o.add(order);
            } else if (e instanceof Invoice invoice) {
                i.add(invoice);
            } else if (e instanceof Payment payment) {
                p.add(payment);
                for (PaymentApplication a : payment.applications()) {
                    applied.put(a.invoice(), new Applied(payment, a.amount()));
                }
            } else if (e instanceof Reversal reversal) {
                r.add(reversal);
                reversed.put(reversal.order(), reversal);
            }
        }
        this.orders = o.build();
        this.invoices = i.build();
        this.payments = p.build();
        this.reversals = r.build();
        this.appliedByInvoice = applied.build();
        this.reversalsByOrder = reversed.build();
        this.byAccount = accounts.build();
    }

    /**
     * A ledger of the given events, after checking the consistency rules.
     *
     * @param events the events, in any order; not null, no null element
     * @return the ledger
     * @throws IllegalArgumentException if an event is null or a consistency rule fails, naming the
     *     events and figures
     */
    public static Ledger of(Iterable<? extends CommercialEvent> events) {
        return builder().addAll(events).build();
    }

    /**
     * The ledger with no event.
     *
     * @return the empty ledger
     */
    public static Ledger empty() {
        return EMPTY;
    }

    /**
     * A builder to add events one by one.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every event, in id order.
     *
     * @return the events
     */
    public ImmutableList<CommercialEvent> events() {
        return events.values().asList();
    }

    /**
     * How many events the ledger holds.
     *
     * @return 0 or more
     */
    public int size() {
        return events.size();
    }

    /**
     * The orders, in id order.
     *
     * @return the orders
     */
    public ImmutableList<Order> orders() {
        return orders;
    }

    /**
     * The invoices, in id order.
     *
     * @return the invoices
     */
    public ImmutableList<Invoice> invoices() {
        return invoices;
    }

    /**
     * The payments, in id order.
     *
     * @return the payments
     */
    public ImmutableList<Payment> payments() {
        return payments;
    }

    /**
     * The returns and refusals, in id order.
     *
     * @return the reversals
     */
    public ImmutableList<Reversal> reversals() {
        return reversals;
    }

    /**
     * The event with an id.
     *
     * @param id the id, not null
     * @return the event, or empty if the ledger has none with that id
     */
    public Optional<CommercialEvent> find(EventId id) {
        return Optional.ofNullable(events.get(notNull(id, "id")));
    }

    /**
     * The accounts that have events, in id order.
     *
     * @return the accounts
     */
    public ImmutableSortedSet<AccountId> accounts() {
        return ImmutableSortedSet.copyOf(byAccount.keySet());
    }

    /**
     * An account's events of every kind, in id order.
     *
     * @param account the account, not null
     * @return the events, empty for an account without events
     */
    public ImmutableList<CommercialEvent> eventsOf(AccountId account) {
        return byAccount.get(notNull(account, "account"));
    }

    /**
     * What payments dated on or before a date applied to an invoice.
     *
     * @param invoice the invoice's id, an invoice of this ledger, not null
     * @param asOf the day, not null
     * @return zero or more, at most the invoice amount, in the invoice's currency
     * @throws IllegalArgumentException if the ledger has no invoice with that id
     */
    public Money appliedTo(EventId invoice, LocalDate asOf) {
        Invoice inv = invoice(invoice);
        return applied(inv, notNull(asOf, "asOf"));
    }

    /** What payments dated on or before {@code asOf} applied to an invoice of this ledger. */
    private Money applied(Invoice invoice, LocalDate asOf) {
        Money total = Money.zero(invoice.currency());
        for (Applied a : appliedByInvoice.get(invoice.id())) {
            if (!a.payment().date().isAfter(asOf)) {
                total = total.plus(a.amount());
            }
        }
        return total;
    }

    /**
     * What is left to pay on an invoice on a date: its amount minus {@link #appliedTo(EventId,
     * LocalDate)}. The invoice's own date is not considered (see {@link Receivables} for the
     * invoices open on a date).
     *
     * @param invoice the invoice's id, an invoice of this ledger, not null
     * @param asOf the day, not null
     * @return zero or more, at most the invoice amount
     * @throws IllegalArgumentException if the ledger has no invoice with that id
     */
    public Money openAmount(EventId invoice, LocalDate asOf) {
        return invoice(invoice).amount().minus(appliedTo(invoice, asOf));
    }

    /**
     * The total value returned and refused of an order, whatever the reversals' dates.
     *
     * @param order the order's id, an order of this ledger, not null
     * @return zero or more, at most the order amount, in the order's currency
     * @throws IllegalArgumentException if the ledger has no order with that id
     */
    public Money reversedValue(EventId order) {
        notNull(order, "order");
        CommercialEvent e = events.get(order);
        argument(e != null, "order %s is not in the ledger", order);
        argument(e instanceof Order, "%s is %s, not an order", order, e == null ? null : e.kind());
        Money total = Money.zero(e.currency());
        for (Reversal r : reversalsByOrder.get(order)) {
            total = total.plus(r.value());
        }
        return total;
    }

    /**
     * An account's advances on a date: the sum of the unapplied parts of its payments dated on or
     * before that date, per currency (payments are never converted). A payment's applications
     * count whatever the invoices' dates, as the payment carries them.
     *
     * @param account the account, not null
     * @param asOf the day, not null
     * @return the advances in currency-code order, only the currencies where they are above zero;
     *     empty if none
     */
    public ImmutableSortedMap<Currency, Money> unappliedAdvances(AccountId account, LocalDate asOf) {
        notNull(account, "account");
        notNull(asOf, "asOf");
        TreeMap<Currency, Money> sums = new TreeMap<>(BY_CODE);
        for (CommercialEvent e : byAccount.get(account)) {
            if (e instanceof Payment p
                    && !p.date().isAfter(asOf)
                    && p.unapplied().isPositive()) {
                sums.merge(p.currency(), p.unapplied(), Money::plus);
            }
        }
        return ImmutableSortedMap.copyOfSorted(sums);
    }

    /**
     * The receivables on a date, aged in the {@linkplain AgeingBuckets#standard() standard}
     * buckets 0-30, 31-60, 61-90 and over 90 days past due.
     *
     * @param asOf the day, not null
     * @return the open invoices and their totals per currency
     */
    public Receivables receivables(LocalDate asOf) {
        return receivables(asOf, AgeingBuckets.standard());
    }

    /**
     * The receivables on a date: every invoice dated on or before {@code asOf} whose open amount
     * ({@link #openAmount(EventId, LocalDate)}) is above zero, aged in the given buckets.
     *
     * @param asOf the day, not null
     * @param buckets the ageing buckets, not null
     * @return the open invoices and their totals per currency
     */
    public Receivables receivables(LocalDate asOf, AgeingBuckets buckets) {
        notNull(asOf, "asOf");
        notNull(buckets, "buckets");
        List<OpenInvoice> open = new ArrayList<>();
        for (Invoice invoice : invoices) {
            addIfOpen(open, invoice, asOf, buckets);
        }
        return Receivables.of(asOf, buckets, open);
    }

    /**
     * One account's receivables on a date, aged in the {@linkplain AgeingBuckets#standard()
     * standard} buckets: the same as {@code receivables(asOf).forAccount(account)}, found from the
     * account's own events.
     *
     * <pre>{@code
     * // C-1: INV-1 EUR 870.00 due 2026-04-04 with EUR 500.00 paid, INV-2 EUR 1000.00 due 2026-05-20
     * Receivables r = ledger.receivables(AccountId.of("C-1"), LocalDate.of(2026, 4, 30));
     * r.totalOpen(EUR);   // EUR 1370.00 = 370.00 + 1000.00; other accounts' invoices are not looked at
     * }</pre>
     *
     * @param account the account, not null
     * @param asOf the day, not null
     * @return the account's open invoices and their totals per currency; empty for an account with
     *     nothing open
     */
    public Receivables receivables(AccountId account, LocalDate asOf) {
        return receivables(account, asOf, AgeingBuckets.standard());
    }

    /**
     * One account's receivables on a date, aged in the given buckets: every invoice of the account
     * dated on or before {@code asOf} whose open amount is above zero. The result equals {@code
     * receivables(asOf, buckets).forAccount(account)}, but the work grows with the account's events
     * rather than with the whole ledger's, which is what a decision about one client wants.
     *
     * @param account the account, not null
     * @param asOf the day, not null
     * @param buckets the ageing buckets, not null
     * @return the account's open invoices and their totals per currency; empty for an account with
     *     nothing open
     */
    public Receivables receivables(AccountId account, LocalDate asOf, AgeingBuckets buckets) {
        notNull(account, "account");
        notNull(asOf, "asOf");
        notNull(buckets, "buckets");
        List<OpenInvoice> open = new ArrayList<>();
        for (CommercialEvent e : byAccount.get(account)) {
            if (e instanceof Invoice invoice) {
                addIfOpen(open, invoice, asOf, buckets);
            }
        }
        return Receivables.of(asOf, buckets, open);
    }

    private void addIfOpen(List<OpenInvoice> open, Invoice invoice, LocalDate asOf, AgeingBuckets buckets) {
        if (invoice.date().isAfter(asOf)) {
            return;
        }
        Money applied = applied(invoice, asOf);
        if (invoice.amount().isGreaterThan(applied)) {
            long days = invoice.daysPastDue(asOf);
            open.add(new OpenInvoice(invoice, asOf, applied, days, buckets.bucketOf(days)));
        }
    }

    private Invoice invoice(EventId id) {
        notNull(id, "invoice");
        CommercialEvent e = events.get(id);
        argument(e != null, "invoice %s is not in the ledger", id);
        argument(e instanceof Invoice, "%s is %s, not an invoice", id, e == null ? null : e.kind());
        return (Invoice) e;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Ledger that && events.equals(that.events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    /** For example {@code Ledger{3 orders, 2 invoices, 2 payments, 1 reversals}}. */
    @Override
    public String toString() {
        return "Ledger{" + orders.size() + " orders, " + invoices.size() + " invoices, " + payments.size()
                + " payments, " + reversals.size() + " reversals}";
    }

    /**
     * Collects events and builds a {@link Ledger}. A null event fails at once with an {@link
     * IllegalArgumentException} naming it; {@link #build()} checks the consistency rules. A
     * builder is not thread-safe.
     */
    public static final class Builder {
        private final List<CommercialEvent> events = new ArrayList<>();

        Builder() {}

        /**
         * Adds an event.
         *
         * @param event the event, not null
         * @return this builder
         */
        public Builder add(CommercialEvent event) {
            events.add(notNull(event, "event"));
            return this;
        }

        /**
         * Adds events.
         *
         * @param events the events, not null, no null element
         * @return this builder
         */
        public Builder addAll(Iterable<? extends CommercialEvent> events) {
            notNull(events, "events");
            int i = 0;
            for (CommercialEvent e : events) {
                this.events.add(notNull(e, "events[" + i + "]"));
                i++;
            }
            return this;
        }

        /**
         * Builds the ledger after checking the consistency rules (see {@link Ledger}).
         *
         * @return the ledger
         * @throws IllegalArgumentException naming the events and figures of the first rule that
         *     fails
         */
        public Ledger build() {
            return new Ledger(Validation.validate(events));
        }
    }

    /** The consistency rules, in the order the class documentation lists them. */
    private static final class Validation {
        private final ImmutableSortedMap<EventId, CommercialEvent> byId;

        private Validation(ImmutableSortedMap<EventId, CommercialEvent> byId) {
            this.byId = byId;
        }

        static ImmutableSortedMap<EventId, CommercialEvent> validate(List<CommercialEvent> events) {
            // Sorting first makes the message for a duplicate (and every other message) the same
            // whatever order the host passed the events in.
            List<CommercialEvent> sorted = new ArrayList<>(events);
            sorted.sort(Comparator.comparing(CommercialEvent::id).thenComparing(Object::toString));
            TreeMap<EventId, CommercialEvent> map = new TreeMap<>();
            for (CommercialEvent e : sorted) {
                CommercialEvent before = map.putIfAbsent(e.id(), e);
                argument(
                        before == null,
                        "event id %s is used more than once (ids must be unique across all kinds): %s and %s",
                        e.id(),
                        before,
                        e);
            }
            Validation v = new Validation(ImmutableSortedMap.copyOfSorted(map));
            v.invoiceOrders();
            v.paymentInvoices();
            v.paymentsWithinInvoices();
            v.reversalOrders();
            v.reversalInvoices();
            v.reversalsWithinOrders();
            return v.byId;
        }

        private <T extends CommercialEvent> List<T> all(Class<T> type) {
            return byId.values().stream()
                    .filter(type::isInstance)
                    .map(type::cast)
                    .collect(Collectors.toList());
        }

        private void sameAccountAndCurrency(
                String what, CommercialEvent event, String otherWhat, CommercialEvent other) {
            argument(
                    event.account().equals(other.account()),
                    "%s %s is for account %s but its %s %s is for account %s",
                    what,
                    event.id(),
                    event.account(),
                    otherWhat,
                    other.id(),
                    other.account());
            argument(
                    event.currency().equals(other.currency()),
                    "%s %s is in %s but its %s %s is in %s",
                    what,
                    event.id(),
                    event.currency(),
                    otherWhat,
                    other.id(),
                    other.currency());
        }

        private void invoiceOrders() {
            for (Invoice invoice : all(Invoice.class)) {
                if (invoice.order().isEmpty()) {
                    continue;
                }
                EventId orderId = invoice.order().get();
                CommercialEvent order = byId.get(orderId);
                argument(order != null, "invoice %s bills order %s, which is not in the ledger", invoice.id(), orderId);
                argument(
                        order instanceof Order,
                        "invoice %s bills order %s, but %s is %s, not an order",
                        invoice.id(),
                        orderId,
                        orderId,
                        order == null ? null : order.kind());
                sameAccountAndCurrency("invoice", invoice, "order", order);
            }
        }

        private void paymentInvoices() {
            for (Payment payment : all(Payment.class)) {
                for (PaymentApplication a : payment.applications()) {
                    CommercialEvent invoice = byId.get(a.invoice());
                    argument(
                            invoice != null,
                            "payment %s applies %s to invoice %s, which is not in the ledger",
                            payment.id(),
                            a.amount(),
                            a.invoice());
                    argument(
                            invoice instanceof Invoice,
                            "payment %s applies %s to %s, but %s is %s, not an invoice",
                            payment.id(),
                            a.amount(),
                            a.invoice(),
                            a.invoice(),
                            invoice == null ? null : invoice.kind());
                    sameAccountAndCurrency("payment", payment, "invoice", invoice);
                }
            }
        }

        private Map<EventId, List<Applied>> applicationsByInvoice() {
            Map<EventId, List<Applied>> map = new TreeMap<>();
            for (Payment payment : all(Payment.class)) {
                for (PaymentApplication a : payment.applications()) {
                    map.computeIfAbsent(a.invoice(), k -> new ArrayList<>()).add(new Applied(payment, a.amount()));
                }
            }
            return map;
        }

        private void paymentsWithinInvoices() {
            applicationsByInvoice().forEach((invoiceId, applied) -> {
                Invoice invoice = (Invoice) byId.get(invoiceId);
                Money total = Money.sum(
                        invoice.currency(),
                        applied.stream().map(Applied::amount).collect(Collectors.toList()));
                argument(
                        total.isLessThanOrEqualTo(invoice.amount()),
                        "payments exceeding the invoice: invoice %s of %s has %s applied by %s",
                        invoiceId,
                        invoice.amount(),
                        total,
                        applied.stream()
                                .map(a -> a.payment().id() + " " + a.amount())
                                .collect(Collectors.joining(", ")));
            });
        }

        private void reversalOrders() {
            for (Reversal reversal : all(Reversal.class)) {
                CommercialEvent order = byId.get(reversal.order());
                argument(
                        order != null,
                        "return of an unknown order: %s %s of %s names order %s, which is not in the ledger",
                        reversal.kind(),
                        reversal.id(),
                        reversal.value(),
                        reversal.order());
                argument(
                        order instanceof Order,
                        "return of an unknown order: %s %s names order %s, but %s is %s, not an order",
                        reversal.kind(),
                        reversal.id(),
                        reversal.order(),
                        reversal.order(),
                        order == null ? null : order.kind());
                sameAccountAndCurrency("reversal", reversal, "order", order);
                argument(
                        !reversal.date().isBefore(order.date()),
                        "reversal %s is dated %s, before its order %s of %s",
                        reversal.id(),
                        reversal.date(),
                        order.id(),
                        order.date());
            }
        }

        private void reversalInvoices() {
            for (Reversal reversal : all(Reversal.class)) {
                if (reversal.invoice().isEmpty()) {
                    continue;
                }
                EventId invoiceId = reversal.invoice().get();
                CommercialEvent invoice = byId.get(invoiceId);
                argument(
                        invoice != null,
                        "reversal %s names invoice %s, which is not in the ledger",
                        reversal.id(),
                        invoiceId);
                argument(
                        invoice instanceof Invoice,
                        "reversal %s names invoice %s, but %s is %s, not an invoice",
                        reversal.id(),
                        invoiceId,
                        invoiceId,
                        invoice == null ? null : invoice.kind());
                sameAccountAndCurrency("reversal", reversal, "invoice", invoice);
                Optional<EventId> billed = ((Invoice) invoice).order();
                argument(
                        billed.isEmpty() || billed.get().equals(reversal.order()),
                        "reversal %s of order %s names invoice %s, which bills another order %s",
                        reversal.id(),
                        reversal.order(),
                        invoiceId,
                        billed.orElse(null));
            }
        }

        private void reversalsWithinOrders() {
            Map<EventId, List<Reversal>> byOrder = new TreeMap<>();
            for (Reversal reversal : all(Reversal.class)) {
                byOrder.computeIfAbsent(reversal.order(), k -> new ArrayList<>())
                        .add(reversal);
            }
            byOrder.forEach((orderId, list) -> {
                Order order = (Order) byId.get(orderId);
                Money total = Money.sum(
                        order.currency(), list.stream().map(Reversal::value).collect(Collectors.toList()));
                argument(
                        total.isLessThanOrEqualTo(order.amount()),
                        "order %s of %s is reversed beyond its amount: %s returned or refused by %s",
                        orderId,
                        order.amount(),
                        total,
                        list.stream().map(r -> r.id() + " " + r.value()).collect(Collectors.joining(", ")));
            });
        }
    }
}
