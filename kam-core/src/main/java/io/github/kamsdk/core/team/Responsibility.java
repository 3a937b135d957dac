package io.github.kamsdk.core.team;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Explanation;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who is responsible for an account on a date (R-ROLE-3): the manager the account is assigned to,
 * and the manager who acts for it after following the delegations in force that day.
 *
 * <pre>{@code
 * Responsibility r = team.responsibleFor(AccountId.of("C-1"), LocalDate.of(2026, 8, 5)).orElseThrow();
 * r.assigned(); // M-3, the junior KAM whose portfolio holds C-1
 * r.acting();   // M-2, the senior KAM covering M-3's holiday
 * r.chain();    // [M-3, M-2]
 * System.out.print(r.explanation().render());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Responsibility {
    private final AccountId account;
    private final LocalDate date;
    private final Assignment assignment;
    private final ImmutableList<Delegation> delegations;
    private final ImmutableList<ManagerId> chain;
    private final Explanation explanation;

    Responsibility(
            AccountId account,
            LocalDate date,
            Assignment assignment,
            ImmutableList<Delegation> delegations,
            Explanation explanation) {
        this.account = account;
        this.date = date;
        this.assignment = assignment;
        this.delegations = delegations;
        ImmutableList.Builder<ManagerId> people = ImmutableList.builder();
        people.add(assignment.manager());
        delegations.forEach(d -> people.add(d.to()));
        this.chain = people.build();
        this.explanation = explanation;
    }

    /**
     * The account.
     *
     * @return the account asked about
     */
    public AccountId account() {
        return account;
    }

    /**
     * The day.
     *
     * @return the date asked about
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The assignment that covers the date.
     *
     * @return the assignment
     */
    public Assignment assignment() {
        return assignment;
    }

    /**
     * The manager whose portfolio holds the account on the date.
     *
     * @return the assigned manager
     */
    public ManagerId assigned() {
        return assignment.manager();
    }

    /**
     * The manager who acts for the account on the date: the assigned manager if present, else the
     * first present person along the delegations in force.
     *
     * @return the acting manager
     */
    public ManagerId acting() {
        return chain.get(chain.size() - 1);
    }

    /**
     * Whether someone other than the assigned manager acts.
     *
     * @return true if at least one delegation was followed
     */
    public boolean isDelegated() {
        return !delegations.isEmpty();
    }

    /**
     * The delegations followed, in order, from the assigned manager's to the acting manager's.
     *
     * @return the delegations, empty if the assigned manager acts
     */
    public ImmutableList<Delegation> delegations() {
        return delegations;
    }

    /**
     * The people along the way: the assigned manager first, the acting manager last, no one twice.
     *
     * @return at least one manager
     */
    public ImmutableList<ManagerId> chain() {
        return chain;
    }

    /**
     * Why: the assignment (code {@code team.responsibility.assigned}), each delegation followed
     * ({@code team.responsibility.delegated}) and the conclusion ({@code team.responsibility.acting}).
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Responsibility that
                && account.equals(that.account)
                && date.equals(that.date)
                && assignment.equals(that.assignment)
                && delegations.equals(that.delegations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, date, assignment, delegations);
    }

    /** E.g. {@code "C-1 on 2026-08-05: assigned M-3, acting M-2 via [M-3, M-2]"}. */
    @Override
    public String toString() {
        return account + " on " + date + ": assigned " + assigned() + ", acting " + acting() + " via " + chain;
    }
}
