package io.github.kamsdk.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import io.github.kamsdk.core.activity.Availability;
import io.github.kamsdk.core.activity.CadencePolicy;
import io.github.kamsdk.core.activity.ContactCadence;
import io.github.kamsdk.core.activity.ContactCandidate;
import io.github.kamsdk.core.activity.ContactPlanner;
import io.github.kamsdk.core.team.ManagerId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the activity package: activities and logs over small pools of accounts and
 * managers (so that queries find several activities per account), and whole planning cases (a
 * planner, a week, candidates and availability) sized in tens.
 */
public final class ActivityGens {
    /** Four managers, {@code M-0} to {@code M-3}. */
    public static final List<ManagerId> MANAGERS =
            List.of(ManagerId.of("M-0"), ManagerId.of("M-1"), ManagerId.of("M-2"), ManagerId.of("M-3"));

    /** Six accounts, {@code C-0} to {@code C-5}, for activity logs. */
    public static final List<AccountId> ACCOUNTS = List.of(
            AccountId.of("C-0"),
            AccountId.of("C-1"),
            AccountId.of("C-2"),
            AccountId.of("C-3"),
            AccountId.of("C-4"),
            AccountId.of("C-5"));

    /** The standard scale, whose tiers the planning cases use. */
    public static final TierScale SCALE = TierScale.standard();

    /** The first day of the 60-day window activities fall in. */
    public static final LocalDateTime LOG_START = LocalDateTime.of(2026, 1, 1, 0, 0);

    private static final LocalDate BASE_MONDAY = LocalDate.of(2026, 3, 2);

    private ActivityGens() {}

    /** Any activity kind. */
    public static Gen<ActivityKind> kinds() {
        return Generate.enumValues(ActivityKind.class);
    }

    /** Times within 60 days from {@link #LOG_START}, to the minute, often on the hour. */
    public static Gen<LocalDateTime> times() {
        return Generate.oneOf(
                integers().between(0, 60 * 24 * 60 - 1).map(m -> LOG_START.plusMinutes(m)),
                integers().between(0, 60 * 24 - 1).map(h -> LOG_START.plusHours(h)));
    }

    /**
     * Activities over {@link #ACCOUNTS} and {@link #MANAGERS}: any kind, a subject now and then, and
     * complaints open or resolved after 0 minutes to 10 days.
     */
    public static Gen<Activity> activities() {
        Gen<Integer> resolution = integers().between(-1, 10 * 24 * 60); // -1: still open
        Gen<Integer> subject = integers().between(-1, 2); // -1: none
        return Generate.pick(ACCOUNTS)
                .zip(
                        Generate.pick(MANAGERS),
                        kinds(),
                        times(),
                        (account, manager, kind, when) -> Activity.builder()
                                .account(account)
                                .manager(manager)
                                .kind(kind)
                                .when(when))
                .zip(resolution, subject, (builder, minutes, s) -> {
                    Activity draft = builder.build();
                    Activity.Builder b = Activity.builder()
                            .account(draft.account())
                            .manager(draft.manager())
                            .kind(draft.kind())
                            .when(draft.when());
                    if (draft.isComplaint() && minutes >= 0) {
                        b.resolvedAt(draft.when().plusMinutes(minutes));
                    }
                    if (s >= 0) {
                        b.subject(List.of("review", "order", "late delivery").get(s));
                    }
                    return b.build();
                });
    }

    /** Lists of 0 to 30 activities, in the order drawn (not sorted), equal ones possible. */
    public static Gen<List<Activity>> activityLists() {
        return lists().of(activities()).ofSizeBetween(0, 30);
    }

