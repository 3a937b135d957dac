package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.ExchangeRates;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The open receivables of a {@link Ledger} on a date, aged in buckets of days past due (R-CRED-3,
 * R-CRED-2, R-KPI-7).
 *
 * <pre>{@code
 * // INV-1 EUR 870.00 of 2026-03-05 net 30 (due 2026-04-04), EUR 500.00 paid on 2026-03-30;
 * // INV-2 EUR 1000.00 of 2026-04-20 net 30 (due 2026-05-20), nothing paid.
 * Receivables r = ledger.receivables(LocalDate.of(2026, 4, 30));
 * r.openInvoices();               // INV-1 open EUR 370.00, 26 days past due; INV-2 open EUR 1000.00, 0 days
 * r.totals(EUR).totalOpen();      // EUR 1370.00 = 370.00 + 1000.00
 * r.totals(EUR).overdue();        // EUR 370.00 (INV-1 only)
 * r.totals(EUR).byBucket();       // {0-30=EUR 1370.00, 31-60=EUR 0.00, 61-90=EUR 0.00, over 90=EUR 0.00}
 * }</pre>
 *
 * <p><b>Definitions.</b> An invoice is <i>open</i> on the as-of date when it is dated on or before
 * that date and its <i>open amount</i>, the invoice amount minus the applications of payments
 * dated on or before that date, is above zero. Its days past due are {@link
 * Invoice#daysPastDue(LocalDate)} (0 until the due date, so an invoice not yet due is in the first
 * bucket); it is <i>overdue</i> when at least one day past due. Returns and refusals do not reduce
 * the open amount: only payment applications settle an invoice (see {@link Ledger}).
 *
 * <p>Events may be in several currencies: totals are kept per currency ({@link #totals()}, in
 * currency-code order) and never added across currencies unless converted with the host's rates
 * ({@link #converted(Currency, ExchangeRates)}). Open invoices are listed in invoice-id order, so
 * the result does not depend on the order of the events.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Receivables {
    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

    private final LocalDate asOf;
    private final AgeingBuckets buckets;
    private final ImmutableList<OpenInvoice> openInvoices;
    private final ImmutableSortedMap<Currency, ReceivableTotals> totals;

    private Receivables(LocalDate asOf, AgeingBuckets buckets, ImmutableList<OpenInvoice> openInvoices) {
        this.asOf = asOf;
        this.buckets = buckets;
        this.openInvoices = openInvoices;
        ImmutableSortedMap.Builder<Currency, ReceivableTotals> t = ImmutableSortedMap.orderedBy(BY_CODE);
        Map<Currency, List<OpenInvoice>> perCurrency = new TreeMap<>(BY_CODE);
        for (OpenInvoice open : openInvoices) {
            perCurrency
                    .computeIfAbsent(open.invoice().currency(), c -> new ArrayList<>())
                    .add(open);
        }
        perCurrency.forEach((currency, list) -> t.put(currency, ReceivableTotals.of(currency, buckets, list)));
        this.totals = t.build();
    }

    /** Receivables of the given open invoices, in any order. */
    static Receivables of(LocalDate asOf, AgeingBuckets buckets, List<OpenInvoice> openInvoices) {
        List<OpenInvoice> sorted = new ArrayList<>(openInvoices);
        sorted.sort(Comparator.comparing(OpenInvoice::id));
        return new Receivables(asOf, buckets, ImmutableList.copyOf(sorted));
    }

    /**
     * The day the receivables were taken.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The ageing buckets used.
     *
     * @return the buckets
     */
    public AgeingBuckets buckets() {
        return buckets;
    }

    /**
     * The open invoices, in invoice-id order.
     *
     * @return the open invoices, possibly empty
     */
    public ImmutableList<OpenInvoice> openInvoices() {
        return openInvoices;
    }

    /**
     * One open invoice.
     *
     * @param invoice the invoice's id, not null
     * @return the open invoice, or empty if the invoice is not open on {@link #asOf()} (paid, dated
     *     later, or not in the ledger)
     */
    public Optional<OpenInvoice> find(EventId invoice) {
        notNull(invoice, "invoice");
        return openInvoices.stream().filter(o -> o.id().equals(invoice)).findFirst();
    }

    /**
     * The currencies of the open invoices, in currency-code order.
     *
     * @return the currencies, empty if nothing is open
     */
    public ImmutableSortedSet<Currency> currencies() {
        return totals.keySet();
    }

    /**
     * The totals of each currency that has open invoices, in currency-code order.
     *
     * @return the totals per currency
     */
    public ImmutableSortedMap<Currency, ReceivableTotals> totals() {
        return totals;
    }

    /**
     * The totals in one currency.
     *
     * @param currency the currency, not null
     * @return the totals; all zero if nothing is open in {@code currency}
     */
    public ReceivableTotals totals(Currency currency) {
        notNull(currency, "currency");
        ReceivableTotals t = totals.get(currency);
        return t != null ? t : ReceivableTotals.of(currency, buckets, List.of());
    }

    /**
     * The total open in one currency (a shortcut for {@code totals(currency).totalOpen()}).
     *
     * @param currency the currency, not null
     * @return zero or more
     */
    public Money totalOpen(Currency currency) {
        return totals(currency).totalOpen();
    }

    /**
     * The overdue total in one currency (a shortcut for {@code totals(currency).overdue()}).
     *
     * @param currency the currency, not null
     * @return zero or more
     */
    public Money overdue(Currency currency) {
        return totals(currency).overdue();
    }

    /**
     * The accounts with open invoices, in id order.
     *
     * @return the accounts
     */
    public ImmutableSortedSet<AccountId> accounts() {
        return openInvoices.stream()
                .map(OpenInvoice::account)
                .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    }

    /**
     * The receivables of one account: its open invoices, with the same date and buckets. To find
     * one account's receivables from the start, {@link Ledger#receivables(AccountId, LocalDate,
     * AgeingBuckets)} gives the same result without ageing every other account's invoices.
     *
     * @param account the account, not null
     * @return the account's receivables; empty if it has nothing open
     */
    public Receivables forAccount(AccountId account) {
        notNull(account, "account");
        return new Receivables(
                asOf,
                buckets,
                openInvoices.stream()
                        .filter(o -> o.account().equals(account))
                        .collect(ImmutableList.toImmutableList()));
    }

    /**
     * All currencies' totals converted to one currency at the rates that apply on {@link #asOf()}
     * (the day the receivables are valued), exact, without rounding.
     *
     * @param target the currency to report in, not null
     * @param rates the host's exchange rates, not null (not asked for {@code target} to itself)
     * @return the converted totals, zero if nothing is open
     * @throws io.github.kamsdk.core.money.MissingExchangeRateException (an {@link
     *     IllegalArgumentException}) if a rate from a currency of the open invoices is not known
     */
    public ReceivableTotals converted(Currency target, ExchangeRates rates) {
        notNull(target, "target");
        notNull(rates, "rates");
        ReceivableTotals sum = ReceivableTotals.of(target, buckets, List.of());
        for (ReceivableTotals t : totals.values()) {
            sum = sum.plus(t.convertedTo(target, rates, asOf));
        }
        return sum;
    }

    /**
     * How the receivables were found, step by step: {@code receivables.asof} (the date and the
     * buckets), one {@code receivables.open} per open invoice (amount, applied, open amount, days
     * past due, bucket), then per currency one {@code receivables.bucket} per bucket, {@code
     * receivables.overdue} and {@code receivables.total}.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        Explanation.Builder why = Explanation.builder();
        why.addStep(Step.of(
                "receivables.asof",
                "Receivables as of {asOf}, aged in {buckets}: {count} open invoices",
                "asOf",
                asOf,
                "buckets",
                buckets.toString(),
                "count",
                openInvoices.size()));
        for (OpenInvoice o : openInvoices) {
            Invoice inv = o.invoice();
            why.addStep(Step.of(
                    "receivables.open",
                    "{invoice} ({account}) of {date}, due {dueDate}: {amount} less {applied} paid = {open} open,"
                            + " {days} days past due, bucket {bucket}",
                    "invoice",
                    inv.id().value(),
                    "account",
                    inv.account().value(),
                    "date",
                    inv.date(),
                    "dueDate",
                    inv.dueDate(),
                    "amount",
                    inv.amount(),
                    "applied",
                    o.applied(),
                    "open",
                    o.openAmount(),
                    "days",
                    o.daysPastDue(),
                    "bucket",
                    o.bucket().label(),
                    "overdue",
                    o.isOverdue()));
        }
        for (ReceivableTotals t : totals.values()) {
            t.byBucket()
                    .forEach((bucket, amount) -> why.addStep(Step.of(
                            "receivables.bucket",
                            "{currency} {bucket} days past due: {amount}",
                            "currency",
                            t.currency(),
                            "bucket",
                            bucket.label(),
                            "amount",
                            amount)));
            why.addStep(Step.of(
                    "receivables.overdue",
                    "{currency} overdue (1 day or more past due): {amount}",
                    "currency",
                    t.currency(),
                    "amount",
                    t.overdue()));
            why.addStep(Step.of(
                    "receivables.total",
                    "{currency} total open: {amount}",
                    "currency",
                    t.currency(),
                    "amount",
                    t.totalOpen()));
        }
        return why.build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Receivables that
                && asOf.equals(that.asOf)
                && buckets.equals(that.buckets)
                && openInvoices.equals(that.openInvoices);
    }

    @Override
    public int hashCode() {
        return asOf.hashCode() * 31 + openInvoices.hashCode();
    }

    /** For example {@code Receivables{2026-04-30, 2 open invoices, {EUR=...}}}. */
    @Override
    public String toString() {
        return "Receivables{" + asOf + ", " + openInvoices.size() + " open invoices, " + totals.values() + "}";
    }
}
