package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A week's contact plan from the {@link ContactPlanner}: the planned calls and visits, and every
 * other account considered with the reason it has no contact (R-ACC-4).
 *
 * <p>Every account given to the planner appears exactly once: in {@link #contacts()} or in {@link
 * #unplanned()}. {@link #contacts()} are sorted by date, then manager, then account; {@link
 * #unplanned()} in the planner's priority order (never contacted first, then by due date, tier
 * rank and account id; accounts whose tier has no cadence last, by tier rank and account id).
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class WeeklyPlan {
    private final DateRange week;
    private final ImmutableList<LocalDate> workingDays;
    private final ImmutableList<PlannedContact> contacts;
    private final ImmutableList<UnplannedAccount> unplanned;

    WeeklyPlan(
            DateRange week,
            ImmutableList<LocalDate> workingDays,
            ImmutableList<PlannedContact> contacts,
            ImmutableList<UnplannedAccount> unplanned) {
        this.week = week;
        this.workingDays = workingDays;
        this.contacts = contacts;
        this.unplanned = unplanned;
    }

    /**
     * The planned week: seven days from its first day.
     *
     * @return the week
     */
    public DateRange week() {
        return week;
    }

    /**
     * The week's working days, on which contacts may be planned.
     *
     * @return the days, in date order
     */
    public ImmutableList<LocalDate> workingDays() {
        return workingDays;
    }

    /**
     * The planned contacts, by date, then manager, then account.
     *
     * @return the contacts, at most one per account
     */
    public ImmutableList<PlannedContact> contacts() {
        return contacts;
    }

    /**
     * Every account without a contact this week, whatever the reason, in priority order.
     *
     * @return the accounts
     */
    public ImmutableList<UnplannedAccount> unplanned() {
        return unplanned;
    }

    /**
     * The accounts that should have had a contact but did not get one: no cadence for their tier,
     * no availability or no free slot of their manager ({@link UnplannedReason#isUnfitted()}).
     *
     * @return the accounts, in priority order
     */
    public ImmutableList<UnplannedAccount> unfitted() {
        return unplanned.stream().filter(u -> u.reason().isUnfitted()).collect(ImmutableList.toImmutableList());
    }

    /**
     * The accounts whose next contact falls due after the week.
     *
     * @return the accounts, in priority order (earliest due date first)
     */
    public ImmutableList<UnplannedAccount> notDue() {
        return unplanned.stream()
                .filter(u -> u.reason() == UnplannedReason.NOT_DUE)
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * A manager's contacts.
     *
     * @param manager the manager, not null
     * @return the contacts, by date then account
     */
    public ImmutableList<PlannedContact> contactsOf(ManagerId manager) {
        notNull(manager, "manager");
        return contacts.stream().filter(c -> c.manager().equals(manager)).collect(ImmutableList.toImmutableList());
    }

    /**
     * The contacts of a day.
     *
     * @param date the day, not null
     * @return the contacts, by manager then account
     */
    public ImmutableList<PlannedContact> contactsOn(LocalDate date) {
        notNull(date, "date");
        return contacts.stream().filter(c -> c.date().equals(date)).collect(ImmutableList.toImmutableList());
    }

    /**
     * The contact planned with an account.
     *
     * @param account the account, not null
     * @return the contact, or empty if the account is unplanned or was not given
     */
    public Optional<PlannedContact> contact(AccountId account) {
        notNull(account, "account");
        return contacts.stream().filter(c -> c.account().equals(account)).findFirst();
    }

    /**
     * Why an account has no contact.
     *
     * @param account the account, not null
     * @return the entry, or empty if the account has a contact or was not given
     */
    public Optional<UnplannedAccount> unplanned(AccountId account) {
        notNull(account, "account");
        return unplanned.stream().filter(u -> u.account().equals(account)).findFirst();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WeeklyPlan that
                && week.equals(that.week)
                && workingDays.equals(that.workingDays)
                && contacts.equals(that.contacts)
                && unplanned.equals(that.unplanned);
    }

    @Override
    public int hashCode() {
        return ((week.hashCode() * 31 + workingDays.hashCode()) * 31 + contacts.hashCode()) * 31 + unplanned.hashCode();
    }

    /** E.g. {@code "WeeklyPlan [2026-03-02, 2026-03-09): 12 contacts, 3 unfitted, 20 not due"}. */
    @Override
    public String toString() {
        return "WeeklyPlan " + week + ": " + contacts.size() + " contacts, "
                + unfitted().size() + " unfitted, " + notDue().size() + " not due";
    }
}
