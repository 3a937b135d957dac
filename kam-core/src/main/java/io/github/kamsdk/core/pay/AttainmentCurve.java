package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a scorecard's attainment turns into a bonus payout (R-PAY-3): nothing below a threshold,
 * straight lines between points, an accelerator above 100% where a segment is steeper, and an
 * optional cap.
 *
 * <pre>{@code
 * AttainmentCurve curve = AttainmentCurve.builder()
 *     .point("0.80", "0.50")  // the threshold: below 80% nothing; at 80% half the target
 *     .point("1.00", "1.00")  // on target, the target
 *     .point("1.20", "1.60")  // accelerator: 3% of payout per point above 100%
 *     .extendBeyondLast()     // keep that slope above 120% ...
 *     .cap("2.00")            // ... up to 200% of the target
 *     .build();
 * curve.payout(Rate.percent(90));  // 75%: halfway between (80%, 50%) and (100%, 100%)
 * curve.payout(Rate.percent(79));  // 0%: below the threshold
 * curve.payout(Rate.percent(150)); // 200%: 1.60 + 3 × 0.30 = 2.50, capped
 * }</pre>
 *
 * <p><b>Definition.</b> With points {@code (a_1, p_1) … (a_n, p_n)}, attainments strictly rising
 * and payouts never falling: below {@code a_1} the payout is 0 (so {@code a_1} is the threshold;
 * start at {@code (0, 0)} for none); between two points it is the straight line through them; above
 * {@code a_n} it stays {@code p_n}, or with {@link Builder#extendBeyondLast()} continues the last
 * segment's slope; then the cap, if any, applies. Interpolated payouts are rounded to {@value
 * #SCALE} decimal places, half even, and kept between the two points' payouts. The payout never
 * falls as attainment rises.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AttainmentCurve {
    /** Decimal places of an interpolated payout. */
    public static final int SCALE = 10;

    private static final AttainmentCurve LINEAR =
            builder().point("0", "0").point("1", "1").extendBeyondLast().build();

    private final ImmutableList<BigDecimal> attainments;
    private final ImmutableList<BigDecimal> payouts;
    private final boolean extend;
    private final @Nullable BigDecimal cap;

    private AttainmentCurve(
            ImmutableList<BigDecimal> attainments,
            ImmutableList<BigDecimal> payouts,
            boolean extend,
            @Nullable BigDecimal cap) {
        this.attainments = attainments;
        this.payouts = payouts;
        this.extend = extend;
        this.cap = cap;
    }

    /**
     * A builder with no point.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Payout equals attainment, without threshold or cap.
     *
     * @return the curve
     */
    public static AttainmentCurve linear() {
        return LINEAR;
    }

    /**
     * The payout for an attainment, as a fraction of the target bonus.
     *
     * @param attainment the scorecard's score, not null (negative scores pay nothing)
     * @return the payout, 0% or more
     */
    public Rate payout(Rate attainment) {
        notNull(attainment, "attainment");
        BigDecimal a = attainment.fraction();
        int n = attainments.size();
        BigDecimal p;
        if (a.compareTo(attainments.get(0)) < 0) {
            p = BigDecimal.ZERO;
        } else if (a.compareTo(attainments.get(n - 1)) >= 0) {
            p = payouts.get(n - 1);
            if (extend && n >= 2 && a.compareTo(attainments.get(n - 1)) > 0) {
                p = line(n - 2, a);
            }
        } else {
            int i = 0;
            while (a.compareTo(attainments.get(i + 1)) >= 0) {
                i++;
            }
            p = line(i, a);
        }
        if (cap != null && p.compareTo(cap) > 0) {
            p = cap;
        }
        return Rate.ofFraction(p);
    }

    /** The straight line through points i and i+1 at a. */
    private BigDecimal line(int i, BigDecimal a) {
        BigDecimal a0 = attainments.get(i);
        BigDecimal a1 = attainments.get(i + 1);
        BigDecimal p0 = payouts.get(i);
        BigDecimal p1 = payouts.get(i + 1);
        BigDecimal width = a1.subtract(a0);
        BigDecimal p = p0.multiply(width)
                .add(p1.subtract(p0).multiply(a.subtract(a0)))
                .divide(width, SCALE, RoundingMode.HALF_EVEN);
        // Rounding to SCALE places may step past a point's payout when payouts have more decimals:
        // between two points the payout stays between theirs (beyond the last, at least the last).
        BigDecimal low = p0.min(p1);
        BigDecimal high = p0.max(p1);
        if (a.compareTo(a1) > 0) {
            return p.max(p1);
        }
        if (p.compareTo(low) < 0) {
            return low;
        }
        return p.compareTo(high) > 0 ? high : p;
    }

    /**
     * The points' attainments, rising.
     *
     * @return the attainments
     */
    public ImmutableList<BigDecimal> attainments() {
        return attainments;
    }

    /**
     * The points' payouts, never falling.
     *
     * @return the payouts
     */
    public ImmutableList<BigDecimal> payouts() {
        return payouts;
    }

    /**
     * Whether the last segment's slope continues above the last point.
     *
     * @return true if extended
     */
    public boolean extendsBeyondLast() {
        return extend;
    }

    /**
     * The highest payout, if capped.
     *
     * @return the cap, or empty
     */
    public Optional<BigDecimal> cap() {
        return Optional.ofNullable(cap);
    }

    /** The curve in words, for explanations. */
    Step describe() {
        List<String> pts = new ArrayList<>();
        for (int i = 0; i < attainments.size(); i++) {
            pts.add("(" + Rate.ofFraction(attainments.get(i)) + ", " + Rate.ofFraction(payouts.get(i)) + ")");
        }
        return Step.of(
                "pay.bonus.curve",
                "attainment curve: nothing below {threshold}, straight lines through {points}, {beyond}{cap}",
                "threshold",
                Rate.ofFraction(attainments.get(0)),
                "points",
                String.join(", ", pts),
                "beyond",
                extend ? "the last slope continued above the last point" : "flat above the last point",
                "cap",
                cap == null ? ", no cap" : ", capped at " + Rate.ofFraction(cap));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AttainmentCurve that
                && attainments.equals(that.attainments)
                && payouts.equals(that.payouts)
                && extend == that.extend
                && Objects.equals(cap, that.cap);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attainments, payouts, extend, cap);
    }

    @Override
    public String toString() {
        return describe().text();
    }

    /** Builds an {@link AttainmentCurve}; a builder is not thread-safe. */
    public static final class Builder {
        private final List<BigDecimal> attainments = new ArrayList<>();
        private final List<BigDecimal> payouts = new ArrayList<>();
        private boolean extend;
        private @Nullable BigDecimal cap;

        Builder() {}

        /**
         * Adds a point; attainments must rise and payouts must not fall from one point to the next.
         *
         * @param attainment the attainment as a fraction ("1.00" is 100%), not negative, not null
         * @param payout the payout at it as a fraction of the target, not negative, not null
         * @return this builder
         * @throws IllegalArgumentException if a number is negative or not a number, the attainment
         *     does not rise or the payout falls
         */
        public Builder point(String attainment, String payout) {
            return point(parse(attainment, "attainment"), parse(payout, "payout"));
        }

        /**
         * Adds a point.
         *
         * @param attainment the attainment as a fraction, not negative, not null
         * @param payout the payout as a fraction of the target, not negative, not null
         * @return this builder
         */
        public Builder point(BigDecimal attainment, BigDecimal payout) {
            decimal(attainment, "attainment");
            decimal(payout, "payout");
            argument(attainment.signum() >= 0, "attainment must not be negative: %s", attainment.toPlainString());
            argument(payout.signum() >= 0, "payout must not be negative: %s", payout.toPlainString());
            if (!attainments.isEmpty()) {
                BigDecimal lastA = attainments.get(attainments.size() - 1);
                BigDecimal lastP = payouts.get(payouts.size() - 1);
                argument(
                        attainment.compareTo(lastA) > 0,
                        "attainments must rise: %s after %s",
                        attainment.toPlainString(),
                        lastA.toPlainString());
                argument(
                        payout.compareTo(lastP) >= 0,
                        "payouts must not fall: %s at %s after %s at %s (more attainment would pay less)",
                        payout.toPlainString(),
                        attainment.toPlainString(),
                        lastP.toPlainString(),
                        lastA.toPlainString());
            }
            attainments.add(attainment);
            payouts.add(payout);
            return this;
        }

        /**
         * Continues the last segment's slope above the last point (an open accelerator).
         *
         * @return this builder
         */
        public Builder extendBeyondLast() {
            this.extend = true;
            return this;
        }

        /**
         * Caps the payout.
         *
         * @param cap the highest payout as a fraction of the target, not negative, not null
         * @return this builder
         */
        public Builder cap(String cap) {
            return cap(parse(cap, "cap"));
        }

        /**
         * Caps the payout.
         *
         * @param cap the highest payout as a fraction of the target, not negative, not null
         * @return this builder
         */
        public Builder cap(BigDecimal cap) {
            decimal(cap, "cap");
            argument(cap.signum() >= 0, "cap must not be negative: %s", cap.toPlainString());
            this.cap = cap;
            return this;
        }

        /**
         * The curve.
         *
         * @return the curve
         * @throws IllegalArgumentException if there is no point, or extending with one point only
         */
        public AttainmentCurve build() {
            argument(!attainments.isEmpty(), "an attainment curve needs at least one point");
            argument(
                    !extend || attainments.size() >= 2,
                    "extendBeyondLast needs at least two points to have a slope to continue");
            return new AttainmentCurve(ImmutableList.copyOf(attainments), ImmutableList.copyOf(payouts), extend, cap);
        }

        private static BigDecimal parse(@Nullable String text, String field) {
            notNull(text, field);
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " must be a decimal number: '" + text + "'", e);
            }
        }
    }
}
