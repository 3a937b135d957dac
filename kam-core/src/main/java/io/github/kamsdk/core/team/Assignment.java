package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dated portfolio assignment (R-ROLE-4): an account is in a manager's portfolio from a start date,
 * until an end date or open-ended.
 *
 * <p>Periods are half-open like {@link DateRange}: the assignment covers its start and not its end,
 * {@code [start, end)}, so a hand-over on 1 April is one assignment ending 2026-04-01 and the next
 * starting 2026-04-01, with neither a gap nor an overlap. An open-ended assignment covers every day
 * from its start (its {@link #period()} runs to {@link LocalDate#MAX}, exclusive).
 *
 * <pre>{@code
 * Assignment.of(AccountId.of("C-1"), ManagerId.of("M-2"), DateRange.ofQuarter(2026, 1)); // Q1 only
 * Assignment.from(AccountId.of("C-1"), ManagerId.of("M-3"), LocalDate.of(2026, 4, 1));    // from April on
 * }</pre>
 *
 * <p>The natural order is by account, then start, then end, then manager. This class is immutable
 * and thread-safe. No method accepts null.
 */
public final class Assignment implements Comparable<Assignment> {
    private static final Comparator<Assignment> ORDER = Comparator.comparing(Assignment::account)
            .thenComparing(Assignment::period)
            .thenComparing(Assignment::manager);

    private final AccountId account;
    private final ManagerId manager;
    private final DateRange period;

    private Assignment(AccountId account, ManagerId manager, DateRange period) {
        this.account = account;
        this.manager = manager;
        this.period = period;
    }

    /**
     * The account is assigned to the manager for the period {@code [start, end)}.
     *
     * @param account the account, not null
     * @param manager the manager, not null
     * @param period the days covered, not null
     * @return the assignment
     */
    public static Assignment of(AccountId account, ManagerId manager, DateRange period) {
        notNull(account, "account");
        notNull(manager, "manager");
        notNull(period, "period");
        return new Assignment(account, manager, period);
    }

    /**
     * The account is assigned to the manager from {@code start} on, open-ended.
     *
     * @param account the account, not null
     * @param manager the manager, not null
     * @param start the first day, before {@link LocalDate#MAX}, not null
     * @return the assignment
     */
    public static Assignment from(AccountId account, ManagerId manager, LocalDate start) {
        notNull(account, "account");
        notNull(manager, "manager");
        notNull(start, "start");
        argument(start.isBefore(LocalDate.MAX), "start must be before LocalDate.MAX: %s", start);
        return new Assignment(account, manager, DateRange.of(start, LocalDate.MAX));
    }

    /**
     * The account.
     *
     * @return the account
     */
    public AccountId account() {
        return account;
    }

    /**
     * The manager whose portfolio holds the account.
     *
     * @return the manager
     */
    public ManagerId manager() {
        return manager;
    }

    /**
     * The days covered, {@code [start, end)}; an open-ended assignment ends at {@link LocalDate#MAX}.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * The first day.
     *
     * @return the start
     */
    public LocalDate start() {
        return period.start();
    }

    /**
     * The day the assignment ends (excluded), if it ends.
     *
     * @return the exclusive end, or empty if open-ended
     */
    public Optional<LocalDate> end() {
        return isOpenEnded() ? Optional.empty() : Optional.of(period.endExclusive());
    }

    /**
     * Whether the assignment has no end.
     *
     * @return true if open-ended
     */
    public boolean isOpenEnded() {
        return period.endExclusive().equals(LocalDate.MAX);
    }

    /**
     * Whether the assignment covers the day.
     *
     * @param date the day, not null
     * @return {@code start <= date < end}
     */
    public boolean covers(LocalDate date) {
        return period.contains(notNull(date, "date"));
    }

    /** The period as text: {@code "[2026-01-01, 2026-04-01)"} or {@code "[2026-04-01, open)"}. */
    String periodText() {
        return isOpenEnded() ? "[" + start() + ", open)" : period.toString();
    }

    /**
     * Orders by account, then period (start, then end), then manager.
     *
     * @param other the assignment to compare with, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Assignment other) {
        return ORDER.compare(this, notNull(other, "other"));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Assignment that
                && account.equals(that.account)
                && manager.equals(that.manager)
                && period.equals(that.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, manager, period);
    }

    /** E.g. {@code "C-1 -> M-2 [2026-01-01, 2026-04-01)"} or {@code "C-1 -> M-3 [2026-04-01, open)"}. */
    @Override
    public String toString() {
        return account + " -> " + manager + " " + periodText();
    }
}
