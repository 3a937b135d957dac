package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.KpiCalculatorTest.ANA;
import static io.github.kamsdk.core.kpi.KpiCalculatorTest.CONTEXT;
import static io.github.kamsdk.core.kpi.KpiCalculatorTest.EVENTS;
import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;

import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.KpiGens;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to the KPI API (ids, definitions, values, contexts, inputs, results, the
 * calculator and runs) fails with an {@link IllegalArgumentException} naming the field or item and
 * the bad value.
 */
class KpiApiBadInputTest {
    private static final KpiDefinition DEF = KpiValueTest.RETENTION;
    private static final DateRange Q1 = KpiValueTest.Q1;
    private static final Explanation WHY = KpiValueTest.WHY;

    // KpiId

    @Test
    void nullCode() {
        assertNullRejected(() -> KpiId.of(null, 1), "code");
    }

    @Test
    void upperCaseCode() {
        assertRejected(() -> KpiId.of("Customer.retention", 1), "kpi code", "'Customer.retention'");
    }

    @Test
    void codeStartingWithADigit() {
        assertRejected(() -> KpiId.of("3top", 1), "kpi code", "'3top'");
    }

    @Test
    void codeWithAnEmptyWord() {
        assertRejected(() -> KpiId.of("customer..churn", 1), "kpi code", "'customer..churn'");
    }

    @Test
    void codeEndingWithADot() {
        assertRejected(() -> KpiId.of("customer.", 1), "kpi code", "'customer.'");
    }

    @Test
    void emptyCode() {
        assertRejected(() -> KpiId.of("", 1), "kpi code", "''");
    }

    @Test
    void codeWithASpace() {
        assertRejected(() -> KpiId.of("customer churn", 1), "kpi code", "'customer churn'");
    }

    @Test
    void overlongCode() {
        assertRejected(() -> KpiId.of("a".repeat(101), 1), "kpi code", "at most 100 characters");
    }

    @Test
    void versionZero() {
        assertRejected(() -> KpiId.of("customer.churn", 0), "kpi version must be at least 1", "0", "customer.churn");
    }

    @Test
    void negativeVersion() {
        assertRejected(() -> KpiId.of("customer.churn", -3), "kpi version", "-3");
    }

    @Test
    void compareToNull() {
        assertNullRejected(() -> KpiId.of("a", 1).compareTo(null), "other");
    }

    // KpiDefinition

    @Test
    void blankName() {
        assertRejected(
                () -> KpiDefinitionTest.retention().name(" ").build(), "name of kpi customer.retention@1", "blank");
    }

    @Test
    void blankDefinition() {
        assertRejected(
                () -> KpiDefinitionTest.retention().definition("").build(),
                "definition of kpi customer.retention@1",
                "blank");
    }

    @Test
    void missingDirection() {
        assertRejected(
                () -> KpiDefinition.builder()
                        .id(KpiId.of("a", 1))
                        .name("A")
                        .unit(KpiUnit.COUNT)
                        .definition("a")
                        .build(),
                "direction");
    }

    @Test
    void nullIdInDefinition() {
        assertRejected(() -> KpiDefinition.builder().id(null), "id");
    }

    // KpiValue

    @Test
    void nullDefinitionOfAValue() {
        assertNullRejected(() -> KpiValue.of(null, Q1, BigDecimal.ONE, WHY), "definition");
    }

    @Test
    void nullPeriodOfAValue() {
        assertNullRejected(() -> KpiValue.of(DEF, null, BigDecimal.ONE, WHY), "period");
    }

    @Test
    void nullNumerator() {
        assertNullRejected(() -> KpiValue.ratio(DEF, Q1, null, BigDecimal.ONE, "r", WHY), "numerator");
    }

    @Test
    void nullDenominator() {
        assertNullRejected(() -> KpiValue.ratio(DEF, Q1, BigDecimal.ONE, null, "r", WHY), "denominator");
    }

    @Test
    void hugeNumerator() {
        assertRejected(
                () -> KpiValue.ratio(DEF, Q1, new BigDecimal("1E+100"), BigDecimal.ONE, "r", WHY),
                "numerator is out of range",
                "1E+100");
    }

    @Test
    void nullExplanation() {
        assertNullRejected(() -> KpiValue.of(DEF, Q1, BigDecimal.ONE, null), "explanation");
    }

    @Test
    void nullReasonForZero() {
        assertNullRejected(
                () -> KpiValue.ratio(DEF, Q1, BigDecimal.ONE, BigDecimal.ONE, null, WHY), "whyUndefinedIfZero");
    }

    @Test
    void blankReasonForZero() {
        assertRejected(
                () -> KpiValue.ratio(DEF, Q1, BigDecimal.ONE, BigDecimal.ZERO, " ", WHY),
                "whyUndefinedIfZero must not be blank",
                "customer.retention@1");
    }

