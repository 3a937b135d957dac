package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A credit score from the payment history (a weighted scorecard) and how it scales the limit.
 *
 * <pre>{@code
 * CreditScoring scoring = CreditScoring.standard();
 * // on-time share 0.8 (weight 4), average 10 days late: 1 - 10/60 = 0.8333 (2),
 * // worst 40 days: 1 - 40/120 = 0.6667 (2), 400 days of relationship: 400/1095 = 0.3653 (1),
 * // no write-off: 1 (1) -> score 7.5653 / 10 = 0.7565; limit factor 50% + 50% x 0.7565 = 87.8%
 * }</pre>
 *
 * <p><b>Definition.</b> Components, each from 0 to 1: the on-time share; {@code 1 − average days
 * late / 60}; {@code 1 − worst days late / 120}; {@code relationship days / 1095} (three years),
 * capped at 1; 1 without write-offs, else 0. The score is the weighted mean (weights 4, 2, 2, 1, 1 by
 * default) of the components that are defined (the first two need a settled invoice), rounded to 10
 * places; the limit factor is {@code floor + (1 − floor) × score} with a floor of 50% by default. More
 * or older overdue debt never raises the score.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditScoring {
    private static final int SCALE = 10;
    private static final CreditScoring STANDARD = new CreditScoring(
            BigDecimal.valueOf(4),
            BigDecimal.valueOf(2),
            BigDecimal.valueOf(2),
            BigDecimal.ONE,
            BigDecimal.ONE,
            Rate.percent(50));
    private static final CreditScoring NEUTRAL = new CreditScoring(
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            Rate.ONE_HUNDRED_PERCENT);

    private final BigDecimal onTime;
    private final BigDecimal average;
    private final BigDecimal worst;
    private final BigDecimal relationship;
    private final BigDecimal writeOffs;
    private final Rate floor;

    private CreditScoring(
            BigDecimal onTime,
            BigDecimal average,
            BigDecimal worst,
            BigDecimal relationship,
            BigDecimal writeOffs,
            Rate floor) {
        this.onTime = onTime;
        this.average = average;
        this.worst = worst;
        this.relationship = relationship;
        this.writeOffs = writeOffs;
        this.floor = floor;
    }

    /**
     * The standard scoring above.
     *
     * @return the scoring
     */
    public static CreditScoring standard() {
        return STANDARD;
    }

    /**
     * No scoring: the limit applies as set.
     *
     * @return a scoring whose factor is always 100%
     */
    public static CreditScoring none() {
        return NEUTRAL;
    }

    /**
     * A scoring with its own weights and floor.
     *
     * @param onTime weight of the on-time share, not negative, not null
     * @param averageLate weight of the average days late, not negative, not null
     * @param worstLate weight of the worst days late, not negative, not null
     * @param relationship weight of the relationship's age, not negative, not null
     * @param writeOffs weight of having no write-offs, not negative, not null
     * @param floor the limit factor at a score of 0, 0% to 100%, not null
     * @return the scoring
     * @throws IllegalArgumentException if a weight is negative or all are zero, or the floor out of range
     */
    public static CreditScoring of(
            BigDecimal onTime,
            BigDecimal averageLate,
            BigDecimal worstLate,
            BigDecimal relationship,
            BigDecimal writeOffs,
            Rate floor) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : new BigDecimal[] {
            weight(onTime, "onTime"),
            weight(averageLate, "averageLate"),
            weight(worstLate, "worstLate"),
            weight(relationship, "relationship"),
            weight(writeOffs, "writeOffs")
        }) {
            sum = sum.add(w);
        }
        argument(sum.signum() > 0, "at least one scoring weight must be above zero");
        notNull(floor, "floor").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "floor");
        return new CreditScoring(onTime, averageLate, worstLate, relationship, writeOffs, floor);
    }

    private static BigDecimal weight(@Nullable BigDecimal w, String field) {
        decimal(w, field);
        argument(w.signum() >= 0, "%s must not be negative: %s", field, w.toPlainString());
        return w;
    }

    /** A score and the limit factor it gives, with its explanation. */
    record Score(@Nullable Rate score, Rate factor, Step step) {}

    Score score(CreditHistory h) {
        if (this == NEUTRAL) {
            return new Score(
                    null,
                    Rate.ONE_HUNDRED_PERCENT,
                    Step.of("credit.score.none", "no credit scoring: the limit applies as set"));
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        if (h.onTimeShare().isPresent() && onTime.signum() > 0) {
            BigDecimal c = h.onTimeShare().get().fraction();
            weighted = weighted.add(onTime.multiply(c));
            total = total.add(onTime);
            parts.add("on time " + c.setScale(4, RoundingMode.HALF_EVEN).toPlainString() + " (weight " + onTime + ")");
        }
        if (h.averageDaysLate().isPresent() && average.signum() > 0) {
            BigDecimal c = clamp(BigDecimal.ONE.subtract(
                    BigDecimal.valueOf(h.averageDaysLate().getAsLong())
                            .divide(BigDecimal.valueOf(60), SCALE, RoundingMode.HALF_EVEN)));
            weighted = weighted.add(average.multiply(c));
            total = total.add(average);
            parts.add("average " + h.averageDaysLate().getAsLong() + " days late "
                    + c.setScale(4, RoundingMode.HALF_EVEN).toPlainString() + " (weight " + average + ")");
        }
        if (worst.signum() > 0) {
            BigDecimal c = clamp(BigDecimal.ONE.subtract(BigDecimal.valueOf(h.worstDaysLate())
                    .divide(BigDecimal.valueOf(120), SCALE, RoundingMode.HALF_EVEN)));
            weighted = weighted.add(worst.multiply(c));
            total = total.add(worst);
            parts.add("worst " + h.worstDaysLate() + " days late "
                    + c.setScale(4, RoundingMode.HALF_EVEN).toPlainString() + " (weight " + worst + ")");
        }
        if (relationship.signum() > 0) {
            BigDecimal days = BigDecimal.valueOf(h.relationshipDays().orElse(0));
            BigDecimal c = clamp(days.divide(BigDecimal.valueOf(1095), SCALE, RoundingMode.HALF_EVEN));
            weighted = weighted.add(relationship.multiply(c));
            total = total.add(relationship);
            parts.add(days.toPlainString() + " days of relationship "
                    + c.setScale(4, RoundingMode.HALF_EVEN).toPlainString() + " (weight " + relationship + ")");
        }
        if (writeOffs.signum() > 0) {
            boolean any = h.writeOffs().map(w -> w.isPositive()).orElse(false);
            BigDecimal c = any ? BigDecimal.ZERO : BigDecimal.ONE;
            weighted = weighted.add(writeOffs.multiply(c));
            total = total.add(writeOffs);
            parts.add((any ? "written off " + h.writeOffs().get() : "no write-off") + " " + c + " (weight " + writeOffs
                    + ")");
        }
        BigDecimal score = weighted.divide(total, SCALE, RoundingMode.HALF_EVEN);
        BigDecimal factor =
                floor.fraction().add(BigDecimal.ONE.subtract(floor.fraction()).multiply(score));
        Rate s = Rate.ofFraction(score);
        Rate f = Rate.ofFraction(factor);
        return new Score(
                s,
                f,
                Step.of(
                        "credit.score",
                        "credit score {score} from {parts}; limit factor {floor} + (100% − {floor}) × {score} = {factor}",
                        "score",
                        s,
                        "parts",
                        String.join(", ", parts),
                        "floor",
                        floor,
                        "factor",
                        f));
    }

    private static BigDecimal clamp(BigDecimal c) {
        return c.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CreditScoring that
                && onTime.compareTo(that.onTime) == 0
                && average.compareTo(that.average) == 0
                && worst.compareTo(that.worst) == 0
                && relationship.compareTo(that.relationship) == 0
                && writeOffs.compareTo(that.writeOffs) == 0
                && floor.equals(that.floor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(floor);
    }

    @Override
    public String toString() {
        return this == NEUTRAL
                ? "no scoring"
                : "CreditScoring{weights " + onTime + "/" + average + "/" + worst + "/" + relationship + "/" + writeOffs
                        + ", floor " + floor + "}";
    }
}
