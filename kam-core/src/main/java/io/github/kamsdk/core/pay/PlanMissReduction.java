package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.KpiValue;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Less variable pay for missed plans (R-PAY-4): missing the sales, active-client-base or
 * new-clients plan takes a share off the variable part earned before this component, by a {@link
 * ReductionRule} per plan; never below zero and never touching the fixed part.
 *
 * <pre>{@code
 * PlanMissReduction planMiss = PlanMissReduction.builder()
 *     .id(ComponentId.of("plan-miss"))
 *     .rule(PlanKind.SALES, ReductionRule.proportional(Rate.percent(100)))
 *     .rule(PlanKind.NEW_CLIENTS, ReductionRule.fixed(Rate.percent(10)))
 *     .build();
 * // sales at 85% of plan, new clients at 50%: 15% + 10% = 25% off EUR 8,000.00 earned = -EUR 2,000.00
 * }</pre>
 *
 * <p><b>Definition.</b> A plan is missed when its attainment (the {@link PlanKind#kpi()} value in
 * the KPI results the host passed for the manager, {@link PayInput.Builder#putKpiResults}) is below
 * {@link #missedBelow()} (100% by default). A plan whose attainment is not defined (no plan set) or
 * not among the results is not judged, and the line says so. The reduction share is the sum of the
 * missed plans' shares, at most {@link #maxReduction()}; the base is the sum of the lines before
 * this component in the plan version that are {@linkplain PayLineKind#isEarned() earned} (commission,
 * overrides, bonus and their caps and floors), if above zero. The line is {@code −min(base, round(base
 * × share))}: it never makes the earned variable pay negative, and the fixed line is never part of
 * the base. Put the component last in the version so that it sees everything it reduces.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanMissReduction implements PayComponent {
    private final ComponentId id;
    private final Map<PlanKind, ReductionRule> rules;
    private final Rate missedBelow;
    private final Rate maxReduction;

    private PlanMissReduction(Builder b) {
        this.id = notNull(b.id, "id");
        argument(!b.rules.isEmpty(), "a plan-miss reduction needs at least one rule (component %s)", id);
        this.rules = new EnumMap<>(b.rules);
        this.missedBelow = b.missedBelow;
        this.maxReduction = b.maxReduction;
    }

    /**
     * A builder: id and at least one rule are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ComponentId id() {
        return id;
    }

    @Override
    public String description() {
        return "plan-miss reduction " + rules;
    }

    /**
     * The rule of each plan judged.
     *
     * @return the rules, by plan
     */
    public Map<PlanKind, ReductionRule> rules() {
        return java.util.Collections.unmodifiableMap(rules);
    }

    /**
     * The attainment below which a plan is missed.
     *
     * @return the threshold; 100% by default
     */
    public Rate missedBelow() {
        return missedBelow;
    }

    /**
     * The largest share of the variable part taken off in all.
     *
     * @return the maximum; 100% by default
     */
    public Rate maxReduction() {
        return maxReduction;
    }

    @Override
    public ComponentAccumulator newAccumulator(ComponentContext context) {
        notNull(context, "context");
        return new ComponentAccumulator() {
            @Override
            public Take offer(CreditedTransaction transaction) {
                return Take.IGNORED;
            }

            @Override
            public List<PayLine> lines(List<PayLine> before) {
                return List.of(line(context, before));
            }
        };
    }

    private PayLine line(ComponentContext ctx, List<PayLine> before) {
        Money base = Money.zero(ctx.currency());
        for (PayLine l : before) {
            if (l.kind().isEarned()) {
                base = base.plus(l.amount());
            }
        }
        List<Step> steps = new ArrayList<>();
        BigDecimal share = BigDecimal.ZERO;
        Optional<KpiResults> kpis = ctx.kpis();
        for (Map.Entry<PlanKind, ReductionRule> e : rules.entrySet()) {
            PlanKind plan = e.getKey();
            ReductionRule rule = e.getValue();
            Optional<KpiValue> value = kpis.flatMap(k -> k.find(plan.kpi()));
            if (value.isEmpty()) {
                steps.add(Step.of(
                        "pay.reduction.not_judged",
                        "{plan}: no attainment ({kpi}) among the KPI results given: not judged",
                        "plan",
                        plan,
                        "kpi",
                        plan.kpi().toString()));
                continue;
            }
            KpiValue v = value.get();
            if (!v.isDefined()) {
                steps.add(Step.of(
                        "pay.reduction.not_judged",
                        "{plan}: attainment not defined ({reason}): not judged",
                        "plan",
                        plan,
                        "reason",
                        v.undefinedReason().orElse("")));
                continue;
            }
            BigDecimal a = v.valueOrThrow();
            if (a.compareTo(missedBelow.fraction()) >= 0) {
                steps.add(Step.of(
                        "pay.reduction.met",
                        "{plan}: attainment {attainment}, not below {threshold}: met",
                        "plan",
                        plan,
                        "attainment",
                        Rate.signedFraction(a),
                        "threshold",
                        missedBelow));
                continue;
            }
            Rate r = rule.reduction(a);
            share = share.add(r.fraction());
            steps.add(Step.of(
                    "pay.reduction.missed",
                    "{plan}: attainment {attainment}, below {threshold}: missed; {rule} takes {reduction} off",
                    "plan",
                    plan,
                    "attainment",
                    Rate.signedFraction(a),
                    "threshold",
                    missedBelow,
                    "rule",
                    rule.toString(),
                    "reduction",
                    r));
        }
        Rate total = Rate.ofFraction(share.min(maxReduction.fraction()));
        Money earned = base.isPositive() ? base : Money.zero(ctx.currency());
        Money rounded = earned.times(total).round(ctx.rounding());
        Money amount = Money.min(rounded, earned).negate();
        Money exact = earned.times(total).negate();
        final Money baseShown = base;
        Step sum = Step.of(
                "pay.reduction.amount",
                "share off {total} (sum of missed plans, at most {max}) of the variable pay earned before it, {base}"
                        + (base.isPositive() ? "" : " (nothing above zero to reduce)")
                        + ": {amount}; the fixed part is not touched",
                "total",
                total,
                "max",
                maxReduction,
                "base",
                baseShown,
                "amount",
                amount);
        steps.add(sum);
        return PayLine.exactly(
                PayLineKind.REDUCTION,
                id,
                "reduction",
                "plan-miss reduction (" + id + ")",
                ctx.piece(),
                exact,
                amount,
                () -> Explanation.of(steps));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PlanMissReduction that
                && id.equals(that.id)
                && rules.equals(that.rules)
                && missedBelow.equals(that.missedBelow)
                && maxReduction.equals(that.maxReduction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, rules, missedBelow, maxReduction);
    }

    @Override
    public String toString() {
        return id + ": " + description();
    }

    /** Builds a {@link PlanMissReduction}; a builder is not thread-safe. */
    public static final class Builder {
        private @Nullable ComponentId id;
        private final Map<PlanKind, ReductionRule> rules = new EnumMap<>(PlanKind.class);
        private Rate missedBelow = Rate.ONE_HUNDRED_PERCENT;
        private Rate maxReduction = Rate.ONE_HUNDRED_PERCENT;

        Builder() {}

        /**
         * The id.
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(ComponentId id) {
            this.id = notNull(id, "id");
            return this;
        }

        /**
         * How missing a plan reduces the variable part.
         *
         * @param plan the plan, not null
         * @param rule the rule, not null
         * @return this builder
         * @throws IllegalArgumentException if the plan has a rule already
         */
        public Builder rule(PlanKind plan, ReductionRule rule) {
            notNull(plan, "plan");
            notNull(rule, "rule");
            argument(!rules.containsKey(plan), "plan %s has a rule already: %s", plan, rules.get(plan));
            rules.put(plan, rule);
            return this;
        }

        /**
         * The attainment below which a plan is missed.
         *
         * @param threshold 0% to 1,000%, not null
         * @return this builder
         */
        public Builder missedBelow(Rate threshold) {
            this.missedBelow =
                    notNull(threshold, "missedBelow").requireBetween(Rate.ZERO, Rate.percent(1000), "missedBelow");
            return this;
        }

        /**
         * The largest share of the variable part taken off in all.
         *
         * @param max 0% to 100%, not null
         * @return this builder
         */
        public Builder maxReduction(Rate max) {
            this.maxReduction =
                    notNull(max, "maxReduction").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "maxReduction");
            return this;
        }

        /**
         * The component.
         *
         * @return the component
         * @throws IllegalArgumentException if the id or every rule is missing
         */
        public PlanMissReduction build() {
            return new PlanMissReduction(this);
        }
    }
}
