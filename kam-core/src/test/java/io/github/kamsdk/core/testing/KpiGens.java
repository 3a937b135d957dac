package io.github.kamsdk.core.testing;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.kpi.KpiContext;
import io.github.kamsdk.core.kpi.KpiDefinition;
import io.github.kamsdk.core.kpi.KpiDirection;
import io.github.kamsdk.core.kpi.KpiId;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.KpiUnit;
import io.github.kamsdk.core.kpi.KpiValue;
import io.github.kamsdk.core.kpi.ScorecardEntry;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators for KPI values, results and scorecards, drawn from a seed: definitions {@code
 * test.kpi0} to {@code test.kpi5} with either direction, actual values of either sign and 0 to 3
 * decimals (about one in five not defined), and scorecard entries that are valid for their KPI's
 * direction (with or without a threshold, sometimes an explicit direction, sometimes a negative
 * floor or a cap other than 150%).
 */
public final class KpiGens {
    /** The context generated results are for: Q1 2026, EUR, company scope. */
    public static final KpiContext CONTEXT = KpiContext.builder()
            .period(LedgerGens.QUARTER)
            .priorPeriod(LedgerGens.PRIOR)
            .currency(LedgerGens.EUR)
            .build();

    private KpiGens() {}

    /**
     * A KPI's value and its scorecard entry.
     *
     * @param value the value, possibly not defined
     * @param entry an entry for the value's KPI, valid for its direction
     */
    public record ScoredKpi(KpiValue value, ScorecardEntry entry) {}

    /**
     * A ratio KPI definition for generated values.
     *
     * @param index the KPI's number, giving the code {@code test.kpi<index>}
     * @param direction the direction
     * @return the definition
     */
    public static KpiDefinition definition(int index, KpiDirection direction) {
        return KpiDefinition.builder()
                .id(KpiId.of("test.kpi" + index, 1))
                .name("KPI " + index)
                .unit(KpiUnit.RATIO)
                .direction(direction)
                .definition("a generated figure")
                .build();
    }

    /**
     * A defined value of a KPI in {@link #CONTEXT}'s period.
     *
     * @param definition the KPI
     * @param actual the value
     * @return the value
     */
    public static KpiValue value(KpiDefinition definition, BigDecimal actual) {
        return KpiValue.of(
                definition,
                CONTEXT.period(),
                actual,
                Explanation.of(Step.of("test.kpi", "given {actual}", "actual", actual)));
    }

    /**
     * A value that is not defined, in {@link #CONTEXT}'s period.
     *
     * @param definition the KPI
     * @return the value
     */
    public static KpiValue undefined(KpiDefinition definition) {
        return KpiValue.undefined(
                definition,
                CONTEXT.period(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "nothing to measure",
                Explanation.of(Step.of("test.kpi", "nothing")));
    }

    /** Actual values: -500 to 3500 with 0 to 3 decimals. */
    public static Gen<BigDecimal> actuals() {
        return Gens.seeds().map(seed -> actual(new Random(seed)));
    }

    /** Entries for {@code test.kpi0}, valid for the direction. */
    public static Gen<ScorecardEntry> entries(KpiDirection direction) {
        return Gens.seeds().map(seed -> entry(new Random(seed), KpiId.of("test.kpi0", 1), direction));
    }

    /** Scorecards of 1 to 6 KPIs, each with its value (about one in five not defined). */
    public static Gen<List<ScoredKpi>> scorecards() {
        return Gens.seeds().map(seed -> scorecard(new Random(seed), 6, 5));
    }

    /** Scorecards of 1 to 6 KPIs whose values are all defined. */
    public static Gen<List<ScoredKpi>> definedScorecards() {
        return Gens.seeds().map(seed -> scorecard(new Random(seed), 6, 0));
    }

    /**
     * The results holding the values of a scorecard, in {@link #CONTEXT}.
     *
     * @param kpis the KPIs
     * @return the results
     */
    public static KpiResults results(List<ScoredKpi> kpis) {
        return KpiResults.of(CONTEXT, kpis.stream().map(ScoredKpi::value).toList());
    }

    /**
     * The entries of a scorecard.
     *
     * @param kpis the KPIs
     * @return the entries, in order
     */
    public static List<ScorecardEntry> entries(List<ScoredKpi> kpis) {
        return kpis.stream().map(ScoredKpi::entry).toList();
    }

    private static List<ScoredKpi> scorecard(Random r, int max, int undefinedOneIn) {
        int n = 1 + r.nextInt(max);
        List<ScoredKpi> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            KpiDirection direction = r.nextBoolean() ? KpiDirection.HIGHER_IS_BETTER : KpiDirection.LOWER_IS_BETTER;
            KpiDefinition definition = definition(i, direction);
            KpiValue value = undefinedOneIn > 0 && r.nextInt(undefinedOneIn) == 0
                    ? undefined(definition)
                    : value(definition, actual(r));
            list.add(new ScoredKpi(value, entry(r, definition.id(), direction)));
        }
        return list;
    }

    private static BigDecimal actual(Random r) {
        return BigDecimal.valueOf(r.nextInt(4001) - 500L, r.nextInt(4));
    }

    private static ScorecardEntry entry(Random r, KpiId id, KpiDirection direction) {
        ScorecardEntry.Builder b =
                ScorecardEntry.builder().kpi(id).weight(BigDecimal.valueOf(1 + r.nextInt(100), r.nextInt(2)));
        if (r.nextBoolean()) {
            BigDecimal target = BigDecimal.valueOf(r.nextInt(2001), 2);
            BigDecimal delta = BigDecimal.valueOf(1 + r.nextInt(1000), 2);
            b.target(target)
                    .threshold(direction == KpiDirection.HIGHER_IS_BETTER ? target.subtract(delta) : target.add(delta));
        } else {
            b.target(BigDecimal.valueOf(1 + r.nextInt(2000), 2));
        }
        if (r.nextInt(3) == 0) {
            b.direction(direction);
        }
        if (r.nextInt(3) == 0) {
            Rate floor = r.nextBoolean() ? Rate.ZERO : Rate.signedPercent(String.valueOf(r.nextInt(101) - 50));
            b.floor(floor).cap(floor.plus(Rate.percent(r.nextInt(201))));
        }
        return b.build();
    }
}
