package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import java.time.LocalDate;

/**
 * Who approved a request, on whose authority, and when: what a host stores with the order.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param request the request approved
 * @param approver who approved it
 * @param onAuthorityOf whose authority was used: the approver, or the absent manager whose
 *     authority they held by delegation that day
 * @param role the role whose authority covered the request
 * @param date the day of the approval
 * @param explanation the limits checked and the delegation followed
 */
public record ApprovalRecord(
        EventId request,
        ManagerId approver,
        ManagerId onAuthorityOf,
        Role role,
        LocalDate date,
        Explanation explanation) {
    /** Checks that nothing is null. */
    public ApprovalRecord {
        notNull(request, "request");
        notNull(approver, "approver");
        notNull(onAuthorityOf, "onAuthorityOf");
        notNull(role, "role");
        notNull(date, "date");
        notNull(explanation, "explanation");
    }

    /**
     * Whether the approver used someone else's authority.
     *
     * @return true when approved by delegation
     */
    public boolean delegated() {
        return !approver.equals(onAuthorityOf);
    }
}
