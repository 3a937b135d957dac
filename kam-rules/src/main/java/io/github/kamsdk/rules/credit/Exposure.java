package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Receivables;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * @throws IllegalArgumentException if an event of the account is in another currency than the
     *     order
     */
    public static Exposure of(Ledger ledger, CreditRequest request) {
        notNull(ledger, "ledger");
        notNull(request, "request");
        AccountId account = request.account();
        LocalDate asOf = request.date();
        Currency currency = request.orderAmount().currency();
        Money zero = Money.zero(currency);
        Receivables r = ledger.receivables(asOf).forAccount(account);
        for (Currency c : r.currencies()) {
            argument(
                    c.equals(currency),
                    "account %s has receivables in %s; the order is in %s",
                    account,
                    c.getCurrencyCode(),
                    currency.getCurrencyCode());
        }
        Money receivables = r.currencies().contains(currency) ? r.totalOpen(currency) : zero;
        Map<io.github.kamsdk.core.ledger.EventId, Money> invoiced = new HashMap<>();
        for (Invoice inv : ledger.invoices()) {
            if (inv.account().equals(account) && !inv.date().isAfter(asOf)) {
                argument(
                        inv.currency().equals(currency),
                        "invoice %s of account %s is in %s; the new order is in %s",
                        inv.id(),
                        account,
                        inv.currency().getCurrencyCode(),
                        currency.getCurrencyCode());
                inv.order().ifPresent(o -> invoiced.merge(o, inv.amount(), Money::plus));
            }
        }
        for (io.github.kamsdk.core.ledger.Payment p : ledger.payments()) {
            if (p.account().equals(account) && !p.date().isAfter(asOf)) {
                argument(
                        p.currency().equals(currency),
                        "payment %s of account %s is in %s; the new order is in %s",
                        p.id(),
                        account,
                        p.currency().getCurrencyCode(),
                        currency.getCurrencyCode());
            }
        }
        Map<io.github.kamsdk.core.ledger.EventId, Money> reversed = new HashMap<>();
        for (io.github.kamsdk.core.ledger.Reversal rv : ledger.reversals()) {
            if (rv.account().equals(account) && !rv.date().isAfter(asOf)) {
                reversed.merge(rv.order(), rv.value(), Money::plus);
            }
        }
        Money unbilled = zero;
        for (Order o : ledger.orders()) {
            if (!o.account().equals(account) || o.date().isAfter(asOf)) {
                continue;
            }
            argument(
                    o.currency().equals(currency),
                    "order %s of account %s is in %s; the new order is in %s",
                    o.id(),
                    account,
                    o.currency().getCurrencyCode(),
                    currency.getCurrencyCode());
            Money rest = o.amount().minus(reversed.getOrDefault(o.id(), zero));
            Money billed = invoiced.get(o.id());
            if (billed != null) {
                rest = rest.minus(billed);
            }
            if (rest.isPositive()) {
                unbilled = unbilled.plus(rest);
            }
        }
        Money advances = ledger.unappliedAdvances(account, asOf).getOrDefault(currency, zero);
        for (Currency c : ledger.unappliedAdvances(account, asOf).keySet()) {
            argument(
                    c.equals(currency),
                    "account %s has advances in %s; the order is in %s",
                    account,
                    c.getCurrencyCode(),
                    currency.getCurrencyCode());
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
