package io.github.kamsdk.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.CapacityLimit.Counts;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.testing.TeamGens;
import io.github.kamsdk.core.testing.TeamGens.Line;
import io.github.kamsdk.core.testing.TeamGens.TeamSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of {@link SalesTeam} over generated teams ({@link TeamGens}), each checked against a naive
 * oracle that scans the raw input: who is responsible, who sees what, whose authority, capacity.
 */
class SalesTeamProperties {

    // Naive oracles over the raw input

    private static List<Assignment> covering(TeamSpec spec, AccountId account, LocalDate date) {
        return spec.assignments().stream()
                .filter(a -> a.account().equals(account) && a.covers(date))
                .toList();
    }

    private static Optional<Delegation> naiveActive(TeamSpec spec, ManagerId from, LocalDate date) {
        List<Delegation> active = spec.delegations().stream()
                .filter(d -> d.from().equals(from) && d.isActiveOn(date))
                .toList();
        assertThat(active).as("at most one delegation in force from %s", from).hasSizeLessThanOrEqualTo(1);
        return active.stream().findFirst();
    }

    /** The chain of people for the account, or empty if unassigned. */
    private static List<ManagerId> naiveChain(TeamSpec spec, AccountId account, LocalDate date) {
        List<Assignment> cover = covering(spec, account, date);
        if (cover.isEmpty()) {
            return List.of();
        }
        List<ManagerId> chain = new ArrayList<>(List.of(cover.get(0).manager()));
        for (Optional<Delegation> d = naiveActive(spec, chain.get(0), date);
                d.isPresent() && d.get().covers(account);
                d = naiveActive(spec, chain.get(chain.size() - 1), date)) {
            chain.add(d.get().to());
        }
        return chain;
    }

    private static boolean naiveSupervises(TeamSpec spec, ManagerId boss, ManagerId worker) {
        ManagerId at = worker;
        for (int guard = 0; guard < 100; guard++) {
            ManagerId current = at;
            Optional<ManagerId> up = spec.lines().stream()
                    .filter(l -> l.subordinate().equals(current))
                    .map(Line::supervisor)
                    .findFirst();
            if (up.isEmpty()) {
                return false;
            }
            if (up.get().equals(boss)) {
                return true;
            }
            at = up.get();
        }
        throw new AssertionError("cycle in generated lines");
    }

    private static Set<AccountId> naivePortfolio(TeamSpec spec, ManagerId manager, LocalDate date) {
        Set<AccountId> out = new TreeSet<>();
        spec.assignments().stream()
                .filter(a -> a.manager().equals(manager) && a.covers(date))
                .forEach(a -> out.add(a.account()));
        return out;
    }

    private static SalesTeam withDelegations(TeamSpec spec, Predicate<Delegation> keep) {
        return new TeamSpec(
                        spec.managers(),
                        spec.lines(),
                        spec.assignments(),
                        spec.delegations().stream().filter(keep).toList(),
                        spec.accounts())
                .build();
    }

    // Responsibility

    @Test
    void exactlyOneManagerIsResponsibleWhenAnAssignmentCoversTheDateAndNoneOtherwise() {
        Props.qt().forAll(TeamGens.teams(), TeamGens.dates()).checkAssert((spec, date) -> {
            SalesTeam team = spec.build();
            for (AccountId account : spec.accounts()) {
                List<Assignment> cover = covering(spec, account, date);
                assertThat(cover).hasSizeLessThanOrEqualTo(1);
                Optional<Responsibility> r = team.responsibleFor(account, date);
                assertThat(r.isPresent()).isEqualTo(!cover.isEmpty());
                assertThat(team.assigneeOn(account, date))
                        .isEqualTo(cover.stream().map(Assignment::manager).findFirst());
                if (r.isPresent()) {
                    assertThat(r.get().assignment()).isEqualTo(cover.get(0));
                    assertThat(r.get().chain()).isEqualTo(naiveChain(spec, account, date));
                    assertThat(r.get().chain()).doesNotHaveDuplicates();
                    assertThat(team.contains(r.get().acting())).isTrue();
                    Optional<Delegation> last = team.delegationOn(r.get().acting(), date);
                    assertThat(last.filter(d -> d.covers(account)))
                            .as("the acting manager is present")
                            .isEmpty();
                    assertThat(r.get().explanation().find("team.responsibility.delegated"))
                            .hasSize(r.get().delegations().size());
                }
            }
        });
    }

