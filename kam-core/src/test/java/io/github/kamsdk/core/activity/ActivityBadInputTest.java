package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.team.ManagerId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to the activity package fails with an {@link IllegalArgumentException} whose
 * message names the field and the bad value; never with a {@link NullPointerException} or another
 * exception.
 */
class ActivityBadInputTest {
    private static final AccountId C1 = AccountId.of("C-1");
    private static final ManagerId M1 = ManagerId.of("M-1");
    private static final LocalDateTime T = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final TierScale SCALE = TierScale.standard();
    private static final ContactPlanner PLANNER = ContactPlanner.of(CadencePolicy.standard());
    private static final ContactCandidate CANDIDATE = ContactCandidate.neverContacted(C1, M1, SCALE.tier("Key"));

    private static Activity.Builder complaint() {
        return Activity.builder()
                .kind(ActivityKind.COMPLAINT)
                .account(C1)
                .manager(M1)
                .when(T);
    }

    // Activity

    @Test
    void resolvedBeforeOpened() {
        assertRejected(
                () -> complaint().resolvedAt(T.minusMinutes(1)).build(),
                "resolvedAt must not be before",
                "2026-03-02T08:59",
                "2026-03-02T09:00",
                "C-1");
    }

    @Test
    void resolvedTimeOnANonComplaint() {
        assertRejected(
                () -> complaint().kind(ActivityKind.CALL).resolvedAt(T).build(),
                "resolvedAt is only for a COMPLAINT",
                "CALL",
                "C-1");
    }

    @Test
    void blankSubject() {
        assertRejected(() -> complaint().subject(" ").build(), "subject", "blank", "' '");
    }

    @Test
    void overlongSubject() {
        assertRejected(() -> complaint().subject("x".repeat(1001)).build(), "subject", "1000", "1001");
    }

    @Test
    void missingTime() {
        assertRejected(
                () -> Activity.builder()
                        .kind(ActivityKind.CALL)
                        .account(C1)
                        .manager(M1)
                        .build(),
                "when");
    }

    @Test
    void nullActivityAttributes() {
        assertNullRejected(() -> Activity.of(null, C1, M1, T), "kind");
        assertNullRejected(() -> Activity.of(ActivityKind.CALL, null, M1, T), "account");
        assertNullRejected(() -> Activity.of(ActivityKind.CALL, C1, null, T), "manager");
        assertNullRejected(() -> Activity.of(ActivityKind.CALL, C1, M1, null), "when");
        assertRejected(() -> Activity.builder().subject((String) null), "subject");
        assertNullRejected(() -> complaint().build().isOpenAt(null), "time");
    }

    // ActivityLog

    @Test
    void nullActivitiesAndNullElements() {
        assertNullRejected(() -> ActivityLog.of((List<Activity>) null), "activities");
        assertNullRejected(() -> ActivityLog.of((Activity[]) null), "activities");
        assertNullRejected(() -> ActivityLog.of(Arrays.asList(complaint().build(), null)), "activities[1]");
    }

    @Test
    void lastContactOfAComplaintKind() {
        assertRejected(
                () -> ActivityLog.empty().lastContactDate(C1, ActivityKind.COMPLAINT), "kind", "contact", "COMPLAINT");
        assertRejected(() -> ActivityLog.empty().lastContactDates(ActivityKind.COMPLAINT), "kind", "COMPLAINT");
    }

    @Test
    void nullLogQueries() {
        ActivityLog log = ActivityLog.empty();
        assertNullRejected(() -> log.within(null), "period");
        assertNullRejected(() -> log.before(null), "day");
        assertNullRejected(() -> log.ofAccount(null), "account");
        assertNullRejected(() -> log.ofManager(null), "manager");
        assertNullRejected(() -> log.ofKind(null), "kind");
        assertNullRejected(() -> log.count(null), "kind");
        assertNullRejected(() -> log.lastContactDate(null), "account");
        assertNullRejected(() -> log.lastContactDate(C1, null), "kind");
        assertNullRejected(() -> log.lastContactDates(null), "kind");
        assertNullRejected(() -> log.openComplaintsAt(null), "time");
        assertNullRejected(() -> log.plus(null), "other");
    }

    // ContactCadence and CadencePolicy

    @Test
    void cadenceOfZeroWeeks() {
        assertRejected(() -> ContactCadence.callEvery(0), "everyWeeks", "between 1 and 104", "got 0");
    }

