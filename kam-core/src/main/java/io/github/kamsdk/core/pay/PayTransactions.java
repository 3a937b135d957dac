package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentApplication;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The transactions of a ledger on one crediting basis: what a host that keeps its commercial
 * events in a {@link Ledger} passes to {@link PayInput}.
 *
 * <pre>{@code
 * PayTransactions booked = PayTransactions.fromLedger(ledger, CreditingBasis.BOOKED);
 * PayTransactions cash = PayTransactions.fromLedger(ledger, CreditingBasis.COLLECTED,
 *     List.of(DownPayment.of(EventId.of("PAY-7"), EventId.of("SO-3"), Money.of("3000.00", "EUR"))));
 * PayInput.builder().transactions(cash.transactions())…
 * cash.skipped(); // events that credit nothing, with the reason
 * }</pre>
 *
 * <p><b>Definitions.</b> A deal is an order (its lines are the transaction's lines), or an invoice
 * without an order (one line of its amount and cost). Its <i>billable</i> amount on a day is the
 * larger of the order's amount and the sum of its invoices dated by then (invoices may carry tax or
 * freight).
 * <ul>
 *   <li>{@link CreditingBasis#BOOKED}: one transaction per order, portion 100%, on the order's date,
 *       with the order's credits.
 *   <li>{@link CreditingBasis#INVOICED}: one transaction per invoice, on its date, with its credits.
 *   <li>{@link CreditingBasis#COLLECTED}: one transaction per payment application (id {@code
 *       payment/invoice}) and per declared {@link DownPayment} (id {@code payment/order}), on the
 *       payment's date, with the credits of the invoice (of the order for a down payment).
 * </ul>
 * Portions are cumulative: the deal's events are taken in date order (ties by id); after the k-th,
 * the deal's credited share is {@code P_k = max(P_(k−1), min(1, cumulative amount / billable amount
 * on its day))} rounded to {@value #SCALE} places half even, and the k-th transaction's portion is
 * {@code P_k − P_(k−1)}. A portion depends only on events up to its day, so it never changes when
 * later events arrive; the portions of a deal fully invoiced, or fully paid, add up to exactly 100%,
 * and commission on it adds up to the commission on the whole deal. Events whose portion comes out
 * as zero (the deal was already fully credited, or its amount is zero) are {@linkplain #skipped()
 * skipped} with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PayTransactions {
    /** Decimal places of a portion. */
    public static final int SCALE = 12;

    private final CreditingBasis basis;
    private final ImmutableList<PayTransaction> transactions;
    private final ImmutableSortedMap<EventId, String> skipped;

    private PayTransactions(
            CreditingBasis basis,
            ImmutableList<PayTransaction> transactions,
            ImmutableSortedMap<EventId, String> skipped) {
        this.basis = basis;
        this.transactions = transactions;
        this.skipped = skipped;
    }

    /**
     * The ledger's transactions on a basis, without down payments.
     *
     * @param ledger the ledger, not null
     * @param basis the basis, not null
     * @return the transactions
     */
    public static PayTransactions fromLedger(Ledger ledger, CreditingBasis basis) {
        return fromLedger(ledger, basis, List.of());
    }

    /**
     * The ledger's transactions on a basis; down payments count only on {@link
     * CreditingBasis#COLLECTED}.
     *
     * @param ledger the ledger, not null
     * @param basis the basis, not null
     * @param downPayments the down payments declared, not null
     * @return the transactions
     * @throws IllegalArgumentException if a down payment names an unknown payment or order, one of
     *     another account or currency, or more than the payment's unapplied amount
     */
    public static PayTransactions fromLedger(Ledger ledger, CreditingBasis basis, Iterable<DownPayment> downPayments) {
        notNull(ledger, "ledger");
        notNull(basis, "basis");
        notNull(downPayments, "downPayments");
        List<DownPayment> downs = new ArrayList<>();
        int i = 0;
        for (DownPayment d : downPayments) {
            downs.add(notNull(d, "downPayments[" + i++ + "]"));
        }
        checkDownPayments(ledger, downs);
        Map<EventId, String> skipped = new TreeMap<>();
        List<PayTransaction> out = new ArrayList<>();
        if (basis == CreditingBasis.BOOKED) {
            for (Order o : ledger.orders()) {
                out.add(PayTransaction.booked(o));
            }
        } else {
            Map<EventId, List<Invoice>> invoicesOf = new HashMap<>();
            for (Invoice inv : ledger.invoices()) {
                invoicesOf.computeIfAbsent(deal(inv), k -> new ArrayList<>()).add(inv);
            }
            Map<EventId, List<Credit>> credits = new HashMap<>();
            if (basis == CreditingBasis.INVOICED) {
                for (Invoice inv : ledger.invoices()) {
                    credits.computeIfAbsent(deal(inv), k -> new ArrayList<>())
                            .add(new Credit(
                                    inv.id(),
                                    inv.date(),
                                    inv.amount(),
                                    inv.credits(),
                                    inv.id().value()));
                }
            } else {
                Map<EventId, Invoice> byId = new HashMap<>();
                for (Invoice inv : ledger.invoices()) {
                    byId.put(inv.id(), inv);
                }
                for (Payment p : ledger.payments()) {
                    Set<String> used = new HashSet<>();
                    for (PaymentApplication a : p.applications()) {
                        Invoice inv = byId.get(a.invoice());
                        argument(inv != null, "payment %s applies to unknown invoice %s", p.id(), a.invoice());
                        String id = uniqueId(p.id().value() + "/" + a.invoice().value(), used);
                        credits.computeIfAbsent(deal(inv), k -> new ArrayList<>())
                                .add(new Credit(EventId.of(id), p.date(), a.amount(), inv.credits(), id));
                    }
                    for (DownPayment d : downs) {
                        if (d.payment().equals(p.id())) {
                            Order o = (Order) ledger.find(d.order()).orElseThrow();
                            String id =
                                    uniqueId(p.id().value() + "/" + d.order().value(), used);
                            credits.computeIfAbsent(d.order(), k -> new ArrayList<>())
                                    .add(new Credit(EventId.of(id), p.date(), d.amount(), o.credits(), id));
                        }
                    }
                }
            }
            for (Map.Entry<EventId, List<Credit>> e : credits.entrySet()) {
                EventId deal = e.getKey();
                Optional<CommercialEvent> event = ledger.find(deal);
                List<TransactionLine> lines;
                Money orderAmount;
                if (event.isPresent() && event.get() instanceof Order o) {
                    lines = new ArrayList<>();
                    for (OrderLine l : o.lines()) {
                        lines.add(TransactionLine.of(l));
                    }
                    orderAmount = o.amount();
                } else {
                    Invoice inv = invoicesOf.get(deal).get(0);
                    TransactionLine.Builder lb = TransactionLine.builder().amount(inv.amount());
                    inv.cost().ifPresent(lb::cost);
                    lines = List.of(lb.build());
                    orderAmount = inv.amount();
                }
                List<Invoice> dealInvoices = invoicesOf.getOrDefault(deal, List.of());
                List<Credit> list = e.getValue();
                list.sort(Comparator.comparing(Credit::date).thenComparing(Credit::sortKey));
                Money cumulative = Money.zero(orderAmount.currency());
                BigDecimal previous = BigDecimal.ZERO;
                for (Credit c : list) {
                    cumulative = cumulative.plus(c.amount());
                    // What the deal bills as of this credit: its order, or its invoices so far when
                    // they add up to more (tax, freight). Later invoices never change it, so a
                    // portion credited once stays as it was.
                    Money invoiced = Money.zero(orderAmount.currency());
                    for (Invoice inv : dealInvoices) {
                        if (!inv.date().isAfter(c.date())) {
                            invoiced = invoiced.plus(inv.amount());
                        }
                    }
                    Money billable = Money.max(orderAmount, basis == CreditingBasis.INVOICED ? cumulative : invoiced);
                    BigDecimal now = billable.isPositive()
                            ? cumulative
                                    .amount()
                                    .divide(billable.amount(), SCALE, RoundingMode.HALF_EVEN)
                                    .min(BigDecimal.ONE)
                                    .max(previous)
                            : previous;
                    BigDecimal portion = now.subtract(previous);
                    previous = now;
                    if (portion.signum() <= 0) {
                        skipped.put(
                                c.id(),
                                billable.isPositive()
                                        ? "deal " + deal + " of " + billable + " is already credited in full"
                                        : "deal " + deal + " has an amount of zero");
                        continue;
                    }
                    out.add(PayTransaction.builder()
                            .id(c.id())
                            .deal(deal)
                            .account(event.map(CommercialEvent::account)
                                    .orElseGet(() -> invoicesOf.get(deal).get(0).account()))
                            .credits(c.credits())
                            .date(c.date())
                            .basis(basis)
                            .addAllLines(lines)
                            .portion(Rate.ofFraction(portion))
                            .build());
                }
            }
        }
        out.sort(Comparator.comparing(PayTransaction::id));
        return new PayTransactions(basis, ImmutableList.copyOf(out), ImmutableSortedMap.copyOf(skipped));
    }

    private record Credit(EventId id, LocalDate date, Money amount, Credits credits, String sortKey) {}

    private static EventId deal(Invoice inv) {
        return inv.order().orElse(inv.id());
    }

    private static String uniqueId(String base, Set<String> used) {
        String id = base;
        int n = 2;
        while (!used.add(id)) {
            id = base + "#" + n++;
        }
        return id;
    }

    private static void checkDownPayments(Ledger ledger, List<DownPayment> downs) {
        Map<EventId, Money> declared = new HashMap<>();
        for (DownPayment d : downs) {
            Optional<CommercialEvent> p = ledger.find(d.payment());
            argument(p.isPresent() && p.get() instanceof Payment, "down payment names unknown payment %s", d.payment());
            Optional<CommercialEvent> o = ledger.find(d.order());
            argument(
                    o.isPresent() && o.get() instanceof Order,
                    "down payment %s names unknown order %s",
                    d.payment(),
                    d.order());
            Payment pay = (Payment) p.get();
            Order order = (Order) o.get();
            argument(
                    pay.account().equals(order.account()),
                    "down payment %s is from account %s, order %s is of account %s",
                    pay.id(),
                    pay.account(),
                    order.id(),
                    order.account());
            argument(
                    d.amount().isSameCurrency(order.amount()) && d.amount().isSameCurrency(pay.amount()),
                    "down payment %s of %s must be in the currency of payment %s and order %s",
                    pay.id(),
                    d.amount(),
                    pay.amount(),
                    order.amount());
            Money total = declared.merge(pay.id(), d.amount(), Money::plus);
            argument(
                    !total.isGreaterThan(pay.unapplied()),
                    "down payments of %s add up to %s, more than its unapplied %s",
                    pay.id(),
                    total,
                    pay.unapplied());
        }
    }

    /**
     * The basis.
     *
     * @return the basis
     */
    public CreditingBasis basis() {
        return basis;
    }

    /**
     * The transactions, in id order.
     *
     * @return the transactions
     */
    public ImmutableList<PayTransaction> transactions() {
        return transactions;
    }

    /**
     * The invoices, payment applications and down payments that credit nothing, with the reason.
     *
     * @return the skipped events by id
     */
    public ImmutableSortedMap<EventId, String> skipped() {
        return skipped;
    }

    @Override
    public String toString() {
        return "PayTransactions{" + basis + ", " + transactions.size() + " transactions, " + skipped.size()
                + " skipped}";
    }
}
