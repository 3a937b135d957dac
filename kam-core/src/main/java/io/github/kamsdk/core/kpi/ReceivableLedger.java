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
import java.util.HashMap;
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
final class ReceivableLedger implements KpiAccumulator {
    private final KpiContext context;
    private final Map<EventId, State> invoices = new HashMap<>();
    private @Nullable Figures cached;

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

    /**
     * One invoice's state: the invoice once seen, and the applications to it. Applications in the
     * first currency seen go to {@link #applied}; any other currency (an error, reported by {@link
     * #figures()}) to {@link #others}, made only when needed.
     */
    private static final class State {
        @Nullable
        Money amount;

        BigDecimal share = BigDecimal.ONE;

        @Nullable
        LocalDate date;

        @Nullable
        LocalDate dueDate;

        int offered;

        @Nullable
        Currency appliedCurrency;

        final Bucket applied = new Bucket();

        @Nullable
        Map<Currency, Bucket> others;

        Bucket bucket(Currency currency) {
            if (appliedCurrency == null) {
                appliedCurrency = currency;
            }
            if (appliedCurrency.equals(currency)) {
                return applied;
            }
            if (others == null) {
                others = new HashMap<>();
            }
            return others.computeIfAbsent(currency, c -> new Bucket());
        }

        void add(State other) {
            if (other.offered > 0) {
                amount = other.amount;
                share = other.share;
                date = other.date;
                dueDate = other.dueDate;
            }
            offered += other.offered;
            if (other.appliedCurrency != null) {
                bucket(other.appliedCurrency).add(other.applied);
            }
            if (other.others != null) {
                other.others.forEach((c, b) -> bucket(c).add(b));
            }
        }

        /** Every currency's bucket, in currency-code order (for deterministic messages). */
        Map<String, Bucket> byCurrency() {
            Map<String, Bucket> all = new TreeMap<>();
            if (appliedCurrency != null) {
                all.put(appliedCurrency.getCurrencyCode(), applied);
            }
            if (others != null) {
                others.forEach((c, b) -> all.put(c.getCurrencyCode(), b));
            }
            return all;
        }
    }

