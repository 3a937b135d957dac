package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans a week of calls and visits: which manager contacts which account on which day, by each
 * account's tier cadence and each manager's free slots (R-ACC-4, 004 §2.2–2.3).
 *
 * <pre>{@code
 * ContactPlanner planner = ContactPlanner.of(CadencePolicy.standard()); // Monday–Friday weeks
 * WeeklyPlan plan = planner.plan(LocalDate.of(2026, 3, 2), candidates, availability);
 * plan.contacts();   // who calls or visits whom on which day, each with its explanation
 * plan.unfitted();   // due accounts that did not fit, with the reason
 * }</pre>
 *
 * <p><b>The week.</b> A week is seven days from its first day, {@code [weekStart, weekStart + 7)}.
 * The first day must be the planner's {@linkplain Builder#firstDayOfWeek first day of the week}
 * (Monday unless configured). Contacts go on working days only: Monday to Friday unless {@linkplain
 * Builder#workingDays configured}; block a holiday with {@link Availability.Builder#onDate} and
 * zero slots.
 *
 * <p><b>Rules</b>, in this order:
 *
 * <ol>
 *   <li><em>Cadence.</em> An account whose tier has no cadence in the {@link CadencePolicy} is not
 *       planned: {@link UnplannedReason#NO_CADENCE}.
 *   <li><em>Due.</em> An account last contacted on day {@code L} falls due on {@code L + 7 ×
 *       everyWeeks}; it is due this week when that day is before the week's end, that is on or
 *       before its last day (a contact that falls due on Sunday is planned in the week, on a
 *       working day before). An account never contacted is due at once, and more overdue than any
 *       other. An account not due yet is listed with {@link UnplannedReason#NOT_DUE} and its due
 *       date, never dropped.
 *   <li><em>Priority.</em> Due accounts are planned one by one, most overdue first: never contacted
 *       first, then by earliest due date, then by tier rank (most important tier first), then by
 *       account id. This order does not depend on the order of the input.
 *   <li><em>Placement.</em> Each account takes the slot cost of its cadence's kind (one slot unless
 *       {@linkplain Builder#slotCost configured}) from its responsible manager, on the
 *       <em>earliest</em> working day of the week on which the manager still has that many slots
 *       free. Contacting early is preferred to missing the contact: a contact that falls due on
 *       Thursday goes on Monday if Monday has room. An account gets at most one contact a week.
 *   <li><em>No room.</em> A due account that finds no day with enough free slots is reported with
 *       {@link UnplannedReason#NO_AVAILABILITY} when its manager has no slot on any working day of
 *       the week, and with {@link UnplannedReason#NO_FREE_SLOT} otherwise (the slots went to more
 *       overdue accounts, or no day has as many slots as the contact costs). A less overdue
 *       account of a cheaper kind may still take slots that a dearer one could not use.
 * </ol>
 *
 * <p>Every contact and every unplanned account carries an {@link Explanation}: {@code
 * contact.cadence} (the tier's cadence), {@code contact.due} or {@code contact.due.never},
 * {@code contact.priority} (its place in the planning order), then {@code contact.slot}, {@code
 * contact.unfitted.no_free_slot}, {@code contact.unfitted.no_availability}, {@code
 * contact.unplanned.no_cadence} or {@code contact.unplanned.not_due}.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class ContactPlanner {
    private static final ImmutableSortedSet<DayOfWeek> MONDAY_TO_FRIDAY = ImmutableSortedSet.of(
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** Days of a week. */
    private static final int DAYS = 7;

    /** The latest epoch day a week may start on, so that every due date stays within LocalDate. */
    private static final long LATEST_WEEK_START = LocalDate.MAX.toEpochDay() - DAYS - 7L * ContactCadence.MAX_WEEKS;

    private final CadencePolicy policy;
    private final DayOfWeek firstDayOfWeek;
    private final ImmutableSortedSet<DayOfWeek> workingDays;
    private final Map<ActivityKind, Integer> slotCosts;

    private ContactPlanner(
            CadencePolicy policy,
            DayOfWeek firstDayOfWeek,
            ImmutableSortedSet<DayOfWeek> workingDays,
            Map<ActivityKind, Integer> slotCosts) {
        this.policy = policy;
        this.firstDayOfWeek = firstDayOfWeek;
        this.workingDays = workingDays;
        this.slotCosts = slotCosts;
    }

    /**
     * A planner with the default settings: weeks start on Monday, Monday to Friday are working
     * days, a call and a visit take one slot each.
     *
     * @param policy the cadence of each tier, not null
     * @return the planner
     */
    public static ContactPlanner of(CadencePolicy policy) {
        return builder(policy).build();
    }

    /**
     * A builder with the default settings (see {@link #of}).
     *
     * @param policy the cadence of each tier, not null
     * @return the builder
     */
    public static Builder builder(CadencePolicy policy) {
        return new Builder(notNull(policy, "policy"));
    }

    /**
     * The cadence of each tier.
     *
     * @return the policy
     */
    public CadencePolicy policy() {
        return policy;
    }

    /**
     * The day every planned week starts on.
     *
     * @return the day, Monday by default
     */
    public DayOfWeek firstDayOfWeek() {
        return firstDayOfWeek;
    }

    /**
     * The days of the week on which contacts are planned.
     *
     * @return the days, Monday to Friday by default
     */
    public ImmutableSortedSet<DayOfWeek> workingDays() {
        return workingDays;
    }

    /**
     * The slots a contact of a kind takes.
     *
     * @param kind {@link ActivityKind#CALL} or {@link ActivityKind#VISIT}, not null
     * @return at least 1; 1 by default
     */
    public int slotCost(ActivityKind kind) {
        requirePlannable(kind);
        return slotCosts.get(kind);
    }

    /**
     * Plans a week (see the class's rules).
     *
     * @param weekStart the week's first day: a {@link #firstDayOfWeek()}, at least 735 days (a week
     *     and the longest cadence) before {@link LocalDate#MAX}, not null
     * @param candidates the accounts to consider, in any order, each account at most once, each
     *     tier of the policy's scale, each last contact not after the week's last day; not null, no
     *     null element
     * @param availability the managers' slots, not null
     * @return the plan
     * @throws IllegalArgumentException on bad input, naming the item (for a repeated account, the
     *     account and both positions)
     */
    public WeeklyPlan plan(LocalDate weekStart, Collection<ContactCandidate> candidates, Availability availability) {
        notNull(weekStart, "weekStart");
        argument(
                weekStart.getDayOfWeek() == firstDayOfWeek,
                "weekStart must be a %s: %s is a %s",
                firstDayOfWeek,
                weekStart,
                weekStart.getDayOfWeek());
        argument(
                weekStart.toEpochDay() <= LATEST_WEEK_START,
                "weekStart is too close to LocalDate.MAX for due dates %s weeks ahead: %s",
                ContactCadence.MAX_WEEKS,
                weekStart);
        notNull(candidates, "candidates");
        notNull(availability, "availability");
        LocalDate weekEnd = weekStart.plusDays(DAYS);
        LocalDate lastDay = weekEnd.minusDays(1);
        DateRange week = DateRange.of(weekStart, weekEnd);

        List<Entry> entries = validate(candidates, lastDay);
        for (Entry e : entries) {
            e.status(weekStart, weekEnd);
        }
        entries.sort(PRIORITY);

        ImmutableList.Builder<LocalDate> workdays = ImmutableList.builder();
        for (int d = 0; d < DAYS; d++) {
            if (workingDays.contains(weekStart.plusDays(d).getDayOfWeek())) {
                workdays.add(weekStart.plusDays(d));
            }
        }
        ImmutableList<LocalDate> days = workdays.build();

        int dueCount = 0;
        for (Entry e : entries) {
            if (e.isDue) {
                dueCount++;
            }
        }
        Map<ManagerId, int[]> free = new HashMap<>();
        Map<ManagerId, Integer> capacity = new HashMap<>();
        List<PlannedContact> contacts = new ArrayList<>();
        ImmutableList.Builder<UnplannedAccount> unplanned = ImmutableList.builder();
        int position = 0;
        for (Entry e : entries) {
            ContactCandidate c = e.candidate;
            List<Step> steps = new ArrayList<>();
            e.cadence.ifPresent(cadence -> steps.add(cadenceStep(c.tier(), cadence)));
            if (e.cadence.isEmpty()) {
                steps.add(Step.of(
                        "contact.unplanned.no_cadence",
                        "tier {tier} has no contact cadence: its accounts are not planned",
                        "tier",
                        c.tier().name()));
                unplanned.add(unplanned(e, UnplannedReason.NO_CADENCE, steps));
                continue;
            }
            ContactCadence cadence = e.cadence.get();
            steps.add(dueStep(e, cadence, weekStart));
            if (!e.isDue) {
                steps.add(Step.of(
                        "contact.unplanned.not_due",
                        "due {dueDate}, after the week's last day {lastDay}: nothing to plan",
                        "dueDate",
                        e.dueDate.orElseThrow(),
                        "lastDay",
                        lastDay));
                unplanned.add(unplanned(e, UnplannedReason.NOT_DUE, steps));
                continue;
            }
            position++;
            steps.add(Step.of(
                    "contact.priority",
                    "number {position} of {dueCount} due accounts in planning order (never contacted first,"
                            + " then earliest due date, tier rank, account id)",
                    "position",
                    position,
                    "dueCount",
                    dueCount));
            ManagerId manager = c.manager();
            int[] left = free.computeIfAbsent(manager, m -> slotsOf(m, weekStart, availability));
            int weekCapacity = capacity.computeIfAbsent(manager, m -> sum(slotsOf(m, weekStart, availability)));
            int cost = slotCosts.get(cadence.kind());
            int day = -1;
            for (int d = 0; d < DAYS && day < 0; d++) {
                if (left[d] >= cost) {
                    day = d;
                }
            }
            if (day >= 0) {
                LocalDate date = weekStart.plusDays(day);
                steps.add(Step.of(
                        "contact.slot",
                        "{date} ({dayOfWeek}) is the earliest working day of the week on which {manager} has"
                                + " {cost} free slot(s) for a {kind}: {free} of {capacity} were free",
                        "date",
                        date,
                        "dayOfWeek",
                        date.getDayOfWeek(),
                        "manager",
                        manager.value(),
                        "cost",
                        cost,
                        "kind",
                        cadence.kind(),
                        "free",
                        left[day],
                        "capacity",
                        availability.slots(manager, date)));
                left[day] -= cost;
                contacts.add(PlannedContact.create(
                        date,
                        manager,
                        c.account(),
                        c.tier(),
                        cadence,
                        c.lastContact(),
                        e.dueDate,
                        e.daysOverdue,
                        Explanation.of(steps)));
            } else if (weekCapacity == 0) {
                steps.add(Step.of(
                        "contact.unfitted.no_availability",
                        "{manager} has no slot on any working day of the week {week}",
                        "manager",
                        manager.value(),
                        "week",
                        week));
                unplanned.add(unplanned(e, UnplannedReason.NO_AVAILABILITY, steps));
            } else {
                steps.add(Step.of(
                        "contact.unfitted.no_free_slot",
                        "no working day of the week {week} has {cost} free slot(s) of {manager} left for a {kind}:"
                                + " {free} of {capacity} slots of the week left after more overdue accounts",
                        "week",
                        week,
                        "cost",
                        cost,
                        "manager",
                        manager.value(),
                        "kind",
                        cadence.kind(),
                        "free",
                        sum(left),
                        "capacity",
                        weekCapacity));
                unplanned.add(unplanned(e, UnplannedReason.NO_FREE_SLOT, steps));
            }
        }
        contacts.sort(Comparator.comparing(PlannedContact::date)
                .thenComparing(PlannedContact::manager)
                .thenComparing(PlannedContact::account));
        return new WeeklyPlan(week, days, ImmutableList.copyOf(contacts), unplanned.build());
    }

    private List<Entry> validate(Collection<ContactCandidate> candidates, LocalDate lastDay) {
        List<Entry> entries = new ArrayList<>(candidates.size());
        Map<AccountId, Integer> seen = new HashMap<>();
        int i = 0;
        for (@Nullable ContactCandidate c : candidates) {
            notNull(c, "candidates[" + i + "]");
            argument(
                    policy.scale().contains(c.tier()),
                    "candidates[%s].tier '%s' (rank %s) of account %s is not a tier of %s",
                    i,
                    c.tier(),
                    c.tier().rank(),
                    c.account(),
                    policy.scale());
            Integer before = seen.putIfAbsent(c.account(), i);
            argument(
                    before == null,
                    "candidates must hold each account once: account %s is at candidates[%s] and candidates[%s]",
                    c.account(),
                    before,
                    i);
            @Nullable LocalDate last = c.lastContact().orElse(null);
            argument(
                    last == null || !last.isAfter(lastDay),
                    "candidates[%s].lastContact of account %s must not be after the week's last day %s: %s",
                    i,
                    c.account(),
                    lastDay,
                    last);
            entries.add(new Entry(c, policy.cadence(c.tier())));
            i++;
        }
        return entries;
    }

    private int[] slotsOf(ManagerId manager, LocalDate weekStart, Availability availability) {
        int[] slots = new int[DAYS];
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = weekStart.plusDays(d);
            slots[d] = workingDays.contains(date.getDayOfWeek()) ? availability.slots(manager, date) : 0;
        }
        return slots;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    private static Step cadenceStep(Tier tier, ContactCadence cadence) {
        return Step.of(
                "contact.cadence",
                "tier {tier}: {cadence}",
                "tier",
                tier.name(),
                "cadence",
                cadence.toString(),
                "kind",
                cadence.kind(),
                "everyWeeks",
                cadence.everyWeeks());
    }

    private static Step dueStep(Entry e, ContactCadence cadence, LocalDate weekStart) {
        if (e.candidate.lastContact().isEmpty()) {
            return Step.of(
                    "contact.due.never",
                    "never contacted: due at once, before every account with a due date",
                    "weekStart",
                    weekStart);
        }
        long overdue = e.daysOverdue.orElseThrow();
        String verdict = overdue > 0
                ? "{daysOverdue} days overdue on the week's first day {weekStart}"
                : overdue == 0 ? "due on the week's first day {weekStart}" : "after the week's first day {weekStart}";
        return Step.of(
                "contact.due",
                "last contact {lastContact} + {intervalDays} days = due {dueDate}, " + verdict,
                "lastContact",
                e.candidate.lastContact().orElseThrow(),
                "intervalDays",
                cadence.intervalDays(),
                "dueDate",
                e.dueDate.orElseThrow(),
                "weekStart",
                weekStart,
                "daysOverdue",
                overdue);
    }

    private static UnplannedAccount unplanned(Entry e, UnplannedReason reason, List<Step> steps) {
        ContactCandidate c = e.candidate;
        return UnplannedAccount.create(
                c.account(),
                c.manager(),
                c.tier(),
                reason,
                e.cadence,
                c.lastContact(),
                e.dueDate,
                e.daysOverdue,
                Explanation.of(steps));
    }

    private static void requirePlannable(@Nullable ActivityKind kind) {
        notNull(kind, "kind");
        argument(kind.isPlannable(), "kind must be CALL or VISIT, not %s", kind);
    }

    /**
     * The planning order: never contacted, then by due date, then accounts without cadence; within
     * each, by tier rank then account id (unique, so the order is total).
     */
    private static final Comparator<Entry> PRIORITY = Comparator.<Entry>comparingInt(e -> e.group)
            .thenComparing(e -> e.dueDate.orElse(LocalDate.MIN))
            .thenComparingInt(e -> e.candidate.tier().rank())
            .thenComparing(e -> e.candidate.account());

    /** A candidate with what the planner works out for it. */
    private static final class Entry {
        final ContactCandidate candidate;
        final Optional<ContactCadence> cadence;
        Optional<LocalDate> dueDate = Optional.empty();
        Optional<Long> daysOverdue = Optional.empty();
        boolean isDue;
        int group;

        Entry(ContactCandidate candidate, Optional<ContactCadence> cadence) {
            this.candidate = candidate;
            this.cadence = cadence;
        }

        void status(LocalDate weekStart, LocalDate weekEnd) {
            if (cadence.isEmpty()) {
                group = 2;
                return;
            }
            if (candidate.lastContact().isEmpty()) {
                group = 0;
                isDue = true;
                return;
            }
            group = 1;
            LocalDate due = cadence.get().dueAfter(candidate.lastContact().get());
            dueDate = Optional.of(due);
            daysOverdue = Optional.of(weekStart.toEpochDay() - due.toEpochDay());
            isDue = due.isBefore(weekEnd);
        }
    }

    /**
     * Builds a {@link ContactPlanner}. A null argument or a bad setting fails with an {@link
     * IllegalArgumentException} naming it. A builder is not thread-safe.
     */
    public static final class Builder {
        private final CadencePolicy policy;
        private DayOfWeek firstDayOfWeek = DayOfWeek.MONDAY;
        private ImmutableSortedSet<DayOfWeek> workingDays = MONDAY_TO_FRIDAY;
        private final Map<ActivityKind, Integer> slotCosts = new EnumMap<>(ActivityKind.class);

        private Builder(CadencePolicy policy) {
            this.policy = policy;
            slotCosts.put(ActivityKind.CALL, 1);
            slotCosts.put(ActivityKind.VISIT, 1);
        }

        /**
         * Sets the day every planned week must start on.
         *
         * @param day the day, not null; Monday by default
         * @return this builder
         */
        public Builder firstDayOfWeek(DayOfWeek day) {
            this.firstDayOfWeek = notNull(day, "firstDayOfWeek");
            return this;
        }

        /**
         * Sets the days of the week on which contacts are planned.
         *
         * @param days at least one day, not null, no null element; Monday to Friday by default
         * @return this builder
         */
        public Builder workingDays(Collection<DayOfWeek> days) {
            notNull(days, "workingDays");
            Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
            int i = 0;
            for (@Nullable DayOfWeek day : days) {
                set.add(notNull(day, "workingDays[" + i++ + "]"));
            }
            argument(!set.isEmpty(), "workingDays must not be empty");
            this.workingDays = ImmutableSortedSet.copyOf(set);
            return this;
        }

        /**
         * Sets the slots a contact of a kind takes, e.g. 2 for a visit that takes half a day where
         * a call takes a quarter.
         *
         * @param kind {@link ActivityKind#CALL} or {@link ActivityKind#VISIT}, not null
         * @param slots 1 to {@value Availability#MAX_SLOTS_PER_DAY}; 1 by default
         * @return this builder
         */
        public Builder slotCost(ActivityKind kind, int slots) {
            requirePlannable(kind);
            argument(
                    slots >= 1 && slots <= Availability.MAX_SLOTS_PER_DAY,
                    "slotCost of %s must be between 1 and %s, got %s",
                    kind,
                    Availability.MAX_SLOTS_PER_DAY,
                    slots);
            slotCosts.put(kind, slots);
            return this;
        }

        /**
         * The planner.
         *
         * @return the planner with the settings so far
         */
        public ContactPlanner build() {
            return new ContactPlanner(policy, firstDayOfWeek, workingDays, new EnumMap<>(slotCosts));
        }
    }
}
