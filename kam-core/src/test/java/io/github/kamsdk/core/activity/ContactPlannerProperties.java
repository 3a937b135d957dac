package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.testing.ActivityGens.planningCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.ActivityGens;
import io.github.kamsdk.core.testing.ActivityGens.PlanningCase;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of {@link ContactPlanner#plan}, checked against a naive model of the rules. */
class ContactPlannerProperties {
    private static WeeklyPlan plan(PlanningCase c) {
        return c.planner().plan(c.weekStart(), c.candidates(), c.availability());
    }

    private static Map<AccountId, ContactCandidate> byAccount(PlanningCase c) {
        Map<AccountId, ContactCandidate> map = new HashMap<>();
        c.candidates().forEach(candidate -> map.put(candidate.account(), candidate));
        return map;
    }

    /** The naive due date: empty when never contacted or without cadence. */
    private static Optional<LocalDate> due(PlanningCase c, ContactCandidate candidate) {
        return c.planner()
                .policy()
                .cadence(candidate.tier())
                .flatMap(cadence -> candidate.lastContact().map(last -> last.plusWeeks(cadence.everyWeeks())));
    }

    /** The naive rule: a cadence, and never contacted or due before the week's exclusive end. */
    private static boolean isDue(PlanningCase c, ContactCandidate candidate) {
        if (c.planner().policy().cadence(candidate.tier()).isEmpty()) {
            return false;
        }
        return due(c, candidate).map(d -> d.isBefore(c.weekStart().plusDays(7))).orElse(true);
    }

    private static int cost(PlanningCase c, ContactCandidate candidate) {
        return c.planner()
                .slotCost(c.planner()
                        .policy()
                        .cadence(candidate.tier())
                        .orElseThrow()
                        .kind());
    }

    private static Map<ManagerId, Map<LocalDate, Integer>> used(PlanningCase c, WeeklyPlan plan) {
        Map<AccountId, ContactCandidate> byAccount = byAccount(c);
        Map<ManagerId, Map<LocalDate, Integer>> used = new HashMap<>();
        for (PlannedContact contact : plan.contacts()) {
            used.computeIfAbsent(contact.manager(), m -> new HashMap<>())
                    .merge(contact.date(), cost(c, byAccount.get(contact.account())), Integer::sum);
        }
        return used;
    }

    private static int capacity(PlanningCase c, ManagerId manager, LocalDate date) {
        return c.planner().workingDays().contains(date.getDayOfWeek())
                ? c.availability().slots(manager, date)
                : 0;
    }

    @Test
    void neverExceedsAManagersSlotsOnAnyDayAndPlansOnlyWorkingDaysOfTheWeek() {
        Props.qt().forAll(planningCases()).checkAssert(c -> {
            WeeklyPlan plan = plan(c);
            for (PlannedContact contact : plan.contacts()) {
                assertThat(plan.week().contains(contact.date()))
                        .as("%s", contact)
                        .isTrue();
                assertThat(c.planner().workingDays()).contains(contact.date().getDayOfWeek());
                assertThat(plan.workingDays()).contains(contact.date());
            }
            used(c, plan)
                    .forEach((manager, days) -> days.forEach((date, slots) -> assertThat(slots)
                            .as("%s on %s", manager, date)
                            .isLessThanOrEqualTo(capacity(c, manager, date))));
        });
    }

    @Test
    void everyAccountAppearsExactlyOnceAndAtMostOnceAWeekInTheContacts() {
        Props.qt().forAll(planningCases()).checkAssert(c -> {
            WeeklyPlan plan = plan(c);
            List<AccountId> seen = new ArrayList<>();
            plan.contacts().forEach(contact -> seen.add(contact.account()));
            plan.unplanned().forEach(u -> seen.add(u.account()));
            assertThat(seen).doesNotHaveDuplicates();
            assertThat(seen).containsExactlyInAnyOrderElementsOf(byAccount(c).keySet());
        });
    }

    @Test
    void everyDueAccountIsPlannedOrReportedUnfittedAndTheOthersNotDueOrWithoutCadence() {
        Props.qt().forAll(planningCases()).checkAssert(c -> {
            WeeklyPlan plan = plan(c);
            Map<AccountId, ContactCandidate> byAccount = byAccount(c);
            for (PlannedContact contact : plan.contacts()) {
                ContactCandidate candidate = byAccount.get(contact.account());
                assertThat(isDue(c, candidate)).as("%s", contact).isTrue();
                assertThat(contact.manager()).isEqualTo(candidate.manager());
                assertThat(contact.tier()).isEqualTo(candidate.tier());
                assertThat(contact.lastContact()).isEqualTo(candidate.lastContact());
                assertThat(contact.cadence())
                        .isEqualTo(
                                c.planner().policy().cadence(candidate.tier()).orElseThrow());
                assertThat(contact.dueDate()).isEqualTo(due(c, candidate));
            }
            for (UnplannedAccount u : plan.unplanned()) {
                ContactCandidate candidate = byAccount.get(u.account());
                boolean hasCadence =
                        c.planner().policy().cadence(candidate.tier()).isPresent();
                switch (u.reason()) {
                    case NO_CADENCE -> assertThat(hasCadence).as("%s", u).isFalse();
                    case NOT_DUE ->
                        assertThat(hasCadence && !isDue(c, candidate))
                                .as("%s", u)
                                .isTrue();
                    default -> assertThat(isDue(c, candidate)).as("%s", u).isTrue();
                }
                assertThat(u.manager()).isEqualTo(candidate.manager());
                if (hasCadence) {
                    assertThat(u.dueDate()).isEqualTo(due(c, candidate));
                }
            }
        });
    }

    @Test
    void noAvailabilityMeansNoSlotOnAnyWorkingDayAndNoFreeSlotMeansNoDayHadRoomLeft() {
        Props.qt().forAll(planningCases()).checkAssert(c -> {
            WeeklyPlan plan = plan(c);
            Map<ManagerId, Map<LocalDate, Integer>> used = used(c, plan);
            Map<AccountId, ContactCandidate> byAccount = byAccount(c);
            for (UnplannedAccount u : plan.unplanned()) {
                int weekCapacity = 0;
                for (LocalDate day = c.weekStart(); day.isBefore(c.weekStart().plusDays(7)); day = day.plusDays(1)) {
                    weekCapacity += capacity(c, u.manager(), day);
                }
                if (u.reason() == UnplannedReason.NO_AVAILABILITY) {
                    assertThat(weekCapacity).as("%s", u).isZero();
                }
                if (u.reason() == UnplannedReason.NO_FREE_SLOT) {
                    assertThat(weekCapacity).as("%s", u).isPositive();
                    int cost = cost(c, byAccount.get(u.account()));
                    // Slots are only ever taken, so room left at the end was there when it was tried.
                    for (LocalDate day : plan.workingDays()) {
                        int left = capacity(c, u.manager(), day)
                                - used.getOrDefault(u.manager(), Map.of()).getOrDefault(day, 0);
                        assertThat(left).as("%s on %s", u, day).isLessThan(cost);
                    }
                }
            }
        });
    }

    /**
     * Lower is planned (or listed) first: never contacted, then by due date, then accounts without
     * cadence; then by tier rank and account id.
     */
    private static Comparator<ContactCandidate> priority(PlanningCase c) {
        return Comparator.<ContactCandidate>comparingInt(
                        x -> c.planner().policy().cadence(x.tier()).isEmpty()
                                ? 2
                                : x.lastContact().isPresent() ? 1 : 0)
                .thenComparing(x -> due(c, x).orElse(LocalDate.MIN))
                .thenComparingInt(x -> x.tier().rank())
                .thenComparing(ContactCandidate::account);
    }

    @Test
    void withEqualSlotCostsNoPlannedAccountOfAManagerIsLessOverdueThanOneOfTheirsThatDidNotFit() {
        Props.qt().forAll(planningCases(true)).checkAssert(c -> {
            WeeklyPlan plan = plan(c);
            Map<AccountId, ContactCandidate> byAccount = byAccount(c);
            Comparator<ContactCandidate> priority = priority(c);
            for (UnplannedAccount u : plan.unplanned()) {
                if (u.reason() != UnplannedReason.NO_FREE_SLOT) {
                    continue;
                }
                ContactCandidate unfitted = byAccount.get(u.account());
                for (PlannedContact contact : plan.contactsOf(u.manager())) {
                    assertThat(priority.compare(byAccount.get(contact.account()), unfitted))
                            .as("%s planned before unfitted %s", contact.account(), u.account())
                            .isNegative();
                    if (unfitted.lastContact().isPresent()
                            && contact.lastContact().isPresent()) {
                        assertThat(contact.dueDate().orElseThrow())
                                .isBeforeOrEqualTo(u.dueDate().orElseThrow());
                    }
                }
            }
        });
    }

    @Test
    void thePlanDoesNotDependOnTheInputOrder() {
        Props.qt().forAll(planningCases(), Gens.seeds()).checkAssert((c, seed) -> {
            List<ContactCandidate> shuffled = new ArrayList<>(c.candidates());
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(c.planner().plan(c.weekStart(), shuffled, c.availability()))
                    .isEqualTo(plan(c));
        });
    }

    @Test
    void listsAreSortedAsDocumented() {
        Props.qt().forAll(planningCases()).checkAssert(c -> {
            WeeklyPlan plan = plan(c);
            assertThat(plan.contacts())
                    .isSortedAccordingTo(Comparator.comparing(PlannedContact::date)
                            .thenComparing(PlannedContact::manager)
                            .thenComparing(PlannedContact::account));
            Map<AccountId, ContactCandidate> byAccount = byAccount(c);
            Comparator<ContactCandidate> priority = priority(c);
            Comparator<UnplannedAccount> order = Comparator.comparing(u -> byAccount.get(u.account()), priority);
            assertThat(plan.unplanned()).isSortedAccordingTo(order);
        });
    }

    @Test
    void eachContactIsOnTheEarliestDayWithRoomWhenItsTurnCame() {
        // Replays the plan in priority order with the naive rule and compares the days.
        Props.qt().forAll(planningCases()).checkAssert(c -> {
            WeeklyPlan plan = plan(c);
            List<ContactCandidate> due = new ArrayList<>();
            c.candidates().stream().filter(x -> isDue(c, x)).forEach(due::add);
            due.sort(priority(c));
            Map<ManagerId, Map<LocalDate, Integer>> used = new HashMap<>();
            Set<AccountId> planned = new HashSet<>();
            for (ContactCandidate x : due) {
                int cost = cost(c, x);
                Map<LocalDate, Integer> days = used.computeIfAbsent(x.manager(), m -> new HashMap<>());
                Optional<LocalDate> day = plan.workingDays().stream()
                        .filter(d -> capacity(c, x.manager(), d) - days.getOrDefault(d, 0) >= cost)
                        .findFirst();
                day.ifPresent(d -> {
                    days.merge(d, cost, Integer::sum);
                    planned.add(x.account());
                });
                assertThat(plan.contact(x.account()).map(PlannedContact::date))
                        .as("%s", x)
                        .isEqualTo(day);
            }
            assertThat(plan.contacts()).hasSize(planned.size());
        });
    }

    @Test
    void everyResultIsExplainedAndItsLastStepMatchesTheOutcome() {
        Props.qt().forAll(planningCases()).checkAssert(c -> {
            WeeklyPlan plan = plan(c);
            for (PlannedContact contact : plan.contacts()) {
                List<Step> steps = contact.explanation().steps();
                assertThat(steps.get(steps.size() - 1).code()).isEqualTo("contact.slot");
                assertThat(steps.get(steps.size() - 1).parameter("date", LocalDate.class))
                        .isEqualTo(contact.date());
            }
            for (UnplannedAccount u : plan.unplanned()) {
                List<Step> steps = u.explanation().steps();
                String expected = switch (u.reason()) {
                    case NOT_DUE -> "contact.unplanned.not_due";
                    case NO_CADENCE -> "contact.unplanned.no_cadence";
                    case NO_AVAILABILITY -> "contact.unfitted.no_availability";
                    case NO_FREE_SLOT -> "contact.unfitted.no_free_slot";
                };
                assertThat(steps.get(steps.size() - 1).code()).isEqualTo(expected);
            }
        });
    }

    @Test
    void anyInputEitherPlansOrFailsWithIllegalArgumentException() {
        // Candidates that may repeat an account, use a tier of another scale, a last contact after
        // the week, or be null; weeks that may start on the wrong day.
        Props.qt()
                .forAll(planningCases(), integers().between(0, 5), integers().between(0, 6))
                .checkAssert((c, mistake, shift) -> {
                    List<ContactCandidate> candidates = new ArrayList<>(c.candidates());
                    ContactCandidate first = candidates.isEmpty()
                            ? ContactCandidate.neverContacted(
                                    AccountId.of("Z"), ManagerId.of("M-0"), ActivityGens.SCALE.lowest())
                            : candidates.get(0);
                    switch (mistake) {
                        case 1 -> candidates.add(first);
                        case 2 ->
                            candidates.add(ContactCandidate.neverContacted(
                                    AccountId.of("Z-1"),
                                    first.manager(),
                                    TierScale.abc().tier("A")));
                        case 3 ->
                            candidates.add(ContactCandidate.of(
                                    AccountId.of("Z-2"),
                                    first.manager(),
                                    first.tier(),
                                    c.weekStart().plusDays(7 + shift)));
                        case 4 -> candidates.add(null);
                        default -> {}
                    }
                    LocalDate weekStart = c.weekStart().plusDays(mistake == 5 ? shift : 0);
                    try {
                        WeeklyPlan plan = c.planner().plan(weekStart, candidates, c.availability());
                        assertThat(plan.contacts().size() + plan.unplanned().size())
                                .isEqualTo(candidates.size());
                    } catch (IllegalArgumentException expected) {
                        String names = List.of(
                                        "",
                                        "candidates must hold each account once",
                                        "candidates[",
                                        "lastContact",
                                        "candidates[",
                                        "weekStart")
                                .get(mistake);
                        assertThat(mistake).as("%s", expected.getMessage()).isPositive();
                        assertThat(expected).hasMessageContaining(names);
                    }
                });
    }
}
