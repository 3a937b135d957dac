package io.github.kamsdk.core.team;

import io.github.kamsdk.core.team.CapacityLimit.Counts;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A manager whose portfolio on a date is outside their role's {@link CapacityLimit}: more counted
 * accounts than the maximum ({@link Kind#OVER}), or fewer than the minimum ({@link Kind#UNDER}).
 * Found by {@link SalesTeam#capacityBreaches}.
 *
 * <pre>{@code
 * breach.message(); // "M-3 (JUNIOR_KAM) holds 4 key accounts on 2026-03-01, over the maximum of 3"
 * }</pre>
 *
 * <p>The natural order is by manager, then date, then kind (OVER first). This class is immutable and
 * thread-safe.
 */
public final class CapacityBreach implements Comparable<CapacityBreach> {
    private static final Comparator<CapacityBreach> ORDER = Comparator.comparing(CapacityBreach::manager)
            .thenComparing(CapacityBreach::date)
            .thenComparing(CapacityBreach::kind);

    /** Which bound is breached. */
    public enum Kind {
        /** More counted accounts than the maximum: the manager is overloaded. */
        OVER,
        /**
         * Fewer counted accounts than the minimum: the manager has spare capacity. Hosts that only
         * care about overload can ignore this kind.
         */
        UNDER
    }

    private final ManagerId manager;
    private final Role role;
    private final LocalDate date;
    private final Counts counts;
    private final int count;
    private final int limit;
    private final Kind kind;

    CapacityBreach(ManagerId manager, Role role, LocalDate date, Counts counts, int count, int limit, Kind kind) {
        this.manager = manager;
        this.role = role;
        this.date = date;
        this.counts = counts;
        this.count = count;
        this.limit = limit;
        this.kind = kind;
    }

    /**
     * The manager.
     *
     * @return the manager's id
     */
    public ManagerId manager() {
        return manager;
    }

    /**
     * The manager's role, whose limit is breached.
     *
     * @return the role
     */
    public Role role() {
        return role;
    }

    /**
     * The day checked.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Which accounts were counted.
     *
     * @return key accounts or all accounts
     */
    public Counts counts() {
        return counts;
    }

    /**
     * The number of counted accounts in the portfolio on the date.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * The bound breached: the maximum for {@link Kind#OVER}, the minimum for {@link Kind#UNDER}.
     *
     * @return the bound
     */
    public int limit() {
        return limit;
    }

    /**
     * Over the maximum or under the minimum.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * A readable sentence, e.g. {@code "M-3 (JUNIOR_KAM) holds 4 key accounts on 2026-03-01, over
     * the maximum of 3"} or {@code "M-5 (SALES_MANAGER) holds 8 accounts on 2026-03-01, under the
     * minimum of 10"}.
     *
     * @return the message
     */
    public String message() {
        return manager + " (" + role + ") holds " + count + (counts == Counts.KEY_ACCOUNTS ? " key" : "")
                + (count == 1 ? " account" : " accounts") + " on " + date
                + (kind == Kind.OVER ? ", over the maximum of " : ", under the minimum of ") + limit;
    }

    /**
     * Orders by manager, then date, then kind.
     *
     * @param other the breach to compare with, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(CapacityBreach other) {
        return ORDER.compare(this, io.github.kamsdk.core.internal.Checks.notNull(other, "other"));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CapacityBreach that
                && manager.equals(that.manager)
                && role == that.role
                && date.equals(that.date)
                && counts == that.counts
                && count == that.count
                && limit == that.limit
                && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(manager, role, date, counts, count, limit, kind);
    }

    /** The {@link #message()}. */
    @Override
    public String toString() {
        return message();
    }
}