    @Test
    void blankUndefinedReason() {
        assertRejected(
                () -> KpiValue.undefined(DEF, Q1, BigDecimal.ZERO, BigDecimal.ZERO, "", WHY),
                "reason must not be blank",
                "customer.retention@1");
    }

    @Test
    void nullUndefinedReason() {
        assertNullRejected(() -> KpiValue.undefined(DEF, Q1, BigDecimal.ZERO, BigDecimal.ZERO, null, WHY), "reason");
    }

    @Test
    void nullCurrencyOfMoney() {
        assertNullRejected(() -> KpiValue.money(DEF, Q1, BigDecimal.ONE, null, WHY), "currency");
    }

    // KpiContext

    @Test
    void missingPeriod() {
        assertRejected(
                () -> KpiContext.builder().currency(KpiCalculatorTest.EUR).build(), "period");
    }

    @Test
    void missingCurrency() {
        assertRejected(() -> KpiContext.builder().period(Q1).build(), "currency");
    }

    @Test
    void priorPeriodAfterThePeriod() {
        assertRejected(
                () -> KpiContext.builder()
                        .period(Q1)
                        .priorPeriod(DateRange.ofQuarter(2026, 2))
                        .currency(KpiCalculatorTest.EUR)
                        .build(),
                "priorPeriod [2026-04-01, 2026-07-01) must end no later than the period",
                "[2026-01-01, 2026-04-01)");
    }

    @Test
    void nullManager() {
        assertNullRejected(() -> CONTEXT.forManager(null), "manager");
    }

    @Test
    void nullAmountToConvert() {
        assertNullRejected(() -> CONTEXT.toReportingCurrency(null, LocalDate.of(2026, 1, 1), "x"), "amount");
    }

    @Test
    void nullDateToConvertAt() {
        assertNullRejected(() -> CONTEXT.toReportingCurrency(Money.of("1", "EUR"), null, "x"), "date");
    }

    @Test
    void nullSourceOfAConversion() {
        assertNullRejected(
                () -> CONTEXT.toReportingCurrency(Money.of("1", "EUR"), LocalDate.of(2026, 1, 1), null), "source");
    }

    // KpiInput

    @Test
    void nullEventsIterable() {
        assertNullRejected(() -> KpiInput.of(null), "events");
    }

    @Test
    void nullActivitiesIterable() {
        assertNullRejected(() -> KpiInput.builder().activities(null), "activities");
    }

    @Test
    void nullLossesIterable() {
        assertNullRejected(() -> KpiInput.builder().competitorLosses(null), "competitorLosses");
    }

    // KpiResults

