package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.KpiGens;
import io.github.kamsdk.core.testing.KpiGens.ScoredKpi;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link Scorecard} and {@link ScorecardEntry} over generated scorecards of 1 to 6 KPIs of
 * either direction, with and without thresholds, default and custom floors and caps, and (about one
 * in five) undefined values.
 */
class ScorecardProperties {
    private static ScorecardResult evaluate(List<ScoredKpi> kpis, UndefinedKpiPolicy policy) {
        return Scorecard.of(policy, KpiGens.entries(kpis)).evaluate(KpiGens.results(kpis));
    }

    /** A builder holding every attribute of an entry (the style generates no {@code from}). */
    private static ScorecardEntry.Builder copy(ScorecardEntry e) {
        return ScorecardEntry.builder()
                .kpi(e.kpi())
                .weight(e.weight())
                .target(e.target())
                .threshold(e.threshold())
                .direction(e.direction())
                .floor(e.floor())
                .cap(e.cap());
    }

    @Test
    void scoreLiesBetweenTheLowestFloorAndTheHighestCapOfTheIncludedEntries() {
        Props.qt().forAll(KpiGens.scorecards(), Gens.seeds()).checkAssert((kpis, seed) -> {
            UndefinedKpiPolicy policy =
                    new Random(seed).nextBoolean() ? UndefinedKpiPolicy.EXCLUDE : UndefinedKpiPolicy.ZERO;
            ScorecardResult r = evaluate(kpis, policy);
            List<ScorecardLine> included =
                    r.lines().stream().filter(ScorecardLine::included).toList();
            if (included.isEmpty()) {
                assertThat(r.score()).isEmpty();
                assertThat(r.undefinedReason()).isPresent();
                return;
            }
            Rate min = included.stream()
                    .map(l -> l.entry().floor())
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            Rate max = included.stream()
                    .map(l -> l.entry().cap())
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            assertThat(r.scoreOrThrow()).isBetween(min, max);
            for (ScorecardLine l : included) {
                assertThat(l.attainment().orElseThrow())
                        .isBetween(l.entry().floor(), l.entry().cap());
            }
        });
    }

    @Test
    void attainmentIsMonotoneInTheActual() {
        for (KpiDirection direction : KpiDirection.values()) {
            Props.qt()
                    .forAll(KpiGens.entries(direction), KpiGens.actuals(), KpiGens.actuals())
                    .checkAssert((entry, x, y) -> {
                        BigDecimal low = x.min(y);
                        BigDecimal high = x.max(y);
                        Rate atLow = entry.attainment(low, direction);
                        Rate atHigh = entry.attainment(high, direction);
                        if (direction == KpiDirection.HIGHER_IS_BETTER) {
                            assertThat(atLow).isLessThanOrEqualTo(atHigh);
                        } else {
                            assertThat(atLow).isGreaterThanOrEqualTo(atHigh);
                        }
                    });
        }
    }

    @Test
    void attainmentMeetsTheTargetAndTheThreshold() {
        for (KpiDirection direction : KpiDirection.values()) {
            Props.qt().forAll(KpiGens.entries(direction)).checkAssert(entry -> {
                // the target earns 100% (clamped), the threshold 0% (clamped)
                assertThat(entry.attainment(entry.target(), direction))
                        .isEqualTo(entry.clamp(Rate.ONE_HUNDRED_PERCENT));
                entry.threshold()
                        .ifPresent(
                                h -> assertThat(entry.attainment(h, direction)).isEqualTo(entry.clamp(Rate.ZERO)));
            });
        }
    }

    @Test
    void entryOrderDoesNotChangeTheScore() {
        Props.qt().forAll(KpiGens.scorecards(), Gens.seeds()).checkAssert((kpis, seed) -> {
            List<ScoredKpi> shuffled = new ArrayList<>(kpis);
            Collections.shuffle(shuffled, new Random(seed));
            for (UndefinedKpiPolicy policy : UndefinedKpiPolicy.values()) {
                ScorecardResult original = evaluate(kpis, policy);
                ScorecardResult reordered = evaluate(shuffled, policy);
                assertThat(reordered.score()).isEqualTo(original.score());
                for (ScorecardLine line : original.lines()) {
                    assertThat(reordered.line(line.kpi())).isEqualTo(line);
                }
            }
        });
    }

