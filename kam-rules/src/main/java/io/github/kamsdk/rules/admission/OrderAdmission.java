package io.github.kamsdk.rules.admission;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.rules.approval.ApprovalPolicy;
import io.github.kamsdk.rules.approval.ApprovalRequest;
import io.github.kamsdk.rules.credit.CreditDecision;
import io.github.kamsdk.rules.credit.CreditPolicy;
import io.github.kamsdk.rules.credit.CreditRequest;
import io.github.kamsdk.rules.pricing.LinePricing;
import io.github.kamsdk.rules.pricing.PricingConflict;
import io.github.kamsdk.rules.pricing.PricingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One check of a priced order the way a KAM needs it at order time: is every line priced, does the
 * discount need someone's approval, is any line below the margin floor, does the order fit the
 * client's credit.
 *
 * <pre>{@code
 * OrderAdmission admission = OrderAdmission.builder(approvals, credit)
 *     .marginFloor(Rate.percent(5))  // no line below cost × 1.05, whoever approves
 *     .build();
 * AdmissionResult r = admission.check(order);
 * r.outcome();       // NEEDS_APPROVAL
 * r.approvalRole();  // Optional[HEAD_OF_SALES]
 * r.reasons();
 * }</pre>
 *
 * <p><b>Checks</b>, each giving an outcome; the result is the worst ({@link AdmissionOutcome} order):
 * <ul>
 *   <li>pricing: an unpriced line blocks; a pricing conflict needs the head of sales (unusual
 *       situations go to the head of the department, R-DISC-2);
 *   <li>discount authority: beyond the requester's own role, the order needs the lowest role that
 *       covers it ({@link ApprovalPolicy#requiredRole}); beyond every role it is blocked;
 *   <li>margin floor: a sale line whose net amount is below cost × (1 + floor) is blocked (no
 *       authority prices below the floor); a line without cost is reported, not blocked;
 *   <li>credit ({@link CreditPolicy#decide}): approve passes; approve-up-to and hold hold, with the
 *       role that may release them; reject blocks.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrderAdmission {
    private final ApprovalPolicy approvals;
    private final CreditPolicy credit;
    private final @Nullable Rate marginFloor;

    private OrderAdmission(ApprovalPolicy approvals, CreditPolicy credit, @Nullable Rate marginFloor) {
        this.approvals = approvals;
        this.credit = credit;
        this.marginFloor = marginFloor;
    }

    /**
     * A builder, without a margin floor.
     *
     * @param approvals the approval authority, not null
     * @param credit the credit policy, not null
     * @return a builder
     */
    public static Builder builder(ApprovalPolicy approvals, CreditPolicy credit) {
        return new Builder(notNull(approvals, "approvals"), notNull(credit, "credit"));
    }

    /**
     * Checks an order.
     *
     * @param order the order, not null
     * @return the outcome with every reason
     * @throws IllegalArgumentException if the requester is not in the team, or the profile is of
     *     another account than the quote
     */
    public AdmissionResult check(AdmissionRequest order) {
        notNull(order, "order");
        PricingResult pricing = order.pricing();
        List<String> reasons = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        AdmissionOutcome outcome = AdmissionOutcome.ALLOW;
        Role approvalRole = null;
        Role releaseRole = null;

        // 1. pricing
        for (LinePricing l : pricing.lines()) {
            if (l.unpricedReason().isPresent()) {
                outcome = worst(outcome, AdmissionOutcome.BLOCK);
                reasons.add("BLOCK: line " + l.lineNumber() + " is not priced: "
                        + l.unpricedReason().get());
            }
        }
        for (PricingConflict c : pricing.conflicts()) {
            outcome = worst(outcome, AdmissionOutcome.NEEDS_APPROVAL);
            approvalRole = higher(approvalRole, Role.HEAD_OF_SALES);
            reasons.add("NEEDS_APPROVAL: line " + c.lineNumber() + " has a pricing conflict between " + c.rules() + " ("
                    + c.reason() + "): the head of sales must settle it");
        }
        // 2. discount authority
        // A quote that is mostly returns nets below zero: it asks for no discount and no credit.
        Money zero = Money.zero(pricing.netTotal().currency());
        Rate discount = pricing.discountRate().orElse(Rate.ZERO);
        ApprovalRequest.Builder ab = ApprovalRequest.builder()
                .id(order.id())
                .requester(order.requester())
                .account(pricing.quote().account())
                .date(pricing.quote().date())
                .discount(discount.isGreaterThan(Rate.ONE_HUNDRED_PERCENT) ? Rate.ONE_HUNDRED_PERCENT : discount)
                .orderValue(Money.max(pricing.netTotal(), zero));
        pricing.marginRate().ifPresent(ab::margin);
        ApprovalRequest request = ab.build();
        if (approvals.needsApproval(request)) {
            Optional<Role> role = approvals.requiredRole(request);
            if (role.isEmpty()) {
                outcome = worst(outcome, AdmissionOutcome.BLOCK);
                reasons.add("BLOCK: discount " + request.discount() + ", margin "
                        + request.margin().map(Object::toString).orElse("unknown") + " and value "
                        + request.orderValue()
                        + " are beyond every role's authority");
            } else {
                outcome = worst(outcome, AdmissionOutcome.NEEDS_APPROVAL);
                approvalRole = higher(approvalRole, role.get());
                reasons.add("NEEDS_APPROVAL: discount " + request.discount() + ", margin "
                        + request.margin().map(Object::toString).orElse("unknown") + " and value "
                        + request.orderValue()
                        + " are beyond the requester's own authority: " + role.get() + " must approve");
            }
        } else {
            reasons.add("ALLOW: the discount is within the requester's own authority");
        }
        // 3. margin floor
        if (marginFloor != null) {
            for (LinePricing l : pricing.lines()) {
                if (l.unpricedReason().isPresent() || l.baseQuantity().signum() < 0) {
                    continue;
                }
                if (l.cost().isEmpty()) {
                    reasons.add(
                            "ALLOW: line " + l.lineNumber() + " has no known cost: the margin floor is not checked");
                    continue;
                }
                Money floor = l.cost().get().plus(l.cost().get().times(marginFloor));
                if (l.netAmount().isLessThan(floor)) {
                    outcome = worst(outcome, AdmissionOutcome.BLOCK);
                    reasons.add("BLOCK: line " + l.lineNumber() + " nets " + l.netAmount() + ", below the margin floor "
                            + "cost " + l.cost().get() + " × (1 + " + marginFloor + ") = " + floor);
                }
            }
        }
        // 4. credit
        CreditRequest.Builder cr = CreditRequest.builder()
                .order(order.id())
                .account(pricing.quote().account())
                .date(pricing.quote().date())
                .orderAmount(Money.max(
                        pricing.netTotal(), Money.zero(pricing.netTotal().currency())))
                .prepaid(order.prepaid());
        order.deliveredUnbilled().ifPresent(cr::deliveredUnbilled);
        CreditDecision decision = credit.decide(cr.build(), order.profile(), order.ledger());
        switch (decision.outcome()) {
            case APPROVE -> reasons.add("ALLOW: credit approves the order");
            case APPROVE_UP_TO -> {
                outcome = worst(outcome, AdmissionOutcome.HOLD);
                releaseRole = decision.releaseRole().orElse(null);
                reasons.add("HOLD: credit allows orders up to "
                        + decision.maxOrder().orElseThrow() + " now; "
                        + decision.releaseRole().map(Role::name).orElse("someone") + " may release the rest");
            }
            case HOLD -> {
                outcome = worst(outcome, AdmissionOutcome.HOLD);
                releaseRole = decision.releaseRole().orElse(null);
                reasons.add("HOLD: credit holds the order (" + String.join("; ", decision.reasons()) + "); "
                        + decision.releaseRole().map(Role::name).orElse("someone") + " may release it");
            }
            default -> {
                outcome = worst(outcome, AdmissionOutcome.BLOCK);
                reasons.add("BLOCK: credit rejects the order (" + String.join("; ", decision.reasons()) + ")");
            }
        }
        for (String r : reasons) {
            steps.add(Step.of("admission.check", "{reason}", "reason", r));
        }
        Step result = Step.builder()
                .code("admission.outcome")
                .template("order {order}: {outcome}")
                .putParameter("order", order.id().value())
                .putParameter("outcome", outcome)
                .addAllChildren(decision.explanation().steps())
                .build();
        steps.add(result);
        return new AdmissionResult(
                outcome,
                approvalRole,
                releaseRole,
                ImmutableList.copyOf(reasons),
                request,
                decision,
                Explanation.of(steps));
    }

    private static AdmissionOutcome worst(AdmissionOutcome a, AdmissionOutcome b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private @Nullable Role higher(@Nullable Role a, Role b) {
        if (a == null) {
            return b;
        }
        List<Role> order = approvals.matrix().order();
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }

    @Override
    public String toString() {
        return "OrderAdmission{" + approvals + ", " + credit + ", margin floor " + marginFloor + "}";
    }

    /** Builds an {@link OrderAdmission}; a builder is not thread-safe. */
    public static final class Builder {
        private final ApprovalPolicy approvals;
        private final CreditPolicy credit;
        private @Nullable Rate marginFloor;

        Builder(ApprovalPolicy approvals, CreditPolicy credit) {
            this.approvals = approvals;
            this.credit = credit;
        }

        /**
         * The margin floor: no sale line below cost × (1 + floor).
         *
         * @param floor 0% to 1,000%, not null
         * @return this builder
         */
        public Builder marginFloor(Rate floor) {
            this.marginFloor = notNull(floor, "floor").requireBetween(Rate.ZERO, Rate.percent(1000), "floor");
            return this;
        }

        /**
         * The admission check.
         *
         * @return the check
         */
        public OrderAdmission build() {
            return new OrderAdmission(approvals, credit, marginFloor);
        }
    }
}
