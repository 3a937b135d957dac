package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * While a manager is absent, their rights and duties pass to another named person for that time
 * (R-ROLE-3, 004 §1.4).
 *
 * <p>A delegation has a period (half-open, {@code [start, end)}, like every {@link DateRange}) and a
 * scope: either all of the absent manager's accounts or a named set of accounts, and whether their
 * approval authority passes too. {@link #of} is the full hand-over of 004 §1.4: all accounts, with
 * approval authority. The accounts of a limited scope are not checked against any portfolio: on a
 * day the scope names an account the absent manager is not responsible for, it passes nothing for it.
 *
 * <pre>{@code
 * Delegation holiday = Delegation.of(ana, luis, DateRange.closed(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14)));
 * Delegation partial = Delegation.builder().from(ana).to(eva).period(DateRange.ofMonth(2026, 9))
 *     .accounts(List.of(AccountId.of("C-7")))
 *     .approvalAuthority(false)
 *     .build();
 * }</pre>
 *
 * <p>How a {@link SalesTeam} applies delegations (chains, loops, overlaps) is described there. The
 * natural order is by the absent manager, then period, then delegate. This class is immutable and
 * thread-safe. No method accepts null.
 */
public final class Delegation implements Comparable<Delegation> {
    private static final Comparator<Delegation> ORDER = Comparator.comparing(Delegation::from)
            .thenComparing(Delegation::period)
            .thenComparing(Delegation::to)
            .thenComparing(Delegation::passesApprovalAuthority)
            .thenComparing(
                    d -> d.accounts,
                    Comparators.emptiesFirst(Comparators.lexicographical(Comparator.<AccountId>naturalOrder())));

    private final ManagerId from;
    private final ManagerId to;
    private final DateRange period;
    private final Optional<ImmutableSortedSet<AccountId>> accounts;
    private final boolean approvalAuthority;

    private Delegation(
            ManagerId from,
            ManagerId to,
            DateRange period,
            Optional<ImmutableSortedSet<AccountId>> accounts,
            boolean approvalAuthority) {
        this.from = from;
        this.to = to;
        this.period = period;
        this.accounts = accounts;
        this.approvalAuthority = approvalAuthority;
    }

    /**
     * The full hand-over: all of {@code from}'s accounts and their approval authority pass to {@code
     * to} for the period.
     *
     * @param from the absent manager, not null
     * @param to the delegate, not {@code from}, not null
     * @param period the absence, not null
     * @return the delegation
     */
    public static Delegation of(ManagerId from, ManagerId to, DateRange period) {
        return builder().from(from).to(to).period(period).build();
    }

    /**
     * A builder; by default the scope is all accounts and approval authority passes.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The absent manager.
     *
     * @return who delegates
     */
    public ManagerId from() {
        return from;
    }

    /**
     * The delegate.
     *
     * @return who acts for {@link #from()}
     */
    public ManagerId to() {
        return to;
    }

    /**
     * The days of the absence, {@code [start, end)}.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * The accounts the delegation is limited to.
     *
     * @return the accounts, or empty if it covers all accounts
     */
    public Optional<ImmutableSortedSet<AccountId>> accounts() {
        return accounts;
    }

    /**
     * Whether the delegation covers all of the absent manager's accounts.
     *
     * @return true if not limited to named accounts
     */
    public boolean coversAllAccounts() {
        return accounts.isEmpty();
    }

    /**
     * Whether the scope includes the account.
     *
     * @param account the account, not null
     * @return true if the delegation covers all accounts or names this one
     */
    public boolean covers(AccountId account) {
        notNull(account, "account");
        return accounts.map(set -> set.contains(account)).orElse(true);
    }

    /**
     * Whether the absent manager's approval authority passes to the delegate (R-DISC-2).
     *
     * @return true if it does
     */
    public boolean passesApprovalAuthority() {
        return approvalAuthority;
    }

