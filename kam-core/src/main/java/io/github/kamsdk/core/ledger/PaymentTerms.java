package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Payment terms negotiated with a client (R-CRED-4): an invoice is due a number of days after it
 * is issued ("net 30"). Net 0 means due on the invoice date (cash on delivery, prepayment).
 *
 * <pre>{@code
 * PaymentTerms.net(30).dueDate(LocalDate.of(2026, 1, 15)); // 2026-02-14
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentTerms {
    /** The longest terms accepted, in days (ten years). */
    public static final int MAX_DAYS = 3650;

    private final int days;

    private PaymentTerms(int days) {
        this.days = days;
    }

    /**
     * Net terms: due a number of days after the invoice date.
     *
     * @param days 0 to {@value #MAX_DAYS}
     * @return the terms
     * @throws IllegalArgumentException if {@code days} is out of range
     */
    public static PaymentTerms net(int days) {
        argument(days >= 0 && days <= MAX_DAYS, "paymentTerms days must be 0 to %s: %s", MAX_DAYS, days);
        return new PaymentTerms(days);
    }

    /**
     * The number of days.
     *
     * @return 0 to {@value #MAX_DAYS}
     */
    public int days() {
        return days;
    }

    /**
     * The due date of an invoice issued on a date.
     *
     * @param invoiceDate the invoice date, not null
     * @return {@code invoiceDate} plus {@link #days()}
     */
    public LocalDate dueDate(LocalDate invoiceDate) {
        return notNull(invoiceDate, "invoiceDate").plusDays(days);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PaymentTerms that && days == that.days;
    }

    @Override
    public int hashCode() {
        return days;
    }

    /** For example {@code net 30}. */
    @Override
    public String toString() {
        return "net " + days;
    }
}
