package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link KpiId}: syntax, version, ordering and text. */
class KpiIdTest {
    @Test
    void codeAndVersion() {
        KpiId id = KpiId.of("customer.retention", 1);
        assertThat(id.code()).isEqualTo("customer.retention");
        assertThat(id.version()).isEqualTo(1);
        assertThat(id).hasToString("customer.retention@1");
    }

    @Test
    void wellFormedCodes() {
        assertThat(KpiId.of("revenue.concentration.top3", 2)).hasToString("revenue.concentration.top3@2");
        assertThat(KpiId.of("dso", 1).code()).isEqualTo("dso");
        assertThat(KpiId.of("a_b.3c.d_", 7).code()).isEqualTo("a_b.3c.d_");
        String longest = "a".repeat(100);
        assertThat(KpiId.of(longest, Integer.MAX_VALUE).code()).hasSize(100);
    }

    @Test
    void equalByCodeAndVersion() {
        assertThat(KpiId.of("customer.churn", 1))
                .isEqualTo(KpiId.of("customer.churn", 1))
                .hasSameHashCodeAs(KpiId.of("customer.churn", 1))
                .isNotEqualTo(KpiId.of("customer.churn", 2))
                .isNotEqualTo(KpiId.of("customer.churns", 1))
                .isNotEqualTo("customer.churn@1");
    }

    @Test
    void orderedByCodeThenVersion() {
        List<KpiId> ids = new ArrayList<>(List.of(
                KpiId.of("customer.retention", 10),
                KpiId.of("customer.churn", 2),
                KpiId.of("customer.retention", 9),
                KpiId.of("customer.churn", 1),
                KpiId.of("customer", 5)));
        Collections.sort(ids);
        // codes compared as text ("customer" before "customer.churn"), versions as numbers (9 before 10)
        assertThat(ids)
                .containsExactly(
                        KpiId.of("customer", 5),
                        KpiId.of("customer.churn", 1),
                        KpiId.of("customer.churn", 2),
                        KpiId.of("customer.retention", 9),
                        KpiId.of("customer.retention", 10));
        assertThat(KpiId.of("a", 1).compareTo(KpiId.of("a", 1))).isZero();
    }
}
