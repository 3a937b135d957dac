package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Scorecard} evaluated for one {@link KpiContext}: one {@link ScorecardLine} per entry in
 * the scorecard's order, the score or why it is not defined, and an explanation.
 *
 * <pre>{@code
 * ScorecardResult r = scorecard.evaluate(calculator.compute(context, input));
 * r.score();                       // Optional[94.2857142857%]
 * r.line(KpiId.of("customer.churn", 1)).attainment(); // Optional[50%]
 * System.out.print(r.explanation().render());
 * }</pre>
 *
 * <p>The explanation has one step per line, in order, and then the score:
 *
 * <ul>
 *   <li>{@code scorecard.kpi}: a KPI that counts with its own attainment; parameters {@code kpi},
 *       {@code name}, {@code actual}, {@code target}, {@code threshold} (when the entry has one),
 *       {@code direction}, {@code raw}, {@code floor}, {@code cap}, {@code attainment}, {@code
 *       weight}; the KPI's own explanation steps are its children;
 *   <li>{@code scorecard.kpi.floor}: an undefined KPI counted at its floor ({@link
 *       UndefinedKpiPolicy#ZERO}); parameters {@code kpi}, {@code name}, {@code reason}, {@code
 *       floor}, {@code weight};
 *   <li>{@code scorecard.kpi.excluded}: an undefined KPI left out ({@link
 *       UndefinedKpiPolicy#EXCLUDE}); parameters {@code kpi}, {@code name}, {@code reason}, {@code
 *       weight};
 *   <li>{@code scorecard.score}: parameters {@code terms} (the sum written out), {@code weighted}
 *       (Σ weight × attainment), {@code totalWeight} and {@code score}; or {@code
 *       scorecard.score.undefined} with {@code reason}.
 * </ul>
 *
 * <p>This class is immutable and thread-safe. Equal when the context, the policy, the lines and the
 * score are equal.
 */
public final class ScorecardResult {
    private final KpiContext context;
    private final UndefinedKpiPolicy policy;
    private final ImmutableList<ScorecardLine> lines;
    private final @Nullable Rate score;
    private final @Nullable String undefinedReason;
    private final Explanation explanation;

    ScorecardResult(
            KpiContext context,
            UndefinedKpiPolicy policy,
            ImmutableList<ScorecardLine> lines,
            @Nullable Rate score,
            @Nullable String undefinedReason,
            Explanation explanation) {
        this.context = context;
        this.policy = policy;
        this.lines = lines;
        this.score = score;
        this.undefinedReason = undefinedReason;
        this.explanation = explanation;
    }

    /**
     * The context the KPIs were computed for.
     *
     * @return the context
     */
    public KpiContext context() {
        return context;
    }

    /**
     * Shortcut for {@code context().period()}.
     *
     * @return the period
     */
    public DateRange period() {
        return context.period();
    }

    /**
     * The policy the scorecard applied to undefined KPIs.
     *
     * @return the policy
     */
    public UndefinedKpiPolicy undefinedKpiPolicy() {
        return policy;
    }

    /**
     * One line per entry, in the scorecard's order.
     *
     * @return the lines
     */
    public ImmutableList<ScorecardLine> lines() {
        return lines;
    }

    /**
     * The line of a KPI.
     *
     * @param kpi the KPI's id, not null
     * @return the line
     * @throws IllegalArgumentException if the scorecard has no entry for {@code kpi}, naming it
     */
    public ScorecardLine line(KpiId kpi) {
        notNull(kpi, "kpi");
        for (ScorecardLine line : lines) {
            if (line.kpi().equals(kpi)) {
                return line;
            }
        }
        argument(false, "the scorecard has no entry for kpi %s", kpi);
        throw new AssertionError("unreachable");
    }

    /**
     * The score: {@code Σ weight × attainment / Σ weight} over the included lines, rounded once to
     * {@value ScorecardEntry#SCALE} places half even.
     *
     * @return the score, or empty when every line is excluded
     */
    public Optional<Rate> score() {
        return Optional.ofNullable(score);
    }

    /**
     * The score, or a failure saying why it is not defined.
     *
     * @return the score
     * @throws IllegalStateException if the score is not defined
     */
    public Rate scoreOrThrow() {
        if (score == null) {
            throw new IllegalStateException(
                    "the scorecard's score is not defined for " + period() + ": " + undefinedReason);
        }
        return score;
    }

    /**
     * Whether the score is defined.
     *
     * @return true if there is a score
     */
    public boolean isDefined() {
        return score != null;
    }

    /**
     * Why the score is not defined.
     *
     * @return the reason, or empty when it is defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * How the score came about, step by step (see the class comment for the codes).
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ScorecardResult that
                && context.equals(that.context)
                && policy == that.policy
                && lines.equals(that.lines)
                && Objects.equals(score, that.score)
                && Objects.equals(undefinedReason, that.undefinedReason);
    }

    @Override
    public int hashCode() {
        return lines.hashCode() * 31 + Objects.hashCode(score);
    }

    /** The score (or why it is not defined) and the lines, one per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("score ")
                .append(score == null ? "not defined: " + undefinedReason : score.toString())
                .append(" for ")
                .append(period())
                .append('\n');
        for (ScorecardLine line : lines) {
            sb.append("  ").append(line).append('\n');
        }
        return sb.toString();
    }
}
