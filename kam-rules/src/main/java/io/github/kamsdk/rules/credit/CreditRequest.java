package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An order to judge for credit: the account, the day, the order's amount, whether it is prepaid, and
 * goods delivered but not yet billed that the ledger does not show.
 *
 * <pre>{@code
 * CreditRequest request = CreditRequest.builder()
 *     .account(AccountId.of("C-1"))
 *     .date(LocalDate.of(2026, 5, 4))
 *     .orderAmount(Money.of("12000.00", "EUR"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CreditRequest {
    CreditRequest() {}

    /**
     * A builder: account, date and order amount are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The order's id, if it has one yet.
     *
     * @return the id, or empty
     */
    public abstract Optional<EventId> order();

    /**
     * The account.
     *
     * @return the account
     */
    public abstract AccountId account();

    /**
     * The day of the decision: the ledger is read as of this day.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * The new order's amount.
     *
     * @return not negative
     */
    public abstract Money orderAmount();

    /**
     * Whether the client pays before delivery: no credit is given, so the limit does not apply.
     *
     * @return false by default
     */
    @Value.Default
    public boolean prepaid() {
        return false;
    }

    /**
     * Goods delivered but not billed that are not among the ledger's orders (delivery notes the host
     * tracks elsewhere).
     *
     * @return not negative; zero by default
     */
    @Value.Default
    public Money deliveredUnbilled() {
        return Money.zero(orderAmount().currency());
    }

    @Value.Check
    void check() {
        argument(orderAmount().isPositiveOrZero(), "orderAmount must not be negative: %s", orderAmount());
        argument(
                deliveredUnbilled().isSameCurrency(orderAmount())
                        && deliveredUnbilled().isPositiveOrZero(),
                "deliveredUnbilled must be zero or more in %s: %s",
                orderAmount().currency().getCurrencyCode(),
                deliveredUnbilled());
    }

    /**
     * Builds a {@link CreditRequest}; a null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableCreditRequest.Builder {
        Builder() {}
    }
}
