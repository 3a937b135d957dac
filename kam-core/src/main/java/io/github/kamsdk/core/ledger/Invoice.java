package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An invoice to a client: it becomes a receivable, due on {@link #dueDate()}, until payments
 * settle it (R-CRED-3, R-CRED-4).
 *
 * <pre>{@code
 * Invoice invoice = Invoice.builder()
 *     .id(EventId.of("INV-1"))
 *     .account(AccountId.of("C-1"))
 *     .credits(Credits.solely(ManagerId.of("M-7")))
 *     .date(LocalDate.of(2026, 3, 5))
 *     .amount(Money.of("870.00", "EUR"))
 *     .paymentTerms(PaymentTerms.net(30))
 *     .order(EventId.of("SO-1"))
 *     .build();
 * invoice.dueDate(); // 2026-04-04
 * }</pre>
 *
 * <p>The due date follows from the payment terms (net 0 when none are given) unless the host sets
 * it explicitly, as ERPs with end-of-month terms do.
 *
 * <p><b>Consistency rules</b>, checked by {@link Builder#build()}, each failure an {@link
 * IllegalArgumentException} naming the invoice and the value: the amount is above zero (a credit
 * note is a {@link Reversal}); the due date is not before the invoice date; a cost, when given, is
 * not negative and in the amount's currency.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
@Value.Immutable
public abstract non-sealed class Invoice implements CommercialEvent {
    Invoice() {}

    /**
     * A builder: id, account, credits, date and amount are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract EventId id();

    @Override
    public abstract AccountId account();

    @Override
    public abstract Credits credits();

    /** The day the invoice was issued. */
    @Override
    public abstract LocalDate date();

    /**
     * The invoiced amount, tax included as the host bills it.
     *
     * @return above zero
     */
    public abstract Money amount();

    /**
     * What the invoiced goods cost the company, if the host knows it (for margin-based figures).
     *
     * @return the cost, or empty
     */
    public abstract Optional<Money> cost();

    /**
     * The order this invoice bills, if any.
     *
     * @return the order's id, or empty
     */
    public abstract Optional<EventId> order();

    /**
     * The payment terms.
     *
     * @return the terms; net 0 by default
     */
    @Value.Default
    public PaymentTerms paymentTerms() {
        return PaymentTerms.net(0);
    }

    /**
     * The day the invoice is due: by default the invoice date plus the payment terms; a payment
     * on this day is on time, the day after it is one day late.
     *
     * @return the due date
     */
    @Value.Default
    public LocalDate dueDate() {
        return paymentTerms().dueDate(date());
    }

    /** The amount's currency. */
    @Override
    public Currency currency() {
        return amount().currency();
    }

    /** Always {@link EventKind#INVOICE}. */
    @Override
    public EventKind kind() {
        return EventKind.INVOICE;
    }

    /**
     * How many days past due the invoice is on a date, if it is still open then.
     *
     * @param asOf the day, not null
     * @return 0 on or before the due date, else the days since it
     */
    public long daysPastDue(LocalDate asOf) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                dueDate(), io.github.kamsdk.core.internal.Checks.notNull(asOf, "asOf"));
        return Math.max(0, days);
    }

    @Value.Check
    void check() {
        argument(amount().isPositive(), "amount of invoice %s must be above zero: %s", id(), amount());
        argument(
                !dueDate().isBefore(date()),
                "dueDate of invoice %s must not be before its date %s: %s",
                id(),
                date(),
                dueDate());
        cost().ifPresent(c -> {
            argument(c.isPositiveOrZero(), "cost of invoice %s must not be negative: %s", id(), c);
            argument(
                    c.isSameCurrency(amount()),
                    "cost of invoice %s must be in the amount's currency %s: %s",
                    id(),
                    amount().currency(),
                    c);
        });
    }

    /**
     * Builds an {@link Invoice}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute; {@link #build()} checks the consistency rules. A builder is not
     * thread-safe.
     */
    public static final class Builder extends ImmutableInvoice.Builder {
        Builder() {}
    }
}