    @Test
    void getOfAnUnknownKpiNamesItAndTheComputedOnes() {
        KpiResults r = KpiResults.of(
                KpiGens.CONTEXT, List.of(KpiGens.undefined(KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER))));
        assertRejected(
                () -> r.get(KpiId.of("customer.churn", 1)),
                "kpi customer.churn@1 was not computed",
                "computed: [test.kpi0@1]");
    }

    @Test
    void getOfNull() {
        assertNullRejected(() -> KpiResults.of(KpiGens.CONTEXT, List.of()).get(null), "id");
    }

    @Test
    void findOfNull() {
        assertNullRejected(() -> KpiResults.of(KpiGens.CONTEXT, List.of()).find(null), "id");
    }

    @Test
    void resultsWithAKpiTwice() {
        KpiValue v = KpiGens.undefined(KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER));
        assertRejected(
                () -> KpiResults.of(KpiGens.CONTEXT, List.of(v, v)), "values hold kpi test.kpi0@1 more than once");
    }

    @Test
    void resultsWithANullValue() {
        KpiValue v = KpiGens.undefined(KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER));
        assertNullRejected(() -> KpiResults.of(KpiGens.CONTEXT, Arrays.asList(v, null)), "values[1]");
    }

    @Test
    void resultsWithoutContext() {
        assertNullRejected(() -> KpiResults.of(null, List.of()), "context");
    }

    // KpiCalculator

    @Test
    void noFormulas() {
        assertRejected(() -> KpiCalculator.of(), "formulas must hold at least one formula");
    }

    @Test
    void nullFormulas() {
        assertNullRejected(() -> KpiCalculator.of((KpiFormula[]) null), "formulas");
    }

    @Test
    void nullFormulaNamedByPosition() {
        assertNullRejected(() -> KpiCalculator.of(new OrderCountFormula(), null), "formulas[1]");
    }

    @Test
    void duplicateFormulaIds() {
        assertRejected(
                () -> KpiCalculator.of(
                        new OrderCountFormula(), new KpiCalculatorTest.OrderAmountFormula(), new OrderCountFormula()),
                "formulas hold kpi test.orders@1 more than once");
    }

    @Test
    void formulaWithoutDefinition() {
        KpiFormula broken = new KpiFormula() {
            @Override
            @SuppressWarnings("NullAway")
            public KpiDefinition definition() {
                return null;
            }

            @Override
            public KpiAccumulator newAccumulator(KpiContext context) {
                throw new UnsupportedOperationException();
            }
        };
        assertNullRejected(() -> KpiCalculator.of(broken), "definition of formulas[0]");
    }

    @Test
    void nullEventNamedByPosition() {
        KpiInput input = KpiInput.of(Arrays.asList(EVENTS.get(0), null));
        assertRejected(() -> KpiCalculatorTest.calculator().compute(CONTEXT, input), "events[1] must not be null");
    }

    @Test
    void nullActivityNamedByPosition() {
        KpiInput input = KpiInput.builder()
                .activities(Arrays.asList(null, KpiCalculatorTest.ACTIVITIES.get(0)))
                .build();
        assertRejected(() -> KpiCalculatorTest.calculator().compute(CONTEXT, input), "activities[0] must not be null");
    }

    @Test
    void nullLossNamedByPosition() {
        KpiInput input = KpiInput.builder()
                .competitorLosses(Arrays.asList(KpiCalculatorTest.LOSSES.get(0), null))
                .build();
        assertRejected(
                () -> KpiCalculatorTest.calculator().compute(CONTEXT, input), "competitorLosses[1] must not be null");
    }

    @Test
    void nullEventNamedByPositionByManager() {
        List<CommercialEvent> events = Arrays.asList(EVENTS.get(0), EVENTS.get(1), null);
        assertRejected(
                () -> KpiCalculatorTest.calculator().computeByManager(CONTEXT, List.of(ANA), KpiInput.of(events)),
                "events[2] must not be null");
    }

    @Test
    void nullActivityNamedByPositionByManager() {
        List<Activity> activities = Arrays.asList((Activity) null);
        KpiInput input = KpiInput.builder().activities(activities).build();
        assertRejected(
                () -> KpiCalculatorTest.calculator().computeByManager(CONTEXT, List.of(ANA), input),
                "activities[0] must not be null");
    }

    @Test
    void nullLossNamedByPositionByManager() {
        List<CompetitorLoss> losses = Arrays.asList((CompetitorLoss) null);
        KpiInput input = KpiInput.builder().competitorLosses(losses).build();
        assertRejected(
                () -> KpiCalculatorTest.calculator().computeByManager(CONTEXT, List.of(ANA), input),
                "competitorLosses[0] must not be null");
    }

    @Test
    void nullManagerNamedByPosition() {
        assertNullRejected(
                () -> KpiCalculatorTest.calculator()
                        .computeByManager(CONTEXT, Arrays.asList(ANA, (ManagerId) null), KpiInput.of(EVENTS)),
                "managers[1]");
    }

    @Test
    void nullManagers() {
        assertNullRejected(
                () -> KpiCalculatorTest.calculator().computeByManager(CONTEXT, null, KpiInput.of(EVENTS)), "managers");
    }

    @Test
    void nullContext() {
        assertNullRejected(() -> KpiCalculatorTest.calculator().compute(null, KpiInput.of(EVENTS)), "context");
    }

    @Test
    void nullInput() {
        assertNullRejected(() -> KpiCalculatorTest.calculator().compute(CONTEXT, null), "input");
    }

    @Test
    void nullContextToStart() {
        assertNullRejected(() -> KpiCalculatorTest.calculator().start(null), "context");
    }

    // KpiRun

    @Test
    void nullEventToARun() {
        assertNullRejected(() -> KpiCalculatorTest.calculator().start(CONTEXT).add((CommercialEvent) null), "event");
    }

    @Test
    void nullActivityToARun() {
        assertNullRejected(() -> KpiCalculatorTest.calculator().start(CONTEXT).add((Activity) null), "activity");
    }

    @Test
    void nullLossToARun() {
        assertNullRejected(() -> KpiCalculatorTest.calculator().start(CONTEXT).add((CompetitorLoss) null), "loss");
    }

    @Test
    void nullRunToMerge() {
        assertNullRejected(() -> KpiCalculatorTest.calculator().start(CONTEXT).merge(null), "other");
    }

    @Test
    void nullInputToARun() {
        assertNullRejected(() -> KpiCalculatorTest.calculator().start(CONTEXT).addAll(null), "input");
    }

    @Test
    void formulaReturningAnotherKpisValue() {
        KpiFormula liar = new KpiFormula() {
            @Override
            public KpiDefinition definition() {
                return OrderCountFormula.DEFINITION;
            }

            @Override
            public KpiAccumulator newAccumulator(KpiContext context) {
                return new KpiAccumulator() {
                    @Override
                    public void merge(KpiAccumulator other) {}

                    @Override
                    public KpiValue result() {
                        return KpiValue.of(DEF, context.period(), BigDecimal.ONE, WHY);
                    }
                };
            }
        };
        assertRejected(
                () -> KpiCalculator.of(liar).compute(CONTEXT, KpiInput.of(EVENTS)),
                "formula test.orders@1 returned a value for kpi customer.retention@1");
    }
}