    @Test
    void scalingEveryWeightDoesNotChangeTheScore() {
        Props.qt().forAll(KpiGens.scorecards(), Gens.positiveFactors()).checkAssert((kpis, factor) -> {
            List<ScoredKpi> scaled = kpis.stream()
                    .map(k -> new ScoredKpi(
                            k.value(),
                            copy(k.entry())
                                    .weight(k.entry().weight().multiply(factor))
                                    .build()))
                    .toList();
            assertThat(evaluate(scaled, UndefinedKpiPolicy.EXCLUDE).score())
                    .isEqualTo(evaluate(kpis, UndefinedKpiPolicy.EXCLUDE).score());
            assertThat(evaluate(scaled, UndefinedKpiPolicy.ZERO).score())
                    .isEqualTo(evaluate(kpis, UndefinedKpiPolicy.ZERO).score());
        });
    }

    @Test
    void equalAttainmentsGiveThatScore() {
        Props.qt().forAll(KpiGens.definedScorecards(), KpiGens.actuals()).checkAssert((kpis, x) -> {
            // every entry earns x: floor = cap = x
            Rate attainment = Rate.signedFraction(x.movePointLeft(2));
            List<ScoredKpi> flat = kpis.stream()
                    .map(k -> new ScoredKpi(
                            k.value(),
                            copy(k.entry()).floor(attainment).cap(attainment).build()))
                    .toList();
            assertThat(evaluate(flat, UndefinedKpiPolicy.EXCLUDE).score()).contains(attainment);
        });
    }

    @Test
    void excludingAnUndefinedKpiEqualsLeavingItsEntryOut() {
        Props.qt().forAll(KpiGens.definedScorecards(), Gens.seeds()).checkAssert((kpis, seed) -> {
            int drop = new Random(seed).nextInt(kpis.size());
            List<ScoredKpi> withUndefined = new ArrayList<>(kpis);
            ScoredKpi dropped = kpis.get(drop);
            withUndefined.set(
                    drop, new ScoredKpi(KpiGens.undefined(dropped.value().definition()), dropped.entry()));
            List<ScoredKpi> without = new ArrayList<>(kpis);
            without.remove(drop);
            ScorecardResult r = evaluate(withUndefined, UndefinedKpiPolicy.EXCLUDE);
            if (without.isEmpty()) {
                assertThat(r.score()).isEmpty();
            } else {
                assertThat(r.score())
                        .isEqualTo(evaluate(without, UndefinedKpiPolicy.EXCLUDE).score());
            }
            assertThat(r.line(dropped.entry().kpi()).included()).isFalse();
        });
    }

    @Test
    void scoreIsTheWeightedMeanOfTheLinesAttainments() {
        Props.qt().forAll(KpiGens.scorecards()).checkAssert(kpis -> {
            ScorecardResult r = evaluate(kpis, UndefinedKpiPolicy.ZERO);
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal total = BigDecimal.ZERO;
            for (ScorecardLine l : r.lines()) {
                weighted = weighted.add(
                        l.weight().multiply(l.attainment().orElseThrow().fraction()));
                total = total.add(l.weight());
            }
            assertThat(r.scoreOrThrow().fraction())
                    .isEqualByComparingTo(weighted.divide(total, 10, java.math.RoundingMode.HALF_EVEN));
            // normalised weights add up to 100% within half a unit in the 10th place per line
            BigDecimal sum = r.lines().stream()
                    .map(l -> l.normalisedWeight().fraction())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum.subtract(BigDecimal.ONE).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.5E-10")
                            .multiply(BigDecimal.valueOf(r.lines().size())));
        });
    }
}
