package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.KpiGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example: retention, churn, DSO and plan attainment, with every attainment and
 * the score computed by hand in the comments.
 */
class ScorecardTest {
    static final KpiDefinition RETENTION =
            definition("customer.retention", "Customer retention", KpiDirection.HIGHER_IS_BETTER);
    static final KpiDefinition CHURN = definition("customer.churn", "Customer churn", KpiDirection.LOWER_IS_BETTER);
    static final KpiDefinition DSO =
            definition("receivables.dso", "Days sales outstanding", KpiDirection.LOWER_IS_BETTER);
    static final KpiDefinition PLAN = definition("plan.sales", "Sales plan attainment", KpiDirection.HIGHER_IS_BETTER);

    static final ScorecardEntry RETENTION_ENTRY = ScorecardEntry.builder()
            .kpi(RETENTION.id())
            .weight("2")
            .target("0.95")
            .build();
    static final ScorecardEntry CHURN_ENTRY = ScorecardEntry.builder()
            .kpi(CHURN.id())
            .weight("1")
            .target("0")
            .threshold("0.20")
            .build();
    static final ScorecardEntry DSO_ENTRY =
            ScorecardEntry.builder().kpi(DSO.id()).weight("1").target("40").build();
    static final ScorecardEntry PLAN_ENTRY =
            ScorecardEntry.builder().kpi(PLAN.id()).weight("3").target("1.00").build();

    static final Scorecard CARD = Scorecard.of(RETENTION_ENTRY, CHURN_ENTRY, DSO_ENTRY, PLAN_ENTRY);

    static KpiDefinition definition(String code, String name, KpiDirection direction) {
        return KpiDefinition.builder()
                .id(KpiId.of(code, 1))
                .name(name)
                .unit(code.endsWith("dso") ? KpiUnit.DAYS : KpiUnit.RATIO)
                .direction(direction)
                .definition("as in the worked example")
                .build();
    }

    static KpiValue value(KpiDefinition definition, String actual) {
        return KpiGens.value(definition, new BigDecimal(actual));
    }

    static KpiResults results(KpiValue... values) {
        return KpiResults.of(KpiGens.CONTEXT, List.of(values));
    }

    static KpiResults example() {
        return results(value(RETENTION, "0.90"), value(CHURN, "0.10"), value(DSO, "45"), value(PLAN, "1.10"));
    }

    static Rate fraction(String f) {
        return Rate.signedFraction(f);
    }

