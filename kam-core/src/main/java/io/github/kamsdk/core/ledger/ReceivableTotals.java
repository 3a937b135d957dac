package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableMap;
import io.github.kamsdk.core.money.ExchangeRates;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The totals of open receivables in one currency (R-CRED-3): total open, the part overdue and the
 * total of each ageing bucket, with every bucket listed (zero when empty).
 *
 * <pre>{@code
 * ReceivableTotals eur = receivables.totals(EUR);
 * eur.totalOpen();                          // EUR 1370.00
 * eur.overdue();                            // EUR 370.00 (at least one day past due)
 * eur.byBucket().get(AgeingBucket.between(0, 30)); // EUR 1370.00
 * }</pre>
 *
 * <p>Conservation: the bucket totals add up to {@link #totalOpen()} exactly; {@link #overdue()} is
 * at most {@link #totalOpen()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReceivableTotals {
    private final Currency currency;
    private final Money totalOpen;
    private final Money overdue;
    private final ImmutableMap<AgeingBucket, Money> byBucket;
    private final int openInvoices;

    private ReceivableTotals(
            Currency currency,
            Money totalOpen,
            Money overdue,
            ImmutableMap<AgeingBucket, Money> byBucket,
            int openInvoices) {
        this.currency = currency;
        this.totalOpen = totalOpen;
        this.overdue = overdue;
        this.byBucket = byBucket;
        this.openInvoices = openInvoices;
    }

    /** Totals of the given open invoices, all in {@code currency}. */
    static ReceivableTotals of(Currency currency, AgeingBuckets buckets, Iterable<OpenInvoice> invoices) {
        List<AgeingBucket> list = buckets.buckets();
        Money zero = Money.zero(currency);
        // one sum per bucket, in the buckets' order: an array, not a map, as every invoice adds to one
        Money[] perBucket = new Money[list.size()];
        Arrays.fill(perBucket, zero);
        Money total = zero;
        Money late = zero;
        int count = 0;
        for (OpenInvoice open : invoices) {
            Money amount = open.openAmount();
            total = total.plus(amount);
            if (open.isOverdue()) {
                late = late.plus(amount);
            }
            int i = list.indexOf(open.bucket()); // an open invoice is aged in these buckets
            perBucket[i] = perBucket[i].plus(amount);
            count++;
        }
        ImmutableMap.Builder<AgeingBucket, Money> byBucket = ImmutableMap.builderWithExpectedSize(list.size());
        for (int i = 0; i < perBucket.length; i++) {
            byBucket.put(list.get(i), perBucket[i]);
        }
        return new ReceivableTotals(currency, total, late, byBucket.build(), count);
    }

    /**
     * The currency of every figure.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The sum of the open amounts.
     *
     * @return zero or more
     */
    public Money totalOpen() {
        return totalOpen;
    }

    /**
     * The sum of the open amounts of invoices at least one day past due.
     *
     * @return zero or more, at most {@link #totalOpen()}
     */
    public Money overdue() {
        return overdue;
    }

    /**
     * The open amount in each ageing bucket, every bucket in order, zero when empty.
     *
     * @return the bucket totals, adding up to {@link #totalOpen()}
     */
    public ImmutableMap<AgeingBucket, Money> byBucket() {
        return byBucket;
    }

    /**
     * The open amount in one bucket.
     *
     * @param bucket one of the ageing's buckets, not null
     * @return its total
     * @throws IllegalArgumentException if the bucket is not one of this ageing's
     */
    public Money inBucket(AgeingBucket bucket) {
        notNull(bucket, "bucket");
        Money amount = byBucket.get(bucket);
        argument(amount != null, "bucket %s is not one of the ageing buckets %s", bucket, byBucket.keySet());
        return amount;
    }

    /**
     * How many open invoices the totals cover (for converted totals: of every currency).
     *
     * @return 0 or more
     */
    public int openInvoices() {
        return openInvoices;
    }

    /**
     * These totals converted to another currency at the rates that apply on a date. Conversion is
     * exact (no rounding); each figure is converted separately, which gives the same result as
     * converting invoice by invoice because the factor is the same.
     *
     * @param target the currency to convert to, not null
     * @param rates the exchange rates, not null
     * @param date the date whose rates apply, not null
     * @return the converted totals
     * @throws io.github.kamsdk.core.money.MissingExchangeRateException if no rate is known
     */
    ReceivableTotals convertedTo(Currency target, ExchangeRates rates, LocalDate date) {
        Map<AgeingBucket, Money> perBucket = new LinkedHashMap<>();
        byBucket.forEach((bucket, amount) ->
                perBucket.put(bucket, rates.convert(amount, target, date).result()));
        return new ReceivableTotals(
                target,
                rates.convert(totalOpen, target, date).result(),
                rates.convert(overdue, target, date).result(),
                ImmutableMap.copyOf(perBucket),
                openInvoices);
    }

    /** The sum of two totals in one currency, over the same buckets. */
    ReceivableTotals plus(ReceivableTotals other) {
        Map<AgeingBucket, Money> perBucket = new LinkedHashMap<>(byBucket);
        other.byBucket.forEach((bucket, amount) -> perBucket.merge(bucket, amount, Money::plus));
        return new ReceivableTotals(
                currency,
                totalOpen.plus(other.totalOpen),
                overdue.plus(other.overdue),
                ImmutableMap.copyOf(perBucket),
                openInvoices + other.openInvoices);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReceivableTotals that
                && currency.equals(that.currency)
                && totalOpen.equals(that.totalOpen)
                && overdue.equals(that.overdue)
                && byBucket.equals(that.byBucket)
                && openInvoices == that.openInvoices;
    }

    @Override
    public int hashCode() {
        return totalOpen.hashCode() * 31 + overdue.hashCode();
    }

    /** For example {@code EUR open 1370.00 (overdue 370.00) {0-30=EUR 1370.00, ...}}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " open " + totalOpen + " (overdue " + overdue + ", " + openInvoices
                + " invoices) " + byBucket;
    }
}
