package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A bonus driven by the KPI scorecard (R-PAY-3): the target bonus times the payout that the
 * manager's scorecard score earns on an {@link AttainmentCurve}.
 *
 * <pre>{@code
 * KpiBonus bonus = KpiBonus.builder()
 *     .id(ComponentId.of("bonus"))
 *     .target(Money.of("3000.00", "EUR"))   // per period
 *     .curve(curve)
 *     .build();
 * // a score of 90% on the curve of AttainmentCurve's example pays 75%: EUR 2,250.00
 * }</pre>
 *
 * <p><b>Definition.</b> {@code bonus = target × days/period days × payout(score)}, where the score
 * is {@link ScorecardResult#score()} of the scorecard the host passed for the manager ({@link
 * PayInput.Builder#putScorecard}). No scorecard, or a score that is not defined, pays nothing and
 * the line says why. One {@link PayLineKind#BONUS} line per plan version piece.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiBonus implements PayComponent {
    private final ComponentId id;
    private final Money target;
    private final AttainmentCurve curve;
    private final @Nullable Money cap;
    private final @Nullable Money floor;

    private KpiBonus(Builder b) {
        this.id = notNull(b.id, "id");
        this.target = notNull(b.target, "target");
        this.curve = b.curve;
        this.cap = b.cap;
        this.floor = b.floor;
        argument(target.isPositiveOrZero(), "target must not be negative: %s (component %s)", target, id);
        ComponentLimits.check(cap, floor, target.currency(), id);
    }

    /**
     * A builder: id and target are required; the curve is {@link AttainmentCurve#linear()} by
     * default.
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
        return "KPI bonus of " + target + " per period";
    }

    /**
     * The bonus at a payout of 100%, for a whole period.
     *
     * @return the target
     */
    public Money target() {
        return target;
    }

    /**
     * The attainment curve.
     *
     * @return the curve
     */
    public AttainmentCurve curve() {
        return curve;
    }

    @Override
    public Optional<Currency> currency() {
        return Optional.of(target.currency());
    }

    @Override
    public Optional<Money> cap() {
        return Optional.ofNullable(cap);
    }

    @Override
    public Optional<Money> floor() {
        return Optional.ofNullable(floor);
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
                return List.of(line(context));
            }
        };
    }

    private PayLine line(ComponentContext ctx) {
        Money prorated = ctx.prorate(target);
        Step targetStep = ctx.proration().isOne()
                ? Step.of("pay.bonus.target", "target bonus {target}", "target", target)
                : Step.of(
                        "pay.bonus.target",
                        "target bonus {target} × {proration} of the period's days = {prorated}",
                        "target",
                        target,
                        "proration",
                        ctx.proration(),
                        "prorated",
                        prorated);
        Optional<ScorecardResult> card = ctx.scorecard();
        String label = "KPI bonus (" + id + ")";
        if (card.isEmpty() || card.get().score().isEmpty()) {
            String why = card.isEmpty()
                    ? "no scorecard was given for " + ctx.manager() + ": no bonus"
                    : "the scorecard's score is not defined ("
                            + card.get().undefinedReason().orElse("") + "): no bonus";
            Money zero = Money.zero(ctx.currency());
            return PayLine.create(
                    PayLineKind.BONUS,
                    id,
                    "bonus",
                    label,
                    ctx.piece(),
                    zero,
                    ctx.rounding(),
                    () -> Explanation.of(targetStep, Step.of("pay.bonus.none", "{reason}", "reason", why)));
        }
        Rate score = card.get().score().get();
        Rate payout = curve.payout(score);
        Money exact = prorated.times(payout);
        ScorecardResult result = card.get();
        return PayLine.create(
                PayLineKind.BONUS,
                id,
                "bonus",
                label,
                ctx.piece(),
                exact,
                ctx.rounding(),
                () -> Explanation.builder()
                        .addStep(targetStep)
                        .addStep(Step.builder()
                                .code("pay.bonus.score")
                                .template("scorecard score {score}")
                                .putParameter("score", score)
                                .addAllChildren(result.explanation().steps())
                                .build())
                        .addStep(curve.describe())
                        .addStep(Step.of(
                                "pay.bonus.amount",
                                "payout {payout} at a score of {score}; {prorated} × {payout} = {bonus}",
                                "payout",
                                payout,
                                "score",
                                score,
                                "prorated",
                                prorated,
                                "bonus",
                                exact))
                        .build());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof KpiBonus that
                && id.equals(that.id)
                && target.equals(that.target)
                && curve.equals(that.curve)
                && Objects.equals(cap, that.cap)
                && Objects.equals(floor, that.floor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, target, curve, cap, floor);
    }

    @Override
    public String toString() {
        return id + ": " + description();
    }

    /** Builds a {@link KpiBonus}; a builder is not thread-safe. */
    public static final class Builder {
        private @Nullable ComponentId id;
        private @Nullable Money target;
        private AttainmentCurve curve = AttainmentCurve.linear();
        private @Nullable Money cap;
        private @Nullable Money floor;

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
         * The bonus at a payout of 100%, for a whole period.
         *
         * @param target not negative, in the plan's currency, not null
         * @return this builder
         */
        public Builder target(Money target) {
            this.target = notNull(target, "target");
            return this;
        }

        /**
         * The attainment curve.
         *
         * @param curve the curve, not null
         * @return this builder
         */
        public Builder curve(AttainmentCurve curve) {
            this.curve = notNull(curve, "curve");
            return this;
        }

        /**
         * The most the bonus pays in a whole period.
         *
         * @param cap not negative, not null
         * @return this builder
         */
        public Builder cap(Money cap) {
            this.cap = notNull(cap, "cap");
            return this;
        }

        /**
         * The least the bonus pays in a whole period.
         *
         * @param floor not negative, not null
         * @return this builder
         */
        public Builder floor(Money floor) {
            this.floor = notNull(floor, "floor");
            return this;
        }

        /**
         * The component.
         *
         * @return the component
         * @throws IllegalArgumentException if id or target is missing or an amount out of range
         */
        public KpiBonus build() {
            return new KpiBonus(this);
        }
    }
}
