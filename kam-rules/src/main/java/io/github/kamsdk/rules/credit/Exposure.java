package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.Receivables;
import io.github.kamsdk.core.money.Money;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An account's credit exposure on a day (R-CRED-2): open receivables + open unbilled orders +
 * delivered-but-unbilled goods + the new order − advance payments.
 *
 * <pre>{@code
 * Exposure e = Exposure.of(ledger, request);
 * e.total();   // receivables + unbilled + delivered + new order - advances
 * e.before();  // the same without the new order
 * }</pre>
 *
 * <p><b>Definitions</b>, all from the ledger's events dated on or before the day: open receivables
 * are the invoices' open amounts ({@link Receivables}); an order's unbilled part is its amount less
 * its reversals and invoices dated by then, if above zero; advances are the payments' unapplied
 * parts. Every figure is in the order's currency; an event of the account in another
 * currency is refused. A prepaid order adds nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Exposure {
    private final Money receivables;
    private final Money unbilledOrders;
    private final Money deliveredUnbilled;
    private final Money newOrder;
    private final Money advances;
    private final List<OpenInvoice> open;

    private Exposure(
            Money receivables,
            Money unbilledOrders,
            Money deliveredUnbilled,
            Money newOrder,
            Money advances,
            List<OpenInvoice> open) {
        this.receivables = receivables;
        this.unbilledOrders = unbilledOrders;
        this.deliveredUnbilled = deliveredUnbilled;
        this.newOrder = newOrder;
        this.advances = advances;
        this.open = open;
    }

    /**
     * The exposure of a request's account with its new order.
     *
     * @param ledger the ledger, not null
     * @param request the request, not null
     * @return the exposure
     * @throws IllegalArgumentException if an event of the account dated by the day is in another
     *     currency than the order, naming the first of: the currencies of the open receivables (in
     *     currency-code order), then the invoices, the payments and the orders (each in id order)
     */
    public static Exposure of(Ledger ledger, CreditRequest request) {
        notNull(ledger, "ledger");
        notNull(request, "request");
        return from(AccountEvents.read(ledger, request.account(), request.date()), request);
    }

    /**
     * The exposure from the account's events read once, with the currency checks in the order
     * {@link #of(Ledger, CreditRequest)} documents.
     */
    static Exposure from(AccountEvents events, CreditRequest request) {
        AccountId account = request.account();
        Currency currency = request.orderAmount().currency();
        Money zero = Money.zero(currency);
        Receivables r = events.receivables();
        for (Currency c : r.currencies()) {
            argument(
                    c.equals(currency),
                    "account %s has receivables in %s; the order is in %s",
                    account,
                    c.getCurrencyCode(),
                    currency.getCurrencyCode());
        }
        Money receivables = r.currencies().contains(currency) ? r.totalOpen(currency) : zero;
        for (Invoice inv : events.invoices()) {
            argument(
                    inv.currency().equals(currency),
                    "invoice %s of account %s is in %s; the new order is in %s",
                    inv.id(),
                    account,
                    inv.currency().getCurrencyCode(),
                    currency.getCurrencyCode());
        }
        // Every payment is in the order's currency once this loop is through, so the advances are
        // too: no check of their own is needed.
        Money advances = zero;
        for (Payment p : events.payments()) {
            argument(
                    p.currency().equals(currency),
                    "payment %s of account %s is in %s; the new order is in %s",
                    p.id(),
                    account,
                    p.currency().getCurrencyCode(),
                    currency.getCurrencyCode());
            Money unapplied = p.unapplied();
            if (unapplied.isPositive()) {
                advances = advances.plus(unapplied);
            }
        }
        Money unbilled = zero;
        for (Order o : events.orders()) {
            argument(
                    o.currency().equals(currency),
                    "order %s of account %s is in %s; the new order is in %s",
                    o.id(),
                    account,
                    o.currency().getCurrencyCode(),
                    currency.getCurrencyCode());
            Money rest = o.amount();
            Money reversed = events.reversed(o.id());
            if (reversed != null) {
                rest = rest.minus(reversed);
            }
            Money billed = events.invoiced(o.id());
            if (billed != null) {
                rest = rest.minus(billed);
            }
            if (rest.isPositive()) {
                unbilled = unbilled.plus(rest);
            }
        }
        return new Exposure(
                receivables,
                unbilled,
                request.deliveredUnbilled(),
                request.prepaid() ? zero : request.orderAmount(),
                advances,
                r.openInvoices());
    }

    /**
     * Open receivables.
     *
     * @return the open amount of the account's invoices
     */
    public Money receivables() {
        return receivables;
    }

    /**
     * Open orders not yet billed.
     *
     * @return the unbilled parts
     */
    public Money unbilledOrders() {
        return unbilledOrders;
    }

    /**
     * Goods delivered but not billed, as the request says.
     *
     * @return the amount
     */
    public Money deliveredUnbilled() {
        return deliveredUnbilled;
    }

    /**
     * The new order (zero when prepaid).
     *
     * @return the amount
     */
    public Money newOrder() {
        return newOrder;
    }

    /**
     * Advance payments not applied to any invoice.
     *
     * @return the advances
     */
    public Money advances() {
        return advances;
    }

    /**
     * The exposure without the new order.
     *
     * @return receivables + unbilled + delivered − advances
     */
    public Money before() {
        return receivables.plus(unbilledOrders).plus(deliveredUnbilled).minus(advances);
    }

    /**
     * The exposure with the new order.
     *
     * @return {@link #before()} + the new order
     */
    public Money total() {
        return before().plus(newOrder);
    }

    /**
     * The account's open invoices on the day.
     *
     * @return the open invoices
     */
    public List<OpenInvoice> openInvoices() {
        return open;
    }

    Step step() {
        return Step.of(
                "credit.exposure",
                "exposure: receivables {receivables} + unbilled orders {unbilled} + delivered unbilled {delivered} +"
                        + " new order {order} − advances {advances} = {total}",
                "receivables",
                receivables,
                "unbilled",
                unbilledOrders,
                "delivered",
                deliveredUnbilled,
                "order",
                newOrder,
                "advances",
                advances,
                "total",
                total());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Exposure that
                && receivables.equals(that.receivables)
                && unbilledOrders.equals(that.unbilledOrders)
                && deliveredUnbilled.equals(that.deliveredUnbilled)
                && newOrder.equals(that.newOrder)
                && advances.equals(that.advances);
    }

    @Override
    public int hashCode() {
        return total().hashCode();
    }

    @Override
    public String toString() {
        return step().text();
    }
}