    @Test
    void cadenceOfNegativeOrTooManyWeeks() {
        assertRejected(() -> ContactCadence.visitEvery(-1), "everyWeeks", "-1");
        assertRejected(() -> ContactCadence.visitEvery(105), "everyWeeks", "105");
    }

    @Test
    void cadenceOfAMeetingOrAComplaint() {
        assertRejected(() -> ContactCadence.of(ActivityKind.MEETING, 1), "kind", "CALL or VISIT", "MEETING");
        assertRejected(() -> ContactCadence.of(ActivityKind.COMPLAINT, 1), "kind", "COMPLAINT");
        assertNullRejected(() -> ContactCadence.of(null, 1), "kind");
    }

    @Test
    void dueDateBeyondTheCalendar() {
        assertRejected(
                () -> ContactCadence.callEvery(2).dueAfter(LocalDate.MAX.minusDays(13)),
                "lastContact",
                "LocalDate.MAX");
        assertNullRejected(() -> ContactCadence.callEvery(2).dueAfter(null), "lastContact");
    }

    @Test
    void policyTierFromAnotherScale() {
        assertRejected(
                () -> CadencePolicy.builder(SCALE).cadence(TierScale.abc().tier("A"), ContactCadence.callEvery(1)),
                "tier 'A'",
                "Strategic > Key");
        assertRejected(() -> CadencePolicy.standard().cadence(TierScale.abc().tier("A")), "tier 'A'");
    }

    @Test
    void policyTierGivenTwice() {
        assertRejected(
                () -> CadencePolicy.builder(SCALE)
                        .cadence(SCALE.tier("Key"), ContactCadence.callEvery(1))
                        .cadence(SCALE.tier("Key"), ContactCadence.callEvery(2)),
                "tier 'Key'",
                "a CALL every week",
                "a CALL every 2 weeks");
    }

    @Test
    void nullPolicyArguments() {
        assertNullRejected(() -> CadencePolicy.builder(null), "scale");
        assertNullRejected(() -> CadencePolicy.builder(SCALE).cadence(null, ContactCadence.callEvery(1)), "tier");
        assertNullRejected(() -> CadencePolicy.builder(SCALE).cadence(SCALE.tier("Key"), null), "cadence");
        assertNullRejected(() -> CadencePolicy.standard().cadence(null), "tier");
    }

    // Availability

    @Test
    void negativeSlots() {
        assertRejected(
                () -> Availability.builder().weekly(M1, DayOfWeek.MONDAY, -1), "slots", "got -1", "M-1", "MONDAY");
        assertRejected(() -> Availability.builder().onDate(M1, MONDAY, -2), "slots", "got -2", "2026-03-02");
    }

    @Test
    void tooManySlots() {
        assertRejected(() -> Availability.builder().weekdays(M1, 1001), "slots", "1000", "1001");
    }

    @Test
    void slotsGivenTwice() {
        assertRejected(
                () -> Availability.builder().weekdays(M1, 2).weekly(M1, DayOfWeek.FRIDAY, 1),
                "M-1",
                "FRIDAY",
                "set already: 2 (then 1)");
        assertRejected(() -> Availability.builder().onDate(M1, MONDAY, 2).onDate(M1, MONDAY, 3), "M-1", "2026-03-02");
    }

    @Test
    void nullAvailabilityArguments() {
        assertNullRejected(() -> Availability.builder().weekly(null, DayOfWeek.MONDAY, 1), "manager");
        assertNullRejected(() -> Availability.builder().weekly(M1, null, 1), "day");
        assertNullRejected(() -> Availability.builder().onDate(M1, null, 1), "date");
        assertNullRejected(() -> Availability.builder().weekdays(null, 1), "manager");
        assertNullRejected(() -> Availability.none().slots(null, MONDAY), "manager");
        assertNullRejected(() -> Availability.none().slots(M1, null), "date");
    }

    // ContactCandidate

    @Test
    void nullCandidateAttributes() {
        assertNullRejected(() -> ContactCandidate.neverContacted(null, M1, SCALE.tier("Key")), "account");
        assertNullRejected(() -> ContactCandidate.neverContacted(C1, null, SCALE.tier("Key")), "manager");
        assertNullRejected(() -> ContactCandidate.neverContacted(C1, M1, null), "tier");
        assertNullRejected(() -> ContactCandidate.of(C1, M1, SCALE.tier("Key"), null), "lastContact");
        assertRejected(() -> ContactCandidate.builder().account(C1).manager(M1).build(), "tier");
    }

    // ContactPlanner

