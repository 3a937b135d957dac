package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may approve what (R-DISC-2), honouring delegations (R-ROLE-3): an {@link AuthorityMatrix}
 * over a {@link SalesTeam}.
 *
 * <pre>{@code
 * ApprovalPolicy approvals = ApprovalPolicy.of(AuthorityMatrix.defaults(EUR), team);
 * approvals.requiredRole(request);           // Optional[SENIOR_KAM]: the lowest role that may approve
 * approvals.needsApproval(request);          // true: beyond the requester's own authority
 * ApprovalDecision d = approvals.approve(request, ManagerId.of("ana"), LocalDate.of(2026, 8, 5));
 * d.record().get().onAuthorityOf();          // ana, or the absent manager whose authority she holds
 * }</pre>
 *
 * <p><b>Rules of {@link #approve}</b>: the approver may use the authority of everyone whose approval
 * authority over the request's account they hold on the day of the approval
 * ({@link SalesTeam#authorityHeldBy(ManagerId, io.github.kamsdk.core.account.AccountId, LocalDate)}:
 * their own unless they passed it on, and that of absent managers who delegated it to them that
 * day); the request is approved on the lowest such authority that covers it. Nobody approves their
 * own request beyond their own authority: for one's own request, only one's own role counts. A
 * refusal says which limits no held authority covers. Delegations are honoured only on their dates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApprovalPolicy {
    private final AuthorityMatrix matrix;
    private final SalesTeam team;

    private ApprovalPolicy(AuthorityMatrix matrix, SalesTeam team) {
        this.matrix = matrix;
        this.team = team;
    }

    /**
     * A policy.
     *
     * @param matrix the authorities, not null
     * @param team the team, not null
     * @return the policy
     */
    public static ApprovalPolicy of(AuthorityMatrix matrix, SalesTeam team) {
        return new ApprovalPolicy(notNull(matrix, "matrix"), notNull(team, "team"));
    }

    /**
     * The lowest role that may approve a request.
     *
     * @param request the request, not null
     * @return the role, or empty when beyond every role's authority
     */
    public Optional<Role> requiredRole(ApprovalRequest request) {
        return matrix.lowestCovering(request);
    }

    /**
     * Whether a request needs someone else's approval: the requester's own role does not cover it.
     *
     * @param request the request, from a manager of the team, not null
     * @return true if approval is needed
     * @throws IllegalArgumentException if the requester is not in the team
     */
    public boolean needsApproval(ApprovalRequest request) {
        notNull(request, "request");
        argument(team.contains(request.requester()), "requester %s is not in the team", request.requester());
        return !matrix.covers(team.manager(request.requester()).role(), request);
    }

    /**
     * Approves a request if the approver's authority on the date covers it.
     *
     * @param request the request, not null
     * @param approver who approves, a manager of the team, not null
     * @param date the day of the approval, not null
     * @return the decision, approved with its record or refused with the reason
     * @throws IllegalArgumentException if the approver is not in the team
     */
    public ApprovalDecision approve(ApprovalRequest request, ManagerId approver, LocalDate date) {
        notNull(request, "request");
        notNull(approver, "approver");
        notNull(date, "date");
        argument(team.contains(approver), "approver %s is not in the team", approver);
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(
                "approval.request",
                "request {request} by {requester} for account {account}: discount {discount}, margin {margin}, order"
                        + " value {value}; the lowest role that may approve it: {required}",
                "request",
                request.id().value(),
                "requester",
                request.requester().value(),
                "account",
                request.account().value(),
                "discount",
                request.discount(),
                "margin",
                request.margin().map(Object::toString).orElse("unknown"),
                "value",
                request.orderValue(),
                "required",
                requiredRole(request).map(Role::name).orElse("none (beyond every role's authority)")));
        boolean own = approver.equals(request.requester());
        List<ManagerId> held = new ArrayList<>(team.authorityHeldBy(approver, request.account(), date));
        if (own) {
            held.removeIf(m -> !m.equals(approver));
        }
        if (held.isEmpty()) {
            String why = approver + " holds no approval authority over " + request.account() + " on " + date
                    + (own ? " of their own" : "") + " (passed on by delegation)";
            steps.add(Step.of("approval.refused", "{why}", "why", why));
            return ApprovalDecision.refused(why, Explanation.of(steps));
        }
        ManagerId best = null;
        Role bestRole = null;
        List<String> shortfalls = new ArrayList<>();
        for (ManagerId m : held) {
            Role role = team.manager(m).role();
            Optional<Authority> a = matrix.authority(role);
            List<String> gaps =
                    a.map(x -> x.shortfalls(request)).orElse(List.of("role " + role + " may approve nothing"));
            steps.add(Step.of(
                    gaps.isEmpty() ? "approval.authority.covers" : "approval.authority.short",
                    "{approver} holds the authority of {holder} ({role}) on {date}: {verdict}",
                    "approver",
                    approver.value(),
                    "holder",
                    m.value(),
                    "role",
                    role,
                    "date",
                    date,
                    "verdict",
                    gaps.isEmpty() ? "covers the request" : String.join("; ", gaps)));
            if (gaps.isEmpty()) {
                if (bestRole == null
                        || matrix.order().indexOf(role) < matrix.order().indexOf(bestRole)) {
                    best = m;
                    bestRole = role;
                }
            } else {
                shortfalls.add(m + " (" + role + "): " + String.join("; ", gaps));
            }
        }
        if (best == null) {
            String why = "no authority " + approver + " holds on " + date + " covers request " + request.id() + ": "
                    + String.join(" | ", shortfalls)
                    + (own ? " (one's own request is approved only on one's own authority)" : "");
            steps.add(Step.of("approval.refused", "{why}", "why", why));
            return ApprovalDecision.refused(why, Explanation.of(steps));
        }
        steps.add(Step.of(
                "approval.approved",
                "approved by {approver} on the authority of {holder} ({role}) on {date}",
                "approver",
                approver.value(),
                "holder",
                best.value(),
                "role",
                bestRole,
                "date",
                date));
        return ApprovalDecision.approved(
                new ApprovalRecord(request.id(), approver, best, bestRole, date, Explanation.of(steps)));
    }

    /**
     * The authorities.
     *
     * @return the matrix
     */
    public AuthorityMatrix matrix() {
        return matrix;
    }

    /**
     * The team.
     *
     * @return the team
     */
    public SalesTeam team() {
        return team;
    }

    @Override
    public String toString() {
        return "ApprovalPolicy{" + matrix + "}";
    }
}
