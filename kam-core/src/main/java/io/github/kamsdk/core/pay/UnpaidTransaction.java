package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.team.ManagerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A transaction that earned a manager nothing, and why: statements list them so that nothing is
 * dropped silently.
 *
 * <pre>{@code
 * UnpaidTransaction u = statement.unpaid().get(0);
 * u.transaction(); // SO-9
 * u.reason();      // NOT_ELIGIBLE
 * u.detail();      // "group FREIGHT is excluded"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnpaidTransaction {
    private final EventId transaction;
    private final LocalDate date;
    private final ManagerId manager;
    private final @Nullable ComponentId component;
    private final UnpaidReason reason;
    private final String detail;

    private UnpaidTransaction(
            EventId transaction,
            LocalDate date,
            ManagerId manager,
            @Nullable ComponentId component,
            UnpaidReason reason,
            String detail) {
        this.transaction = transaction;
        this.date = date;
        this.manager = manager;
        this.component = component;
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * An unpaid transaction.
     *
     * @param transaction the transaction, not null
     * @param date its date, not null
     * @param manager the manager it credits, not null
     * @param component the component that did not count it, or empty when none was involved, not
     *     null
     * @param reason why, not null
     * @param detail the reason in words, not null
     * @return the value
     */
    public static UnpaidTransaction of(
            EventId transaction,
            LocalDate date,
            ManagerId manager,
            Optional<ComponentId> component,
            UnpaidReason reason,
            String detail) {
        return new UnpaidTransaction(
                notNull(transaction, "transaction"),
                notNull(date, "date"),
                notNull(manager, "manager"),
                notNull(component, "component").orElse(null),
                notNull(reason, "reason"),
                notNull(detail, "detail"));
    }

    /**
     * The transaction.
     *
     * @return its id
     */
    public EventId transaction() {
        return transaction;
    }

    /**
     * Its date.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The manager it credits.
     *
     * @return the manager
     */
    public ManagerId manager() {
        return manager;
    }

    /**
     * The component that did not count it, when one was involved.
     *
     * @return the component, or empty
     */
    public Optional<ComponentId> component() {
        return Optional.ofNullable(component);
    }

    /**
     * Why it earned nothing.
     *
     * @return the reason
     */
    public UnpaidReason reason() {
        return reason;
    }

    /**
     * The reason in words.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof UnpaidTransaction that
                && transaction.equals(that.transaction)
                && date.equals(that.date)
                && manager.equals(that.manager)
                && Objects.equals(component, that.component)
                && reason == that.reason
                && detail.equals(that.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transaction, date, manager, component, reason, detail);
    }

    @Override
    public String toString() {
        return transaction + " (" + date + ", " + manager + "): " + reason + ", " + detail;
    }
}