    @Test
    void portfoliosAreExactlyTheAssignmentsCoveringTheDate() {
        Props.qt().forAll(TeamGens.teams(), TeamGens.dates()).checkAssert((spec, date) -> {
            SalesTeam team = spec.build();
            for (ManagerId m : spec.ids()) {
                assertThat(team.portfolio(m, date)).containsExactlyElementsOf(naivePortfolio(spec, m, date));
                assertThat(team.portfolios(date).get(m)).isEqualTo(team.portfolio(m, date));
            }
        });
    }

    // Delegations act only on their dates

    @Test
    void answersOnADateDependOnlyOnTheDelegationsInForceThatDay() {
        Props.qt().forAll(TeamGens.teams(), TeamGens.dates()).checkAssert((spec, date) -> {
            SalesTeam team = spec.build();
            SalesTeam onlyThatDay = withDelegations(spec, d -> d.isActiveOn(date));
            for (ManagerId m : spec.ids()) {
                assertThat(team.visibleAccounts(m, date)).isEqualTo(onlyThatDay.visibleAccounts(m, date));
                assertThat(team.authorityHeldBy(m, date)).isEqualTo(onlyThatDay.authorityHeldBy(m, date));
                for (AccountId account : spec.accounts()) {
                    assertThat(team.authorityHeldBy(m, account, date))
                            .isEqualTo(onlyThatDay.authorityHeldBy(m, account, date));
                }
            }
            for (AccountId account : spec.accounts()) {
                assertThat(team.responsibleFor(account, date)).isEqualTo(onlyThatDay.responsibleFor(account, date));
            }
        });
    }

    @Test
    void withoutADelegationInForceEveryoneHoldsExactlyTheirOwnAuthority() {
        Props.qt().forAll(TeamGens.teams(), TeamGens.dates()).checkAssert((spec, date) -> {
            SalesTeam team = withDelegations(spec, d -> !d.isActiveOn(date));
            for (ManagerId m : spec.ids()) {
                assertThat(team.authorityHeldBy(m, date)).containsExactly(m);
                assertThat(team.authorityHolder(m, date)).isEqualTo(m);
                assertThat(team.delegatedAccounts(m, date)).isEmpty();
            }
        });
    }

    @Test
    void everyonesAuthorityIsHeldByExactlyOnePersonAndTheQueriesAgree() {
        Props.qt().forAll(TeamGens.teams(), TeamGens.dates()).checkAssert((spec, date) -> {
            SalesTeam team = spec.build();
            List<AccountId> scopes = spec.accounts();
            for (ManagerId holder : spec.ids()) {
                Set<ManagerId> expected = new TreeSet<>();
                for (ManagerId x : spec.ids()) {
                    if (team.authorityHolder(x, date).equals(holder)) {
                        expected.add(x);
                    }
                }
                assertThat(team.authorityHeldBy(holder, date)).containsExactlyElementsOf(expected);
                for (AccountId account : scopes) {
                    Set<ManagerId> forAccount = new TreeSet<>();
                    for (ManagerId x : spec.ids()) {
                        if (team.authorityHolder(x, account, date).equals(holder)) {
                            forAccount.add(x);
                        }
                    }
                    assertThat(team.authorityHeldBy(holder, account, date)).containsExactlyElementsOf(forAccount);
                }
            }
        });
    }

    @Test
    void authorityPassesOnlyFromPeopleWhoDelegatedItThatDay() {
        Props.qt().forAll(TeamGens.teams(), TeamGens.dates()).checkAssert((spec, date) -> {
            SalesTeam team = spec.build();
            for (ManagerId m : spec.ids()) {
                for (ManagerId other : team.authorityHeldBy(m, date)) {
                    if (!other.equals(m)) {
                        Delegation d = team.delegationOn(other, date).orElseThrow();
                        assertThat(d.passesApprovalAuthority()).isTrue();
                        assertThat(d.coversAllAccounts()).isTrue();
                    }
                }
            }
        });
    }

