package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One KPI of a {@link Scorecard}: its weight, its target, an optional threshold, the direction, and
 * the floor and cap of its attainment.
 *
 * <pre>{@code
 * ScorecardEntry churn = ScorecardEntry.builder()
 *     .kpi(KpiId.of("customer.churn", 1))
 *     .weight("1")
 *     .target("0")          // the goal is zero (R-KPI-2)...
 *     .threshold("0.20")    // ...and 20% churn earns nothing
 *     .build();
 * churn.attainment(new BigDecimal("0.10"), KpiDirection.LOWER_IS_BETTER); // 50%
 * }</pre>
 *
 * <p><b>Attainment</b> of an actual value {@code a}:
 *
 * <ul>
 *   <li>with a threshold {@code h} (the value at which attainment is 0%), linear: {@code (a - h) /
 *       (target - h)}; this works for both directions because a lower-is-better target lies below
 *       its threshold, and a higher-is-better target above it (checked);
 *   <li>without a threshold, higher is better: {@code a / target}; lower is better: {@code target /
 *       a}, and an actual of 0 or below is as good as it gets: the cap. Without a threshold the
 *       target must be above zero, so a lower-is-better KPI whose goal is zero (churn) needs a
 *       threshold.
 * </ul>
 *
 * <p>The division is exact and rounded once to {@value #SCALE} decimal places, half even (the raw
 * attainment); the raw attainment is then clamped to {@code [floor, cap]} (by default {@code [0%,
 * 150%]}). The floor may be negative (made with {@link Rate#signedPercent
 * Rate.signedPercent}) if a very poor KPI is to pull the score below zero.
 *
 * <p>The direction, when not given, is the KPI definition's ({@link KpiDefinition#direction()}),
 * taken when the scorecard is evaluated; the threshold's side is then checked against it.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal, decimals
 * compared by value (a weight of 2 equals a weight of 2.0).
 */
@Value.Immutable
public abstract class ScorecardEntry {
    /** Decimal places of an attainment. */
    public static final int SCALE = 10;

    /** The default floor of attainment: 0%. */
    public static final Rate DEFAULT_FLOOR = Rate.ZERO;

    /** The default cap of attainment: 150%. */
    public static final Rate DEFAULT_CAP = Rate.percent(150);

    ScorecardEntry() {}

    /**
     * A builder: {@code kpi}, {@code weight} and {@code target} are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The KPI this entry scores.
     *
     * @return the KPI's id
     */
    public abstract KpiId kpi();

    /**
     * The relative weight in the scorecard; only the ratios between weights matter.
     *
     * @return the weight, above zero
     */
    public abstract BigDecimal weight();

    /**
     * The value that earns 100% attainment.
     *
     * @return the target
     */
    public abstract BigDecimal target();

    /**
     * The value that earns 0% attainment, on the worse side of the target.
     *
     * @return the threshold, or empty for proportional attainment
     */
    public abstract Optional<BigDecimal> threshold();

    /**
     * The direction, overriding the KPI definition's.
     *
     * @return the direction, or empty to use the definition's
     */
    public abstract Optional<KpiDirection> direction();

    /**
     * The lowest attainment.
     *
     * @return the floor, by default {@link #DEFAULT_FLOOR} (0%)
     */
    @Value.Default
    public Rate floor() {
        return DEFAULT_FLOOR;
    }

    /**
     * The highest attainment.
     *
     * @return the cap, by default {@link #DEFAULT_CAP} (150%); never below the floor
     */
    @Value.Default
    public Rate cap() {
        return DEFAULT_CAP;
    }

    /**
     * The direction used with a KPI definition: this entry's, else the definition's.
     *
     * @param definition the KPI's definition, not null
     * @return the direction
     */
    public KpiDirection directionFor(KpiDefinition definition) {
        notNull(definition, "definition");
        return direction().orElse(definition.direction());
    }

    /**
     * The attainment of an actual value before the floor and cap: exact, rounded once to {@value
     * #SCALE} places half even.
     *
     * @param actual the KPI's value, not null
     * @param direction the direction, not null
     * @return the raw attainment (may be negative, may exceed the cap)
     * @throws IllegalArgumentException if the threshold lies on the better side of the target for
     *     {@code direction}
     */
    public Rate rawAttainment(BigDecimal actual, KpiDirection direction) {
        decimal(actual, "actual");
        requireConsistentWith(direction);
        BigDecimal raw;
        if (threshold().isPresent()) {
            BigDecimal h = threshold().get();
            raw = actual.subtract(h).divide(target().subtract(h), SCALE, RoundingMode.HALF_EVEN);
        } else if (direction == KpiDirection.HIGHER_IS_BETTER) {
            raw = actual.divide(target(), SCALE, RoundingMode.HALF_EVEN);
        } else if (actual.signum() <= 0) {
            return cap();
        } else {
            raw = target().divide(actual, SCALE, RoundingMode.HALF_EVEN);
        }
        return Rate.signedFraction(raw);
    }

