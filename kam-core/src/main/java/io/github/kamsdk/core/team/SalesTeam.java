package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.team.CapacityLimit.Counts;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of a sales organisation: its managers and their roles, who reports to whom,
 * which accounts each manager's portfolio holds over time, and who stands in for whom during
 * absences. Built once, validated as a whole, then queried by date.
 *
 * <pre>{@code
 * SalesTeam team = SalesTeam.builder()
 *     .addManager(Manager.of(head, "Carmen Vidal", Role.HEAD_OF_SALES))
 *     .addManager(Manager.of(senior, "Ana Ruiz", Role.SENIOR_KAM))
 *     .addManager(Manager.of(junior, "Luis Gil", Role.JUNIOR_KAM))
 *     .reportsTo(senior, head)
 *     .reportsTo(junior, senior)
 *     .addAssignment(Assignment.from(AccountId.of("C-1"), junior, LocalDate.of(2026, 1, 1)))
 *     .addDelegation(Delegation.of(junior, senior, DateRange.ofMonth(2026, 8)))
 *     .build();
 * team.responsibleFor(AccountId.of("C-1"), LocalDate.of(2026, 8, 5)).orElseThrow().acting(); // senior
 * team.visibleAccounts(head, LocalDate.of(2026, 3, 1));                                      // [C-1]
 * }</pre>
 *
 * <h2>Reporting lines (R-ROLE-1)</h2>
 * Each manager reports to at most one other, so the organisation is a forest; a manager reporting to
 * themself, to two different managers, or round a cycle is refused. A manager {@linkplain #supervises
 * supervises} everyone below them, directly or not (a senior KAM supervises the juniors who report
 * to them, and the head of sales everyone below); nobody supervises themself. Roles do not constrain
 * the lines: the host states them.
 *
 * <h2>Assignments (R-ROLE-4)</h2>
 * Periods are half-open, {@code [start, end)}. The assignments of one account never overlap (a
 * hand-over on 1 April ends one on 2026-04-01 and starts the next the same day); on a day no
 * assignment covers, nobody is responsible for the account. Accounts are not registered: an account
 * without assignments simply has no responsible manager.
 *
 * <h2>Delegations (R-ROLE-3)</h2>
 * <ul>
 *   <li>A manager with a delegation in force on a day is away that day, for the delegation's
 *       scope. One person delegates to one person at a time: two delegations from the same manager
 *       whose periods overlap are refused, whatever their scopes.
 *   <li>Chains are followed: if A is away delegating to B while B is away delegating to C, an
 *       account of A's (within both scopes) is acted for by C, the first person along the chain
 *       with no delegation covering it that day. Accounts a manager holds by delegation pass on
 *       with their own delegation like their own portfolio.
 *   <li>Loops (A to B and B to A on a common day, or longer) are refused when the team is built,
 *       whatever the scopes, naming the people and the first day of the loop.
 *   <li>Approval authority (R-DISC-2) follows only delegations that pass it: a delegate holds the
 *       absent manager's authority only on the delegation's days. A manager who delegates without
 *       passing authority keeps it while away. {@link #authorityHeldBy(ManagerId, LocalDate)}
 *       counts only delegations of all accounts; the overload with an account also counts
 *       delegations limited to accounts that include it.
 * </ul>
 *
 * <h2>Access scope (R-SEC-1)</h2>
 * On a day a manager may see their own portfolio, the portfolios of everyone they supervise
 * (transitively: the head of sales sees the juniors' accounts too), and the accounts delegated to
 * them that day within the delegations' scopes (being on an account's delegation chain, see {@link
 * Responsibility#chain()}). What a subordinate holds by delegation is not visible to their
 * supervisors through them. {@link #visibleAccounts} and {@link #canSee} agree on every account.
 *
 * <h2>Cost and determinism</h2>
 * Building sorts and indexes everything in {@code O(n log n)} (the loop check walks each
 * delegation's chain once). Queries by date use per-account, per-manager and per-delegator indexes
 * sorted by start and binary search; they never scan the whole plan. Results are sorted by id, so they
 * do not depend on the order of the input; when the input has several errors, the one reported is
 * the first in that order. Query methods refuse a manager id that is not in the team with an {@link
 * IllegalArgumentException} naming it.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class SalesTeam {
    private static final Comparator<Assignment> BY_START = Comparator.comparing(Assignment::period)
            .thenComparing(Assignment::account)
            .thenComparing(Assignment::manager);

    private final ImmutableSortedMap<ManagerId, Manager> managers;
    private final ImmutableSortedMap<ManagerId, ManagerId> supervisors;
    private final ImmutableMap<ManagerId, ImmutableSortedSet<ManagerId>> directReports;
    private final ImmutableList<Assignment> assignments;
    private final ImmutableMap<AccountId, ImmutableList<Assignment>> byAccount;
    private final ImmutableMap<ManagerId, ImmutableList<Assignment>> byManager;
    private final ImmutableList<Delegation> delegations;
    private final ImmutableMap<ManagerId, ImmutableList<Delegation>> delegationsFrom;
    private final ImmutableMap<ManagerId, ImmutableList<Delegation>> delegationsTo;

    private SalesTeam(
            ImmutableSortedMap<ManagerId, Manager> managers,
            ImmutableSortedMap<ManagerId, ManagerId> supervisors,
            ImmutableList<Assignment> assignments,
            ImmutableList<Delegation> delegations) {
        this.managers = managers;
        this.supervisors = supervisors;
        Map<ManagerId, TreeSet<ManagerId>> reports = new HashMap<>();
        supervisors.forEach(
                (sub, sup) -> reports.computeIfAbsent(sup, k -> new TreeSet<>()).add(sub));
        ImmutableMap.Builder<ManagerId, ImmutableSortedSet<ManagerId>> direct = ImmutableMap.builder();
        reports.forEach((sup, subs) -> direct.put(sup, ImmutableSortedSet.copyOfSorted(subs)));
        this.directReports = direct.build();
        this.assignments = assignments;
        this.byAccount = index(assignments, Assignment::account, BY_START);
        this.byManager = index(assignments, Assignment::manager, BY_START);
        this.delegations = delegations;
        Comparator<Delegation> byPeriod =
                Comparator.comparing(Delegation::period).thenComparing(Comparator.naturalOrder());
        this.delegationsFrom = index(delegations, Delegation::from, byPeriod);
        this.delegationsTo = index(delegations, Delegation::to, byPeriod);
    }

    private static <K, T> ImmutableMap<K, ImmutableList<T>> index(
            List<T> items, Function<T, K> key, Comparator<? super T> order) {
        Map<K, List<T>> groups = new HashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        ImmutableMap.Builder<K, ImmutableList<T>> out = ImmutableMap.builderWithExpectedSize(groups.size());
        groups.forEach((k, list) -> {
            list.sort(order);
            out.put(k, ImmutableList.copyOf(list));
        });
        return out.build();
    }

    /**
     * A builder for a team.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // Managers and reporting lines

    /**
     * The managers, by id.
     *
     * @return every manager, sorted by id
     */
    public ImmutableList<Manager> managers() {
        return managers.values().asList();
    }

    /**
     * Whether the id names a manager of this team.
     *
     * @param id the id, not null
     * @return true if the team has the manager
     */
    public boolean contains(ManagerId id) {
        return managers.containsKey(notNull(id, "id"));
    }

    /**
     * The manager with the id.
     *
     * @param id a manager of this team, not null
     * @return the manager
     */
    public Manager manager(ManagerId id) {
        return managers.get(require(id, "manager"));
    }

    /**
     * The manager's immediate supervisor.
     *
     * @param manager a manager of this team, not null
     * @return whom they report to, or empty at the top of the organisation
     */
    public Optional<ManagerId> supervisorOf(ManagerId manager) {
        return Optional.ofNullable(supervisors.get(require(manager, "manager")));
    }

    /**
     * The managers who report directly to the manager.
     *
     * @param manager a manager of this team, not null
     * @return the direct reports, sorted by id
     */
    public ImmutableSortedSet<ManagerId> directReports(ManagerId manager) {
        ImmutableSortedSet<ManagerId> reports = directReports.get(require(manager, "manager"));
        return reports == null ? ImmutableSortedSet.of() : reports;
    }

    /**
     * Everyone below the manager: their direct reports, their reports' reports, and so on.
     *
     * @param manager a manager of this team, not null
     * @return the subordinates, not the manager, sorted by id
     */
    public ImmutableSortedSet<ManagerId> subordinates(ManagerId manager) {
        require(manager, "manager");
        TreeSet<ManagerId> found = new TreeSet<>();
        Deque<ManagerId> todo = new ArrayDeque<>(directReports(manager));
        while (!todo.isEmpty()) {
            ManagerId next = todo.pop();
            if (found.add(next)) {
                todo.addAll(directReports(next));
            }
        }
        return ImmutableSortedSet.copyOfSorted(found);
    }

    /**
     * The manager's supervisors, from their immediate supervisor up to the top of the organisation.
     *
     * @param manager a manager of this team, not null
     * @return the chain, empty for a manager who reports to nobody
     */
    public ImmutableList<ManagerId> supervisorChain(ManagerId manager) {
        require(manager, "manager");
        ImmutableList.Builder<ManagerId> chain = ImmutableList.builder();
        for (ManagerId up = supervisors.get(manager); up != null; up = supervisors.get(up)) {
            chain.add(up);
        }
        return chain.build();
    }

    /**
     * Whether {@code supervisor} is above {@code subordinate}, directly or through others. Nobody
     * supervises themself.
     *
     * @param supervisor a manager of this team, not null
     * @param subordinate a manager of this team, not null
     * @return true if {@code supervisor} is in {@code subordinate}'s {@linkplain #supervisorChain
     *     supervisor chain}
     */
    public boolean supervises(ManagerId supervisor, ManagerId subordinate) {
        require(supervisor, "supervisor");
        require(subordinate, "subordinate");
        for (ManagerId up = supervisors.get(subordinate); up != null; up = supervisors.get(up)) {
            if (up.equals(supervisor)) {
                return true;
            }
        }
        return false;
    }

    // Assignments

    /**
     * Every assignment.
     *
     * @return the assignments, sorted by account, then start
     */
    public ImmutableList<Assignment> assignments() {
        return assignments;
    }

    /**
     * The assignments of an account over time.
     *
     * @param account the account, not null
     * @return its assignments by start, none if the team never held it
     */
    public ImmutableList<Assignment> assignmentsOf(AccountId account) {
        ImmutableList<Assignment> list = byAccount.get(notNull(account, "account"));
        return list == null ? ImmutableList.of() : list;
    }

    /**
     * The assignments to a manager over time.
     *
     * @param manager a manager of this team, not null
     * @return their assignments by start, then account
     */
    public ImmutableList<Assignment> assignmentsTo(ManagerId manager) {
        ImmutableList<Assignment> list = byManager.get(require(manager, "manager"));
        return list == null ? ImmutableList.of() : list;
    }

    /**
     * The assignment of an account that covers a date.
     *
     * @param account the account, not null
     * @param date the day, not null
     * @return the assignment, or empty if none covers the date
     */
    public Optional<Assignment> assignmentOn(AccountId account, LocalDate date) {
        notNull(account, "account");
        notNull(date, "date");
        ImmutableList<Assignment> list = assignmentsOf(account);
        int n = countStartingBy(list, Assignment::start, date);
        // The assignments of one account do not overlap: only the last one started can cover the date.
        return n > 0 && list.get(n - 1).covers(date) ? Optional.of(list.get(n - 1)) : Optional.empty();
    }

    /**
     * The manager an account is assigned to on a date, before delegations (see {@link
     * #responsibleFor} for who acts).
     *
     * @param account the account, not null
     * @param date the day, not null
     * @return the manager, or empty if no assignment covers the date
     */
    public Optional<ManagerId> assigneeOn(AccountId account, LocalDate date) {
        return assignmentOn(account, date).map(Assignment::manager);
    }

    /**
     * The accounts assigned to a manager on a date (delegations do not change portfolios).
     *
     * @param manager a manager of this team, not null
     * @param date the day, not null
     * @return the accounts, sorted
     */
    public ImmutableSortedSet<AccountId> portfolio(ManagerId manager, LocalDate date) {
        require(manager, "manager");
        notNull(date, "date");
        TreeSet<AccountId> accounts = new TreeSet<>();
        addPortfolio(manager, date, accounts);
        return ImmutableSortedSet.copyOfSorted(accounts);
    }

    /**
     * Every manager's portfolio on a date.
     *
     * @param date the day, not null
     * @return each manager of the team (also those with an empty portfolio) and their accounts
     */
    public ImmutableSortedMap<ManagerId, ImmutableSortedSet<AccountId>> portfolios(LocalDate date) {
        notNull(date, "date");
        ImmutableSortedMap.Builder<ManagerId, ImmutableSortedSet<AccountId>> out = ImmutableSortedMap.naturalOrder();
        for (ManagerId id : managers.keySet()) {
            out.put(id, portfolio(id, date));
        }
        return out.build();
    }

    private void addPortfolio(ManagerId manager, LocalDate date, Set<AccountId> into) {
        ImmutableList<Assignment> list = byManager.get(manager);
        if (list == null) {
            return;
        }
        int n = countStartingBy(list, Assignment::start, date);
        for (int i = 0; i < n; i++) {
            Assignment a = list.get(i);
            if (a.covers(date)) {
                into.add(a.account());
            }
        }
    }

    // Capacity

    /**
     * Every manager whose portfolio on the date breaches their role's limit (R-ROLE-2). Portfolios
     * are the assigned ones; delegations do not count. Both kinds are reported: {@link
     * CapacityBreach.Kind#OVER} above a maximum and {@link CapacityBreach.Kind#UNDER} below a minimum
     * (a sales manager with fewer than 10 accounts under the defaults, also one with none); filter on
     * the kind to ignore spare capacity.
     *
     * @param date the day, not null
     * @param policy the limits per role, not null
     * @param keyAccounts the accounts the host calls key (for limits that count key accounts), not
     *     null, no null element
     * @return the breaches sorted by manager, empty if there is none
     */
    public ImmutableList<CapacityBreach> capacityBreaches(
            LocalDate date, CapacityPolicy policy, Set<AccountId> keyAccounts) {
        notNull(keyAccounts, "keyAccounts");
        for (AccountId account : keyAccounts) {
            notNull(account, "keyAccounts element");
        }
        ImmutableSet<AccountId> keys = ImmutableSet.copyOf(keyAccounts);
        return capacityBreaches(date, policy, keys::contains);
    }

    /**
     * Every manager whose portfolio on the date breaches their role's limit; see {@link
     * #capacityBreaches(LocalDate, CapacityPolicy, Set)}.
     *
     * @param date the day, not null
     * @param policy the limits per role, not null
     * @param isKey whether an account is key (from a tiering, say), not null; asked only about
     *     accounts in portfolios on the date
     * @return the breaches sorted by manager, empty if there is none
     */
    public ImmutableList<CapacityBreach> capacityBreaches(
            LocalDate date, CapacityPolicy policy, Predicate<AccountId> isKey) {
        notNull(date, "date");
        notNull(policy, "policy");
        notNull(isKey, "isKey");
        ImmutableList.Builder<CapacityBreach> breaches = ImmutableList.builder();
        for (Manager m : managers.values()) {
            CapacityLimit limit = policy.limit(m.role());
            if (limit.isUnlimited()) {
                continue;
            }
            int count = 0;
            for (AccountId account : portfolio(m.id(), date)) {
                if (limit.counts() == Counts.ALL_ACCOUNTS || isKey.test(account)) {
                    count++;
                }
            }
            if (limit.isOver(count)) {
                breaches.add(new CapacityBreach(
                        m.id(),
                        m.role(),
                        date,
                        limit.counts(),
                        count,
                        limit.max().getAsInt(),
                        CapacityBreach.Kind.OVER));
            } else if (limit.isUnder(count)) {
                breaches.add(new CapacityBreach(
                        m.id(), m.role(), date, limit.counts(), count, limit.min(), CapacityBreach.Kind.UNDER));
            }
        }
        return breaches.build(); // managers are iterated by id
    }

    // Delegations

    /**
     * Every delegation.
     *
     * @return the delegations, sorted by absent manager, then period
     */
    public ImmutableList<Delegation> delegations() {
        return delegations;
    }

    /**
     * The delegations a manager made, by period.
     *
     * @param manager a manager of this team, not null
     * @return their delegations, in date order
     */
    public ImmutableList<Delegation> delegationsFrom(ManagerId manager) {
        ImmutableList<Delegation> list = delegationsFrom.get(require(manager, "manager"));
        return list == null ? ImmutableList.of() : list;
    }

    /**
     * The delegation a manager has in force on a date, if they are away.
     *
     * @param manager a manager of this team, not null
     * @param date the day, not null
     * @return the one delegation from the manager whose period contains the date, or empty
     */
    public Optional<Delegation> delegationOn(ManagerId manager, LocalDate date) {
        require(manager, "manager");
        notNull(date, "date");
        return Optional.ofNullable(activeFrom(manager, date));
    }

    private @Nullable Delegation activeFrom(ManagerId manager, LocalDate date) {
        ImmutableList<Delegation> list = delegationsFrom.get(manager);
        if (list == null) {
            return null;
        }
        int n = countStartingBy(list, d -> d.period().start(), date);
        // Delegations from one person do not overlap: only the last one started can be in force.
        return n > 0 && list.get(n - 1).isActiveOn(date) ? list.get(n - 1) : null;
    }

    /**
     * Who is responsible for an account on a date (R-ROLE-3): the assigned manager, and the acting
     * manager reached by following the delegations in force that day whose scope covers the account.
     *
     * @param account the account, not null
     * @param date the day, not null
     * @return the responsibility with its explanation, or empty if no assignment covers the date
     */
    public Optional<Responsibility> responsibleFor(AccountId account, LocalDate date) {
        Optional<Assignment> found = assignmentOn(account, date);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Assignment assignment = found.get();
        Explanation.Builder why = Explanation.builder();
        why.addStep(Step.of(
                "team.responsibility.assigned",
                "{account} is assigned to {manager} for {periodText}",
                "account",
                account.value(),
                "manager",
                assignment.manager().value(),
                "period",
                assignment.period(),
                "periodText",
                assignment.periodText()));
        ImmutableList.Builder<Delegation> followed = ImmutableList.builder();
        ManagerId acting = assignment.manager();
        for (Delegation d = activeFrom(acting, date); d != null && d.covers(account); d = activeFrom(acting, date)) {
            followed.add(d);
            why.addStep(Step.of(
                    "team.responsibility.delegated",
                    "{from} is away {period} and has delegated {scope} to {to}",
                    "from",
                    d.from().value(),
                    "to",
                    d.to().value(),
                    "period",
                    d.period(),
                    "scope",
                    d.scopeText(),
                    "approvalAuthority",
                    d.passesApprovalAuthority()));
            acting = d.to();
        }
        why.addStep(Step.of(
                "team.responsibility.acting",
                "{manager} acts for {account} on {date}",
                "manager",
                acting.value(),
                "account",
                account.value(),
                "date",
                date));
        return Optional.of(new Responsibility(account, date, assignment, followed.build(), why.build()));
    }

    /**
     * Who holds a manager's approval authority on a date, following only delegations of all
     * accounts that pass approval authority.
     *
     * @param manager a manager of this team, not null
     * @param date the day, not null
     * @return the manager themself unless they passed their authority on that day
     */
    public ManagerId authorityHolder(ManagerId manager, LocalDate date) {
        require(manager, "manager");
        notNull(date, "date");
        return holder(manager, date, Delegation::coversAllAccounts);
    }

    /**
     * Who holds a manager's approval authority over an account on a date, following delegations that
     * pass approval authority and cover the account.
     *
     * @param manager a manager of this team, not null
     * @param account the account, not null
     * @param date the day, not null
     * @return the manager themself unless they passed their authority over the account on that day
     */
    public ManagerId authorityHolder(ManagerId manager, AccountId account, LocalDate date) {
        require(manager, "manager");
        notNull(account, "account");
        notNull(date, "date");
        return holder(manager, date, d -> d.covers(account));
    }

    private ManagerId holder(ManagerId manager, LocalDate date, Predicate<Delegation> scope) {
        ManagerId current = manager;
        for (Delegation d = activeFrom(current, date);
                d != null && d.passesApprovalAuthority() && scope.test(d);
                d = activeFrom(current, date)) {
            current = d.to();
        }
        return current;
    }

    /**
     * Whose approval authority a manager holds on a date (R-ROLE-3, R-DISC-2): their own, unless
     * they passed it on that day by a delegation of all accounts, and that of everyone whose
     * authority reaches them through such delegations in force that day, directly or along a chain.
     *
     * @param manager a manager of this team, not null
     * @param date the day, not null
     * @return the managers whose authority they hold, sorted by id; empty if they passed theirs on
     */
    public ImmutableSortedSet<ManagerId> authorityHeldBy(ManagerId manager, LocalDate date) {
        require(manager, "manager");
        notNull(date, "date");
        return heldBy(manager, date, Delegation::coversAllAccounts);
    }

    /**
     * Whose approval authority over an account a manager holds on a date: as {@link
     * #authorityHeldBy(ManagerId, LocalDate)}, also counting delegations limited to accounts that
     * include this one.
     *
     * @param manager a manager of this team, not null
     * @param account the account, not null
     * @param date the day, not null
     * @return the managers whose authority over the account they hold, sorted by id
     */
    public ImmutableSortedSet<ManagerId> authorityHeldBy(ManagerId manager, AccountId account, LocalDate date) {
        require(manager, "manager");
        notNull(account, "account");
        notNull(date, "date");
        return heldBy(manager, date, d -> d.covers(account));
    }

    private ImmutableSortedSet<ManagerId> heldBy(ManagerId manager, LocalDate date, Predicate<Delegation> scope) {
        Delegation own = activeFrom(manager, date);
        if (own != null && own.passesApprovalAuthority() && scope.test(own)) {
            return ImmutableSortedSet.of();
        }
        TreeSet<ManagerId> held = new TreeSet<>();
        Deque<ManagerId> todo = new ArrayDeque<>();
        todo.add(manager);
        while (!todo.isEmpty()) {
            ManagerId next = todo.pop();
            if (!held.add(next)) {
                continue;
            }
            for (Delegation d : incoming(next, date)) {
                if (d.passesApprovalAuthority() && scope.test(d)) {
                    todo.add(d.from());
                }
            }
        }
        return ImmutableSortedSet.copyOfSorted(held);
    }

    /** Delegations to the manager in force on the date (each is its delegator's only one that day). */
    private List<Delegation> incoming(ManagerId manager, LocalDate date) {
        ImmutableList<Delegation> list = delegationsTo.get(manager);
        if (list == null) {
            return List.of();
        }
        int n = countStartingBy(list, d -> d.period().start(), date);
        List<Delegation> active = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (list.get(i).isActiveOn(date)) {
                active.add(list.get(i));
            }
        }
        return active;
    }

    // Access scope

    /**
     * The accounts a manager may see on a date (R-SEC-1): their own portfolio, the portfolios of
     * everyone they supervise, and the accounts delegated to them that day within the delegations'
     * scopes.
     *
     * @param manager a manager of this team, not null
     * @param date the day, not null
     * @return the accounts, sorted
     */
    public ImmutableSortedSet<AccountId> visibleAccounts(ManagerId manager, LocalDate date) {
        require(manager, "manager");
        notNull(date, "date");
        TreeSet<AccountId> visible = new TreeSet<>();
        addPortfolio(manager, date, visible);
        for (ManagerId sub : subordinates(manager)) {
            addPortfolio(sub, date, visible);
        }
        visible.addAll(delegatedTo(manager, date));
        return ImmutableSortedSet.copyOfSorted(visible);
    }

    /**
     * The accounts delegated to a manager on a date: those whose responsibility chain passes through
     * them as a delegate (see {@link Responsibility#chain()}), whether or not they pass them on.
     *
     * @param manager a manager of this team, not null
     * @param date the day, not null
     * @return the accounts, sorted
     */
    public ImmutableSortedSet<AccountId> delegatedAccounts(ManagerId manager, LocalDate date) {
        require(manager, "manager");
        notNull(date, "date");
        return ImmutableSortedSet.copyOfSorted(delegatedTo(manager, date));
    }

    private TreeSet<AccountId> delegatedTo(ManagerId manager, LocalDate date) {
        TreeSet<AccountId> out = new TreeSet<>();
        for (Delegation d : incoming(manager, date)) {
            // What the delegator holds that day: their portfolio and what was delegated to them.
            // The delegation graph of a day has no loop, so this recursion ends.
            TreeSet<AccountId> held = delegatedTo(d.from(), date);
            addPortfolio(d.from(), date, held);
            for (AccountId account : held) {
                if (d.covers(account)) {
                    out.add(account);
                }
            }
        }
        return out;
    }

    /**
     * Whether a manager may see an account on a date; true exactly for the accounts in {@link
     * #visibleAccounts}.
     *
     * @param manager a manager of this team, not null
     * @param account the account, not null
     * @param date the day, not null
     * @return true if the account is in their portfolio or a subordinate's, or delegated to them
     */
    public boolean canSee(ManagerId manager, AccountId account, LocalDate date) {
        require(manager, "manager");
        Optional<Responsibility> r = responsibleFor(account, date);
        if (r.isEmpty()) {
            return false;
        }
        ManagerId assigned = r.get().assigned();
        return assigned.equals(manager)
                || supervises(manager, assigned)
                || r.get().chain().contains(manager);
    }

    // Internals

    private ManagerId require(ManagerId id, String field) {
        notNull(id, field);
        argument(managers.containsKey(id), "%s is not a manager of this team: %s", field, id);
        return id;
    }

    /** The number of items, sorted by start, that start on or before the date. */
    private static <T> int countStartingBy(List<T> sorted, Function<T, LocalDate> start, LocalDate date) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.apply(sorted.get(mid)).isAfter(date)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Equal when the managers, reporting lines, assignments and delegations are equal, whatever the
     * order they were given in.
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SalesTeam that
                && managers.equals(that.managers)
                && supervisors.equals(that.supervisors)
                && assignments.equals(that.assignments)
                && delegations.equals(that.delegations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(managers, supervisors, assignments, delegations);
    }

    /** E.g. {@code "SalesTeam[4 managers, 3 reporting lines, 7 assignments, 1 delegations]"}. */
    @Override
    public String toString() {
        return "SalesTeam[" + managers.size() + " managers, " + supervisors.size() + " reporting lines, "
                + assignments.size() + " assignments, " + delegations.size() + " delegations]";
    }

    /**
     * Builds a {@link SalesTeam}. Each method refuses null with an {@link IllegalArgumentException}
     * naming the argument (and the index of a bad element); {@link #build()} validates the whole
     * team. A builder is not thread-safe.
     */
    public static final class Builder {
        private final List<Manager> managers = new ArrayList<>();
        private final List<ManagerId[]> lines = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<Delegation> delegations = new ArrayList<>();

        Builder() {}

        /**
         * Adds a manager.
         *
         * @param manager the manager, not null
         * @return this builder
         */
        public Builder addManager(Manager manager) {
            managers.add(notNull(manager, "managers[" + managers.size() + "]"));
            return this;
        }

        /**
         * Adds managers.
         *
         * @param managers the managers, not null, no null element
         * @return this builder
         */
        public Builder addManagers(Iterable<Manager> managers) {
            notNull(managers, "managers");
            managers.forEach(this::addManager);
            return this;
        }

        /**
         * States a reporting line: {@code subordinate} reports to {@code supervisor}. Stating the same
         * line twice is harmless.
         *
         * @param subordinate the manager who reports, not null
         * @param supervisor the manager they report to, not null
         * @return this builder
         */
        public Builder reportsTo(ManagerId subordinate, ManagerId supervisor) {
            notNull(subordinate, "subordinate");
            notNull(supervisor, "supervisor");
            lines.add(new ManagerId[] {subordinate, supervisor});
            return this;
        }

        /**
         * Adds an assignment.
         *
         * @param assignment the assignment, not null
         * @return this builder
         */
        public Builder addAssignment(Assignment assignment) {
            assignments.add(notNull(assignment, "assignments[" + assignments.size() + "]"));
            return this;
        }

        /**
         * Adds assignments.
         *
         * @param assignments the assignments, not null, no null element
         * @return this builder
         */
        public Builder addAssignments(Iterable<Assignment> assignments) {
            notNull(assignments, "assignments");
            assignments.forEach(this::addAssignment);
            return this;
        }

        /**
         * Adds a delegation.
         *
         * @param delegation the delegation, not null
         * @return this builder
         */
        public Builder addDelegation(Delegation delegation) {
            delegations.add(notNull(delegation, "delegations[" + delegations.size() + "]"));
            return this;
        }

        /**
         * Adds delegations.
         *
         * @param delegations the delegations, not null, no null element
         * @return this builder
         */
        public Builder addDelegations(Iterable<Delegation> delegations) {
            notNull(delegations, "delegations");
            delegations.forEach(this::addDelegation);
            return this;
        }

        /**
         * Validates and builds the team.
         *
         * @return the team
         * @throws IllegalArgumentException if two managers share an id; a reporting line, assignment
         *     or delegation names a manager not added; a manager reports to themself, to two
         *     managers, or round a cycle; two assignments of an account overlap; two delegations
         *     from one manager overlap; or delegations form a loop on some day. The message names
         *     the ids, periods and date involved.
         */
        public SalesTeam build() {
            ImmutableSortedMap<ManagerId, Manager> byId = managers();
            ImmutableSortedMap<ManagerId, ManagerId> supervisors = supervisors(byId);
            ImmutableList<Assignment> sortedAssignments = assignments(byId);
            ImmutableList<Delegation> sortedDelegations = delegations(byId);
            SalesTeam team = new SalesTeam(byId, supervisors, sortedAssignments, sortedDelegations);
            checkNoDelegationLoop(team);
            return team;
        }

        private ImmutableSortedMap<ManagerId, Manager> managers() {
            TreeMap<ManagerId, Manager> byId = new TreeMap<>();
            List<Manager> sorted = new ArrayList<>(managers);
            sorted.sort(Comparator.comparing(Manager::id)
                    .thenComparing(Manager::name)
                    .thenComparing(Manager::role));
            for (Manager m : sorted) {
                argument(byId.put(m.id(), m) == null, "duplicate manager id: %s", m.id());
            }
            return ImmutableSortedMap.copyOfSorted(byId);
        }

        private ImmutableSortedMap<ManagerId, ManagerId> supervisors(Map<ManagerId, Manager> byId) {
            List<ManagerId[]> sorted = new ArrayList<>(lines);
            sorted.sort(Comparator.<ManagerId[], ManagerId>comparing(l -> l[0]).thenComparing(l -> l[1]));
            TreeMap<ManagerId, ManagerId> up = new TreeMap<>();
            for (ManagerId[] line : sorted) {
                ManagerId sub = line[0];
                ManagerId sup = line[1];
                argument(byId.containsKey(sub), "reporting line %s -> %s: unknown manager %s", sub, sup, sub);
                argument(byId.containsKey(sup), "reporting line %s -> %s: unknown manager %s", sub, sup, sup);
                argument(!sub.equals(sup), "manager %s cannot report to themself", sub);
                ManagerId before = up.putIfAbsent(sub, sup);
                argument(
                        before == null || before.equals(sup),
                        "manager %s reports to more than one manager: %s and %s",
                        sub,
                        before,
                        sup);
            }
            // The lines form a functional graph; walk up from each manager to find a cycle.
            Set<ManagerId> done = new HashSet<>();
            for (ManagerId start : up.keySet()) {
                LinkedHashSet<ManagerId> path = new LinkedHashSet<>();
                ManagerId at = start;
                while (at != null && !done.contains(at)) {
                    if (!path.add(at)) {
                        throw new IllegalArgumentException("reporting lines form a cycle: " + cycleText(path, at));
                    }
                    at = up.get(at);
                }
                done.addAll(path);
            }
            return ImmutableSortedMap.copyOfSorted(up);
        }

        /** The cycle that starts at {@code repeated} in the path, from its smallest id, closed. */
        private static String cycleText(LinkedHashSet<ManagerId> path, ManagerId repeated) {
            List<ManagerId> all = new ArrayList<>(path);
            List<ManagerId> cycle = new ArrayList<>(all.subList(all.indexOf(repeated), all.size()));
            Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
            StringBuilder out = new StringBuilder();
            for (ManagerId id : cycle) {
                out.append(id).append(" -> ");
            }
            return out.append(cycle.get(0)).toString();
        }

        private ImmutableList<Assignment> assignments(Map<ManagerId, Manager> byId) {
            List<Assignment> sorted = new ArrayList<>(assignments);
            Collections.sort(sorted);
            Assignment previous = null;
            for (Assignment a : sorted) {
                argument(byId.containsKey(a.manager()), "assignment %s: unknown manager %s", a, a.manager());
                if (previous != null && previous.account().equals(a.account())) {
                    argument(
                            !previous.period().overlaps(a.period()),
                            "assignments of account %s overlap: %s to %s and %s to %s",
                            a.account(),
                            previous.periodText(),
                            previous.manager(),
                            a.periodText(),
                            a.manager());
                }
                previous = a;
            }
            return ImmutableList.copyOf(sorted);
        }

        private ImmutableList<Delegation> delegations(Map<ManagerId, Manager> byId) {
            List<Delegation> sorted = new ArrayList<>(delegations);
            Collections.sort(sorted);
            Delegation previous = null;
            for (Delegation d : sorted) {
                argument(byId.containsKey(d.from()), "delegation %s: unknown manager %s", d, d.from());
                argument(byId.containsKey(d.to()), "delegation %s: unknown manager %s", d, d.to());
                if (previous != null && previous.from().equals(d.from())) {
                    argument(
                            !previous.period().overlaps(d.period()),
                            "delegations from %s overlap: %s to %s and %s to %s",
                            d.from(),
                            previous.period(),
                            previous.to(),
                            d.period(),
                            d.to());
                }
                previous = d;
            }
            return ImmutableList.copyOf(sorted);
        }

        /**
         * A loop on some day contains a delegation that starts last among the loop's; on that start
         * day every delegation of the loop is in force, so walking from that delegation's delegate
         * along the delegations in force comes back to its delegator. Checking each delegation on its
         * own start day therefore finds every loop.
         */
        private static void checkNoDelegationLoop(SalesTeam team) {
            for (Delegation d : team.delegations) {
                LocalDate day = d.period().start();
                List<ManagerId> path = new ArrayList<>(List.of(d.from(), d.to()));
                Set<ManagerId> seen = new HashSet<>(path);
                for (Delegation next = team.activeFrom(d.to(), day);
                        next != null;
                        next = team.activeFrom(next.to(), day)) {
                    if (next.to().equals(d.from())) {
                        path.add(d.from());
                        throw new IllegalArgumentException("delegations form a loop on " + day + ": "
                                + String.join(
                                        " -> ",
                                        path.stream().map(ManagerId::value).toList()));
                    }
                    if (!seen.add(next.to())) {
                        break; // a loop without d: found from its own last-starting delegation
                    }
                    path.add(next.to());
                }
            }
        }
    }
}
