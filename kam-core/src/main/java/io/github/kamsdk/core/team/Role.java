package io.github.kamsdk.core.team;

/**
 * A manager's role in the sales organisation (R-ROLE-1), declared from the most junior to the most
 * senior, so the natural order is ascending seniority.
 *
 * <p>The role decides the default capacity ({@link CapacityPolicy#defaults()}); it does not
 * constrain reporting lines, which the host states explicitly ({@link SalesTeam.Builder#reportsTo}).
 */
public enum Role {
    /** A junior key account manager: serves a few key clients, works as distributed by a senior KAM. */
    JUNIOR_KAM,
    /**
     * A senior key account manager: serves key clients and manages and distributes work among the
     * junior KAMs who report to them (R-ROLE-1).
     */
    SENIOR_KAM,
    /** A sales manager: serves a larger book of loyal clients, 10 to 25 of them (R-ROLE-2). */
    SALES_MANAGER,
    /** The head of sales, head of the department: KAMs report to them (004 §1.3). */
    HEAD_OF_SALES,
    /** The commercial director: the top of the commercial organisation. */
    COMMERCIAL_DIRECTOR
}
