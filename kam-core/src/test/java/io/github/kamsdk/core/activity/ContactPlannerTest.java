package io.github.kamsdk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed weeks: which account goes on which day, and why. */
class ContactPlannerTest {
    private static final TierScale SCALE = TierScale.standard();
    private static final Tier STRATEGIC = SCALE.tier("Strategic");
    private static final Tier KEY = SCALE.tier("Key");
    private static final Tier GROWTH = SCALE.tier("Growth");
    private static final ManagerId M1 = ManagerId.of("M-1");
    private static final ManagerId M2 = ManagerId.of("M-2");
    private static final ManagerId M3 = ManagerId.of("M-3");
    private static final LocalDate MON = LocalDate.of(2026, 3, 2); // a Monday
    private static final LocalDate TUE = MON.plusDays(1);
    private static final LocalDate WED = MON.plusDays(2);
    private static final LocalDate THU = MON.plusDays(3);

    private static AccountId id(String value) {
        return AccountId.of(value);
    }

    private static ContactCandidate last(String account, ManagerId manager, Tier tier, int month, int day) {
        return ContactCandidate.of(id(account), manager, tier, LocalDate.of(2026, month, day));
    }

    /*
     * The week of Monday 2 March 2026 under the standard policy (Strategic: a visit every week, Key:
     * a call every 2 weeks, Growth: none). M-1 has 2 slots on Monday, 1 on Wednesday, 1 on Thursday;
     * M-2 has none; M-3 has 1 on Tuesday and 1 on Thursday.
     *
     *   account  manager tier       last contact  due          overdue on Mon 2 March
     *   S-2      M-1     Strategic  never         at once      most overdue
     *   K-4      M-2     Key        never         at once      most overdue (after S-2: tier rank)
     *   S-3      M-1     Strategic  16 Feb        23 Feb       7
     *   S-5      M-1     Strategic  17 Feb        24 Feb       6 (before K-1: tier rank)
     *   K-1      M-1     Key        10 Feb        24 Feb       6
     *   K-5      M-1     Key        12 Feb        26 Feb       4
     *   S-1      M-1     Strategic  20 Feb        27 Feb       3
     *   K-2      M-1     Key        19 Feb        5 Mar        -3 (due Thursday)
     *   K-6      M-3     Key        19 Feb        5 Mar        -3 (after K-2: account id)
     *   K-3      M-1     Key        24 Feb        10 Mar       not due (after Sunday 8 March)
     *   G-1      M-1     Growth     5 Jan         -            no cadence
     *
     * Placement in that order: S-2 Monday (M-1: 2 -> 1), K-4 none (M-2 has no slot), S-3 Monday
     * (1 -> 0), S-5 Wednesday, K-1 Thursday; K-5, S-1 and K-2 find M-1 full although K-5 and S-1
     * are overdue; K-6 goes on Tuesday, the earliest day M-3 has a slot, two days before it is due.
     */
    private static List<ContactCandidate> candidates() {
        return List.of(
                ContactCandidate.neverContacted(id("S-2"), M1, STRATEGIC),
                ContactCandidate.neverContacted(id("K-4"), M2, KEY),
                last("S-3", M1, STRATEGIC, 2, 16),
                last("S-5", M1, STRATEGIC, 2, 17),
                last("K-1", M1, KEY, 2, 10),
                last("K-5", M1, KEY, 2, 12),
                last("S-1", M1, STRATEGIC, 2, 20),
                last("K-2", M1, KEY, 2, 19),
                last("K-6", M3, KEY, 2, 19),
                last("K-3", M1, KEY, 2, 24),
                last("G-1", M1, GROWTH, 1, 5));
    }

    private static Availability availability() {
        return Availability.builder()
                .weekly(M1, DayOfWeek.MONDAY, 2)
                .weekly(M1, DayOfWeek.WEDNESDAY, 1)
                .weekly(M1, DayOfWeek.THURSDAY, 1)
                .weekly(M1, DayOfWeek.SATURDAY, 5) // not a working day: ignored
                .weekly(M3, DayOfWeek.TUESDAY, 1)
                .weekly(M3, DayOfWeek.THURSDAY, 1)
                .build();
    }

    private final WeeklyPlan plan = ContactPlanner.of(CadencePolicy.standard()).plan(MON, candidates(), availability());

    private static String row(PlannedContact c) {
        return c.date().getDayOfWeek() + " " + c.manager() + " " + c.account() + " " + c.kind();
    }

