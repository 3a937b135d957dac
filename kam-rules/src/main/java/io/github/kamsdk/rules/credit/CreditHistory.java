package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * An account's payment record on a day, from the ledger (R-CRED-2): how many invoices were paid on
 * time, how late the others were, what is overdue now, what was written off, and how long the
 * relationship is.
 *
 * <pre>{@code
 * CreditHistory h = CreditHistory.of(ledger, AccountId.of("C-1"), LocalDate.of(2026, 5, 4), Optional.empty());
 * h.onTimeShare();     // Optional[83.33%]: 5 of the 6 invoices settled were paid by their due date
 * h.averageDaysLate(); // OptionalLong: the settled invoices' days late, averaged (half up)
 * h.worstDaysLate();   // the most days late of a settled invoice or an open one
 * }</pre>
 *
 * <p><b>Definitions</b> (events dated on or before the day): an invoice is <i>settled</i> on the
 * date of the payment that completed it; its days late are {@code max(0, settled − due)}; it is on
 * time with 0 days late. An open invoice counts in {@link #worstDaysLate()} with its days past due.
 * The relationship starts with the account's first order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditHistory {
    private final int settled;
    private final int onTime;
    private final long totalDaysLate;
    private final long worstDaysLate;
    private final @Nullable LocalDate firstOrder;
    private final LocalDate asOf;
    private final @Nullable Money writeOffs;

    private CreditHistory(
            int settled,
            int onTime,
            long totalDaysLate,
            long worstDaysLate,
            @Nullable LocalDate firstOrder,
            LocalDate asOf,
            @Nullable Money writeOffs) {
        this.settled = settled;
        this.onTime = onTime;
        this.totalDaysLate = totalDaysLate;
        this.worstDaysLate = worstDaysLate;
        this.firstOrder = firstOrder;
        this.asOf = asOf;
        this.writeOffs = writeOffs;
    }

    /**
     * The record of an account on a day.
     *
     * @param ledger the ledger, not null
     * @param account the account, not null
     * @param asOf the day, not null
     * @param writeOffs what was written off for the account, not null
     * @return the history
     */
    public static CreditHistory of(Ledger ledger, AccountId account, LocalDate asOf, Optional<Money> writeOffs) {
        notNull(ledger, "ledger");
        notNull(account, "account");
        notNull(asOf, "asOf");
        notNull(writeOffs, "writeOffs");
        return from(AccountEvents.read(ledger, account, asOf), writeOffs);
    }

    /**
     * The record from the account's events read once: an invoice dated by the day is open (in the
     * receivables) or settled, on the day of its last payment ({@link AccountEvents#settledOn}).
     */
    static CreditHistory from(AccountEvents events, Optional<Money> writeOffs) {
        List<OpenInvoice> open = events.receivables().openInvoices();
        int next = 0;
        int settled = 0;
        int onTime = 0;
        long total = 0;
        long worst = 0;
        // Both lists are in invoice-id order and the open invoices are some of the invoices, so one
        // walk pairs them.
        for (Invoice inv : events.invoices()) {
            if (next < open.size() && open.get(next).id().equals(inv.id())) {
                worst = Math.max(worst, open.get(next).daysPastDue());
                next++;
                continue;
            }
            long late = Math.max(0, ChronoUnit.DAYS.between(inv.dueDate(), events.settledOn(inv)));
            settled++;
            if (late == 0) {
                onTime++;
            }
            total += late;
            worst = Math.max(worst, late);
        }
        return new CreditHistory(
                settled, onTime, total, worst, events.firstOrder(), events.asOf(), writeOffs.orElse(null));
    }

    /**
     * How many invoices were settled.
     *
     * @return the count
     */
    public int settledInvoices() {
        return settled;
    }

    /**
     * The share of settled invoices paid by their due date.
     *
     * @return the share, or empty when none was settled
     */
    public Optional<Rate> onTimeShare() {
        if (settled == 0) {
            return Optional.empty();
        }
        return Optional.of(Rate.ofFraction(
                BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(settled), 10, RoundingMode.HALF_EVEN)));
    }

    /**
     * The settled invoices' days late, averaged and rounded half up.
     *
     * @return the days, or empty when none was settled
     */
    public OptionalLong averageDaysLate() {
        if (settled == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(BigDecimal.valueOf(totalDaysLate)
                .divide(BigDecimal.valueOf(settled), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /**
     * The most days late of a settled invoice or days past due of an open one.
     *
     * @return the days, 0 or more
     */
    public long worstDaysLate() {
        return worstDaysLate;
    }

    /**
     * What was written off.
     *
     * @return the amount, or empty for none
     */
    public Optional<Money> writeOffs() {
        return Optional.ofNullable(writeOffs);
    }

    /**
     * How long the relationship is: from the first order to the day.
     *
     * @return the days, or empty for an account that never ordered
     */
    public OptionalInt relationshipDays() {
        return firstOrder == null
                ? OptionalInt.empty()
                : OptionalInt.of((int) ChronoUnit.DAYS.between(firstOrder, asOf));
    }

    Step step() {
        return Step.of(
                "credit.history",
                "history as of {asOf}: {settled} invoices settled, {onTime} on time; average {average} and worst {worst}"
                        + " days late; written off {writeOffs}; relationship {days} days",
                "asOf",
                asOf,
                "settled",
                settled,
                "onTime",
                onTime,
                "average",
                averageDaysLate().isPresent() ? String.valueOf(averageDaysLate().getAsLong()) : "no",
                "worst",
                worstDaysLate,
                "writeOffs",
                writeOffs == null ? "nothing" : writeOffs.toString(),
                "days",
                relationshipDays().isPresent()
                        ? String.valueOf(relationshipDays().getAsInt())
                        : "no");
    }

    @Override
    public String toString() {
        return step().text();
    }
}
