package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;

import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.KpiGens;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to the scorecard fails with an {@link IllegalArgumentException} whose message
 * names the field or item and the bad value.
 */
class ScorecardBadInputTest {
    private static final KpiId KPI = KpiId.of("customer.churn", 1);

    private static ScorecardEntry.Builder entry() {
        return ScorecardEntry.builder().kpi(KPI).weight("1").target("0.95");
    }

    // ScorecardEntry

    @Test
    void missingKpi() {
        assertRejected(() -> ScorecardEntry.builder().weight("1").target("1").build(), "kpi");
    }

    @Test
    void missingTarget() {
        assertRejected(() -> ScorecardEntry.builder().kpi(KPI).weight("1").build(), "target");
    }

    @Test
    void missingWeight() {
        assertRejected(() -> ScorecardEntry.builder().kpi(KPI).target("1").build(), "weight");
    }

    @Test
    void zeroWeight() {
        assertRejected(() -> entry().weight("0").build(), "weight of kpi customer.churn@1", "above zero", "0");
    }

    @Test
    void negativeWeight() {
        assertRejected(() -> entry().weight("-2").build(), "weight of kpi customer.churn@1", "-2");
    }

    @Test
    void weightNotANumber() {
        assertRejected(() -> entry().weight("two").build(), "weight must be a decimal number", "'two'");
    }

    @Test
    void nullWeightText() {
        assertNullRejected(() -> entry().weight((String) null), "weight");
    }

    @Test
    void nullTargetText() {
        assertNullRejected(() -> entry().target((String) null), "target");
    }

    @Test
    void nullThresholdText() {
        assertNullRejected(() -> entry().threshold((String) null), "threshold");
    }

    @Test
    void hugeTarget() {
        assertRejected(
                () -> entry().target(new BigDecimal("1E+100")).build(),
                "target of kpi customer.churn@1",
                "out of range");
    }

    @Test
    void capBelowFloor() {
        assertRejected(
                () -> entry().floor(Rate.percent(50)).cap(Rate.percent(40)).build(),
                "cap of kpi customer.churn@1",
                "40%",
                "50%");
    }

    @Test
    void zeroTargetWithoutThreshold() {
        assertRejected(
                () -> entry().target("0").build(),
                "kpi customer.churn@1 has a target of 0 and no threshold",
                "needs a threshold");
    }

    @Test
    void negativeTargetWithoutThreshold() {
        assertRejected(() -> entry().target("-5").build(), "target of kpi customer.churn@1", "above zero", "-5");
    }

    @Test
    void thresholdEqualToTarget() {
        assertRejected(() -> entry().threshold("0.950").build(), "threshold of kpi customer.churn@1", "differ", "0.95");
    }

    @Test
    void thresholdOnTheBetterSideForAGivenDirection() {
        assertRejected(
                () -> entry().target("0")
                        .threshold("-0.2")
                        .direction(KpiDirection.LOWER_IS_BETTER)
                        .build(),
                "threshold of kpi customer.churn@1",
                "worse side",
                "above the target",
                "threshold -0.2",
                "target 0");
    }

    @Test
    void thresholdOnTheBetterSideForHigherIsBetter() {
        assertRejected(
                () -> entry().threshold("1.2")
                        .direction(KpiDirection.HIGHER_IS_BETTER)
                        .build(),
                "threshold of kpi customer.churn@1",
                "below the target",
                "threshold 1.2",
                "target 0.95");
    }

    @Test
    void nullActual() {
        assertNullRejected(() -> entry().build().rawAttainment(null, KpiDirection.HIGHER_IS_BETTER), "actual");
    }

    @Test
    void nullDirection() {
        assertNullRejected(() -> entry().build().attainment(BigDecimal.ONE, null), "direction");
    }

    @Test
    void nullRaw() {
        assertNullRejected(() -> entry().build().clamp(null), "raw");
    }

    @Test
    void nullDefinition() {
        assertNullRejected(() -> entry().build().directionFor(null), "definition");
    }

    // Scorecard

    @Test
    void noEntries() {
        assertRejected(() -> Scorecard.of(), "entries must hold at least one entry");
    }

    @Test
    void nullEntries() {
        assertNullRejected(() -> Scorecard.of((ScorecardEntry[]) null), "entries");
    }

    @Test
    void nullEntryIterable() {
        assertNullRejected(() -> Scorecard.of((Iterable<ScorecardEntry>) null), "entries");
    }

    @Test
    void nullEntryNamedByPosition() {
        assertNullRejected(() -> Scorecard.of(Arrays.asList(entry().build(), null)), "entries[1]");
    }

    @Test
    void nullPolicy() {
        assertNullRejected(() -> Scorecard.of(null, List.of(entry().build())), "policy");
    }

    @Test
    void nullPolicyOnWith() {
        assertNullRejected(() -> Scorecard.of(entry().build()).withUndefinedKpiPolicy(null), "policy");
    }

    @Test
    void duplicateKpi() {
        assertRejected(
                () -> Scorecard.of(entry().build(), entry().weight("2").build()),
                "entries hold kpi customer.churn@1 more than once",
                "entries[1]");
    }

    @Test
    void nullResults() {
        assertNullRejected(() -> Scorecard.of(entry().build()).evaluate(null), "results");
    }

    @Test
    void kpiMissingFromTheResults() {
        KpiDefinition other = KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER);
        KpiResults results = KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.value(other, BigDecimal.ONE)));
        assertRejected(
                () -> Scorecard.of(entry().build()).evaluate(results),
                "kpi customer.churn@1 of the scorecard is missing from the results",
                "computed: [test.kpi0@1]");
    }

    @Test
    void thresholdOnTheBetterSideOfTheDefinitionsDirection() {
        // no direction on the entry: the definition's LOWER_IS_BETTER is only known when evaluating
        KpiDefinition churn = KpiDefinition.builder()
                .id(KPI)
                .name("Churn")
                .unit(KpiUnit.RATIO)
                .direction(KpiDirection.LOWER_IS_BETTER)
                .definition("lost / active")
                .build();
        ScorecardEntry wrong = entry().target("0.05").threshold("0").build();
        KpiResults results = KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.value(churn, new BigDecimal("0.1"))));
        assertRejected(
                () -> Scorecard.of(wrong).evaluate(results),
                "threshold of kpi customer.churn@1",
                "above the target when LOWER_IS_BETTER",
                "threshold 0",
                "target 0.05");
    }

    // ScorecardResult

    @Test
    void lineOfAnUnknownKpi() {
        KpiDefinition def = KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER);
        ScorecardResult r = Scorecard.of(entry().kpi(def.id()).build())
                .evaluate(KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.value(def, BigDecimal.ONE))));
        assertRejected(() -> r.line(KPI), "no entry for kpi customer.churn@1");
    }

    @Test
    void lineOfNull() {
        KpiDefinition def = KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER);
        ScorecardResult r = Scorecard.of(entry().kpi(def.id()).build())
                .evaluate(KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.value(def, BigDecimal.ONE))));
        assertNullRejected(() -> r.line(null), "kpi");
    }
}
