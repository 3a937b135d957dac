package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A return or a refusal of (part of) an order, with its reason (R-KPI-7, 004 §2.11): the value the
 * client did not keep, and what those goods cost, so that revenue and margin can be reduced.
 *
 * <pre>{@code
 * Reversal r = Reversal.builder()
 *     .reversalKind(ReversalKind.RETURN)
 *     .id(EventId.of("RET-1"))
 *     .account(AccountId.of("C-1"))
 *     .credits(Credits.solely(ManagerId.of("M-7")))
 *     .date(LocalDate.of(2026, 3, 20))
 *     .order(EventId.of("SO-1"))
 *     .value(Money.of("250.00", "EUR"))
 *     .cost(Money.of("180.00", "EUR"))
 *     .reason("damaged in transit")
 *     .build();
 * r.margin(); // EUR 70.00, the margin taken back
 * }</pre>
 *
 * <p><b>Consistency rules</b>, checked by {@link Builder#build()}, each failure an {@link
 * IllegalArgumentException} naming the reversal and the value: the value is above zero; the cost
 * is not negative and in the value's currency; the reason is not blank and at most {@value
 * #MAX_REASON_LENGTH} characters. That the order exists, belongs to the same account and is not
 * reversed beyond its amount is checked where events are brought together.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
@Value.Immutable
public abstract non-sealed class Reversal implements CommercialEvent {
    /** The longest reason accepted, in characters. */
    public static final int MAX_REASON_LENGTH = 1000;

    Reversal() {}

    /**
     * A builder: every attribute except {@code invoice} and {@code cost} (zero) is required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return or refusal.
     *
     * @return the kind of reversal
     */
    public abstract ReversalKind reversalKind();

    @Override
    public abstract EventId id();

    @Override
    public abstract AccountId account();

    @Override
    public abstract Credits credits();

    /** The day the goods came back or were refused. */
    @Override
    public abstract LocalDate date();

    /**
     * The order whose goods came back.
     *
     * @return the order's id
     */
    public abstract EventId order();

    /**
     * The invoice that billed them, if they were invoiced.
     *
     * @return the invoice's id, or empty
     */
    public abstract Optional<EventId> invoice();

    /**
     * The value of the goods returned or refused, at the order's net prices.
     *
     * @return above zero
     */
    public abstract Money value();

    /**
     * What those goods cost the company.
     *
     * @return not negative; zero by default
     */
    @Value.Default
    public Money cost() {
        return Money.zero(value().currency());
    }

    /**
     * Why the client returned or refused the goods.
     *
     * @return the reason
     */
    public abstract String reason();

    /**
     * Value minus cost: the margin taken back; may be negative.
     *
     * @return the margin
     */
    public Money margin() {
        return value().minus(cost());
    }

    /** The value's currency. */
    @Override
    public Currency currency() {
        return value().currency();
    }

    /** {@link EventKind#RETURN} or {@link EventKind#REFUSAL}. */
    @Override
    public EventKind kind() {
        return reversalKind().eventKind();
    }

    @Value.Check
    void check() {
        argument(value().isPositive(), "value of reversal %s must be above zero: %s", id(), value());
        argument(cost().isPositiveOrZero(), "cost of reversal %s must not be negative: %s", id(), cost());
        argument(
                cost().isSameCurrency(value()),
                "cost of reversal %s must be in the value's currency %s: %s",
                id(),
                value().currency(),
                cost());
        argument(!reason().isBlank(), "reason of reversal %s must not be blank: '%s'", id(), reason());
        argument(
                reason().length() <= MAX_REASON_LENGTH,
                "reason of reversal %s must be at most %s characters, got %s",
                id(),
                MAX_REASON_LENGTH,
                reason().length());
    }

    /**
     * Builds a {@link Reversal}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute; {@link #build()} checks the consistency rules. A builder is not
     * thread-safe.
     */
    public static final class Builder extends ImmutableReversal.Builder {
        Builder() {}
    }
}
