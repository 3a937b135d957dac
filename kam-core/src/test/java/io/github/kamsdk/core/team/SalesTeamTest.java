package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.team.ExampleTeam.ANA;
import static io.github.kamsdk.core.team.ExampleTeam.CARMEN;
import static io.github.kamsdk.core.team.ExampleTeam.EVA;
import static io.github.kamsdk.core.team.ExampleTeam.KEY_ACCOUNTS;
import static io.github.kamsdk.core.team.ExampleTeam.LUIS;
import static io.github.kamsdk.core.team.ExampleTeam.PABLO;
import static io.github.kamsdk.core.team.ExampleTeam.accounts;
import static io.github.kamsdk.core.team.ExampleTeam.c;
import static io.github.kamsdk.core.team.ExampleTeam.day;
import static io.github.kamsdk.core.team.ExampleTeam.range;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.team.CapacityLimit.Counts;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples on {@link ExampleTeam}: every expected answer below is read off its diagram. */
class SalesTeamTest {
    private final SalesTeam team = ExampleTeam.team();

    // Reporting lines

    @Test
    void listsManagersByIdAndFindsThem() {
        assertThat(team.managers()).extracting(Manager::id).containsExactly(ANA, CARMEN, EVA, LUIS, PABLO);
        assertThat(team.manager(ANA).role()).isEqualTo(Role.SENIOR_KAM);
        assertThat(team.contains(ANA)).isTrue();
        assertThat(team.contains(ManagerId.of("nobody"))).isFalse();
        assertThat(team).hasToString("SalesTeam[5 managers, 4 reporting lines, 17 assignments, 4 delegations]");
    }

    @Test
    void answersWhoReportsToWhom() {
        assertThat(team.supervisorOf(LUIS)).contains(ANA);
        assertThat(team.supervisorOf(CARMEN)).isEmpty();
        assertThat(team.directReports(ANA)).containsExactly(EVA, LUIS);
        assertThat(team.directReports(CARMEN)).containsExactly(ANA, PABLO);
        assertThat(team.directReports(LUIS)).isEmpty();
        assertThat(team.subordinates(CARMEN)).containsExactly(ANA, EVA, LUIS, PABLO);
        assertThat(team.subordinates(ANA)).containsExactly(EVA, LUIS);
        assertThat(team.subordinates(PABLO)).isEmpty();
        assertThat(team.supervisorChain(LUIS)).containsExactly(ANA, CARMEN);
        assertThat(team.supervisorChain(CARMEN)).isEmpty();
    }

    @Test
    void aSeniorKamSupervisesTheJuniorsWhoReportToThem() {
        assertThat(team.supervises(ANA, LUIS)).isTrue();
        assertThat(team.supervises(ANA, EVA)).isTrue();
        assertThat(team.supervises(CARMEN, LUIS)).as("transitively").isTrue();
        assertThat(team.supervises(LUIS, ANA)).isFalse();
        assertThat(team.supervises(ANA, ANA)).as("nobody supervises themself").isFalse();
        assertThat(team.supervises(ANA, PABLO)).isFalse();
        assertThat(team.supervises(LUIS, EVA)).as("peers").isFalse();
    }

    // Assignments

    @Test
    void findsWhoIsAssignedAnAccountOnADate() {
        assertThat(team.assigneeOn(c(4), day(3, 31))).contains(LUIS);
        assertThat(team.assigneeOn(c(4), day(4, 1)))
                .as("hand-over day belongs to the next")
                .contains(EVA);
        assertThat(team.assigneeOn(c(4), day(12, 31))).contains(EVA);
        assertThat(team.assigneeOn(c(4), day(1, 1).minusDays(1))).isEmpty();
        assertThat(team.assigneeOn(c(16), day(2, 28))).contains(PABLO);
        assertThat(team.assigneeOn(c(16), day(3, 1))).isEmpty();
        assertThat(team.assigneeOn(c(99), day(3, 1)))
                .as("an account never assigned")
                .isEmpty();
        assertThat(team.assignmentOn(c(4), day(2, 1)))
                .contains(Assignment.of(c(4), LUIS, DateRange.of(day(1, 1), day(4, 1))));
        assertThat(team.assignmentsOf(c(4))).extracting(Assignment::manager).containsExactly(LUIS, EVA);
        assertThat(team.assignmentsTo(EVA)).extracting(Assignment::account).containsExactly(c(5), c(4));
    }

