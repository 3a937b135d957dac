package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentApplication;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The per-invoice state the receivables formulas ({@link DaysSalesOutstanding}, {@link
 * OverdueShare}, {@link CollectionRate}) share: for each invoice its amount, share, date and due
 * date, and the amounts applied to it by payments dated before the period and in it (payments dated
 * on or after the period's end are ignored). Applications are kept unweighted, in their own
 * currency, so an invoice seen after its payments is handled like one seen before them.
 *
 * <p>Rules (documented in the formulas): every figure of an invoice (its amount and what was applied
 * to it) is converted to the reporting currency at the rate of the invoice's date and weighted by
 * the invoice's share, so a receivable is never negative because of exchange-rate moves or of a
 * payment credited differently from its invoice; applications must be in the invoice's currency;
 * the applications up to the period's end must not exceed the invoice's amount; an application to
 * an invoice not offered fails in the company scope and is ignored in a manager's scope (the
 * invoice credits someone else); an invoice offered twice fails.
 */
final class ReceivableLedger {
    private final KpiContext context;
    private final Map<EventId, State> invoices = new TreeMap<>();

    ReceivableLedger(KpiContext context) {
        this.context = context;
    }

    /** What was applied to one invoice in one currency. */
    private static final class Bucket {
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal in = BigDecimal.ZERO;

        @Nullable
        EventId firstPayment;

        void add(Bucket other) {
            before = before.add(other.before);
            in = in.add(other.in);
            firstPayment = min(firstPayment, other.firstPayment);
        }
    }

    /** One invoice's state: the invoice once seen, and the applications to it by currency. */
    private static final class State {
        @Nullable
        Money amount;

        BigDecimal share = BigDecimal.ZERO;

        @Nullable
        LocalDate date;

        @Nullable
        LocalDate dueDate;

        int offered;
        final Map<String, Bucket> applied = new TreeMap<>();

        void add(State other) {
            if (other.offered > 0) {
                amount = other.amount;
                share = other.share;
                date = other.date;
                dueDate = other.dueDate;
            }
            offered += other.offered;
            other.applied.forEach(
                    (c, b) -> applied.computeIfAbsent(c, k -> new Bucket()).add(b));
        }
    }

    private static @Nullable EventId min(@Nullable EventId a, @Nullable EventId b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    void invoice(Invoice invoice, Rate share) {
        State s = invoices.computeIfAbsent(invoice.id(), k -> new State());
        s.amount = invoice.amount();
        s.share = share.fraction();
        s.date = invoice.date();
        s.dueDate = invoice.dueDate();
        s.offered++;
    }

    void payment(Payment payment, Rate share) {
        DateRange period = context.period();
        if (!payment.date().isBefore(period.endExclusive())) {
            return;
        }
        boolean before = payment.date().isBefore(period.start());
        for (PaymentApplication a : payment.applications()) {
            Bucket b = invoices.computeIfAbsent(a.invoice(), k -> new State())
                    .applied
                    .computeIfAbsent(a.amount().currency().getCurrencyCode(), k -> new Bucket());
            if (before) {
                b.before = b.before.add(a.amount().amount());
            } else {
                b.in = b.in.add(a.amount().amount());
            }
            b.firstPayment = min(b.firstPayment, payment.id());
        }
    }

    void merge(ReceivableLedger other) {
        other.invoices.forEach(
                (id, s) -> invoices.computeIfAbsent(id, k -> new State()).add(s));
    }

    /**
     * The figures, after checking the state in invoice-id order (the first inconsistency found in
     * that order is reported, so the message does not depend on the input's order).
     */
    Figures figures() {
        DateRange period = context.period();
        BigDecimal openAtStart = BigDecimal.ZERO;
        BigDecimal invoiced = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal openAtEnd = BigDecimal.ZERO;
        BigDecimal overdueAtEnd = BigDecimal.ZERO;
        int invoicesInPeriod = 0;
        int openInvoices = 0;
        int overdueInvoices = 0;
        for (Map.Entry<EventId, State> e : invoices.entrySet()) {
            EventId id = e.getKey();
            State s = e.getValue();
            argument(s.offered <= 1, "invoice %s was offered %s times; every invoice must come once", id, s.offered);
            Money amount = s.amount;
            if (amount == null) {
                if (context.isCompanyScope()) {
                    @Nullable EventId payer = null;
                    for (Bucket b : s.applied.values()) {
                        payer = min(payer, b.firstPayment);
                    }
                    argument(false, "payment %s applies to unknown invoice %s", payer, id);
                }
                continue;
            }
            LocalDate date = s.date;
            LocalDate dueDate = s.dueDate;
            Currency currency = amount.currency();
            BigDecimal before = BigDecimal.ZERO;
            BigDecimal in = BigDecimal.ZERO;
            for (Map.Entry<String, Bucket> b : s.applied.entrySet()) {
                argument(
                        b.getKey().equals(currency.getCurrencyCode()),
                        "payment %s applies %s to invoice %s, which is in %s; applications must be in the invoice's"
                                + " currency",
                        b.getValue().firstPayment,
                        b.getKey(),
                        id,
                        currency);
                before = b.getValue().before;
                in = b.getValue().in;
            }
            BigDecimal applied = before.add(in);
            argument(
                    applied.compareTo(amount.amount()) <= 0,
                    "payments exceeding the invoice: payments up to %s apply %s %s to invoice %s of %s",
                    period.endInclusive(),
                    currency,
                    applied.toPlainString(),
                    id,
                    amount);
            if (date == null || dueDate == null || !date.isBefore(period.endExclusive())) {
                continue;
            }
            BigDecimal a = weighted(amount, date, id, s.share);
            BigDecimal b = weighted(Money.of(before, currency), date, id, s.share);
            BigDecimal p = weighted(Money.of(in, currency), date, id, s.share);
            BigDecimal open = a.subtract(b).subtract(p);
            if (date.isBefore(period.start())) {
                openAtStart = openAtStart.add(a.subtract(b));
            } else {
                invoiced = invoiced.add(a);
                invoicesInPeriod++;
            }
            collected = collected.add(p);
            openAtEnd = openAtEnd.add(open);
            if (open.signum() > 0) {
                openInvoices++;
                if (dueDate.isBefore(period.endInclusive())) {
                    overdueAtEnd = overdueAtEnd.add(open);
                    overdueInvoices++;
                }
            }
        }
        return new Figures(
                openAtStart,
                invoiced,
                collected,
                openAtEnd,
                overdueAtEnd,
                invoicesInPeriod,
                openInvoices,
                overdueInvoices,
                context.currency());
    }

    private BigDecimal weighted(Money amount, LocalDate date, EventId invoice, BigDecimal share) {
        return context.toReportingCurrency(amount, date, "invoice " + invoice)
                .times(share)
                .amount();
    }

    /** The receivables of a period, in the reporting currency, weighted by the invoices' shares. */
    record Figures(
            BigDecimal openAtStart,
            BigDecimal invoicedInPeriod,
            BigDecimal collectedInPeriod,
            BigDecimal openAtEnd,
            BigDecimal overdueAtEnd,
            int invoicesInPeriod,
            int openInvoicesAtEnd,
            int overdueInvoicesAtEnd,
            Currency currency) {
        Money money(BigDecimal amount) {
            return Money.of(amount, currency);
        }
    }
}
