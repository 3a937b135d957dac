package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.team.ExampleTeam.ANA;
import static io.github.kamsdk.core.team.ExampleTeam.CARMEN;
import static io.github.kamsdk.core.team.ExampleTeam.EVA;
import static io.github.kamsdk.core.team.ExampleTeam.KEY_ACCOUNTS;
import static io.github.kamsdk.core.team.ExampleTeam.LUIS;
import static io.github.kamsdk.core.team.ExampleTeam.PABLO;
import static io.github.kamsdk.core.team.ExampleTeam.c;
import static io.github.kamsdk.core.team.ExampleTeam.day;
import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.CapacityLimit.Counts;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each bad input is refused with an {@link IllegalArgumentException} naming the item and value. */
class TeamBadInputTest {
    private static final ManagerId NOBODY = ManagerId.of("nobody");
    private static final DateRange AUGUST = DateRange.ofMonth(2026, 8);
    private final SalesTeam team = ExampleTeam.team();

    private static SalesTeam.Builder two() {
        return SalesTeam.builder()
                .addManager(Manager.of(ANA, "Ana", Role.SENIOR_KAM))
                .addManager(Manager.of(LUIS, "Luis", Role.JUNIOR_KAM));
    }

    // Managers

    @Test
    void refusesDuplicateManagerIds() {
        assertRejected(
                () -> two().addManager(Manager.of(ANA, "Another Ana", Role.JUNIOR_KAM))
                        .build(),
                "duplicate manager id",
                "ana");
    }

    @Test
    void refusesABlankManagerName() {
        assertRejected(() -> Manager.of(ANA, " ", Role.SENIOR_KAM), "name", "ana");
    }

    @Test
    void refusesNullManagerParts() {
        assertNullRejected(() -> Manager.of(null, "Ana", Role.SENIOR_KAM), "id");
        assertNullRejected(() -> Manager.of(ANA, null, Role.SENIOR_KAM), "name");
        assertNullRejected(() -> Manager.of(ANA, "Ana", null), "role");
    }

    @Test
    void refusesNullsInTheBuilderNamingTheIndex() {
        assertNullRejected(
                () -> SalesTeam.builder().addManagers(Arrays.asList(Manager.of(ANA, "Ana", Role.SENIOR_KAM), null)),
                "managers[1]");
        assertNullRejected(() -> SalesTeam.builder().addManagers(null), "managers");
        assertNullRejected(() -> SalesTeam.builder().addAssignment(null), "assignments[0]");
        assertNullRejected(() -> SalesTeam.builder().addAssignments(null), "assignments");
        assertNullRejected(
                () -> SalesTeam.builder().addDelegations(Arrays.asList((Delegation) null)), "delegations[0]");
        assertNullRejected(() -> SalesTeam.builder().reportsTo(null, ANA), "subordinate");
        assertNullRejected(() -> SalesTeam.builder().reportsTo(ANA, null), "supervisor");
    }

    // Reporting lines

    @Test
    void refusesAReportingLineToAnUnknownManager() {
        assertRejected(
                () -> two().reportsTo(LUIS, NOBODY).build(), "reporting line luis -> nobody", "unknown manager nobody");
        assertRejected(() -> two().reportsTo(NOBODY, ANA).build(), "unknown manager nobody");
    }

    @Test
    void refusesReportingToOneself() {
        assertRejected(() -> two().reportsTo(ANA, ANA).build(), "ana", "cannot report to themself");
    }

    @Test
    void refusesReportingToTwoManagers() {
        assertRejected(
                () -> ExampleTeam.builder().reportsTo(LUIS, CARMEN).build(),
                "luis reports to more than one manager",
                "ana",
                "carmen");
    }

    @Test
    void refusesCyclesNamingTheManagersInTheCycle() {
        assertRejected(() -> two().reportsTo(ANA, LUIS).reportsTo(LUIS, ANA).build(), "cycle: ana -> luis -> ana");
        SalesTeam.Builder three = two().addManager(Manager.of(EVA, "Eva", Role.JUNIOR_KAM));
        assertRejected(
                () -> three.reportsTo(LUIS, EVA)
                        .reportsTo(EVA, ANA)
                        .reportsTo(ANA, LUIS)
                        .build(),
                "cycle: ana -> luis -> eva -> ana");
    }

    // Assignments