    /**
     * Pairs of an activity and a variant: the same activity, or one that differs in a single
     * attribute (subject, resolution time, kind, time, account or manager), so that near-equal pairs
     * are common.
     */
    public static Gen<List<Activity>> activityPairs() {
        return activities().zip(integers().between(0, 6), (a, change) -> {
            Activity.Builder b = Activity.builder()
                    .account(a.account())
                    .manager(a.manager())
                    .kind(a.kind())
                    .when(a.when())
                    .subject(a.subject())
                    .resolvedAt(a.resolvedAt());
            switch (change) {
                case 1 -> b.subject(a.subject().map(s -> s + "!").orElse("new"));
                case 2 -> {
                    b.kind(ActivityKind.COMPLAINT);
                    b.resolvedAt(a.resolvedAt().map(r -> r.plusMinutes(1)).orElse(a.when()));
                }
                case 3 ->
                    b.kind(a.kind() == ActivityKind.CALL ? ActivityKind.MEETING : ActivityKind.CALL)
                            .resolvedAt(java.util.Optional.empty());
                case 4 -> b.when(a.when().plusMinutes(1));
                case 5 -> b.account(ACCOUNTS.get((ACCOUNTS.indexOf(a.account()) + 1) % ACCOUNTS.size()));
                case 6 -> b.manager(MANAGERS.get((MANAGERS.indexOf(a.manager()) + 1) % MANAGERS.size()));
                default -> {}
            }
            return List.of(a, b.build());
        });
    }

    /** Cadences of either plannable kind, every 1 to 4 weeks. */
    public static Gen<ContactCadence> cadences() {
        return Generate.pick(List.of(ActivityKind.CALL, ActivityKind.VISIT))
                .zip(integers().between(1, 4), ContactCadence::of);
    }

    /** Policies over {@link #SCALE} in which each tier has a cadence (three times in four) or none. */
    public static Gen<CadencePolicy> policies() {
        return lists().of(Generate.oneOf(cadences(), cadences(), cadences(), Generate.constant(NONE)))
                .ofSize(SCALE.size())
                .map(cadences -> {
                    CadencePolicy.Builder policy = CadencePolicy.builder(SCALE);
                    for (int rank = 0; rank < cadences.size(); rank++) {
                        if (cadences.get(rank) != NONE) {
                            policy.cadence(SCALE.atRank(rank), cadences.get(rank));
                        }
                    }
                    return policy.build();
                });
    }

    /** Stands for "no cadence" in {@link #policies()}; never given to a planner. */
    private static final ContactCadence NONE = ContactCadence.callEvery(ContactCadence.MAX_WEEKS);

    /** A planning case: everything {@link ContactPlanner#plan} takes. */
    public record PlanningCase(
            ContactPlanner planner, LocalDate weekStart, List<ContactCandidate> candidates, Availability availability) {
        @Override
        public String toString() {
            return "week " + weekStart + " (" + planner.firstDayOfWeek() + ", working " + planner.workingDays()
                    + ", costs CALL " + planner.slotCost(ActivityKind.CALL) + " VISIT "
                    + planner.slotCost(ActivityKind.VISIT) + ")\n policy " + planner.policy() + "\n candidates "
                    + candidates + "\n " + availability;
        }
    }

