package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Worked examples of {@link KpiInput}: empty parts by default, iterables held as given. */
class KpiInputTest {
    @Test
    void everyPartIsEmptyUnlessSet() {
        KpiInput input = KpiInput.builder().build();
        assertThat(input.events()).isEmpty();
        assertThat(input.activities()).isEmpty();
        assertThat(input.competitorLosses()).isEmpty();
    }

    @Test
    void ofHoldsTheEventsOnly() {
        KpiInput input = KpiInput.of(KpiCalculatorTest.EVENTS);
        assertThat(input.events()).isSameAs(KpiCalculatorTest.EVENTS);
        assertThat(input.activities()).isEmpty();
        assertThat(input.competitorLosses()).isEmpty();
    }

    @Test
    void theBuilderHoldsTheIterablesAsGiven() {
        KpiInput input = KpiInput.builder()
                .events(KpiCalculatorTest.EVENTS)
                .activities(KpiCalculatorTest.ACTIVITIES)
                .competitorLosses(KpiCalculatorTest.LOSSES)
                .build();
        assertThat(input.events()).isSameAs(KpiCalculatorTest.EVENTS);
        assertThat(input.activities()).isSameAs(KpiCalculatorTest.ACTIVITIES);
        assertThat(input.competitorLosses()).isSameAs(KpiCalculatorTest.LOSSES);
    }
}