    @Test
    void givesEachManagersPortfolioOnADate() {
        assertThat(team.portfolio(LUIS, day(2, 15))).containsExactly(c(3), c(4));
        assertThat(team.portfolio(LUIS, day(4, 1))).containsExactly(c(3));
        assertThat(team.portfolio(EVA, day(4, 1))).containsExactly(c(4), c(5));
        assertThat(team.portfolio(PABLO, day(2, 15))).hasSize(11).containsAll(range(6, 16));
        assertThat(team.portfolio(CARMEN, day(2, 15))).isEmpty();
        assertThat(team.portfolios(day(2, 15)))
                .containsOnlyKeys(ANA, CARMEN, EVA, LUIS, PABLO)
                .containsEntry(ANA, com.google.common.collect.ImmutableSortedSet.of(c(1), c(2)))
                .containsEntry(CARMEN, com.google.common.collect.ImmutableSortedSet.of());
        assertThat(team.portfolio(LUIS, day(8, 5)))
                .as("delegation does not change portfolios")
                .containsExactly(c(3));
    }

    // Capacity

    @Test
    void theDefaultPolicyFindsNoBreachInTheTeamInFebruary() {
        assertThat(team.capacityBreaches(day(2, 15), CapacityPolicy.defaults(), KEY_ACCOUNTS))
                .isEmpty();
    }

