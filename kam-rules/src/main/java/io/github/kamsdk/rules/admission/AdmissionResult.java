package io.github.kamsdk.rules.admission;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.rules.approval.ApprovalRequest;
import io.github.kamsdk.rules.credit.CreditDecision;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an order's admission: the worst of its checks, the role whose approval it needs,
 * the role that may release a credit hold, every reason, and the approval request and credit
 * decision behind them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdmissionResult {
    private final AdmissionOutcome outcome;
    private final @Nullable Role approvalRole;
    private final @Nullable Role releaseRole;
    private final ImmutableList<String> reasons;
    private final ApprovalRequest approvalRequest;
    private final CreditDecision credit;
    private final Explanation explanation;

    AdmissionResult(
            AdmissionOutcome outcome,
            @Nullable Role approvalRole,
            @Nullable Role releaseRole,
            ImmutableList<String> reasons,
            ApprovalRequest approvalRequest,
            CreditDecision credit,
            Explanation explanation) {
        this.outcome = outcome;
        this.approvalRole = approvalRole;
        this.releaseRole = releaseRole;
        this.reasons = reasons;
        this.approvalRequest = approvalRequest;
        this.credit = credit;
        this.explanation = explanation;
    }

    /**
     * The worst outcome of the checks.
     *
     * @return the outcome
     */
    public AdmissionOutcome outcome() {
        return outcome;
    }

    /**
     * The lowest role that must approve the order's discount (or settle a pricing conflict).
     *
     * @return the role, or empty when no approval is needed
     */
    public Optional<Role> approvalRole() {
        return Optional.ofNullable(approvalRole);
    }

    /**
     * The lowest role that may release a credit hold.
     *
     * @return the role, or empty when credit holds nothing
     */
    public Optional<Role> releaseRole() {
        return Optional.ofNullable(releaseRole);
    }

    /**
     * Every check's finding, in order: pricing, discount authority, margin floor, credit.
     *
     * @return the reasons
     */
    public ImmutableList<String> reasons() {
        return reasons;
    }

    /**
     * The approval request for the order's discount, to pass to {@link
     * io.github.kamsdk.rules.approval.ApprovalPolicy#approve}.
     *
     * @return the request
     */
    public ApprovalRequest approvalRequest() {
        return approvalRequest;
    }

    /**
     * The credit decision.
     *
     * @return the decision
     */
    public CreditDecision credit() {
        return credit;
    }

    /**
     * Every check, step by step.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return "AdmissionResult{" + outcome + ", " + reasons + "}";
    }
}