    /**
     * The attainment of an actual value: {@link #rawAttainment} clamped to {@code [floor, cap]}.
     *
     * @param actual the KPI's value, not null
     * @param direction the direction, not null
     * @return the attainment, between {@link #floor()} and {@link #cap()}
     * @throws IllegalArgumentException if the threshold lies on the better side of the target for
     *     {@code direction}
     */
    public Rate attainment(BigDecimal actual, KpiDirection direction) {
        return clamp(rawAttainment(actual, direction));
    }

    /**
     * A raw attainment clamped to {@code [floor, cap]}.
     *
     * @param raw the raw attainment, not null
     * @return {@code raw}, or the floor if it is below, or the cap if it is above
     */
    public Rate clamp(Rate raw) {
        notNull(raw, "raw");
        if (raw.compareTo(floor()) < 0) {
            return floor();
        }
        return raw.compareTo(cap()) > 0 ? cap() : raw;
    }

    /**
     * Checks that the threshold, if any, lies on the worse side of the target for a direction.
     *
     * @param direction the direction the entry is evaluated with, not null
     * @throws IllegalArgumentException if it does not, naming the KPI, the target and the threshold
     */
    void requireConsistentWith(KpiDirection direction) {
        notNull(direction, "direction");
        if (threshold().isEmpty()) {
            return;
        }
        BigDecimal h = threshold().get();
        boolean worse =
                direction == KpiDirection.HIGHER_IS_BETTER ? h.compareTo(target()) < 0 : h.compareTo(target()) > 0;
        argument(
                worse,
                "threshold of kpi %s must lie on the worse side of the target (%s the target when %s):"
                        + " threshold %s, target %s",
                kpi(),
                direction == KpiDirection.HIGHER_IS_BETTER ? "below" : "above",
                direction,
                h.toPlainString(),
                target().toPlainString());
    }

    @Value.Check
    void check() {
        decimal(weight(), "weight of kpi " + kpi());
        decimal(target(), "target of kpi " + kpi());
        threshold().ifPresent(h -> decimal(h, "threshold of kpi " + kpi()));
        argument(weight().signum() > 0, "weight of kpi %s must be above zero: %s", kpi(), weight().toPlainString());
        argument(
                cap().compareTo(floor()) >= 0,
                "cap of kpi %s must not be below its floor: cap %s, floor %s",
                kpi(),
                cap(),
                floor());
        if (threshold().isEmpty()) {
            argument(
                    target().signum() != 0,
                    "kpi %s has a target of 0 and no threshold: a target of 0 (such as churn's goal of"
                            + " zero) needs a threshold, the value at which attainment is 0%",
                    kpi());
            argument(
                    target().signum() > 0,
                    "target of kpi %s must be above zero when there is no threshold: %s",
                    kpi(),
                    target().toPlainString());
        } else {
            argument(
                    threshold().get().compareTo(target()) != 0,
                    "threshold of kpi %s must differ from the target: both are %s",
                    kpi(),
                    target().toPlainString());
            direction().ifPresent(this::requireConsistentWith);
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ScorecardEntry that
                && kpi().equals(that.kpi())
                && weight().compareTo(that.weight()) == 0
                && target().compareTo(that.target()) == 0
                && threshold()
                        .map(h -> that.threshold().isPresent()
                                && h.compareTo(that.threshold().get()) == 0)
                        .orElse(that.threshold().isEmpty())
                && direction().equals(that.direction())
                && floor().equals(that.floor())
                && cap().equals(that.cap());
    }

    @Override
    public int hashCode() {
        return kpi().hashCode() * 31 + weight().stripTrailingZeros().hashCode();
    }

    /**
     * For example {@code ScorecardEntry{kpi=customer.churn@1, weight=1, target=0, threshold=0.20,
     * floor=0%, cap=150%}}.
     */
    @Override
    public String toString() {
        return "ScorecardEntry{kpi=" + kpi() + ", weight=" + weight().toPlainString() + ", target="
                + target().toPlainString()
                + threshold().map(h -> ", threshold=" + h.toPlainString()).orElse("")
                + direction().map(d -> ", direction=" + d).orElse("")
                + ", floor=" + floor() + ", cap=" + cap() + "}";
    }

    /**
     * Builds a {@link ScorecardEntry}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableScorecardEntry.Builder {
        Builder() {}

        /**
         * Sets the weight from its decimal text, e.g. {@code "2"}.
         *
         * @param weight the weight as a decimal number, not null
         * @return this builder
         */
        public Builder weight(String weight) {
            return weight(parse(weight, "weight"));
        }

        /**
         * Sets the target from its decimal text, e.g. {@code "0.95"}.
         *
         * @param target the target as a decimal number, not null
         * @return this builder
         */
        public Builder target(String target) {
            return target(parse(target, "target"));
        }

        /**
         * Sets the threshold from its decimal text, e.g. {@code "0.20"}.
         *
         * @param threshold the threshold as a decimal number, not null
         * @return this builder
         */
        public Builder threshold(String threshold) {
            return threshold(parse(threshold, "threshold"));
        }

        private static BigDecimal parse(@Nullable String text, String field) {
            notNull(text, field);
            try {
                return decimal(new BigDecimal(text.strip()), field);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " must be a decimal number: '" + text + "'", e);
            }
        }
    }
}
