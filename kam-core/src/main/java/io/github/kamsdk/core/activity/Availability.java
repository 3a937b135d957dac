package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.team.ManagerId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How many contact slots each manager has on each day: a weekly pattern per manager, with
 * exceptions for particular dates (a day off, a trade fair, a bank holiday).
 *
 * <pre>{@code
 * Availability availability = Availability.builder()
 *     .weekdays(ManagerId.of("M-7"), 4)                        // 4 slots Monday to Friday
 *     .weekly(ManagerId.of("M-7"), DayOfWeek.FRIDAY, 2)        // ... but 2 on Fridays
 *     .onDate(ManagerId.of("M-7"), LocalDate.of(2026, 3, 4), 0) // and none on 4 March
 *     .build();
 * availability.slots(ManagerId.of("M-7"), LocalDate.of(2026, 3, 6)); // 2
 * }</pre>
 *
 * <p><b>Rule.</b> A manager's slots on a date are the slots given for that date if any, else the
 * slots given for its day of the week if any, else none: a manager the availability does not
 * mention has no slot at all, and gets no contact. A contact takes one slot, or the planner's
 * {@linkplain ContactPlanner.Builder#slotCost slot cost} of its kind. Slots on days that are not
 * working days of the planner are ignored.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Availability {
    /** The most slots a manager may have on one day. */
    public static final int MAX_SLOTS_PER_DAY = 1000;

    private static final Availability NONE = builder().build();

    private final ImmutableSortedMap<ManagerId, ImmutableSortedMap<DayOfWeek, Integer>> weekly;
    private final ImmutableSortedMap<ManagerId, ImmutableSortedMap<LocalDate, Integer>> dated;

    private Availability(
            ImmutableSortedMap<ManagerId, ImmutableSortedMap<DayOfWeek, Integer>> weekly,
            ImmutableSortedMap<ManagerId, ImmutableSortedMap<LocalDate, Integer>> dated) {
        this.weekly = weekly;
        this.dated = dated;
    }

    /**
     * A builder; every manager starts without any slot.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The availability in which nobody has a slot.
     *
     * @return the empty availability
     */
    public static Availability none() {
        return NONE;
    }

    /**
     * A manager's slots on a date (see the class's rule).
     *
     * @param manager the manager, not null
     * @param date the date, not null
     * @return 0 to {@value #MAX_SLOTS_PER_DAY}
     */
    public int slots(ManagerId manager, LocalDate date) {
        notNull(manager, "manager");
        notNull(date, "date");
        ImmutableSortedMap<LocalDate, Integer> onDates = dated.get(manager);
        if (onDates != null && onDates.containsKey(date)) {
            return onDates.get(date);
        }
        ImmutableSortedMap<DayOfWeek, Integer> pattern = weekly.get(manager);
        if (pattern != null && pattern.containsKey(date.getDayOfWeek())) {
            return pattern.get(date.getDayOfWeek());
        }
        return 0;
    }

    /**
     * The managers the availability mentions (with a weekly pattern or a date), even with zero
     * slots.
     *
     * @return the managers, in id order
     */
    public ImmutableSortedSet<ManagerId> managers() {
        return ImmutableSortedSet.<ManagerId>naturalOrder()
                .addAll(weekly.keySet())
                .addAll(dated.keySet())
                .build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Availability that && weekly.equals(that.weekly) && dated.equals(that.dated);
    }

    @Override
    public int hashCode() {
        return 31 * weekly.hashCode() + dated.hashCode();
    }

    /** E.g. {@code "Availability{weekly={M-7={MONDAY=4, ...}}, dated={M-7={2026-03-04=0}}}"}. */
    @Override
    public String toString() {
        return "Availability{weekly=" + weekly + ", dated=" + dated + "}";
    }

    /**
     * Builds an {@link Availability}. A null argument, negative or too many slots, or slots given
     * twice for the same manager and day fail with an {@link IllegalArgumentException} naming them.
     * A builder is not thread-safe.
     */
    public static final class Builder {
        private final Map<ManagerId, Map<DayOfWeek, Integer>> weekly = new TreeMap<>();
        private final Map<ManagerId, Map<LocalDate, Integer>> dated = new TreeMap<>();

        private Builder() {}

        /**
         * Sets a manager's slots on every {@code day} of the week.
         *
         * @param manager the manager, not null
         * @param day the day of the week, not given before for this manager, not null
         * @param slots 0 to {@value #MAX_SLOTS_PER_DAY}
         * @return this builder
         */
        public Builder weekly(ManagerId manager, DayOfWeek day, int slots) {
            notNull(manager, "manager");
            notNull(day, "day");
            checkSlots(slots, manager, day);
            Map<DayOfWeek, Integer> pattern = weekly.getOrDefault(manager, Map.of());
            argument(
                    !pattern.containsKey(day),
                    "slots of manager %s on %s are set already: %s (then %s)",
                    manager,
                    day,
                    pattern.get(day),
                    slots);
            weekly.computeIfAbsent(manager, m -> new EnumMap<>(DayOfWeek.class)).put(day, slots);
            return this;
        }

        /**
         * Sets a manager's slots on every day from Monday to Friday; a later {@link #weekly} for one
         * of those days fails, so give the exceptions with {@link #onDate} or set the days one by
         * one.
         *
         * @param manager the manager, not null
         * @param slots 0 to {@value #MAX_SLOTS_PER_DAY}
         * @return this builder
         */
        public Builder weekdays(ManagerId manager, int slots) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    weekly(manager, day, slots);
                }
            }
            return this;
        }

        /**
         * Sets a manager's slots on one date, overriding the weekly pattern; 0 blocks the day.
         *
         * @param manager the manager, not null
         * @param date the date, not given before for this manager, not null
         * @param slots 0 to {@value #MAX_SLOTS_PER_DAY}
         * @return this builder
         */
        public Builder onDate(ManagerId manager, LocalDate date, int slots) {
            notNull(manager, "manager");
            notNull(date, "date");
            checkSlots(slots, manager, date);
            Map<LocalDate, Integer> onDates = dated.getOrDefault(manager, Map.of());
            argument(
                    !onDates.containsKey(date),
                    "slots of manager %s on %s are set already: %s (then %s)",
                    manager,
                    date,
                    onDates.get(date),
                    slots);
            dated.computeIfAbsent(manager, m -> new TreeMap<>()).put(date, slots);
            return this;
        }

        private static void checkSlots(int slots, ManagerId manager, Object day) {
            argument(
                    slots >= 0 && slots <= MAX_SLOTS_PER_DAY,
                    "slots must be between 0 and %s, got %s (manager %s, %s)",
                    MAX_SLOTS_PER_DAY,
                    slots,
                    manager,
                    day);
        }

        /**
         * The availability.
         *
         * @return the availability of the slots set so far
         */
        public Availability build() {
            ImmutableSortedMap.Builder<ManagerId, ImmutableSortedMap<DayOfWeek, Integer>> w =
                    ImmutableSortedMap.naturalOrder();
            weekly.forEach((m, pattern) -> w.put(m, ImmutableSortedMap.copyOf(pattern)));
            ImmutableSortedMap.Builder<ManagerId, ImmutableSortedMap<LocalDate, Integer>> d =
                    ImmutableSortedMap.naturalOrder();
            dated.forEach((m, onDates) -> d.put(m, ImmutableSortedMap.copyOf(onDates)));
            return new Availability(w.build(), d.build());
        }
    }
}
