package io.github.kamsdk.rules.credit;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.Role;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a credit request (R-CRED-2): the outcome, the largest order allowed now, who may
 * release a hold, every rule's verdict with its reason, and an explanation of the figures.
 *
 * <pre>{@code
 * CreditDecision d = policy.decide(request, profile, ledger);
 * d.outcome();      // APPROVE_UP_TO
 * d.maxOrder();     // Optional[EUR 8000.00]
 * d.releaseRole();  // for a HOLD: Optional[HEAD_OF_SALES]
 * d.reasons();      // one line per rule
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditDecision {
    /** One rule's verdict, named. */
    public record Verdict(String rule, RuleVerdict verdict) {}

    private final CreditRequest request;
    private final CreditOutcome outcome;
    private final @Nullable Money maxOrder;
    private final @Nullable Role releaseRole;
    private final ImmutableList<Verdict> verdicts;
    private final CreditContext context;
    private final Explanation explanation;

    CreditDecision(
            CreditRequest request,
            CreditOutcome outcome,
            @Nullable Money maxOrder,
            @Nullable Role releaseRole,
            ImmutableList<Verdict> verdicts,
            CreditContext context,
            Explanation explanation) {
        this.request = request;
        this.outcome = outcome;
        this.maxOrder = maxOrder;
        this.releaseRole = releaseRole;
        this.verdicts = verdicts;
        this.context = context;
        this.explanation = explanation;
    }

    /**
     * The request decided.
     *
     * @return the request
     */
    public CreditRequest request() {
        return request;
    }

    /**
     * The outcome.
     *
     * @return the outcome
     */
    public CreditOutcome outcome() {
        return outcome;
    }

    /**
     * The largest order allowed now: the smallest cap of the rules, at least zero, rounded down to
     * the minor unit.
     *
     * @return the amount, or empty when nothing caps the order (unlimited, exempt) or it is rejected
     */
    public Optional<Money> maxOrder() {
        return Optional.ofNullable(maxOrder);
    }

    /**
     * The lowest role that may release the order, for {@link CreditOutcome#HOLD} and {@link
     * CreditOutcome#APPROVE_UP_TO} (to ship the whole order).
     *
     * @return the role, or empty
     */
    public Optional<Role> releaseRole() {
        return Optional.ofNullable(releaseRole);
    }

    /**
     * Every rule's verdict, in the policy's order.
     *
     * @return the verdicts
     */
    public ImmutableList<Verdict> verdicts() {
        return verdicts;
    }

    /**
     * The reasons, one per rule: {@code "credit.limit: CAP EUR 8000.00: …"}.
     *
     * @return the reasons
     */
    public ImmutableList<String> reasons() {
        return verdicts.stream().map(v -> v.rule() + ": " + v.verdict()).collect(ImmutableList.toImmutableList());
    }

    /**
     * What the rules saw: limit, exposure, history, overdue debt.
     *
     * @return the context
     */
    public CreditContext context() {
        return context;
    }

    /**
     * The figures and the verdicts, step by step.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return "CreditDecision{" + outcome + (maxOrder == null ? "" : " up to " + maxOrder)
                + (releaseRole == null ? "" : ", release by " + releaseRole) + "}";
    }
}
