package io.github.kamsdk.core.activity;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.team.ManagerId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One contact of a {@link WeeklyPlan}: on which day which manager calls or visits which account,
 * and why (its cadence, when it fell due, which slot it took).
 *
 * <p>This class is immutable and thread-safe. Only the {@link ContactPlanner} creates it. Equal when
 * all attributes are equal.
 */
@Value.Immutable(builder = false)
public abstract class PlannedContact {
    PlannedContact() {}

    static PlannedContact create(
            LocalDate date,
            ManagerId manager,
            AccountId account,
            Tier tier,
            ContactCadence cadence,
            Optional<LocalDate> lastContact,
            Optional<LocalDate> dueDate,
            Optional<Long> daysOverdue,
            Explanation explanation) {
        return ImmutablePlannedContact.of(
                date, manager, account, tier, cadence, lastContact, dueDate, daysOverdue, explanation);
    }

    /**
     * The day of the contact, a working day of the week.
     *
     * @return the day
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * The manager who makes the contact (the account's responsible manager).
     *
     * @return the manager
     */
    @Value.Parameter
    public abstract ManagerId manager();

    /**
     * The account to contact.
     *
     * @return the account
     */
    @Value.Parameter
    public abstract AccountId account();

    /**
     * The account's tier.
     *
     * @return the tier
     */
    @Value.Parameter
    public abstract Tier tier();

    /**
     * The tier's cadence that made the contact due.
     *
     * @return the cadence
     */
    @Value.Parameter
    public abstract ContactCadence cadence();

    /**
     * The day of the account's last contact.
     *
     * @return the day, or empty if it was never contacted
     */
    @Value.Parameter
    public abstract Optional<LocalDate> lastContact();

    /**
     * The day the contact fell due: last contact plus the cadence's interval.
     *
     * @return the day, or empty if the account was never contacted (due at once)
     */
    @Value.Parameter
    public abstract Optional<LocalDate> dueDate();

    /**
     * How many days overdue the contact was on the week's first day: that day minus the due date;
     * 0 if it fell due on the first day, negative if it falls due later in the week.
     *
     * @return the days, or empty if the account was never contacted
     */
    @Value.Parameter
    public abstract Optional<Long> daysOverdue();

    /**
     * Why the contact is planned on this day.
     *
     * @return the explanation
     */
    @Value.Parameter
    public abstract Explanation explanation();

    /**
     * What to do: a call or a visit.
     *
     * @return {@code cadence().kind()}
     */
    public ActivityKind kind() {
        return cadence().kind();
    }
}
