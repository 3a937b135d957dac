package io.github.kamsdk.core.ledger;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An invoice still open on a date, as {@link Receivables} lists it: what is left to pay, how late
 * it is and its ageing bucket (R-CRED-3).
 *
 * <pre>{@code
 * // INV-1: EUR 870.00 dated 2026-03-05, net 30 (due 2026-04-04), EUR 500.00 paid by 2026-04-30
 * OpenInvoice open = ledger.receivables(LocalDate.of(2026, 4, 30)).openInvoices().get(0);
 * open.openAmount();   // EUR 370.00 = 870.00 - 500.00
 * open.daysPastDue();  // 26 (2026-04-04 to 2026-04-30)
 * open.bucket();       // 0-30
 * open.isOverdue();    // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Equal when the invoice, the date and the figures are
 * equal.
 */
public final class OpenInvoice {
    private final Invoice invoice;
    private final LocalDate asOf;
    private final Money applied;
    private final Money openAmount;
    private final long daysPastDue;
    private final AgeingBucket bucket;

    /** The ledger's open invoice; {@code daysPastDue} is {@code invoice.daysPastDue(asOf)}. */
    OpenInvoice(Invoice invoice, LocalDate asOf, Money applied, long daysPastDue, AgeingBucket bucket) {
        this.invoice = invoice;
        this.asOf = asOf;
        this.applied = applied;
        // totals, weights and explanations all ask for it: worked out once
        this.openAmount = invoice.amount().minus(applied);
        this.daysPastDue = daysPastDue;
        this.bucket = bucket;
    }

    /**
     * The invoice.
     *
     * @return the invoice
     */
    public Invoice invoice() {
        return invoice;
    }

    /**
     * The invoice's id (a shortcut for {@code invoice().id()}).
     *
     * @return the id
     */
    public EventId id() {
        return invoice.id();
    }

    /**
     * The invoice's account (a shortcut for {@code invoice().account()}).
     *
     * @return the account
     */
    public AccountId account() {
        return invoice.account();
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
     * What payments dated on or before {@link #asOf()} applied to the invoice.
     *
     * @return zero or more, below the invoice amount
     */
    public Money applied() {
        return applied;
    }

    /**
     * The invoice amount minus {@link #applied()}.
     *
     * @return above zero, at most the invoice amount
     */
    public Money openAmount() {
        return openAmount;
    }

    /**
     * Days past the due date on {@link #asOf()}: 0 when not yet due.
     *
     * @return 0 or more
     */
    public long daysPastDue() {
        return daysPastDue;
    }

    /**
     * The ageing bucket that holds {@link #daysPastDue()}.
     *
     * @return the bucket
     */
    public AgeingBucket bucket() {
        return bucket;
    }

    /**
     * Whether the invoice is at least one day past due on {@link #asOf()}.
     *
     * @return true if overdue
     */
    public boolean isOverdue() {
        return daysPastDue >= 1;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OpenInvoice that
                && invoice.equals(that.invoice)
                && asOf.equals(that.asOf)
                && applied.equals(that.applied)
                && bucket.equals(that.bucket);
    }

    @Override
    public int hashCode() {
        return invoice.hashCode() * 31 + applied.hashCode();
    }

    /** For example {@code INV-1 open EUR 370.00 of EUR 870.00, 26 days past due (0-30)}. */
    @Override
    public String toString() {
        return invoice.id() + " open " + openAmount + " of " + invoice.amount() + ", " + daysPastDue
                + " days past due (" + bucket + ")";
    }
}
