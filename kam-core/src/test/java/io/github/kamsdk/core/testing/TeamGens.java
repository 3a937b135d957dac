package io.github.kamsdk.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.Assignment;
import io.github.kamsdk.core.team.Delegation;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators for sales teams: a few managers in a random forest of reporting lines, a few accounts
 * whose assignments follow each other with gaps (some open-ended), and delegations that never
 * overlap for one person and never loop (each manager only delegates to managers of a higher random
 * rank), limited to some accounts or not, passing approval authority or not. Everything happens
 * within a few months from {@link #BASE}, so dates drawn by {@link #dates()} hit assignments,
 * delegations, gaps and hand-over days often.
 */
public final class TeamGens {
    /** The first day of generated plans. */
    public static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    /** Generated plans stay within this many days from {@link #BASE}. */
    public static final int HORIZON = 120;

    private TeamGens() {}

    /** A reporting line: {@code subordinate} reports to {@code supervisor}. */
    public record Line(ManagerId subordinate, ManagerId supervisor) {}

    /**
     * The raw input of a team, so that properties can build it in any order.
     *
     * @param managers the managers
     * @param lines the reporting lines
     * @param assignments the assignments
     * @param delegations the delegations
     * @param accounts every account the plan mentions, assigned or not
     */
    public record TeamSpec(
            List<Manager> managers,
            List<Line> lines,
            List<Assignment> assignments,
            List<Delegation> delegations,
            List<AccountId> accounts) {

        /** The team, input in the order generated. */
        public SalesTeam build() {
            return build(managers, lines, assignments, delegations);
        }

        /** The team, each input list shuffled by the seed. */
        public SalesTeam buildShuffled(long seed) {
            Random random = new Random(seed);
            return build(
                    shuffled(managers, random),
                    shuffled(lines, random),
                    shuffled(assignments, random),
                    shuffled(delegations, random));
        }

        /** The ids of the managers, in the order generated. */
        public List<ManagerId> ids() {
            return managers.stream().map(Manager::id).toList();
        }

        private static <T> List<T> shuffled(List<T> list, Random random) {
            List<T> copy = new ArrayList<>(list);
            Collections.shuffle(copy, random);
            return copy;
        }

        private static SalesTeam build(
                List<Manager> managers, List<Line> lines, List<Assignment> assignments, List<Delegation> delegations) {
            SalesTeam.Builder builder = SalesTeam.builder().addManagers(managers);
            lines.forEach(l -> builder.reportsTo(l.subordinate(), l.supervisor()));
            return builder.addAssignments(assignments)
                    .addDelegations(delegations)
                    .build();
        }
    }

    /** Days from a few before {@link #BASE} to a few after the {@link #HORIZON}. */
    public static Gen<LocalDate> dates() {
        return integers().between(-5, HORIZON + 5).map(BASE::plusDays);
    }

    /** Valid teams of 1 to 7 managers and 0 to 8 accounts (plus one account never assigned). */
    public static Gen<TeamSpec> teams() {
        return TeamGens::team;
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static TeamSpec team(RandomnessSource in) {
        int n = between(in, 1, 7);
        Gen<Role> roles = Generate.enumValues(Role.class);
        // Ids are the generation index mixed with a random label, so that id order is not the order of the forest.
        List<Manager> managers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "M-" + (char) ('a' + between(in, 0, 25)) + i;
            managers.add(Manager.of(ManagerId.of(id), "Manager " + i, roles.generate(in)));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int sup = between(in, -1, i - 1);
            if (sup >= 0) {
                lines.add(new Line(managers.get(i).id(), managers.get(sup).id()));
            }
        }
        int accountCount = between(in, 0, 8);
        List<AccountId> accounts = new ArrayList<>();
        for (int a = 0; a <= accountCount; a++) {
            accounts.add(AccountId.of("C-" + a)); // C-<accountCount> is never assigned
        }
        List<Assignment> assignments = new ArrayList<>();
        for (int a = 0; a < accountCount; a++) {
            int day = between(in, 0, 10);
            int pieces = between(in, 0, 4);
            for (int p = 0; p < pieces; p++) {
                ManagerId manager = managers.get(between(in, 0, n - 1)).id();
                LocalDate start = BASE.plusDays(day);
                if (p == pieces - 1 && between(in, 0, 2) == 0) {
                    assignments.add(Assignment.from(accounts.get(a), manager, start));
                } else {
                    int length = between(in, 1, 40);
                    assignments.add(
                            Assignment.of(accounts.get(a), manager, DateRange.of(start, start.plusDays(length))));
                    day += length + between(in, 0, 1) * between(in, 1, 5);
                }
            }
        }
        // Delegations go only to managers of a higher rank: no loop is possible.
        List<Integer> rank = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rank.add(between(in, 0, 1000) * 10 + i);
        }
        List<Delegation> delegations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<ManagerId> above = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (rank.get(j) > rank.get(i)) {
                    above.add(managers.get(j).id());
                }
            }
            if (above.isEmpty()) {
                continue;
            }
            int day = between(in, 0, 15);
            int count = between(in, 0, 3);
            for (int k = 0; k < count; k++) {
                int length = between(in, 1, 40);
                LocalDate start = BASE.plusDays(day);
                Delegation.Builder d = Delegation.builder()
                        .from(managers.get(i).id())
                        .to(above.get(between(in, 0, above.size() - 1)))
                        .period(DateRange.of(start, start.plusDays(length)))
                        .approvalAuthority(between(in, 0, 1) == 1);
                if (between(in, 0, 1) == 1) {
                    List<AccountId> scope = new ArrayList<>();
                    for (AccountId account : accounts) {
                        if (between(in, 0, 1) == 1) {
                            scope.add(account);
                        }
                    }
                    if (!scope.isEmpty()) {
                        d.accounts(scope);
                    }
                }
                delegations.add(d.build());
                day += length + between(in, 0, 5);
            }
        }
        return new TeamSpec(
                List.copyOf(managers),
                List.copyOf(lines),
                List.copyOf(assignments),
                List.copyOf(delegations),
                List.copyOf(accounts));
    }
}