    @Test
    void refusesAnAssignmentToAnUnknownManager() {
        assertRejected(
                () -> two().addAssignment(Assignment.from(c(1), NOBODY, day(1, 1)))
                        .build(),
                "C-01",
                "unknown manager nobody");
    }

    @Test
    void refusesOverlappingAssignmentsOfOneAccountNamingBothPeriods() {
        assertRejected(
                () -> ExampleTeam.builder()
                        .addAssignment(Assignment.of(c(4), ANA, DateRange.of(day(3, 1), day(5, 1))))
                        .build(),
                "assignments of account C-04 overlap",
                "[2026-01-01, 2026-04-01) to luis and [2026-03-01, 2026-05-01) to ana");
        assertRejected(
                () -> ExampleTeam.builder()
                        .addAssignment(Assignment.from(c(1), ANA, day(1, 1)))
                        .build(),
                "C-01",
                "[2026-01-01, open) to ana and [2026-01-01, open) to ana");
    }

    @Test
    void refusesReversedOrEmptyAssignmentPeriods() {
        assertRejected(() -> DateRange.of(day(4, 1), day(3, 1)), "endExclusive", "2026-04-01", "2026-03-01");
        assertRejected(() -> Assignment.from(c(1), ANA, LocalDate.MAX), "start", "LocalDate.MAX");
    }

    @Test
    void refusesNullAssignmentParts() {
        assertNullRejected(() -> Assignment.of(null, ANA, AUGUST), "account");
        assertNullRejected(() -> Assignment.of(c(1), null, AUGUST), "manager");
        assertNullRejected(() -> Assignment.of(c(1), ANA, null), "period");
        assertNullRejected(() -> Assignment.from(c(1), ANA, null), "start");
        assertNullRejected(() -> Assignment.from(c(1), ANA, day(1, 1)).covers(null), "date");
    }

    // Delegations

    @Test
    void refusesDelegationToOneself() {
        assertRejected(() -> Delegation.of(ANA, ANA, AUGUST), "delegate to themself", "ana");
    }

    @Test
    void refusesADelegationWithAnUnknownManager() {
        assertRejected(
                () -> two().addDelegation(Delegation.of(ANA, NOBODY, AUGUST)).build(), "unknown manager nobody");
        assertRejected(
                () -> two().addDelegation(Delegation.of(NOBODY, ANA, AUGUST)).build(), "unknown manager nobody");
    }

    @Test
    void refusesOverlappingDelegationsFromOnePersonNamingBoth() {
        assertRejected(
                () -> ExampleTeam.builder()
                        .addDelegation(Delegation.of(LUIS, EVA, DateRange.of(day(8, 14), day(8, 20))))
                        .build(),
                "delegations from luis overlap",
                "[2026-08-03, 2026-08-15) to ana",
                "[2026-08-14, 2026-08-20) to eva");
    }

    @Test
    void refusesDelegationLoopsNamingThePeopleAndADay() {
        assertRejected(
                () -> two().addDelegation(Delegation.of(ANA, LUIS, AUGUST))
                        .addDelegation(Delegation.of(LUIS, ANA, DateRange.of(day(8, 20), day(9, 5))))
                        .build(),
                "loop on 2026-08-20",
                "luis -> ana -> luis");
        assertRejected(
                () -> ExampleTeam.builder()
                        .addDelegation(Delegation.builder()
                                .from(CARMEN)
                                .to(LUIS)
                                .period(DateRange.of(day(8, 12), day(8, 13)))
                                .accounts(List.of(c(99)))
                                .build())
                        .build(),
                "loop on 2026-08-12",
                "carmen -> luis -> ana -> carmen");
    }

    @Test
    void refusesAnIncompleteOrEmptyDelegation() {
        assertNullRejected(() -> Delegation.builder().to(ANA).period(AUGUST).build(), "from");
        assertNullRejected(() -> Delegation.builder().from(ANA).period(AUGUST).build(), "to");
        assertNullRejected(() -> Delegation.builder().from(ANA).to(LUIS).build(), "period");
        assertRejected(() -> Delegation.builder().accounts(List.of()), "accounts", "empty");
        assertNullRejected(() -> Delegation.builder().accounts(Arrays.asList(c(1), null)), "accounts[1]");
        assertNullRejected(() -> Delegation.builder().accounts(null), "accounts");
    }

    // Capacity