    @Test
    void reportsEveryManagerOverOrUnderTheirLimitSortedById() {
        CapacityPolicy tight = CapacityPolicy.defaults()
                .with(Role.JUNIOR_KAM, CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 1))
                .with(Role.SALES_MANAGER, CapacityLimit.between(Counts.ALL_ACCOUNTS, 12, 25));
        List<CapacityBreach> breaches = team.capacityBreaches(day(2, 15), tight, KEY_ACCOUNTS);
        assertThat(breaches)
                .extracting(CapacityBreach::message)
                .containsExactly(
                        "luis (JUNIOR_KAM) holds 2 key accounts on 2026-02-15, over the maximum of 1",
                        "pablo (SALES_MANAGER) holds 11 accounts on 2026-02-15, under the minimum of 12");
        CapacityBreach luis = breaches.get(0);
        assertThat(luis.manager()).isEqualTo(LUIS);
        assertThat(luis.role()).isEqualTo(Role.JUNIOR_KAM);
        assertThat(luis.date()).isEqualTo(day(2, 15));
        assertThat(luis.counts()).isEqualTo(Counts.KEY_ACCOUNTS);
        assertThat(luis.count()).isEqualTo(2);
        assertThat(luis.limit()).isEqualTo(1);
        assertThat(luis.kind()).isEqualTo(CapacityBreach.Kind.OVER);
        assertThat(breaches.get(1).kind()).isEqualTo(CapacityBreach.Kind.UNDER);
        assertThat(breaches.get(1).limit()).isEqualTo(12);
    }

    @Test
    void aSalesManagerWithoutAccountsIsUnderTheMinimum() {
        assertThat(team.capacityBreaches(day(1, 1).minusDays(1), CapacityPolicy.defaults(), KEY_ACCOUNTS))
                .extracting(CapacityBreach::message)
                .containsExactly("pablo (SALES_MANAGER) holds 0 accounts on 2025-12-31, under the minimum of 10");
    }

    @Test
    void keyAccountsMayComeFromAPredicate() {
        CapacityPolicy strict =
                CapacityPolicy.defaults().with(Role.SENIOR_KAM, CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 0));
        assertThat(team.capacityBreaches(day(2, 15), strict, a -> a.equals(c(2))))
                .extracting(CapacityBreach::message)
                .containsExactly("ana (SENIOR_KAM) holds 1 key account on 2026-02-15, over the maximum of 0");
    }

    // Responsibility and delegation

    @Test
    void theAssignedManagerActsWhenPresent() {
        Responsibility r = team.responsibleFor(c(3), day(8, 2)).orElseThrow();
        assertThat(r.account()).isEqualTo(c(3));
        assertThat(r.date()).isEqualTo(day(8, 2));
        assertThat(r.assigned()).isEqualTo(LUIS);
        assertThat(r.acting()).isEqualTo(LUIS);
        assertThat(r.isDelegated()).isFalse();
        assertThat(r.chain()).containsExactly(LUIS);
        assertThat(r.delegations()).isEmpty();
        assertThat(r.explanation().render())
                .isEqualTo("C-03 is assigned to luis for [2026-01-01, open)  [team.responsibility.assigned]\n"
                        + "luis acts for C-03 on 2026-08-02  [team.responsibility.acting]\n");
    }

    @Test
    void aDelegateActsDuringTheAbsence() {
        Responsibility r = team.responsibleFor(c(3), day(8, 5)).orElseThrow();
        assertThat(r.assigned()).isEqualTo(LUIS);
        assertThat(r.acting()).isEqualTo(ANA);
        assertThat(r.chain()).containsExactly(LUIS, ANA);
        assertThat(r).hasToString("C-03 on 2026-08-05: assigned luis, acting ana via [luis, ana]");
        assertThat(team.responsibleFor(c(3), day(8, 15)).orElseThrow().acting())
                .as("the delegation's end is excluded")
                .isEqualTo(LUIS);
    }

    @Test
    void chainsAreFollowedToTheFirstPresentPerson() {
        Responsibility r = team.responsibleFor(c(3), day(8, 11)).orElseThrow();
        assertThat(r.chain()).containsExactly(LUIS, ANA, CARMEN);
        assertThat(r.acting()).isEqualTo(CARMEN);
        assertThat(r.delegations()).extracting(Delegation::from).containsExactly(LUIS, ANA);
        assertThat(r.explanation().render())
                .isEqualTo("C-03 is assigned to luis for [2026-01-01, open)  [team.responsibility.assigned]\n"
                        + "luis is away [2026-08-03, 2026-08-15) and has delegated all accounts to ana"
                        + "  [team.responsibility.delegated]\n"
                        + "ana is away [2026-08-10, 2026-08-13) and has delegated all accounts to carmen"
                        + "  [team.responsibility.delegated]\n"
                        + "carmen acts for C-03 on 2026-08-11  [team.responsibility.acting]\n");
        assertThat(team.responsibleFor(c(1), day(8, 11)).orElseThrow().chain()).containsExactly(ANA, CARMEN);
    }

    @Test
    void aLimitedDelegationCoversOnlyItsAccounts() {
        assertThat(team.responsibleFor(c(5), day(9, 2)).orElseThrow().chain()).containsExactly(EVA, PABLO);
        assertThat(team.responsibleFor(c(4), day(9, 2)).orElseThrow().chain()).containsExactly(EVA);
        assertThat(team.delegationOn(EVA, day(9, 2)).orElseThrow().accounts())
                .contains(com.google.common.collect.ImmutableSortedSet.of(c(5)));
        assertThat(team.delegationOn(EVA, day(9, 8))).isEmpty();
    }

    @Test
    void nobodyIsResponsibleWithoutAnAssignment() {
        assertThat(team.responsibleFor(c(16), day(3, 1))).isEmpty();
        assertThat(team.responsibleFor(c(99), day(8, 11))).isEmpty();
    }

    // Authority

    @Test
    void aDelegateHoldsTheAbsentManagersAuthorityOnlyOnTheDelegationsDays() {
        assertThat(team.authorityHeldBy(ANA, day(8, 2))).containsExactly(ANA);
        assertThat(team.authorityHeldBy(ANA, day(8, 5))).containsExactly(ANA, LUIS);
        assertThat(team.authorityHeldBy(LUIS, day(8, 5))).as("passed on").isEmpty();
        assertThat(team.authorityHeldBy(ANA, day(8, 15))).containsExactly(ANA);
        assertThat(team.authorityHolder(LUIS, day(8, 5))).isEqualTo(ANA);
        assertThat(team.authorityHolder(LUIS, day(8, 15))).isEqualTo(LUIS);
    }

    @Test
    void authorityFollowsChains() {
        assertThat(team.authorityHeldBy(CARMEN, day(8, 11))).containsExactly(ANA, CARMEN, LUIS);
        assertThat(team.authorityHeldBy(ANA, day(8, 11))).isEmpty();
        assertThat(team.authorityHolder(LUIS, day(8, 11))).isEqualTo(CARMEN);
    }

    @Test
    void aDelegationWithoutApprovalAuthorityLeavesItWithTheAbsentManager() {
        assertThat(team.authorityHeldBy(PABLO, day(9, 2))).containsExactly(PABLO);
        assertThat(team.authorityHeldBy(EVA, day(9, 2))).containsExactly(EVA);
        assertThat(team.authorityHeldBy(PABLO, c(5), day(9, 2))).containsExactly(PABLO);
        assertThat(team.authorityHolder(EVA, c(5), day(9, 2))).isEqualTo(EVA);
    }

    @Test
    void authorityLimitedToAccountsPassesOnlyForThem() {
        LocalDate oct1 = day(10, 1);
        assertThat(team.authorityHeldBy(CARMEN, oct1))
                .as("not a delegation of all accounts")
                .containsExactly(CARMEN);
        assertThat(team.authorityHeldBy(PABLO, oct1)).containsExactly(PABLO);
        assertThat(team.authorityHeldBy(CARMEN, c(6), oct1)).containsExactly(CARMEN, PABLO);
        assertThat(team.authorityHeldBy(PABLO, c(6), oct1)).isEmpty();
        assertThat(team.authorityHeldBy(PABLO, c(7), oct1)).containsExactly(PABLO);
        assertThat(team.authorityHolder(PABLO, c(6), oct1)).isEqualTo(CARMEN);
        assertThat(team.authorityHolder(PABLO, oct1)).isEqualTo(PABLO);
    }

    // Access scope

    @Test
    void managersSeeTheirOwnAndTheirSubordinatesPortfolios() {
        LocalDate feb15 = day(2, 15);
        assertThat(team.visibleAccounts(CARMEN, feb15)).containsExactlyInAnyOrderElementsOf(range(1, 16));
        assertThat(team.visibleAccounts(ANA, feb15)).containsExactlyElementsOf(accounts(1, 2, 3, 4, 5));
        assertThat(team.visibleAccounts(LUIS, feb15)).containsExactlyElementsOf(accounts(3, 4));
        assertThat(team.visibleAccounts(EVA, feb15)).containsExactlyElementsOf(accounts(5));
        assertThat(team.canSee(LUIS, c(4), feb15)).isTrue();
        assertThat(team.canSee(LUIS, c(4), april1())).as("after the hand-over").isFalse();
        assertThat(team.canSee(EVA, c(4), april1())).isTrue();
        assertThat(team.canSee(LUIS, c(1), feb15))
                .as("not the senior's accounts")
                .isFalse();
        assertThat(team.canSee(PABLO, c(1), feb15)).isFalse();
        assertThat(team.canSee(CARMEN, c(99), feb15)).isFalse();
    }

    private static LocalDate april1() {
        return day(4, 1);
    }

    @Test
    void aDelegateSeesTheDelegatedAccountsOnlyOnTheDelegationsDays() {
        assertThat(team.visibleAccounts(PABLO, day(9, 2))).containsExactlyInAnyOrderElementsOf(range(5, 15));
        assertThat(team.delegatedAccounts(PABLO, day(9, 2))).containsExactly(c(5));
        assertThat(team.canSee(PABLO, c(5), day(9, 2))).isTrue();
        assertThat(team.canSee(PABLO, c(5), day(9, 8))).isFalse();
        assertThat(team.canSee(PABLO, c(4), day(9, 2))).as("outside the scope").isFalse();
        assertThat(team.visibleAccounts(EVA, day(9, 2)))
                .as("still sees her own")
                .containsExactlyElementsOf(accounts(4, 5));
    }

    @Test
    void everyoneAlongAChainSeesTheDelegatedAccounts() {
        assertThat(team.delegatedAccounts(ANA, day(8, 11))).containsExactly(c(3));
        assertThat(team.delegatedAccounts(CARMEN, day(8, 11))).containsExactlyElementsOf(accounts(1, 2, 3));
        assertThat(team.delegatedAccounts(CARMEN, day(8, 13))).isEmpty();
        assertThat(team.visibleAccounts(LUIS, day(8, 11))).containsExactly(c(3));
    }

    @Test
    void equalTeamsWhateverTheInputOrder() {
        SalesTeam reordered = SalesTeam.builder()
                .addManagers(team.managers().reverse())
                .reportsTo(PABLO, CARMEN)
                .reportsTo(EVA, ANA)
                .reportsTo(LUIS, ANA)
                .reportsTo(ANA, CARMEN)
                .reportsTo(ANA, CARMEN)
                .addAssignments(team.assignments().reverse())
                .addDelegations(team.delegations().reverse())
                .build();
        assertThat(reordered).isEqualTo(team).hasSameHashCodeAs(team);
        assertThat(reordered.assignments()).isEqualTo(team.assignments());
        assertThat(SalesTeam.builder().build()).isNotEqualTo(team);
    }
}
