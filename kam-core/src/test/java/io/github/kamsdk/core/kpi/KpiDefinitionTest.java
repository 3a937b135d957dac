package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Worked example of a {@link KpiDefinition}. */
class KpiDefinitionTest {
    static KpiDefinition.Builder retention() {
        return KpiDefinition.builder()
                .id(KpiId.of("customer.retention", 1))
                .name("Customer retention rate")
                .unit(KpiUnit.RATIO)
                .direction(KpiDirection.HIGHER_IS_BETTER)
                .definition("(E - N) / S: clients active at the end, less new ones, over those active at the start");
    }

    @Test
    void attributes() {
        KpiDefinition d = retention().build();
        assertThat(d.id()).isEqualTo(KpiId.of("customer.retention", 1));
        assertThat(d.name()).isEqualTo("Customer retention rate");
        assertThat(d.unit()).isEqualTo(KpiUnit.RATIO);
        assertThat(d.direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        assertThat(d.definition()).startsWith("(E - N) / S");
    }

    @Test
    void equalByValue() {
        assertThat(retention().build())
                .isEqualTo(retention().build())
                .hasSameHashCodeAs(retention().build());
        assertThat(retention().direction(KpiDirection.LOWER_IS_BETTER).build())
                .isNotEqualTo(retention().build());
        assertThat(retention().id(KpiId.of("customer.retention", 2)).build())
                .isNotEqualTo(retention().build());
    }

    @Test
    void toStringNamesTheId() {
        assertThat(retention().build().toString()).contains("customer.retention@1", "Customer retention rate");
    }
}