    @Test
    void refusesNegativeCapacityLimits() {
        assertRejected(() -> CapacityLimit.atMost(Counts.KEY_ACCOUNTS, -1), "max", "negative", "-1");
        assertRejected(() -> CapacityLimit.atLeast(Counts.ALL_ACCOUNTS, -2), "min", "negative", "-2");
        assertRejected(() -> CapacityLimit.between(Counts.ALL_ACCOUNTS, -1, 5), "min", "-1");
        assertRejected(() -> CapacityLimit.between(Counts.ALL_ACCOUNTS, 0, -5), "max", "-5");
    }

    @Test
    void refusesInvertedCapacityLimits() {
        assertRejected(() -> CapacityLimit.between(Counts.ALL_ACCOUNTS, 25, 10), "min must not exceed max", "25", "10");
    }

    @Test
    void refusesNullCapacityArguments() {
        assertNullRejected(() -> CapacityLimit.atMost(null, 3), "counts");
        assertNullRejected(() -> CapacityPolicy.defaults().with(null, CapacityLimit.unlimited()), "role");
        assertNullRejected(() -> CapacityPolicy.defaults().with(Role.JUNIOR_KAM, null), "limit");
        assertNullRejected(() -> CapacityPolicy.defaults().limit(null), "role");
        assertNullRejected(() -> team.capacityBreaches(null, CapacityPolicy.defaults(), KEY_ACCOUNTS), "date");
        assertNullRejected(() -> team.capacityBreaches(day(1, 1), null, KEY_ACCOUNTS), "policy");
        assertNullRejected(
                () -> team.capacityBreaches(day(1, 1), CapacityPolicy.defaults(), (Set<AccountId>) null),
                "keyAccounts");
        Set<AccountId> withNull = new HashSet<>(Arrays.asList(c(1), null));
        assertNullRejected(
                () -> team.capacityBreaches(day(1, 1), CapacityPolicy.defaults(), withNull), "keyAccounts element");
    }

    // Queries

    @Test
    void refusesQueriesAboutUnknownManagersNamingTheId() {
        LocalDate d = day(8, 5);
        assertRejected(() -> team.manager(NOBODY), "manager is not a manager of this team: nobody");
        assertRejected(() -> team.directReports(NOBODY), "nobody");
        assertRejected(() -> team.subordinates(NOBODY), "nobody");
        assertRejected(() -> team.supervisorChain(NOBODY), "nobody");
        assertRejected(() -> team.supervisorOf(NOBODY), "nobody");
        assertRejected(() -> team.supervises(NOBODY, ANA), "supervisor", "nobody");
        assertRejected(() -> team.supervises(ANA, NOBODY), "subordinate", "nobody");
        assertRejected(() -> team.portfolio(NOBODY, d), "nobody");
        assertRejected(() -> team.assignmentsTo(NOBODY), "nobody");
        assertRejected(() -> team.delegationsFrom(NOBODY), "nobody");
        assertRejected(() -> team.delegationOn(NOBODY, d), "nobody");
        assertRejected(() -> team.authorityHeldBy(NOBODY, d), "nobody");
        assertRejected(() -> team.authorityHeldBy(NOBODY, c(1), d), "nobody");
        assertRejected(() -> team.authorityHolder(NOBODY, d), "nobody");
        assertRejected(() -> team.authorityHolder(NOBODY, c(1), d), "nobody");
        assertRejected(() -> team.visibleAccounts(NOBODY, d), "nobody");
        assertRejected(() -> team.delegatedAccounts(NOBODY, d), "nobody");
        assertRejected(() -> team.canSee(NOBODY, c(1), d), "nobody");
    }

    @Test
    void refusesNullQueryArguments() {
        LocalDate d = day(8, 5);
        assertNullRejected(() -> team.contains(null), "id");
        assertNullRejected(() -> team.manager(null), "manager");
        assertNullRejected(() -> team.responsibleFor(null, d), "account");
        assertNullRejected(() -> team.responsibleFor(c(1), null), "date");
        assertNullRejected(() -> team.assignmentsOf(null), "account");
        assertNullRejected(() -> team.portfolio(ANA, null), "date");
        assertNullRejected(() -> team.portfolios(null), "date");
        assertNullRejected(() -> team.visibleAccounts(ANA, null), "date");
        assertNullRejected(() -> team.canSee(ANA, null, d), "account");
        assertNullRejected(() -> team.canSee(ANA, c(1), null), "date");
        assertNullRejected(() -> team.authorityHeldBy(ANA, null, d), "account");
        assertNullRejected(() -> team.authorityHolder(PABLO, c(1), null), "date");
    }
}
