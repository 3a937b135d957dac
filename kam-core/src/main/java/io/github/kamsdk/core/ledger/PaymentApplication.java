package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The part of a {@link Payment} applied to one invoice.
 *
 * <pre>{@code
 * PaymentApplication.of(EventId.of("INV-1"), Money.of("500.00", "EUR"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentApplication {
    private final EventId invoice;
    private final Money amount;

    private PaymentApplication(EventId invoice, Money amount) {
        this.invoice = invoice;
        this.amount = amount;
    }

    /**
     * An amount applied to an invoice.
     *
     * @param invoice the invoice's id, not null
     * @param amount the amount applied, above zero, not null
     * @return the application
     * @throws IllegalArgumentException if the amount is not above zero
     */
    public static PaymentApplication of(EventId invoice, Money amount) {
        notNull(invoice, "invoice");
        notNull(amount, "amount");
        argument(amount.isPositive(), "amount applied to invoice %s must be above zero: %s", invoice, amount);
        return new PaymentApplication(invoice, amount);
    }

    /**
     * The invoice paid.
     *
     * @return the invoice's id
     */
    public EventId invoice() {
        return invoice;
    }

    /**
     * The amount applied to it.
     *
     * @return above zero
     */
    public Money amount() {
        return amount;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PaymentApplication that && invoice.equals(that.invoice) && amount.equals(that.amount);
    }

    @Override
    public int hashCode() {
        return invoice.hashCode() * 31 + amount.hashCode();
    }

    /** For example {@code INV-1: EUR 500.00}. */
    @Override
    public String toString() {
        return invoice + ": " + amount;
    }
}
