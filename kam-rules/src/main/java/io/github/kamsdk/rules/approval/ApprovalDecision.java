package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@link ApprovalPolicy#approve}: approved with its {@link ApprovalRecord}, or refused
 * with the reason; explained either way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApprovalDecision {
    private final @Nullable ApprovalRecord record;
    private final @Nullable String refusal;
    private final Explanation explanation;

    private ApprovalDecision(@Nullable ApprovalRecord record, @Nullable String refusal, Explanation explanation) {
        this.record = record;
        this.refusal = refusal;
        this.explanation = explanation;
    }

    static ApprovalDecision approved(ApprovalRecord record) {
        return new ApprovalDecision(notNull(record, "record"), null, record.explanation());
    }

    static ApprovalDecision refused(String why, Explanation explanation) {
        return new ApprovalDecision(null, notNull(why, "why"), explanation);
    }

    /**
     * Whether the request is approved.
     *
     * @return true if approved
     */
    public boolean isApproved() {
        return record != null;
    }

    /**
     * The record of the approval.
     *
     * @return the record, or empty when refused
     */
    public Optional<ApprovalRecord> record() {
        return Optional.ofNullable(record);
    }

    /**
     * Why the approval was refused.
     *
     * @return the reason, or empty when approved
     */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * The checks made.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return record != null ? "approved: " + record : "refused: " + refusal;
    }
}