    /**
     * Planners over {@link #policies()}: weeks starting on any day (Monday half of the time),
     * Monday to Friday or any non-empty set of working days, and slot costs of 1 or 2 (equal costs
     * when {@code equalCosts}).
     */
    public static Gen<ContactPlanner> planners(boolean equalCosts) {
        Gen<DayOfWeek> firstDays =
                Generate.oneOf(Generate.constant(DayOfWeek.MONDAY), Generate.enumValues(DayOfWeek.class));
        Gen<Set<DayOfWeek>> workingDays = Generate.oneOf(
                Generate.constant(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                integers().between(1, 127).map(mask -> {
                    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                    for (DayOfWeek day : DayOfWeek.values()) {
                        if ((mask & (1 << day.ordinal())) != 0) {
                            days.add(day);
                        }
                    }
                    return days;
                }));
        Gen<Integer> costs = integers().between(1, 2);
        return policies()
                .zip(
                        firstDays,
                        workingDays,
                        costs,
                        costs,
                        (policy, first, days, call, visit) -> ContactPlanner.builder(policy)
                                .firstDayOfWeek(first)
                                .workingDays(days)
                                .slotCost(ActivityKind.CALL, call)
                                .slotCost(ActivityKind.VISIT, equalCosts ? call : visit)
                                .build());
    }

    /**
     * Candidates: 0 to 25 accounts with distinct ids whose order differs from the order drawn, each
     * with any of {@link #MANAGERS} and any tier of {@link #SCALE}, never contacted or last
     * contacted 0 to 70 days before the week's last day.
     */
    public static Gen<List<ContactCandidate>> candidates(LocalDate weekStart) {
        LocalDate lastDay = weekStart.plusDays(6);
        Gen<ContactCandidate> one = Generate.pick(MANAGERS)
                .zip(integers().between(0, SCALE.size() - 1), integers().between(-1, 70), (manager, rank, back) -> {
                    Tier tier = SCALE.atRank(rank);
                    AccountId placeholder = AccountId.of("x");
                    return back < 0
                            ? ContactCandidate.neverContacted(placeholder, manager, tier)
                            : ContactCandidate.of(placeholder, manager, tier, lastDay.minusDays(back));
                });
        return lists().of(one).ofSizeBetween(0, 25).map(drawn -> {
            List<ContactCandidate> named = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                ContactCandidate c = drawn.get(i);
                ContactCandidate.Builder b = ContactCandidate.builder()
                        .account(AccountId.of("C-" + (i * 37 % 101)))
                        .manager(c.manager())
                        .tier(c.tier());
                c.lastContact().ifPresent(b::lastContact);
                named.add(b.build());
            }
            return named;
        });
    }

    /**
     * Availability of {@link #MANAGERS} in and around the week: each manager absent (no slot, one time in four) or
     * with 0 to 3 slots on each day of the week, and 0 to 3 dated exceptions within the week.
     */
    public static Gen<Availability> availabilities(LocalDate weekStart) {
        Gen<List<Integer>> weekly = lists().of(integers().between(0, 3)).ofSize(7);
        Gen<List<Integer>> exceptions = lists().of(integers().between(0, 27)).ofSizeBetween(0, 3);
        Gen<Boolean> present = integers().between(0, 3).map(n -> n > 0);
        Gen<ManagerSlots> manager = present.zip(weekly, exceptions, ManagerSlots::new);
        return lists().of(manager).ofSize(MANAGERS.size()).map(all -> {
            Availability.Builder availability = Availability.builder();
            for (int m = 0; m < all.size(); m++) {
                ManagerSlots slots = all.get(m);
                if (!slots.present()) {
                    continue;
                }
                for (DayOfWeek day : DayOfWeek.values()) {
                    availability.weekly(MANAGERS.get(m), day, slots.weekly().get(day.ordinal()));
                }
                Set<Integer> days = new HashSet<>();
                for (int code : slots.exceptions()) { // day offset code / 4, slots code % 4
                    if (days.add(code / 4)) {
                        availability.onDate(MANAGERS.get(m), weekStart.plusDays(code / 4), code % 4);
                    }
                }
            }
            return availability.build();
        });
    }

    /** One manager's drawn availability: weekly slots by day ordinal, and coded exceptions. */
    private record ManagerSlots(boolean present, List<Integer> weekly, List<Integer> exceptions) {}

    /** Whole planning cases with {@link #planners(boolean)}, on a week within ±4 years of March 2026. */
    public static Gen<PlanningCase> planningCases(boolean equalCosts) {
        return planners(equalCosts)
                .zip(
                        integers().between(-200, 200),
                        (planner, weeks) -> List.of(
                                planner,
                                BASE_MONDAY
                                        .plusWeeks(weeks)
                                        .with(TemporalAdjusters.nextOrSame(planner.firstDayOfWeek()))))
                .flatMap(pw -> {
                    ContactPlanner planner = (ContactPlanner) pw.get(0);
                    LocalDate weekStart = (LocalDate) pw.get(1);
                    return candidates(weekStart)
                            .zip(availabilities(weekStart), (cs, av) -> new PlanningCase(planner, weekStart, cs, av));
                });
    }

    /** Planning cases with any slot costs. */
    public static Gen<PlanningCase> planningCases() {
        return planningCases(false);
    }
}
