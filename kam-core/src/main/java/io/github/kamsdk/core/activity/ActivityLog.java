package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The activities of a sales team with its accounts, in a fixed order, with the queries that contact
 * planning (R-ACC-4) and the activity KPIs (R-KPI-4: number of calls and meetings) need.
 *
 * <pre>{@code
 * ActivityLog log = ActivityLog.of(activities);                 // any order
 * log.lastContactDate(AccountId.of("C-1"));                     // e.g. 2026-02-25
 * log.ofManager(ManagerId.of("M-7")).within(DateRange.ofMonth(2026, 2)).countsByKind();
 * // {CALL=12, VISIT=3, MEETING=1, COMPLAINT=0}
 * log.openComplaintsAt(LocalDateTime.of(2026, 3, 1, 0, 0));
 * }</pre>
 *
 * <p><b>Order.</b> {@link #activities()} and every list a query returns are in {@link #ORDER}: by
 * time, then account, manager, kind (in {@link ActivityKind}'s order), then subject and resolution
 * time (absent first). Equal activities are all kept: the log is a list of what happened, and two
 * identical calls in the same minute count twice. Results do not depend on the order of the input.
 *
 * <p><b>Days.</b> Queries by period or by day use the day of {@link Activity#when()}; a complaint
 * belongs to the day it was opened.
 *
 * <p>The filters ({@link #within}, {@link #ofAccount}, {@link #ofManager}) return logs, so queries
 * compose. This class is immutable and thread-safe. No method accepts null.
 */
public final class ActivityLog {
    /**
     * The order of a log: by time, then account, manager, kind, subject (absent first) and
     * resolution time (absent first). Two activities are equal under it exactly when they are
     * {@linkplain Activity#equals equal}.
     */
    public static final Comparator<Activity> ORDER = Comparator.comparing(Activity::when)
            .thenComparing(Activity::account)
            .thenComparing(Activity::manager)
            .thenComparing(Activity::kind)
            .thenComparing(a -> a.subject().orElse(null), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(
                    a -> a.resolvedAt().orElse(null), Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()));

    private static final ActivityLog EMPTY = new ActivityLog(ImmutableList.of());

    private final ImmutableList<Activity> activities;

    private ActivityLog(ImmutableList<Activity> sorted) {
        this.activities = sorted;
    }

    /**
     * A log of the activities, in any order.
     *
     * @param activities the activities, not null, no null element
     * @return the log, sorted by {@link #ORDER}
     */
    public static ActivityLog of(Collection<Activity> activities) {
        notNull(activities, "activities");
        List<Activity> sorted = new ArrayList<>(activities.size());
        int i = 0;
        for (@Nullable Activity activity : activities) {
            sorted.add(notNull(activity, "activities[" + i++ + "]"));
        }
        sorted.sort(ORDER);
        return new ActivityLog(ImmutableList.copyOf(sorted));
    }

    /**
     * A log of the activities, in any order.
     *
     * @param activities the activities, not null, no null element
     * @return the log, sorted by {@link #ORDER}
     */
    public static ActivityLog of(Activity... activities) {
        notNull(activities, "activities");
        return of(java.util.Arrays.asList(activities));
    }

    /**
     * The log without activity.
     *
     * @return the empty log
     */
    public static ActivityLog empty() {
        return EMPTY;
    }

    /**
     * Every activity, in {@link #ORDER}.
     *
     * @return the activities
     */
    public ImmutableList<Activity> activities() {
        return activities;
    }

    /**
     * The number of activities.
     *
     * @return at least 0
     */
    public int size() {
        return activities.size();
    }

    /**
     * Whether the log holds no activity.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return activities.isEmpty();
    }

    /**
     * This log and another's activities together.
     *
     * @param other the other log, not null
     * @return a log of both logs' activities (equal ones are all kept)
     */
    public ActivityLog plus(ActivityLog other) {
        notNull(other, "other");
        List<Activity> both = new ArrayList<>(activities);
        both.addAll(other.activities);
        both.sort(ORDER);
        return new ActivityLog(ImmutableList.copyOf(both));
    }

    /**
     * The activities whose day lies in the period.
     *
     * @param period the period, not null
     * @return the sub-log
     */
    public ActivityLog within(DateRange period) {
        notNull(period, "period");
        return filter(a -> period.contains(a.date()));
    }

    /**
     * The activities that took place before a day (on earlier days): what was known when planning
     * a week that starts on {@code day}.
     *
     * @param day the first day left out, not null
     * @return the sub-log
     */
    public ActivityLog before(LocalDate day) {
        notNull(day, "day");
        return filter(a -> a.date().isBefore(day));
    }

    /**
     * The activities with an account.
     *
     * @param account the account, not null
     * @return the sub-log
     */
    public ActivityLog ofAccount(AccountId account) {
        notNull(account, "account");
        return filter(a -> a.account().equals(account));
    }

    /**
     * The activities of a manager.
     *
     * @param manager the manager, not null
     * @return the sub-log
     */
    public ActivityLog ofManager(ManagerId manager) {
        notNull(manager, "manager");
        return filter(a -> a.manager().equals(manager));
    }

    /**
     * The activities of a kind.
     *
     * @param kind the kind, not null
     * @return the sub-log
     */
    public ActivityLog ofKind(ActivityKind kind) {
        notNull(kind, "kind");
        return filter(a -> a.kind() == kind);
    }

    /**
     * The activities with an account whose day lies in the period.
     *
     * @param account the account, not null
     * @param period the period, not null
     * @return the activities, in {@link #ORDER}
     */
    public ImmutableList<Activity> activitiesOf(AccountId account, DateRange period) {
        return ofAccount(account).within(period).activities;
    }

    /**
     * The activities of a manager whose day lies in the period.
     *
     * @param manager the manager, not null
     * @param period the period, not null
     * @return the activities, in {@link #ORDER}
     */
    public ImmutableList<Activity> activitiesOf(ManagerId manager, DateRange period) {
        return ofManager(manager).within(period).activities;
    }

    /**
     * The accounts that have at least one activity.
     *
     * @return the accounts, in id order
     */
    public ImmutableSortedSet<AccountId> accounts() {
        return activities.stream()
                .map(Activity::account)
                .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    }

    /**
     * The managers that have at least one activity.
     *
     * @return the managers, in id order
     */
    public ImmutableSortedSet<ManagerId> managers() {
        return activities.stream()
                .map(Activity::manager)
                .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    }

    /**
     * The number of activities of a kind.
     *
     * @param kind the kind, not null
     * @return at least 0
     */
    public int count(ActivityKind kind) {
        notNull(kind, "kind");
        int n = 0;
        for (Activity a : activities) {
            if (a.kind() == kind) {
                n++;
            }
        }
        return n;
    }

    /**
     * The number of contacts (calls, visits and meetings).
     *
     * @return at least 0
     */
    public int contactCount() {
        return size() - count(ActivityKind.COMPLAINT);
    }

    /**
     * The number of activities of every kind, zeros included.
     *
     * @return one entry per {@link ActivityKind}, in the enum's order
     */
    public ImmutableMap<ActivityKind, Integer> countsByKind() {
        EnumMap<ActivityKind, Integer> counts = new EnumMap<>(ActivityKind.class);
        for (ActivityKind kind : ActivityKind.values()) {
            counts.put(kind, 0);
        }
        for (Activity a : activities) {
            counts.merge(a.kind(), 1, Integer::sum);
        }
        return Maps.immutableEnumMap(counts);
    }

    /**
     * The day of the latest contact (call, visit or meeting) with an account.
     *
     * @param account the account, not null
     * @return the day, or empty if the log holds no contact with it
     */
    public Optional<LocalDate> lastContactDate(AccountId account) {
        notNull(account, "account");
        return last(a -> a.isContact() && a.account().equals(account));
    }

    /**
     * The day of the latest contact of a kind with an account: the last visit, say, for a cadence
     * of visits.
     *
     * @param account the account, not null
     * @param kind a contact kind ({@link ActivityKind#isContact()}), not null
     * @return the day, or empty if the log holds no such contact
     */
    public Optional<LocalDate> lastContactDate(AccountId account, ActivityKind kind) {
        notNull(account, "account");
        requireContactKind(kind);
        return last(a -> a.kind() == kind && a.account().equals(account));
    }

    /**
     * The day of the latest contact (call, visit or meeting) with each account the log has a
     * contact with. Accounts with complaints only are not listed.
     *
     * @return the days by account, in id order
     */
    public ImmutableSortedMap<AccountId, LocalDate> lastContactDates() {
        return lastDates(Activity::isContact);
    }

    /**
     * The day of the latest contact of a kind with each account the log has such a contact with.
     *
     * @param kind a contact kind ({@link ActivityKind#isContact()}), not null
     * @return the days by account, in id order
     */
    public ImmutableSortedMap<AccountId, LocalDate> lastContactDates(ActivityKind kind) {
        requireContactKind(kind);
        return lastDates(a -> a.kind() == kind);
    }

    /**
     * The complaints open at a time (see {@link Activity#isOpenAt}).
     *
     * @param time the time, not null
     * @return the open complaints, in {@link #ORDER}
     */
    public ImmutableList<Activity> openComplaintsAt(LocalDateTime time) {
        notNull(time, "time");
        return filter(a -> a.isOpenAt(time)).activities;
    }

    private static void requireContactKind(@Nullable ActivityKind kind) {
        notNull(kind, "kind");
        argument(kind.isContact(), "kind must be a contact kind (CALL, VISIT or MEETING), not %s", kind);
    }

    private ActivityLog filter(Predicate<Activity> keep) {
        ImmutableList.Builder<Activity> kept = ImmutableList.builder();
        for (Activity a : activities) {
            if (keep.test(a)) {
                kept.add(a);
            }
        }
        return new ActivityLog(kept.build());
    }

    private Optional<LocalDate> last(Predicate<Activity> match) {
        for (Activity a : activities.reverse()) {
            if (match.test(a)) {
                return Optional.of(a.date());
            }
        }
        return Optional.empty();
    }

    private ImmutableSortedMap<AccountId, LocalDate> lastDates(Predicate<Activity> match) {
        TreeMap<AccountId, LocalDate> last = new TreeMap<>();
        for (Activity a : activities) {
            if (match.test(a)) {
                last.put(a.account(), a.date()); // in time order, so the latest wins
            }
        }
        return ImmutableSortedMap.copyOfSorted(last);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ActivityLog that && activities.equals(that.activities);
    }

    @Override
    public int hashCode() {
        return activities.hashCode();
    }

    /** E.g. {@code "ActivityLog of 42 activities"}. */
    @Override
    public String toString() {
        return "ActivityLog of " + activities.size() + " activities";
    }
}
