package io.github.kamsdk.core.activity;

/**
 * Why the {@link ContactPlanner} did not plan a contact with an account in the week.
 *
 * <p>Only {@link #NOT_DUE} is good news; the other reasons say the account does not get the
 * contact its tier asks for ({@link WeeklyPlan#unfitted()}).
 */
public enum UnplannedReason {
    /** The next contact falls due after the week's last day: nothing to plan yet. */
    NOT_DUE,
    /** The account's tier has no cadence in the policy: the planner does not plan such accounts. */
    NO_CADENCE,
    /** The responsible manager has no slot on any working day of the week. */
    NO_AVAILABILITY,
    /**
     * The responsible manager has slots in the week, but none of the working days has enough of
     * them left: they went to more overdue accounts.
     */
    NO_FREE_SLOT;

    /**
     * Whether the account was due (or has no cadence) but did not get a contact.
     *
     * @return true for every reason but {@link #NOT_DUE}
     */
    public boolean isUnfitted() {
        return this != NOT_DUE;
    }
}