    @Test
    void theWorkedExample() {
        ScorecardResult r = CARD.evaluate(example());

        // retention, higher is better, no threshold: 0.90 / 0.95 = 0.947368421052... -> 0.9473684211
        ScorecardLine retention = r.line(RETENTION.id());
        assertThat(retention.rawAttainment()).contains(fraction("0.9473684211"));
        assertThat(retention.attainment()).contains(fraction("0.9473684211"));
        assertThat(retention.direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        // churn, lower is better, target 0, threshold 0.20: (0.10 - 0.20) / (0 - 0.20) = 0.5
        assertThat(r.line(CHURN.id()).attainment()).contains(fraction("0.5"));
        assertThat(r.line(CHURN.id()).direction()).isEqualTo(KpiDirection.LOWER_IS_BETTER);
        // DSO, lower is better, no threshold: 40 / 45 = 0.888... -> 0.8888888889
        assertThat(r.line(DSO.id()).attainment()).contains(fraction("0.8888888889"));
        // plan, higher is better: 1.10 / 1.00 = 1.1, below the 150% cap
        assertThat(r.line(PLAN.id()).attainment()).contains(fraction("1.1"));

        // Σ w × a = 2 × 0.9473684211 + 1 × 0.5 + 1 × 0.8888888889 + 3 × 1.1
        //         = 1.8947368422 + 0.5 + 0.8888888889 + 3.3 = 6.5836257311
        // Σ w = 7; score = 6.5836257311 / 7 = 0.94051796158... -> 0.9405179616
        assertThat(r.score()).contains(fraction("0.9405179616"));
        assertThat(r.scoreOrThrow()).isEqualTo(fraction("0.9405179616"));
        assertThat(r.isDefined()).isTrue();
        assertThat(r.undefinedReason()).isEmpty();

        // normalised weights 2/7, 1/7, 1/7, 3/7 to 10 places
        assertThat(r.lines())
                .extracting(ScorecardLine::normalisedWeight)
                .containsExactly(
                        fraction("0.2857142857"),
                        fraction("0.1428571429"),
                        fraction("0.1428571429"),
                        fraction("0.4285714286"));
        // contributions: 1.8947368422 / 7 = 0.2706766917, 0.5 / 7 = 0.0714285714,
        // 0.8888888889 / 7 = 0.1269841270, 3.3 / 7 = 0.4714285714; they add up to 0.9405179615,
        // one in the last place below the score, which is computed from the exact sums
        assertThat(r.lines())
                .extracting(ScorecardLine::contribution)
                .containsExactly(
                        fraction("0.2706766917"),
                        fraction("0.0714285714"),
                        fraction("0.1269841270"),
                        fraction("0.4714285714"));
        assertThat(r.lines()).allMatch(ScorecardLine::included);
        assertThat(r.lines()).allMatch(l -> l.reason().isEmpty());
        assertThat(r.lines())
                .extracting(ScorecardLine::kpi)
                .containsExactly(RETENTION.id(), CHURN.id(), DSO.id(), PLAN.id());
        assertThat(r.period()).isEqualTo(KpiGens.CONTEXT.period());
        assertThat(r.context()).isEqualTo(KpiGens.CONTEXT);
        assertThat(r.undefinedKpiPolicy()).isEqualTo(UndefinedKpiPolicy.EXCLUDE);
    }

    @Test
    void lineCarriesTheEntryAndTheValue() {
        ScorecardLine churn = CARD.evaluate(example()).line(CHURN.id());
        assertThat(churn.entry()).isEqualTo(CHURN_ENTRY);
        assertThat(churn.name()).isEqualTo("Customer churn");
        assertThat(churn.actual()).contains(new BigDecimal("0.10"));
        assertThat(churn.kpiUndefinedReason()).isEmpty();
        assertThat(churn.target()).isEqualByComparingTo("0");
        assertThat(churn.threshold()).contains(new BigDecimal("0.20"));
        assertThat(churn.weight()).isEqualByComparingTo("1");
        assertThat(churn.value()).isEqualTo(value(CHURN, "0.10"));
        assertThat(churn.toString()).isEqualTo("customer.churn@1: actual 0.10, attainment 50% x weight 1");
    }

    @Test
    void explanationLetsAPersonRecomputeTheScore() {
        Explanation e = CARD.evaluate(example()).explanation();
        assertThat(e.steps())
                .extracting(Step::code)
                .containsExactly("scorecard.kpi", "scorecard.kpi", "scorecard.kpi", "scorecard.kpi", "scorecard.score");
        assertThat(e.steps().get(0).text())
                .isEqualTo("customer.retention@1 Customer retention (HIGHER_IS_BETTER): actual 0.90, target 0.95;"
                        + " attainment 0.90 / 0.95 = 94.73684211%, within [0%, 150%]: 94.73684211%; weight 2");
        assertThat(e.steps().get(1).text())
                .isEqualTo("customer.churn@1 Customer churn (LOWER_IS_BETTER): actual 0.10, target 0, threshold 0.20;"
                        + " attainment (0.10 - 0.20) / (0 - 0.20) = 50%, within [0%, 150%]: 50%; weight 1");
        assertThat(e.steps().get(2).text())
                .isEqualTo("receivables.dso@1 Days sales outstanding (LOWER_IS_BETTER): actual 45, target 40;"
                        + " attainment 40 / 45 = 88.88888889%, within [0%, 150%]: 88.88888889%; weight 1");
        assertThat(e.steps().get(4).text())
                .isEqualTo("score = (2 × 94.73684211% + 1 × 50% + 1 × 88.88888889% + 3 × 110%) / 7"
                        + " = 658.36257311% / 7 = 94.05179616%");
        assertThat(e.steps().get(4).parameter("score", Rate.class)).isEqualTo(fraction("0.9405179616"));
        assertThat(e.steps().get(4).parameter("totalWeight", BigDecimal.class)).isEqualByComparingTo("7");
        // the KPI's own explanation is kept under its line
        assertThat(e.steps().get(0).children()).extracting(Step::code).containsExactly("test.kpi");
    }

    @Test
    void attainmentIsCappedAndFloored() {
        // plan 2.00 / 1.00 = 200%, capped at 150%; churn (0.30 - 0.20) / (0 - 0.20) = -50%, floored at 0%
        // DSO 0 days, lower is better without threshold: the cap, 150%
        ScorecardResult r = CARD.evaluate(
                results(value(RETENTION, "0.95"), value(CHURN, "0.30"), value(DSO, "0"), value(PLAN, "2.00")));
        assertThat(r.line(PLAN.id()).rawAttainment()).contains(fraction("2"));
        assertThat(r.line(PLAN.id()).attainment()).contains(Rate.percent(150));
        assertThat(r.line(CHURN.id()).rawAttainment()).contains(fraction("-0.5"));
        assertThat(r.line(CHURN.id()).attainment()).contains(Rate.ZERO);
        assertThat(r.line(DSO.id()).attainment()).contains(Rate.percent(150));
        assertThat(r.explanation().steps().get(2).text()).contains("an actual of 0 or below is the cap: 150%");
        // (2 × 1 + 1 × 0 + 1 × 1.5 + 3 × 1.5) / 7 = 8 / 7 = 1.142857142857... -> 1.1428571429
        assertThat(r.score()).contains(fraction("1.1428571429"));
    }

    @Test
    void anUndefinedKpiIsExcludedByDefault() {
        KpiResults results =
                results(value(RETENTION, "0.90"), KpiGens.undefined(CHURN), value(DSO, "45"), value(PLAN, "1.10"));
        ScorecardResult r = CARD.evaluate(results);
        ScorecardLine churn = r.line(CHURN.id());
        assertThat(churn.included()).isFalse();
        assertThat(churn.attainment()).isEmpty();
        assertThat(churn.rawAttainment()).isEmpty();
        assertThat(churn.actual()).isEmpty();
        assertThat(churn.kpiUndefinedReason()).contains("nothing to measure");
        assertThat(churn.normalisedWeight()).isEqualTo(Rate.ZERO);
        assertThat(churn.contribution()).isEqualTo(Rate.ZERO);
        assertThat(churn.reason()).hasValueSatisfying(s -> assertThat(s).contains("nothing to measure", "EXCLUDE"));
        assertThat(churn.toString()).startsWith("customer.churn@1: excluded (kpi not defined (nothing to measure)");
        // (1.8947368422 + 0.8888888889 + 3.3) / 6 = 6.0836257311 / 6 = 1.01393762185 exactly,
        // a tie: half even keeps the even digit -> 1.0139376218
        assertThat(r.score()).contains(fraction("1.0139376218"));
        // normalised over the remaining weight 6: 2/6, 1/6, 3/6
        assertThat(r.line(PLAN.id()).normalisedWeight()).isEqualTo(fraction("0.5"));
        assertThat(r.line(DSO.id()).normalisedWeight()).isEqualTo(fraction("0.1666666667"));
        assertThat(r.explanation().steps().get(1).code()).isEqualTo("scorecard.kpi.excluded");
        assertThat(r.explanation().steps().get(1).text())
                .isEqualTo(
                        "customer.churn@1 Customer churn: not defined (nothing to measure); left out with its weight 1");
        // the same score as a scorecard without churn
        assertThat(Scorecard.of(RETENTION_ENTRY, DSO_ENTRY, PLAN_ENTRY)
                        .evaluate(results)
                        .score())
                .isEqualTo(r.score());
    }

    @Test
    void anUndefinedKpiCountsAtItsFloorUnderZero() {
        KpiResults results =
                results(value(RETENTION, "0.90"), KpiGens.undefined(CHURN), value(DSO, "45"), value(PLAN, "1.10"));
        ScorecardResult r = CARD.withUndefinedKpiPolicy(UndefinedKpiPolicy.ZERO).evaluate(results);
        ScorecardLine churn = r.line(CHURN.id());
        assertThat(churn.included()).isTrue();
        assertThat(churn.attainment()).contains(Rate.ZERO);
        assertThat(churn.rawAttainment()).isEmpty();
        assertThat(churn.reason()).hasValueSatisfying(s -> assertThat(s).contains("floor 0%", "ZERO"));
        // (1.8947368422 + 0 + 0.8888888889 + 3.3) / 7 = 6.0836257311 / 7 = 0.86908939015... -> 0.8690893902
        assertThat(r.score()).contains(fraction("0.8690893902"));
        assertThat(r.undefinedKpiPolicy()).isEqualTo(UndefinedKpiPolicy.ZERO);
        assertThat(r.explanation().steps().get(1).code()).isEqualTo("scorecard.kpi.floor");
    }

    @Test
    void whenEveryKpiIsExcludedTheScoreIsNotDefined() {
        ScorecardResult r = Scorecard.of(CHURN_ENTRY).evaluate(results(KpiGens.undefined(CHURN)));
        assertThat(r.score()).isEmpty();
        assertThat(r.isDefined()).isFalse();
        assertThat(r.undefinedReason()).hasValueSatisfying(s -> assertThat(s).contains("left out"));
        assertThat(r.explanation().steps())
                .extracting(Step::code)
                .containsExactly("scorecard.kpi.excluded", "scorecard.score.undefined");
        assertThatThrownBy(r::scoreOrThrow)
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not defined");
        assertThat(r.toString()).startsWith("score not defined: ");
    }

    @Test
    void anEntryMayOverrideTheDirection() {
        // a host scores DSO as higher is better (a perverse but legal choice): 45 / 40 = 112.5%
        ScorecardEntry dso = ScorecardEntry.builder()
                .kpi(DSO.id())
                .weight("1")
                .target("40")
                .direction(KpiDirection.HIGHER_IS_BETTER)
                .build();
        ScorecardResult r = Scorecard.of(dso).evaluate(example());
        assertThat(r.line(DSO.id()).direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        assertThat(r.score()).contains(fraction("1.125"));
    }

    @Test
    void resultsMayHoldMoreKpisThanTheScorecard() {
        ScorecardResult r = Scorecard.of(PLAN_ENTRY).evaluate(example());
        assertThat(r.lines()).hasSize(1);
        assertThat(r.score()).contains(fraction("1.1"));
    }

    @Test
    void scorecardAccessorsAndEquality() {
        assertThat(CARD.entries()).containsExactly(RETENTION_ENTRY, CHURN_ENTRY, DSO_ENTRY, PLAN_ENTRY);
        assertThat(CARD.undefinedKpiPolicy()).isEqualTo(UndefinedKpiPolicy.EXCLUDE);
        assertThat(Scorecard.of(List.of(RETENTION_ENTRY, CHURN_ENTRY, DSO_ENTRY, PLAN_ENTRY)))
                .isEqualTo(CARD)
                .hasSameHashCodeAs(CARD);
        assertThat(CARD.withUndefinedKpiPolicy(UndefinedKpiPolicy.ZERO)).isNotEqualTo(CARD);
        assertThat(CARD.toString()).startsWith("Scorecard{EXCLUDE, [ScorecardEntry{kpi=customer.retention@1");
        ScorecardResult r = CARD.evaluate(example());
        assertThat(CARD.evaluate(example())).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(r.toString()).startsWith("score 94.05179616% for ");
    }
}