    // Access scope

    @Test
    void theVisibleSetIsExactlyTheJustifiedAccountsAndCanSeeAgrees() {
        Props.qt().forAll(TeamGens.teams(), TeamGens.dates()).checkAssert((spec, date) -> {
            SalesTeam team = spec.build();
            for (ManagerId m : spec.ids()) {
                Set<AccountId> visible = team.visibleAccounts(m, date);
                for (AccountId account : spec.accounts()) {
                    List<ManagerId> chain = naiveChain(spec, account, date);
                    boolean justified = !chain.isEmpty()
                            && (chain.get(0).equals(m) // own
                                    || naiveSupervises(spec, m, chain.get(0)) // a subordinate's
                                    || chain.subList(1, chain.size()).contains(m)); // delegated
                    assertThat(visible.contains(account))
                            .as("%s sees %s", m, account)
                            .isEqualTo(justified);
                    assertThat(team.canSee(m, account, date))
                            .as("canSee(%s, %s)", m, account)
                            .isEqualTo(justified);
                }
                assertThat(spec.accounts()).containsAll(visible);
            }
        });
    }

    // Reporting lines

    @Test
    void reportingQueriesAgreeWithEachOther() {
        Props.qt().forAll(TeamGens.teams()).checkAssert(spec -> {
            SalesTeam team = spec.build();
            for (ManagerId m : spec.ids()) {
                Set<ManagerId> subordinates = new TreeSet<>();
                Set<ManagerId> direct = new TreeSet<>();
                for (ManagerId x : spec.ids()) {
                    assertThat(team.supervises(m, x)).isEqualTo(naiveSupervises(spec, m, x));
                    if (team.supervises(m, x)) {
                        subordinates.add(x);
                        assertThat(team.supervisorChain(x)).contains(m);
                    }
                    if (team.supervisorOf(x).equals(Optional.of(m))) {
                        direct.add(x);
                    }
                }
                assertThat(team.subordinates(m))
                        .containsExactlyElementsOf(subordinates)
                        .doesNotContain(m);
                assertThat(team.directReports(m)).containsExactlyElementsOf(direct);
                assertThat(team.supervisorChain(m).stream().findFirst()).isEqualTo(team.supervisorOf(m));
            }
        });
    }

    // Order independence

    @Test
    void resultsDoNotDependOnInputOrder() {
        Props.qt().forAll(TeamGens.teams(), TeamGens.dates(), Gens.seeds()).checkAssert((spec, date, seed) -> {
            SalesTeam team = spec.build();
            SalesTeam shuffled = spec.buildShuffled(seed);
            assertThat(shuffled).isEqualTo(team);
            assertThat(shuffled.managers()).isEqualTo(team.managers());
            assertThat(shuffled.assignments()).isEqualTo(team.assignments());
            assertThat(shuffled.delegations()).isEqualTo(team.delegations());
            assertThat(shuffled.portfolios(date)).isEqualTo(team.portfolios(date));
            Set<AccountId> keys =
                    new HashSet<>(spec.accounts().subList(0, spec.accounts().size() / 2));
            assertThat(shuffled.capacityBreaches(date, CapacityPolicy.defaults(), keys))
                    .isEqualTo(team.capacityBreaches(date, CapacityPolicy.defaults(), keys));
            for (ManagerId m : spec.ids()) {
                assertThat(shuffled.visibleAccounts(m, date)).isEqualTo(team.visibleAccounts(m, date));
                assertThat(shuffled.authorityHeldBy(m, date)).isEqualTo(team.authorityHeldBy(m, date));
                assertThat(shuffled.subordinates(m)).isEqualTo(team.subordinates(m));
            }
            for (AccountId account : spec.accounts()) {
                assertThat(shuffled.responsibleFor(account, date)).isEqualTo(team.responsibleFor(account, date));
            }
        });
    }

