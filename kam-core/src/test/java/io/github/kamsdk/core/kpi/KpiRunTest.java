package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.KpiCalculatorTest.ACTIVITIES;
import static io.github.kamsdk.core.kpi.KpiCalculatorTest.ANA;
import static io.github.kamsdk.core.kpi.KpiCalculatorTest.CONTEXT;
import static io.github.kamsdk.core.kpi.KpiCalculatorTest.EVENTS;
import static io.github.kamsdk.core.kpi.KpiCalculatorTest.LOSSES;
import static io.github.kamsdk.core.kpi.KpiCalculatorTest.figure;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** Worked examples of an incremental {@link KpiRun}: adding, merging, and a merged run's end. */
class KpiRunTest {
    private static final KpiCalculator CALCULATOR =
            KpiCalculator.of(new OrderCountFormula(), new KpiCalculatorTest.OrderAmountFormula());

    @Test
    void addingOneByOneEqualsComputingAtOnce() {
        KpiRun run = CALCULATOR.start(CONTEXT);
        EVENTS.forEach(run::add);
        ACTIVITIES.forEach(run::add);
        LOSSES.forEach(run::add);
        assertThat(run.context()).isEqualTo(CONTEXT);
        assertThat(run.results()).isEqualTo(CALCULATOR.compute(CONTEXT, KpiCalculatorTest.INPUT));
        // 3 orders in Q1 worth 100 + 200 + 50 = 350
        assertThat(figure(run.results(), "test.orders")).isEqualByComparingTo("3");
        assertThat(figure(run.results(), "test.order_amount")).isEqualByComparingTo("350");
    }

    @Test
    void aManagersRunIgnoresEventsThatDoNotCreditThem() {
        KpiRun ana = CALCULATOR.start(CONTEXT.forManager(ANA));
        EVENTS.forEach(ana::add);
        // SO-1 and SO-2 (70%): 100 + 140 = 240; SO-3 (Luis's) is not offered
        assertThat(figure(ana.results(), "test.orders")).isEqualByComparingTo("2");
        assertThat(figure(ana.results(), "test.order_amount")).isEqualByComparingTo("240");
    }

    @Test
    void mergingRunsOverSlicesEqualsOneRun() {
        KpiRun first = CALCULATOR.start(CONTEXT);
        KpiRun second = CALCULATOR.start(CONTEXT);
        first.add(EVENTS.get(0)).add(EVENTS.get(1));
        second.add(EVENTS.get(2)).add(EVENTS.get(3));
        assertThat(first.merge(second)).isSameAs(first);
        assertThat(first.results()).isEqualTo(CALCULATOR.compute(CONTEXT, KpiInput.of(EVENTS)));
    }

    @Test
    void resultsCanBeReadTwiceAndTheRunGoesOn() {
        KpiRun run = CALCULATOR.start(CONTEXT).add(EVENTS.get(0));
        assertThat(run.results()).isEqualTo(run.results());
        assertThat(figure(run.add(EVENTS.get(1)).results(), "test.orders")).isEqualByComparingTo("2");
    }

    @Test
    void aMergedRunCannotBeUsedAgain() {
        KpiRun first = CALCULATOR.start(CONTEXT);
        KpiRun second = CALCULATOR.start(CONTEXT);
        first.merge(second);
        assertThatThrownBy(() -> second.add(EVENTS.get(0)))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("merged");
        assertThatThrownBy(() -> second.add(ACTIVITIES.get(0))).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> second.add(LOSSES.get(0))).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(second::results).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> second.merge(CALCULATOR.start(CONTEXT)))
                .isExactlyInstanceOf(IllegalStateException.class);
        // merging it into another run is a bad argument to that run
        assertThatThrownBy(() -> CALCULATOR.start(CONTEXT).merge(second))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already merged");
        // the run that absorbed it goes on
        assertThat(figure(first.add(EVENTS.get(0)).results(), "test.orders")).isEqualByComparingTo("1");
    }

    @Test
    void runsOfDifferentContextsDoNotMerge() {
        KpiRun company = CALCULATOR.start(CONTEXT);
        assertRejected(() -> company.merge(CALCULATOR.start(CONTEXT.forManager(ANA))), "different contexts", "ana");
        KpiContext other = KpiContext.builder()
                .period(DateRange.ofQuarter(2026, 2))
                .currency(KpiCalculatorTest.EUR)
                .build();
        assertRejected(() -> company.merge(CALCULATOR.start(other)), "different contexts", "2026-04-01");
    }

    @Test
    void runsOfDifferentCalculatorsDoNotMerge() {
        KpiCalculator same = KpiCalculator.of(new OrderCountFormula(), new KpiCalculatorTest.OrderAmountFormula());
        assertRejected(
                () -> CALCULATOR.start(CONTEXT).merge(same.start(CONTEXT)), "the runs come from different calculators");
    }

    @Test
    void aRunDoesNotMergeIntoItself() {
        KpiRun run = CALCULATOR.start(CONTEXT);
        assertRejected(() -> run.merge(run), "a run cannot be merged into itself");
    }
}
