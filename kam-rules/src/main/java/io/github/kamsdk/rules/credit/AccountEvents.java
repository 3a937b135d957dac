package io.github.kamsdk.rules.credit;

import com.google.common.collect.Maps;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentApplication;
import io.github.kamsdk.core.ledger.Receivables;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One account's events dated on or before a day, read in one pass over {@link
 * Ledger#eventsOf(AccountId)}: what {@link Exposure} and {@link CreditHistory} are computed from,
 * so that a decision reads the ledger once and only the account's part of it.
 *
 * <p>Nothing here checks currencies: {@link Exposure} does, in the order its documentation gives,
 * before it adds anything up. The sums kept per order cannot mix currencies, since the ledger
 * only accepts invoices and reversals in their order's currency.
 *
 * <p>The day an invoice was settled is the date of the latest payment applied to it: every
 * application is above zero and the ledger refuses applications beyond the invoice amount, so a
 * fully paid invoice reaches its amount only with the last of its payments, whatever the order of
 * payments of the same day. This is the same day as adding the payments up in date order, without
 * sorting them.
 *
 * <p>Nothing changes it once {@link #read} returns; it is not exposed, so its maps and lists are
 * left as they were built.
 */
final class AccountEvents {
    private final LocalDate asOf;
    private final Receivables receivables;
    private final List<Invoice> invoices;
    private final List<Payment> payments;
    private final List<Order> orders;
    private final Map<EventId, Money> invoicedByOrder;
    private final Map<EventId, Money> reversedByOrder;
    private final Map<EventId, LocalDate> lastPaid;
    private final @Nullable LocalDate firstOrder;

    private AccountEvents(
            LocalDate asOf,
            Receivables receivables,
            List<Invoice> invoices,
            List<Payment> payments,
            List<Order> orders,
            Map<EventId, Money> invoicedByOrder,
            Map<EventId, Money> reversedByOrder,
            Map<EventId, LocalDate> lastPaid,
            @Nullable LocalDate firstOrder) {
        this.asOf = asOf;
        this.receivables = receivables;
        this.invoices = invoices;
        this.payments = payments;
        this.orders = orders;
        this.invoicedByOrder = invoicedByOrder;
        this.reversedByOrder = reversedByOrder;
        this.lastPaid = lastPaid;
        this.firstOrder = firstOrder;
    }

    /**
     * The account's events up to the day. The arguments are the callers' own, already checked for
     * null.
     */
    static AccountEvents read(Ledger ledger, AccountId account, LocalDate asOf) {
        List<CommercialEvent> all = ledger.eventsOf(account);
        // An account's invoices are rarely more than half its events (each bills an order or is
        // paid by a payment), so maps of that size seldom grow while they are filled.
        int expected = all.size() / 2;
        List<Invoice> invoices = new ArrayList<>(expected);
        List<Payment> payments = new ArrayList<>(expected);
        List<Order> orders = new ArrayList<>(expected);
        Map<EventId, Money> invoiced = Maps.newHashMapWithExpectedSize(expected);
        Map<EventId, Money> reversed = new HashMap<>();
        Map<EventId, LocalDate> lastPaid = Maps.newHashMapWithExpectedSize(expected);
        LocalDate first = null;
        for (CommercialEvent e : all) {
            if (e.date().isAfter(asOf)) {
                continue;
            }
            if (e instanceof Invoice invoice) {
                invoices.add(invoice);
                if (invoice.order().isPresent()) {
                    invoiced.merge(invoice.order().get(), invoice.amount(), Money::plus);
                }
            } else if (e instanceof Payment payment) {
                payments.add(payment);
                for (PaymentApplication a : payment.applications()) {
                    lastPaid.merge(a.invoice(), payment.date(), AccountEvents::later);
                }
            } else if (e instanceof Order order) {
                orders.add(order);
                if (first == null || order.date().isBefore(first)) {
                    first = order.date();
                }
            } else if (e instanceof Reversal reversal) {
                reversed.merge(reversal.order(), reversal.value(), Money::plus);
            }
        }
        return new AccountEvents(
                asOf,
                ledger.receivables(account, asOf),
                invoices,
                payments,
                orders,
                invoiced,
                reversed,
                lastPaid,
                first);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The day. */
    LocalDate asOf() {
        return asOf;
    }

    /** The account's receivables on the day, in the standard ageing buckets. */
    Receivables receivables() {
        return receivables;
    }

    /** The invoices dated on or before the day, in id order. */
    List<Invoice> invoices() {
        return invoices;
    }

    /** The payments dated on or before the day, in id order. */
    List<Payment> payments() {
        return payments;
    }

    /** The orders dated on or before the day, in id order. */
    List<Order> orders() {
        return orders;
    }

    /** What the invoices dated on or before the day bill of an order, or null if none does. */
    @Nullable
    Money invoiced(EventId order) {
        return invoicedByOrder.get(order);
    }

    /** What the reversals dated on or before the day took off an order, or null if none did. */
    @Nullable
    Money reversed(EventId order) {
        return reversedByOrder.get(order);
    }

    /**
     * The day an invoice with nothing left open was settled: the latest payment dated on or before
     * the day applied to it.
     */
    LocalDate settledOn(Invoice invoice) {
        LocalDate on = lastPaid.get(invoice.id());
        if (on == null) {
            // an invoice's amount is above zero, so one that is not open has a payment
            throw new IllegalStateException("invoice " + invoice.id() + " is neither open nor paid on " + asOf);
        }
        return on;
    }

    /** The date of the first order dated on or before the day, or null for none. */
    @Nullable
    LocalDate firstOrder() {
        return firstOrder;
    }
}
