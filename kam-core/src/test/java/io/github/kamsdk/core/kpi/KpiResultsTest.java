package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.testing.KpiGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link KpiResults}: lookup, order and equality. */
class KpiResultsTest {
    static final KpiDefinition A = KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER);
    static final KpiDefinition B = KpiGens.definition(1, KpiDirection.LOWER_IS_BETTER);
    static final KpiValue VA = KpiGens.value(A, new BigDecimal("0.9"));
    static final KpiValue VB = KpiGens.undefined(B);

    @Test
    void valuesByIdInTheOrderGiven() {
        KpiResults r = KpiResults.of(KpiGens.CONTEXT, List.of(VB, VA));
        assertThat(r.context()).isEqualTo(KpiGens.CONTEXT);
        assertThat(r.get(A.id())).isEqualTo(VA);
        assertThat(r.find(B.id())).contains(VB);
        assertThat(r.find(KpiId.of("test.other", 1))).isEmpty();
        assertThat(r.values()).containsExactly(VB, VA);
        assertThat(r.byId().keySet()).containsExactly(B.id(), A.id());
    }

    @Test
    void equalWhenContextAndValuesAre() {
        KpiResults r = KpiResults.of(KpiGens.CONTEXT, List.of(VA, VB));
        assertThat(r)
                .isEqualTo(KpiResults.of(KpiGens.CONTEXT, List.of(VA, VB)))
                .hasSameHashCodeAs(KpiResults.of(KpiGens.CONTEXT, List.of(VA, VB)));
        assertThat(r).isNotEqualTo(KpiResults.of(KpiGens.CONTEXT, List.of(VA)));
        assertThat(r).isNotEqualTo(KpiResults.of(KpiGens.CONTEXT.forManager(KpiCalculatorTest.ANA), List.of(VA, VB)));
        assertThat(r).isNotEqualTo("results");
    }

    @Test
    void textHasOneValueALine() {
        KpiResults r = KpiResults.of(KpiGens.CONTEXT, List.of(VA, VB));
        assertThat(r.toString())
                .isEqualTo("test.kpi0@1 [2026-01-01, 2026-04-01) = 0.9\n"
                        + "test.kpi1@1 [2026-01-01, 2026-04-01) not defined: nothing to measure\n");
        assertThat(KpiResults.of(KpiGens.CONTEXT, List.of()).values()).isEmpty();
    }
}