    // Capacity

    private static Gen<CapacityLimit> limits() {
        Gen<Counts> counts = Generate.enumValues(Counts.class);
        return Generate.oneOf(
                Generate.constant(CapacityLimit.unlimited()),
                counts.zip(integers().between(0, 4), CapacityLimit::atMost),
                counts.zip(integers().between(0, 4), CapacityLimit::atLeast),
                counts.zip(
                        integers().between(0, 3),
                        integers().between(0, 3),
                        (c, min, extra) -> CapacityLimit.between(c, min, min + extra)));
    }

    private static Gen<CapacityPolicy> policies() {
        return limits().zip(
                        limits(),
                        limits(),
                        limits(),
                        (a, b, c, d) -> CapacityPolicy.unlimited()
                                .with(Role.JUNIOR_KAM, a)
                                .with(Role.SENIOR_KAM, b)
                                .with(Role.SALES_MANAGER, c)
                                .with(Role.HEAD_OF_SALES, d)
                                .with(Role.COMMERCIAL_DIRECTOR, d));
    }

    @Test
    void capacityBreachesAreExactlyTheManagersOverOrUnderTheirLimit() {
        Props.qt().forAll(TeamGens.teams(), TeamGens.dates(), policies()).checkAssert((spec, date, policy) -> {
            SalesTeam team = spec.build();
            Predicate<AccountId> isKey = a -> a.value().hashCode() % 2 == 0;
            List<CapacityBreach> breaches = team.capacityBreaches(date, policy, isKey);
            List<CapacityBreach> expected = new ArrayList<>();
            for (Manager m : spec.managers()) {
                CapacityLimit limit = policy.limit(m.role());
                int count = (int) naivePortfolio(spec, m.id(), date).stream()
                        .filter(a -> limit.counts() == Counts.ALL_ACCOUNTS || isKey.test(a))
                        .count();
                if (limit.max().isPresent() && count > limit.max().getAsInt()) {
                    expected.add(new CapacityBreach(
                            m.id(),
                            m.role(),
                            date,
                            limit.counts(),
                            count,
                            limit.max().getAsInt(),
                            CapacityBreach.Kind.OVER));
                } else if (count < limit.min()) {
                    expected.add(new CapacityBreach(
                            m.id(), m.role(), date, limit.counts(), count, limit.min(), CapacityBreach.Kind.UNDER));
                }
            }
            assertThat(breaches).containsExactlyInAnyOrderElementsOf(expected).isSorted();
            assertThat(team.capacityBreaches(date, CapacityPolicy.unlimited(), isKey))
                    .isEmpty();
        });
    }

    // Loops

    @Test
    void aDelegationBackAlongAnyDelegationIsRefusedAsALoopOrAnOverlap() {
        Props.qt().forAll(TeamGens.teams()).checkAssert(spec -> {
            for (Delegation d : spec.delegations()) {
                List<Delegation> more = new ArrayList<>(spec.delegations());
                more.add(Delegation.of(d.to(), d.from(), d.period()));
                TeamSpec bad = new TeamSpec(spec.managers(), spec.lines(), spec.assignments(), more, spec.accounts());
                assertThatThrownBy(bad::build)
                        .isExactlyInstanceOf(IllegalArgumentException.class)
                        .satisfiesAnyOf(
                                e -> assertThat(e).hasMessageContainingAll("delegations from " + d.to(), "overlap"),
                                e -> assertThat(e)
                                        .hasMessageContainingAll(
                                                "loop on", d.from().value(), d.to().value()));
            }
        });
    }

    @Test
    void valueOrdersAreConsistentWithEquals() {
        Props.qt().forAll(TeamGens.teams()).checkAssert(spec -> {
            for (Assignment a : spec.assignments()) {
                for (Assignment b : spec.assignments()) {
                    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
                    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
                }
            }
            for (Delegation a : spec.delegations()) {
                for (Delegation b : spec.delegations()) {
                    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
                    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
                }
            }
        });
    }
}
