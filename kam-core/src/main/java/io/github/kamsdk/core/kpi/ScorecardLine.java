package io.github.kamsdk.core.kpi;

import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One KPI of an evaluated {@link Scorecard}: the entry, the KPI's value (or why it is not defined),
 * the direction used, the raw and clamped attainment, the weight, the normalised weight, the
 * contribution to the score, and whether the line counts and why.
 *
 * <p>The normalised weight is {@code weight / Σ weight} over the included lines and the
 * contribution {@code weight × attainment / Σ weight}, both rounded to {@value
 * ScorecardEntry#SCALE} places half even for display: the score itself is computed from the exact
 * sums (see {@link Scorecard}), so the contributions may differ from it in the last place. An
 * excluded line has a normalised weight and a contribution of 0%.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
public final class ScorecardLine {
    private final ScorecardEntry entry;
    private final KpiValue value;
    private final KpiDirection direction;
    private final @Nullable Rate rawAttainment;
    private final @Nullable Rate attainment;
    private final Rate normalisedWeight;
    private final Rate contribution;
    private final boolean included;
    private final @Nullable String reason;

    ScorecardLine(
            ScorecardEntry entry,
            KpiValue value,
            KpiDirection direction,
            @Nullable Rate rawAttainment,
            @Nullable Rate attainment,
            Rate normalisedWeight,
            Rate contribution,
            boolean included,
            @Nullable String reason) {
        this.entry = entry;
        this.value = value;
        this.direction = direction;
        this.rawAttainment = rawAttainment;
        this.attainment = attainment;
        this.normalisedWeight = normalisedWeight;
        this.contribution = contribution;
        this.included = included;
        this.reason = reason;
    }

    /**
     * The scorecard's entry for this KPI.
     *
     * @return the entry
     */
    public ScorecardEntry entry() {
        return entry;
    }

    /**
     * The KPI's id.
     *
     * @return the id
     */
    public KpiId kpi() {
        return entry.kpi();
    }

    /**
     * The KPI's name, from its definition.
     *
     * @return the name
     */
    public String name() {
        return value.definition().name();
    }

    /**
     * The KPI's value as computed.
     *
     * @return the value, possibly not defined
     */
    public KpiValue value() {
        return value;
    }

    /**
     * The KPI's actual value.
     *
     * @return the value, or empty when it is not defined
     */
    public Optional<BigDecimal> actual() {
        return value.value();
    }

    /**
     * Why the KPI's value is not defined.
     *
     * @return the reason, or empty when it is defined
     */
    public Optional<String> kpiUndefinedReason() {
        return value.undefinedReason();
    }

    /**
     * The target, from the entry.
     *
     * @return the target
     */
    public BigDecimal target() {
        return entry.target();
    }

    /**
     * The threshold, from the entry.
     *
     * @return the threshold, or empty
     */
    public Optional<BigDecimal> threshold() {
        return entry.threshold();
    }

    /**
     * The direction used: the entry's, else the KPI definition's.
     *
     * @return the direction
     */
    public KpiDirection direction() {
        return direction;
    }

    /**
     * The attainment before the floor and cap.
     *
     * @return the raw attainment, or empty when the KPI is not defined
     */
    public Optional<Rate> rawAttainment() {
        return Optional.ofNullable(rawAttainment);
    }

    /**
     * The attainment that counts: the raw attainment clamped to the entry's floor and cap, or the
     * floor for an undefined KPI under {@link UndefinedKpiPolicy#ZERO}.
     *
     * @return the attainment, or empty for an excluded line
     */
    public Optional<Rate> attainment() {
        return Optional.ofNullable(attainment);
    }

    /**
     * The weight, from the entry.
     *
     * @return the weight
     */
    public BigDecimal weight() {
        return entry.weight();
    }

    /**
     * The weight's share of the included weights, rounded to {@value ScorecardEntry#SCALE} places.
     *
     * @return the normalised weight, 0% for an excluded line
     */
    public Rate normalisedWeight() {
        return normalisedWeight;
    }

    /**
     * The line's part of the score, {@code weight × attainment / Σ weight}, rounded to {@value
     * ScorecardEntry#SCALE} places.
     *
     * @return the contribution, 0% for an excluded line
     */
    public Rate contribution() {
        return contribution;
    }

    /**
     * Whether the line counts in the score.
     *
     * @return false when the KPI is not defined and the policy is {@link UndefinedKpiPolicy#EXCLUDE}
     */
    public boolean included() {
        return included;
    }

    /**
     * Why the line is left out, or why it counts at the floor.
     *
     * @return the reason, or empty when the KPI is defined and counts with its own attainment
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ScorecardLine that
                && entry.equals(that.entry)
                && value.equals(that.value)
                && direction == that.direction
                && Objects.equals(rawAttainment, that.rawAttainment)
                && Objects.equals(attainment, that.attainment)
                && normalisedWeight.equals(that.normalisedWeight)
                && contribution.equals(that.contribution)
                && included == that.included
                && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return entry.hashCode() * 31 + Objects.hashCode(attainment);
    }

    /**
     * For example {@code customer.churn@1: actual 0.1000000000, attainment 50% x weight 1} or
     * {@code customer.retention@1: excluded (kpi not defined: ...)}.
     */
    @Override
    public String toString() {
        String head = kpi() + ": ";
        if (!included) {
            return head + "excluded (" + reason + ")";
        }
        return head + "actual " + actual().map(BigDecimal::toPlainString).orElse("not defined") + ", attainment "
                + attainment + " x weight " + weight().toPlainString();
    }
}
