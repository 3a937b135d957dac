package io.github.kamsdk.core.activity;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.team.ManagerId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An account of a {@link WeeklyPlan} without a contact in the week, and why: not due yet, no cadence
 * for its tier, or no slot of its manager left.
 *
 * <p>This class is immutable and thread-safe. Only the {@link ContactPlanner} creates it. Equal when
 * all attributes are equal.
 */
@Value.Immutable(builder = false)
public abstract class UnplannedAccount {
    UnplannedAccount() {}

    static UnplannedAccount create(
            AccountId account,
            ManagerId manager,
            Tier tier,
            UnplannedReason reason,
            Optional<ContactCadence> cadence,
            Optional<LocalDate> lastContact,
            Optional<LocalDate> dueDate,
            Optional<Long> daysOverdue,
            Explanation explanation) {
        return ImmutableUnplannedAccount.of(
                account, manager, tier, reason, cadence, lastContact, dueDate, daysOverdue, explanation);
    }

    /**
     * The account.
     *
     * @return the account
     */
    @Value.Parameter
    public abstract AccountId account();

    /**
     * The account's responsible manager.
     *
     * @return the manager
     */
    @Value.Parameter
    public abstract ManagerId manager();

    /**
     * The account's tier.
     *
     * @return the tier
     */
    @Value.Parameter
    public abstract Tier tier();

    /**
     * Why no contact is planned.
     *
     * @return the reason
     */
    @Value.Parameter
    public abstract UnplannedReason reason();

    /**
     * The tier's cadence.
     *
     * @return the cadence, empty for {@link UnplannedReason#NO_CADENCE}
     */
    @Value.Parameter
    public abstract Optional<ContactCadence> cadence();

    /**
     * The day of the account's last contact.
     *
     * @return the day, or empty if it was never contacted
     */
    @Value.Parameter
    public abstract Optional<LocalDate> lastContact();

    /**
     * The day the next contact falls (or fell) due: last contact plus the cadence's interval.
     *
     * @return the day, empty if the account was never contacted or its tier has no cadence
     */
    @Value.Parameter
    public abstract Optional<LocalDate> dueDate();

    /**
     * How many days overdue the contact was on the week's first day (that day minus the due date,
     * negative when it falls due later).
     *
     * @return the days, empty when there is no {@link #dueDate()}
     */
    @Value.Parameter
    public abstract Optional<Long> daysOverdue();

    /**
     * Why no contact is planned, step by step.
     *
     * @return the explanation
     */
    @Value.Parameter
    public abstract Explanation explanation();
}
