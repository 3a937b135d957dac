package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A guaranteed minimum of variable pay per period (a draw): when the period's earned variable pay
 * falls short of it, the difference is paid as a {@link PayLineKind#DRAW} line.
 *
 * <pre>{@code
 * Draw.recoverable(Money.of("2000.00", "EUR"));    // an advance against later commission
 * Draw.nonRecoverable(Money.of("2000.00", "EUR")); // a guarantee, shortfalls forgiven
 * }</pre>
 *
 * <p>A <b>recoverable</b> draw is an advance: what was paid up to the minimum adds to the manager's
 * draw balance, and later earnings above the minimum pay it back ({@link PayLineKind#DRAW_RECOVERY}
 * lines) until the balance is zero. A <b>non-recoverable</b> draw is a guarantee: nothing is owed.
 * The balance comes in with {@link PayInput.Builder#putDrawBalance} and goes out with {@link
 * PayStatement#drawBalance()}.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Draw {
    private final Money amount;
    private final boolean recoverable;

    private Draw(Money amount, boolean recoverable) {
        notNull(amount, "draw");
        argument(amount.isPositiveOrZero(), "draw must not be negative: %s", amount);
        this.amount = amount;
        this.recoverable = recoverable;
    }

    /**
     * A draw paid back from later earnings.
     *
     * @param perPeriod the minimum per period, not negative, not null
     * @return the draw
     */
    public static Draw recoverable(Money perPeriod) {
        return new Draw(perPeriod, true);
    }

    /**
     * A guaranteed minimum that is never paid back.
     *
     * @param perPeriod the minimum per period, not negative, not null
     * @return the draw
     */
    public static Draw nonRecoverable(Money perPeriod) {
        return new Draw(perPeriod, false);
    }

    /**
     * The minimum variable pay per period.
     *
     * @return the amount
     */
    public Money amount() {
        return amount;
    }

    /**
     * Whether what is paid up to the minimum is paid back from later earnings.
     *
     * @return true if recoverable
     */
    public boolean recoverable() {
        return recoverable;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Draw that && amount.equals(that.amount) && recoverable == that.recoverable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, recoverable);
    }

    @Override
    public String toString() {
        return (recoverable ? "recoverable" : "non-recoverable") + " draw of " + amount;
    }
}