    @Test
    void plansTheMostOverdueAccountsOnTheEarliestFreeDays() {
        assertThat(plan.week()).isEqualTo(DateRange.of(MON, LocalDate.of(2026, 3, 9)));
        assertThat(plan.workingDays()).containsExactly(MON, TUE, WED, THU, MON.plusDays(4));
        assertThat(plan.contacts())
                .extracting(ContactPlannerTest::row)
                .containsExactly(
                        "MONDAY M-1 S-2 VISIT",
                        "MONDAY M-1 S-3 VISIT",
                        "TUESDAY M-3 K-6 CALL",
                        "WEDNESDAY M-1 S-5 VISIT",
                        "THURSDAY M-1 K-1 CALL");
    }

    @Test
    void reportsEveryOtherAccountWithItsReasonInPriorityOrder() {
        assertThat(plan.unplanned())
                .extracting(u -> u.account() + " " + u.reason())
                .containsExactly(
                        "K-4 NO_AVAILABILITY",
                        "K-5 NO_FREE_SLOT",
                        "S-1 NO_FREE_SLOT",
                        "K-2 NO_FREE_SLOT",
                        "K-3 NOT_DUE",
                        "G-1 NO_CADENCE");
        assertThat(plan.unfitted())
                .extracting(u -> u.account().value())
                .containsExactly("K-4", "K-5", "S-1", "K-2", "G-1");
        assertThat(plan.notDue()).extracting(u -> u.account().value()).containsExactly("K-3");
        assertThat(plan).hasToString("WeeklyPlan [2026-03-02, 2026-03-09): 5 contacts, 5 unfitted, 1 not due");
    }