    /**
     * Whether the delegation is in force on the day.
     *
     * @param date the day, not null
     * @return true if the period contains it
     */
    public boolean isActiveOn(LocalDate date) {
        return period.contains(notNull(date, "date"));
    }

    /** The scope as text: {@code "all accounts"} or {@code "accounts [C-1, C-2]"}. */
    String scopeText() {
        return accounts.map(set -> "accounts " + set).orElse("all accounts");
    }

    /**
     * Orders by the absent manager, then period, then delegate, then whether authority passes, then
     * scope (all accounts first, then the account lists compared element by element).
     *
     * @param other the delegation to compare with, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Delegation other) {
        return ORDER.compare(this, notNull(other, "other"));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Delegation that
                && from.equals(that.from)
                && to.equals(that.to)
                && period.equals(that.period)
                && accounts.equals(that.accounts)
                && approvalAuthority == that.approvalAuthority;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, period, accounts, approvalAuthority);
    }

    /**
     * E.g. {@code "M-2 -> M-3 [2026-08-03, 2026-08-15) all accounts, with approval authority"}.
     */
    @Override
    public String toString() {
        return from + " -> " + to + " " + period + " " + scopeText()
                + (approvalAuthority ? ", with approval authority" : ", without approval authority");
    }

    /**
     * Builds a {@link Delegation}. A null argument fails with an {@link IllegalArgumentException}
     * naming it; {@link #build()} checks that from, to and period are set and differ where they must.
     * A builder is not thread-safe.
     */
    public static final class Builder {
        private @Nullable ManagerId from;
        private @Nullable ManagerId to;
        private @Nullable DateRange period;
        private Optional<ImmutableSortedSet<AccountId>> accounts = Optional.empty();
        private boolean approvalAuthority = true;

        Builder() {}

        /**
         * Sets the absent manager.
         *
         * @param from the manager, not null
         * @return this builder
         */
        public Builder from(ManagerId from) {
            this.from = notNull(from, "from");
            return this;
        }

        /**
         * Sets the delegate.
         *
         * @param to the manager, not null
         * @return this builder
         */
        public Builder to(ManagerId to) {
            this.to = notNull(to, "to");
            return this;
        }

        /**
         * Sets the period of the absence.
         *
         * @param period the days, not null
         * @return this builder
         */
        public Builder period(DateRange period) {
            this.period = notNull(period, "period");
            return this;
        }

        /**
         * Covers all of the absent manager's accounts (the default).
         *
         * @return this builder
         */
        public Builder allAccounts() {
            this.accounts = Optional.empty();
            return this;
        }

        /**
         * Limits the delegation to the named accounts.
         *
         * @param accounts at least one account, not null, no null element; duplicates are merged
         * @return this builder
         */
        public Builder accounts(Collection<AccountId> accounts) {
            notNull(accounts, "accounts");
            argument(!accounts.isEmpty(), "accounts must not be empty (use allAccounts() for all accounts)");
            ImmutableSortedSet.Builder<AccountId> set = ImmutableSortedSet.naturalOrder();
            int i = 0;
            for (AccountId account : accounts) {
                set.add(notNull(account, "accounts[" + i++ + "]"));
            }
            this.accounts = Optional.of(set.build());
            return this;
        }

        /**
         * Sets whether the approval authority passes (default true).
         *
         * @param passes true if the delegate may approve in the absent manager's name
         * @return this builder
         */
        public Builder approvalAuthority(boolean passes) {
            this.approvalAuthority = passes;
            return this;
        }

        /**
         * The delegation.
         *
         * @return the delegation
         * @throws IllegalArgumentException if from, to or period is missing, or from equals to
         */
        public Delegation build() {
            ManagerId f = notNull(from, "from");
            ManagerId t = notNull(to, "to");
            DateRange p = notNull(period, "period");
            argument(!f.equals(t), "a manager cannot delegate to themself: from %s to %s", f, t);
            return new Delegation(f, t, p, accounts, approvalAuthority);
        }
    }
}
