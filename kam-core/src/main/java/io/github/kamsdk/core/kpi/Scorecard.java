package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A weighted scorecard of KPIs (R-PAY-3): each {@link ScorecardEntry} turns a KPI's value into an
 * attainment against its target, and the attainments combine into one score, which a variable-pay
 * plan can consume.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.of(
 *     ScorecardEntry.builder().kpi(retention).weight(BigDecimal.valueOf(2))
 *         .target(new BigDecimal("0.95")).build(),
 *     ScorecardEntry.builder().kpi(churn).weight(BigDecimal.ONE)
 *         .target(BigDecimal.ZERO).threshold(new BigDecimal("0.20")).build());
 * ScorecardResult result = card.evaluate(calculator.compute(context, input));
 * result.score(); // Optional[...]
 * }</pre>
 *
 * <p><b>Score</b> = {@code Σ weight × attainment / Σ weight} over the included entries, where each
 * attainment is the entry's clamped attainment as shown on its line (already rounded to {@value
 * ScorecardEntry#SCALE} places, see {@link ScorecardEntry}). The sums are exact and the division is
 * rounded once to {@value ScorecardEntry#SCALE} places half even, so the score can be recomputed by
 * hand from the lines. It therefore lies between the lowest floor and the highest cap of the
 * included entries, does not depend on the order of the entries, and does not change when every
 * weight is multiplied by the same factor.
 *
 * <p><b>Undefined KPIs</b> follow the {@link UndefinedKpiPolicy} (by default {@link
 * UndefinedKpiPolicy#EXCLUDE}: left out, the other weights renormalised). When every entry is left
 * out the score is not defined, with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scorecard {
    private final ImmutableList<ScorecardEntry> entries;
    private final UndefinedKpiPolicy policy;

    private Scorecard(ImmutableList<ScorecardEntry> entries, UndefinedKpiPolicy policy) {
        this.entries = entries;
        this.policy = policy;
    }

    /**
     * A scorecard that excludes undefined KPIs.
     *
     * @param entries the entries, at least one, distinct KPIs, not null
     * @return the scorecard
     * @throws IllegalArgumentException if there is no entry, one is null or two score the same KPI
     */
    public static Scorecard of(ScorecardEntry... entries) {
        notNull(entries, "entries");
        return of(UndefinedKpiPolicy.EXCLUDE, Arrays.asList(entries));
    }

    /**
     * A scorecard that excludes undefined KPIs.
     *
     * @param entries the entries, at least one, distinct KPIs, not null
     * @return the scorecard
     * @throws IllegalArgumentException if there is no entry, one is null or two score the same KPI
     */
    public static Scorecard of(Iterable<? extends ScorecardEntry> entries) {
        return of(UndefinedKpiPolicy.EXCLUDE, entries);
    }

    /**
     * A scorecard.
     *
     * @param policy what to do with undefined KPIs, not null
     * @param entries the entries, at least one, distinct KPIs, not null
     * @return the scorecard
     * @throws IllegalArgumentException if there is no entry, one is null or two score the same KPI
     */
    public static Scorecard of(UndefinedKpiPolicy policy, Iterable<? extends ScorecardEntry> entries) {
        notNull(policy, "policy");
        notNull(entries, "entries");
        ImmutableList.Builder<ScorecardEntry> list = ImmutableList.builder();
        Set<KpiId> ids = new HashSet<>();
        int i = 0;
        for (ScorecardEntry e : entries) {
            notNull(e, "entries[" + i + "]");
            argument(ids.add(e.kpi()), "entries hold kpi %s more than once (entries[%s])", e.kpi(), i);
            list.add(e);
            i++;
        }
        argument(i > 0, "entries must hold at least one entry");
        return new Scorecard(list.build(), policy);
    }

    /**
     * The same entries with another policy for undefined KPIs.
     *
     * @param policy the policy, not null
     * @return the scorecard
     */
    public Scorecard withUndefinedKpiPolicy(UndefinedKpiPolicy policy) {
        return new Scorecard(entries, notNull(policy, "policy"));
    }

    /**
     * The entries, in the order given.
     *
     * @return the entries
     */
    public ImmutableList<ScorecardEntry> entries() {
        return entries;
    }

    /**
     * What is done with undefined KPIs.
     *
     * @return the policy
     */
    public UndefinedKpiPolicy undefinedKpiPolicy() {
        return policy;
    }

    /**
     * Scores computed KPI values.
     *
     * @param results the values, holding every KPI of the scorecard (others are ignored), not null
     * @return the lines, the score and the explanation
     * @throws IllegalArgumentException if a KPI of the scorecard is missing from {@code results}
     *     (naming it and the computed ones), or an entry's threshold lies on the better side of the
     *     target for the KPI definition's direction
     */
    public ScorecardResult evaluate(KpiResults results) {
        notNull(results, "results");
        int n = entries.size();
        KpiValue[] values = new KpiValue[n];
        KpiDirection[] directions = new KpiDirection[n];
        @Nullable Rate[] raws = new Rate[n];
        @Nullable Rate[] attainments = new Rate[n];
        BigDecimal totalWeight = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            ScorecardEntry e = entries.get(i);
            Optional<KpiValue> found = results.find(e.kpi());
            argument(
                    found.isPresent(),
                    "kpi %s of the scorecard is missing from the results; computed: %s",
                    e.kpi(),
                    results.byId().keySet());
            KpiValue v = found.get();
            values[i] = v;
            directions[i] = e.directionFor(v.definition());
            e.requireConsistentWith(directions[i]);
            if (v.isDefined()) {
                raws[i] = e.rawAttainment(v.valueOrThrow(), directions[i]);
                attainments[i] = e.clamp(raws[i]);
            } else if (policy == UndefinedKpiPolicy.ZERO) {
                attainments[i] = e.floor();
            }
            if (attainments[i] != null) {
                totalWeight = totalWeight.add(e.weight());
                weighted = weighted.add(e.weight().multiply(attainments[i].fraction()));
            }
        }
        Explanation.Builder explanation = Explanation.builder();
        ImmutableList.Builder<ScorecardLine> lines = ImmutableList.builderWithExpectedSize(n);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ScorecardEntry e = entries.get(i);
            KpiValue v = values[i];
            Rate a = attainments[i];
            String reason = null;
            Rate normalised = Rate.ZERO;
            Rate contribution = Rate.ZERO;
            if (a != null) {
                normalised =
                        Rate.ofFraction(e.weight().divide(totalWeight, ScorecardEntry.SCALE, RoundingMode.HALF_EVEN));
                contribution = Rate.signedFraction(e.weight()
                        .multiply(a.fraction())
                        .divide(totalWeight, ScorecardEntry.SCALE, RoundingMode.HALF_EVEN));
                terms.add(e.weight().toPlainString() + " × " + a);
            }
            if (!v.isDefined()) {
                reason = policy == UndefinedKpiPolicy.ZERO
                        ? "kpi not defined (" + v.undefinedReason().orElse("") + "): counted at the floor " + e.floor()
                                + " (policy ZERO)"
                        : "kpi not defined (" + v.undefinedReason().orElse("")
                                + "): left out, the other weights renormalised (policy EXCLUDE)";
            }
            explanation.addStep(step(e, v, directions[i], raws[i], a));
            lines.add(new ScorecardLine(e, v, directions[i], raws[i], a, normalised, contribution, a != null, reason));
        }
        Rate score = null;
        String undefinedReason = null;
        if (totalWeight.signum() == 0) {
            undefinedReason = "no kpi of the scorecard is defined, so every one is left out (policy EXCLUDE)";
            explanation.addStep(
                    Step.of("scorecard.score.undefined", "score not defined: {reason}", "reason", undefinedReason));
        } else {
            score = Rate.signedFraction(weighted.divide(totalWeight, ScorecardEntry.SCALE, RoundingMode.HALF_EVEN));
            explanation.addStep(Step.of(
                    "scorecard.score",
                    "score = ({terms}) / {totalWeight} = {weighted} / {totalWeight} = {score}",
                    "terms",
                    String.join(" + ", terms),
                    "weighted",
                    Rate.signedFraction(weighted),
                    "totalWeight",
                    totalWeight,
                    "score",
                    score));
        }
        return new ScorecardResult(
                results.context(), policy, lines.build(), score, undefinedReason, explanation.build());
    }

    private static Step step(
            ScorecardEntry e, KpiValue v, KpiDirection direction, @Nullable Rate raw, @Nullable Rate attainment) {
        String kpi = e.kpi().toString();
        String name = v.definition().name();
        if (!v.isDefined()) {
            String reason = v.undefinedReason().orElse("");
            if (attainment == null) {
                return Step.of(
                        "scorecard.kpi.excluded",
                        "{kpi} {name}: not defined ({reason}); left out with its weight {weight}",
                        "kpi",
                        kpi,
                        "name",
                        name,
                        "reason",
                        reason,
                        "weight",
                        e.weight());
            }
            return Step.of(
                    "scorecard.kpi.floor",
                    "{kpi} {name}: not defined ({reason}); counted at the floor {floor} with weight {weight}",
                    "kpi",
                    kpi,
                    "name",
                    name,
                    "reason",
                    reason,
                    "floor",
                    e.floor(),
                    "weight",
                    e.weight());
        }
        BigDecimal actual = v.valueOrThrow();
        String formula;
        if (e.threshold().isPresent()) {
            formula = "({actual} - {threshold}) / ({target} - {threshold}) = {raw}";
        } else if (direction == KpiDirection.HIGHER_IS_BETTER) {
            formula = "{actual} / {target} = {raw}";
        } else if (actual.signum() <= 0) {
            formula = "an actual of 0 or below is the cap: {raw}";
        } else {
            formula = "{target} / {actual} = {raw}";
        }
        Step.Builder b = Step.builder()
                .code("scorecard.kpi")
                .template("{kpi} {name} ({direction}): actual {actual}, target {target}"
                        + (e.threshold().isPresent() ? ", threshold {threshold}" : "")
                        + "; attainment " + formula
                        + ", within [{floor}, {cap}]: {attainment}; weight {weight}")
                .putParameter("kpi", kpi)
                .putParameter("name", name)
                .putParameter("direction", direction)
                .putParameter("actual", actual)
                .putParameter("target", e.target())
                .putParameter("raw", notNull(raw, "raw"))
                .putParameter("floor", e.floor())
                .putParameter("cap", e.cap())
                .putParameter("attainment", notNull(attainment, "attainment"))
                .putParameter("weight", e.weight())
                .addAllChildren(v.explanation().steps());
        e.threshold().ifPresent(h -> b.putParameter("threshold", h));
        return b.build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Scorecard that && entries.equals(that.entries) && policy == that.policy;
    }

    @Override
    public int hashCode() {
        return entries.hashCode() * 31 + policy.hashCode();
    }

    /** The policy and the entries. */
    @Override
    public String toString() {
        return "Scorecard{" + policy + ", " + entries + "}";
    }
}