    @Test
    void explainsAPlannedContact() {
        PlannedContact k6 = plan.contact(id("K-6")).orElseThrow();
        assertThat(k6.date()).isEqualTo(TUE);
        assertThat(k6.cadence()).isEqualTo(ContactCadence.callEvery(2));
        assertThat(k6.lastContact()).contains(LocalDate.of(2026, 2, 19));
        assertThat(k6.dueDate()).contains(THU);
        assertThat(k6.daysOverdue()).contains(-3L);
        assertThat(k6.explanation().render())
                .isEqualTo("tier Key: a CALL every 2 weeks  [contact.cadence]\n"
                        + "last contact 2026-02-19 + 14 days = due 2026-03-05, after the week's first day 2026-03-02"
                        + "  [contact.due]\n"
                        + "number 9 of 9 due accounts in planning order (never contacted first, then earliest due"
                        + " date, tier rank, account id)  [contact.priority]\n"
                        + "2026-03-03 (TUESDAY) is the earliest working day of the week on which M-3 has 1 free"
                        + " slot(s) for a CALL: 1 of 1 were free  [contact.slot]\n");

        PlannedContact s3 = plan.contact(id("S-3")).orElseThrow();
        assertThat(s3.dueDate()).contains(LocalDate.of(2026, 2, 23));
        assertThat(s3.daysOverdue()).contains(7L);
        Step slot = s3.explanation().find("contact.slot").get(0);
        assertThat(slot.parameter("free", Integer.class)).isEqualTo(1);
        assertThat(slot.parameter("capacity", Integer.class)).isEqualTo(2);
        assertThat(s3.explanation().find("contact.due").get(0).text())
                .isEqualTo("last contact 2026-02-16 + 7 days = due 2026-02-23, 7 days overdue on the week's first day"
                        + " 2026-03-02");

        PlannedContact s2 = plan.contact(id("S-2")).orElseThrow();
        assertThat(s2.lastContact()).isEmpty();
        assertThat(s2.dueDate()).isEmpty();
        assertThat(s2.daysOverdue()).isEmpty();
        assertThat(s2.explanation().find("contact.due.never")).hasSize(1);
        assertThat(s2.explanation().find("contact.priority").get(0).parameter("position", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void explainsWhyAnOverdueAccountDidNotFit() {
        UnplannedAccount k5 = plan.unplanned(id("K-5")).orElseThrow();
        assertThat(k5.manager()).isEqualTo(M1);
        assertThat(k5.tier()).isEqualTo(KEY);
        assertThat(k5.dueDate()).contains(LocalDate.of(2026, 2, 26));
        assertThat(k5.daysOverdue()).contains(4L);
        assertThat(k5.explanation().find("contact.unfitted.no_free_slot").get(0).text())
                .isEqualTo("no working day of the week [2026-03-02, 2026-03-09) has 1 free slot(s) of M-1 left for a"
                        + " CALL: 0 of 4 slots of the week left after more overdue accounts");

        UnplannedAccount k4 = plan.unplanned(id("K-4")).orElseThrow();
        assertThat(k4.explanation()
                        .find("contact.unfitted.no_availability")
                        .get(0)
                        .text())
                .isEqualTo("M-2 has no slot on any working day of the week [2026-03-02, 2026-03-09)");

        UnplannedAccount k3 = plan.unplanned(id("K-3")).orElseThrow();
        assertThat(k3.dueDate()).contains(LocalDate.of(2026, 3, 10));
        assertThat(k3.daysOverdue()).contains(-8L);
        assertThat(k3.explanation().find("contact.unplanned.not_due").get(0).text())
                .isEqualTo("due 2026-03-10, after the week's last day 2026-03-08: nothing to plan");

        UnplannedAccount g1 = plan.unplanned(id("G-1")).orElseThrow();
        assertThat(g1.cadence()).isEmpty();
        assertThat(g1.dueDate()).isEmpty();
        assertThat(g1.explanation().render())
                .isEqualTo("tier Growth has no contact cadence: its accounts are not planned"
                        + "  [contact.unplanned.no_cadence]\n");
    }

    @Test
    void queriesThePlanByManagerAndDay() {
        assertThat(plan.contactsOf(M1))
                .extracting(c -> c.account().value())
                .containsExactly("S-2", "S-3", "S-5", "K-1");
        assertThat(plan.contactsOf(M2)).isEmpty();
        assertThat(plan.contactsOn(MON)).extracting(c -> c.account().value()).containsExactly("S-2", "S-3");
        assertThat(plan.contact(id("K-5"))).isEmpty();
        assertThat(plan.unplanned(id("S-2"))).isEmpty();
        assertThat(plan.contact(id("nobody"))).isEmpty();
    }

    @Test
    void theInputOrderDoesNotMatter() {
        List<ContactCandidate> reversed = new ArrayList<>(candidates());
        Collections.reverse(reversed);
        assertThat(ContactPlanner.of(CadencePolicy.standard()).plan(MON, reversed, availability()))
                .isEqualTo(plan);
    }

    @Test
    void aDueDateOnSundayIsDueInTheWeekAndOneOnTheNextMondayIsNot() {
        // Key: every 14 days. Last contact 22 Feb -> due Sunday 8 March (due); 23 Feb -> 9 March (not).
        WeeklyPlan edge = ContactPlanner.of(CadencePolicy.standard())
                .plan(
                        MON,
                        List.of(last("A", M1, KEY, 2, 22), last("B", M1, KEY, 2, 23)),
                        Availability.builder().weekdays(M1, 1).build());
        assertThat(edge.contacts())
                .extracting(c -> c.account() + " " + c.date())
                .containsExactly("A 2026-03-02");
        assertThat(edge.notDue())
                .extracting(u -> u.account() + " " + u.dueDate().orElseThrow())
                .containsExactly("B 2026-03-09");
    }

    /*
     * Visits take 2 slots, calls 1. M-1 has 3 slots on Monday and 1 on Tuesday. Order: V-1 (never
     * contacted, visit) takes 2 of Monday's 3; V-2 (visit, due 23 Feb) needs 2 but Monday has 1 and
     * Tuesday 1: no free slot; C-1 (call, due 24 Feb, less overdue) still takes Monday's last slot,
     * and C-2 (call, due 25 Feb) Tuesday's.
     */
    @Test
    void aDearerVisitThatDoesNotFitLeavesItsSlotsToCheaperCalls() {
        ContactPlanner planner = ContactPlanner.builder(CadencePolicy.standard())
                .slotCost(ActivityKind.VISIT, 2)
                .build();
        assertThat(planner.slotCost(ActivityKind.VISIT)).isEqualTo(2);
        assertThat(planner.slotCost(ActivityKind.CALL)).isEqualTo(1);
        WeeklyPlan costly = planner.plan(
                MON,
                List.of(
                        ContactCandidate.neverContacted(id("V-1"), M1, STRATEGIC),
                        last("V-2", M1, STRATEGIC, 2, 16),
                        last("C-1", M1, KEY, 2, 10),
                        last("C-2", M1, KEY, 2, 11)),
                Availability.builder()
                        .weekly(M1, DayOfWeek.MONDAY, 3)
                        .weekly(M1, DayOfWeek.TUESDAY, 1)
                        .build());
        assertThat(costly.contacts())
                .extracting(ContactPlannerTest::row)
                .containsExactly("MONDAY M-1 C-1 CALL", "MONDAY M-1 V-1 VISIT", "TUESDAY M-1 C-2 CALL");
        UnplannedAccount v2 = costly.unfitted().get(0);
        assertThat(v2.account()).isEqualTo(id("V-2"));
        assertThat(v2.reason()).isEqualTo(UnplannedReason.NO_FREE_SLOT);
        assertThat(v2.explanation().find("contact.unfitted.no_free_slot").get(0).text())
                .isEqualTo("no working day of the week [2026-03-02, 2026-03-09) has 2 free slot(s) of M-1 left for a"
                        + " VISIT: 2 of 4 slots of the week left after more overdue accounts");
    }

    /* A Sunday-to-Thursday week: it starts on Sunday 1 March 2026; Friday and Saturday are off. */
    @Test
    void weeksMayStartOnAnotherDayWithOtherWorkingDays() {
        ContactPlanner planner = ContactPlanner.builder(CadencePolicy.standard())
                .firstDayOfWeek(DayOfWeek.SUNDAY)
                .workingDays(List.of(
                        DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY))
                .build();
        LocalDate sunday = LocalDate.of(2026, 3, 1);
        WeeklyPlan week = planner.plan(
                sunday,
                List.of(
                        ContactCandidate.neverContacted(id("A"), M1, STRATEGIC),
                        ContactCandidate.neverContacted(id("B"), M1, STRATEGIC),
                        ContactCandidate.neverContacted(id("C"), M1, STRATEGIC)),
                Availability.builder()
                        .weekly(M1, DayOfWeek.SUNDAY, 1)
                        .weekly(M1, DayOfWeek.FRIDAY, 3) // off
                        .onDate(M1, LocalDate.of(2026, 3, 2), 0) // Monday blocked
                        .weekly(M1, DayOfWeek.MONDAY, 4)
                        .weekly(M1, DayOfWeek.THURSDAY, 1)
                        .build());
        assertThat(week.week()).isEqualTo(DateRange.of(sunday, LocalDate.of(2026, 3, 8)));
        assertThat(week.workingDays()).first().isEqualTo(sunday);
        assertThat(week.workingDays()).hasSize(5);
        assertThat(week.contacts())
                .extracting(c -> c.account() + " " + c.date().getDayOfWeek())
                .containsExactly("A SUNDAY", "B THURSDAY");
        assertThat(week.unfitted())
                .extracting(u -> u.account() + " " + u.reason())
                .containsExactly("C NO_FREE_SLOT");
    }

    @Test
    void aManagerWithoutAnyAvailabilityGetsNoContact() {
        WeeklyPlan none = ContactPlanner.of(CadencePolicy.standard())
                .plan(MON, List.of(ContactCandidate.neverContacted(id("A"), M1, KEY)), Availability.none());
        assertThat(none.contacts()).isEmpty();
        assertThat(none.unfitted())
                .extracting(UnplannedAccount::reason)
                .containsExactly(UnplannedReason.NO_AVAILABILITY);
        // Slots on non-working days only are no availability either.
        WeeklyPlan weekendOnly = ContactPlanner.of(CadencePolicy.standard())
                .plan(
                        MON,
                        List.of(ContactCandidate.neverContacted(id("A"), M1, KEY)),
                        Availability.builder().weekly(M1, DayOfWeek.SUNDAY, 9).build());
        assertThat(weekendOnly.unfitted())
                .extracting(UnplannedAccount::reason)
                .containsExactly(UnplannedReason.NO_AVAILABILITY);
    }

    @Test
    void anEmptyInputGivesAnEmptyPlan() {
        WeeklyPlan empty = ContactPlanner.of(CadencePolicy.standard()).plan(MON, List.of(), Availability.none());
        assertThat(empty.contacts()).isEmpty();
        assertThat(empty.unplanned()).isEmpty();
    }

    @Test
    void exposesItsSettings() {
        ContactPlanner planner = ContactPlanner.of(CadencePolicy.standard());
        assertThat(planner.policy()).isEqualTo(CadencePolicy.standard());
        assertThat(planner.firstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(planner.workingDays())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }
}
