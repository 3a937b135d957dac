package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.explain.Step;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CustomerChurnTest {
    @Test
    void churnSplitsTheChurnedByCause() {
        // S = 4, E - N = 4 - 2 = 2 kept; churned = 4 - 2 = 2: C-4 lost 2026-02-10 (after its last
        // order 2026-01-10), C-3 last ordered 2025-10-05, before 2026-01-01. churn = 2 / 4 = 0.5
        KpiValue v = ClientKpiExample.company(CustomerChurn.standard());
        assertThat(v.value()).contains(new BigDecimal("0.5000000000"));
        assertThat(v.numerator()).isEqualByComparingTo("2");
        assertThat(v.denominator()).isEqualByComparingTo("4");
        Step churned = v.explanation().steps().get(3);
        assertThat(churned.code()).isEqualTo("kpi.churn.churned");
        assertThat(churned.children())
                .extracting(Step::code)
                .containsExactly("kpi.churn.competitor", "kpi.churn.lapsed");
        assertThat(churned.children().get(0).text()).isEqualTo("1 lost to a competitor: C-4");
        assertThat(churned.children().get(1).text()).endsWith(": C-3");
        assertThat(v.definition().direction()).isEqualTo(KpiDirection.LOWER_IS_BETTER);
    }

    @Test
    void churnIsUndefinedWithoutClientsAtTheStart() {
        assertThat(ClientKpiExample.manager(CustomerChurn.standard(), "M-2").undefinedReason())
                .contains("no clients were active at the start of the period");
    }
}
