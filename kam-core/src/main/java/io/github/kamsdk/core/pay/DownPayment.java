package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The host's statement that part of a payment not applied to any invoice (an advance) is a down
 * payment on an order, so that a {@link CreditingBasis#COLLECTED} plan credits it pro rata when it
 * is paid, not only when the order is invoiced.
 *
 * <pre>{@code
 * DownPayment.of(EventId.of("PAY-7"), EventId.of("SO-3"), Money.of("3000.00", "EUR"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class DownPayment {
    private final EventId payment;
    private final EventId order;
    private final Money amount;

    private DownPayment(EventId payment, EventId order, Money amount) {
        this.payment = payment;
        this.order = order;
        this.amount = amount;
    }

    /**
     * A down payment.
     *
     * @param payment the payment, not null
     * @param order the order it pays in advance, not null
     * @param amount the part of the payment's unapplied amount, above zero, not null
     * @return the down payment
     */
    public static DownPayment of(EventId payment, EventId order, Money amount) {
        notNull(payment, "payment");
        notNull(order, "order");
        notNull(amount, "amount");
        argument(amount.isPositive(), "amount must be above zero: %s (down payment %s on %s)", amount, payment, order);
        return new DownPayment(payment, order, amount);
    }

    /**
     * The payment.
     *
     * @return the payment's id
     */
    public EventId payment() {
        return payment;
    }

    /**
     * The order paid in advance.
     *
     * @return the order's id
     */
    public EventId order() {
        return order;
    }

    /**
     * How much of the payment goes to the order.
     *
     * @return the amount
     */
    public Money amount() {
        return amount;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DownPayment that
                && payment.equals(that.payment)
                && order.equals(that.order)
                && amount.equals(that.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payment, order, amount);
    }

    @Override
    public String toString() {
        return "down payment " + payment + " of " + amount + " on " + order;
    }
}