    private static @Nullable EventId min(@Nullable EventId a, @Nullable EventId b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void invoice(Invoice invoice, Rate share) {
        cached = null;
        State s = invoices.computeIfAbsent(invoice.id(), k -> new State());
        s.amount = invoice.amount();
        s.share = share.fraction();
        s.date = invoice.date();
        s.dueDate = invoice.dueDate();
        s.offered++;
    }

    @Override
    public void payment(Payment payment, Rate share) {
        DateRange period = context.period();
        if (!payment.date().isBefore(period.endExclusive())) {
            return;
        }
        cached = null;
        boolean before = payment.date().isBefore(period.start());
        for (PaymentApplication a : payment.applications()) {
            Bucket b = invoices.computeIfAbsent(a.invoice(), k -> new State())
                    .bucket(a.amount().currency());
            if (before) {
                b.before = b.before.add(a.amount().amount());
            } else {
                b.in = b.in.add(a.amount().amount());
            }
            b.firstPayment = min(b.firstPayment, payment.id());
        }
    }

    @Override
    public void merge(KpiAccumulator accumulator) {
        ReceivableLedger other = Accumulators.mergeable(
                ReceivableLedger.class,
                accumulator,
                "the receivables ledger",
                context,
                accumulator instanceof ReceivableLedger r ? r.context : context);
        argument(other != this, "the receivables ledger cannot be merged into itself");
        cached = null;
        other.invoices.forEach(
                (id, s) -> invoices.computeIfAbsent(id, k -> new State()).add(s));
    }

    /** Not used: the formulas read {@link #figures()}. */
    @Override
    public KpiValue result() {
        throw new IllegalStateException("the receivables ledger is shared state; ask the formulas for values");
    }

    /**
     * The figures, computed once until the state changes, after checking the state: the first
     * inconsistency in invoice-id order is reported, so the message does not depend on the input's
     * order.
     */
    Figures figures() {
        Figures f = cached;
        if (f == null) {
            f = compute();
            cached = f;
        }
        return f;
    }

    private Figures compute() {
        DateRange period = context.period();
        LocalDate start = period.start();
        LocalDate end = period.endExclusive();
        LocalDate lastDay = period.endInclusive();
        Currency reporting = context.currency();
        BigDecimal openAtStart = BigDecimal.ZERO;
        BigDecimal invoiced = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal openAtEnd = BigDecimal.ZERO;
        BigDecimal overdueAtEnd = BigDecimal.ZERO;
        int invoicesInPeriod = 0;
        int openInvoices = 0;
        int overdueInvoices = 0;
        @Nullable EventId firstBad = null;
        for (Map.Entry<EventId, State> e : invoices.entrySet()) {
            EventId id = e.getKey();
            State s = e.getValue();
            Money amount = s.amount;
            if (s.offered > 1
                    || (amount == null && context.isCompanyScope())
                    || (amount != null && !consistent(s, amount))) {
                firstBad = min(firstBad, id);
                continue;
            }
            if (amount == null) {
                continue;
            }
            LocalDate date = s.date;
            LocalDate dueDate = s.dueDate;
            if (date == null || dueDate == null || !date.isBefore(end)) {
                continue;
            }
            BigDecimal before = s.applied.before;
            BigDecimal in = s.applied.in;
            BigDecimal a;
            BigDecimal b;
            BigDecimal p;
            if (amount.currency().equals(reporting) && s.share.compareTo(BigDecimal.ONE) == 0) {
                a = amount.amount();
                b = before;
                p = in;
            } else {
                a = weighted(amount, date, id, s.share);
                b = weighted(Money.of(before, amount.currency()), date, id, s.share);
                p = weighted(Money.of(in, amount.currency()), date, id, s.share);
            }
            BigDecimal open = a.subtract(b).subtract(p);
            if (date.isBefore(start)) {
                openAtStart = openAtStart.add(a.subtract(b));
            } else {
                invoiced = invoiced.add(a);
                invoicesInPeriod++;
            }
            collected = collected.add(p);
            openAtEnd = openAtEnd.add(open);
            if (open.signum() > 0) {
                openInvoices++;
                if (dueDate.isBefore(lastDay)) {
                    overdueAtEnd = overdueAtEnd.add(open);
                    overdueInvoices++;
                }
            }
        }
        if (firstBad != null) {
            fail(firstBad, invoices.get(firstBad));
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
                reporting);
    }

    private static boolean consistent(State s, Money amount) {
        if (s.others != null) {
            return false;
        }
        if (s.appliedCurrency != null && !s.appliedCurrency.equals(amount.currency())) {
            return false;
        }
        return s.applied.before.add(s.applied.in).compareTo(amount.amount()) <= 0;
    }

    /** Throws the message for the first inconsistent invoice. */
    private void fail(EventId id, State s) {
        argument(s.offered <= 1, "invoice %s was offered %s times; every invoice must come once", id, s.offered);
        Money amount = s.amount;
        if (amount == null) {
            @Nullable EventId payer = null;
            for (Bucket b : s.byCurrency().values()) {
                payer = min(payer, b.firstPayment);
            }
            argument(false, "payment %s applies to unknown invoice %s", payer, id);
            return;
        }
        Currency currency = amount.currency();
        for (Map.Entry<String, Bucket> b : s.byCurrency().entrySet()) {
            argument(
                    b.getKey().equals(currency.getCurrencyCode()),
                    "payment %s applies %s to invoice %s, which is in %s; applications must be in the invoice's"
                            + " currency",
                    b.getValue().firstPayment,
                    b.getKey(),
                    id,
                    currency);
        }
        BigDecimal applied = s.applied.before.add(s.applied.in);
        argument(
                false,
                "payments exceeding the invoice: payments up to %s apply %s %s to invoice %s of %s",
                context.period().endInclusive(),
                currency,
                applied.toPlainString(),
                id,
                amount);
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
