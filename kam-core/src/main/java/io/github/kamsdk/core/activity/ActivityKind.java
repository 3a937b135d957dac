package io.github.kamsdk.core.activity;

/**
 * What kind of activity a manager had with a client account (R-ACC-4, R-KPI-4).
 *
 * <p>Calls, visits and meetings are <em>contacts</em>: they count as touching the account for its
 * contact cadence. A complaint is a case the client opened; it has an opening time and, once
 * settled, a resolution time, and does not count as a contact.
 *
 * <p>The constants are listed (and counted, see {@link ActivityLog#countsByKind()}) in this order.
 */
public enum ActivityKind {
    /** A telephone or video call with the client. */
    CALL,
    /** A visit at the client's premises. */
    VISIT,
    /** A meeting with the client elsewhere (at the company, a fair, a dinner). */
    MEETING,
    /** A complaint the client raised: opened at the activity's time, possibly resolved later. */
    COMPLAINT;

    /**
     * Whether this kind counts as contact with the client: calls, visits and meetings do,
     * complaints do not.
     *
     * @return true for {@link #CALL}, {@link #VISIT} and {@link #MEETING}
     */
    public boolean isContact() {
        return this != COMPLAINT;
    }

    /**
     * Whether a contact cadence may prescribe this kind: only calls and visits are planned (a
     * meeting is arranged with the client, a complaint is raised by them).
     *
     * @return true for {@link #CALL} and {@link #VISIT}
     */
    public boolean isPlannable() {
        return this == CALL || this == VISIT;
    }
}