    @Test
    void weekStartNotOnTheFirstDayOfTheWeek() {
        assertRejected(
                () -> PLANNER.plan(MONDAY.plusDays(2), List.of(), Availability.none()),
                "weekStart must be a MONDAY",
                "2026-03-04 is a WEDNESDAY");
        ContactPlanner sundays = ContactPlanner.builder(CadencePolicy.standard())
                .firstDayOfWeek(DayOfWeek.SUNDAY)
                .build();
        assertRejected(() -> sundays.plan(MONDAY, List.of(), Availability.none()), "SUNDAY", "2026-03-02");
    }

    @Test
    void weekStartTooCloseToTheEndOfTime() {
        LocalDate lateMonday =
                LocalDate.MAX.minusDays(400).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        assertRejected(() -> PLANNER.plan(lateMonday, List.of(), Availability.none()), "weekStart", "LocalDate.MAX");
    }

    @Test
    void duplicateAccount() {
        assertRejected(
                () -> PLANNER.plan(
                        MONDAY,
                        List.of(
                                CANDIDATE,
                                ContactCandidate.neverContacted(AccountId.of("C-2"), M1, SCALE.tier("Key")),
                                ContactCandidate.of(C1, ManagerId.of("M-2"), SCALE.tier("Strategic"), MONDAY)),
                        Availability.none()),
                "candidates must hold each account once",
                "account C-1",
                "candidates[0]",
                "candidates[2]");
    }

    @Test
    void candidateTierFromAnotherScale() {
        assertRejected(
                () -> PLANNER.plan(
                        MONDAY,
                        List.of(ContactCandidate.neverContacted(
                                C1, M1, TierScale.abc().tier("B"))),
                        Availability.none()),
                "candidates[0].tier 'B'",
                "C-1",
                "Strategic > Key");
    }

    @Test
    void lastContactAfterTheWeek() {
        assertRejected(
                () -> PLANNER.plan(
                        MONDAY,
                        List.of(ContactCandidate.of(C1, M1, SCALE.tier("Key"), MONDAY.plusDays(7))),
                        Availability.none()),
                "candidates[0].lastContact",
                "C-1",
                "2026-03-08",
                "2026-03-09");
    }

    @Test
    void nullPlanArguments() {
        assertNullRejected(() -> PLANNER.plan(null, List.of(), Availability.none()), "weekStart");
        assertNullRejected(() -> PLANNER.plan(MONDAY, null, Availability.none()), "candidates");
        assertNullRejected(() -> PLANNER.plan(MONDAY, List.of(), null), "availability");
        assertNullRejected(
                () -> PLANNER.plan(MONDAY, Arrays.asList(CANDIDATE, null), Availability.none()), "candidates[1]");
    }

    @Test
    void slotCostBelowOneOrForAMeeting() {
        assertRejected(
                () -> ContactPlanner.builder(CadencePolicy.standard()).slotCost(ActivityKind.VISIT, 0),
                "slotCost of VISIT",
                "got 0");
        assertRejected(
                () -> ContactPlanner.builder(CadencePolicy.standard()).slotCost(ActivityKind.MEETING, 1),
                "kind",
                "MEETING");
        assertRejected(() -> PLANNER.slotCost(ActivityKind.COMPLAINT), "kind", "COMPLAINT");
        assertNullRejected(() -> PLANNER.slotCost(null), "kind");
    }

    @Test
    void emptyOrNullWorkingDays() {
        assertRejected(
                () -> ContactPlanner.builder(CadencePolicy.standard()).workingDays(List.of()), "workingDays", "empty");
        assertNullRejected(
                () -> ContactPlanner.builder(CadencePolicy.standard()).workingDays(null), "workingDays");
        assertNullRejected(
                () -> ContactPlanner.builder(CadencePolicy.standard())
                        .workingDays(Arrays.asList(DayOfWeek.MONDAY, null)),
                "workingDays[1]");
    }

    @Test
    void nullPlannerSettings() {
        assertNullRejected(() -> ContactPlanner.of(null), "policy");
        assertNullRejected(() -> ContactPlanner.builder(null), "policy");
        assertNullRejected(
                () -> ContactPlanner.builder(CadencePolicy.standard()).firstDayOfWeek(null), "firstDayOfWeek");
    }

    @Test
    void nullPlanQueries() {
        WeeklyPlan plan = PLANNER.plan(MONDAY, List.of(), Availability.none());
        assertNullRejected(() -> plan.contactsOf(null), "manager");
        assertNullRejected(() -> plan.contactsOn(null), "date");
        assertNullRejected(() -> plan.contact(null), "account");
        assertNullRejected(() -> plan.unplanned(null), "account");
    }
}
