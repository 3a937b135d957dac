package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.explain.Step;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The worked example of {@link io.github.kamsdk.core.testing.ClientKpiGens#exampleEvents()}. */
class CustomerRetentionTest {
    @Test
    void companyRetentionIsKeptOverActiveAtTheStart() {
        // S = {C-1, C-2, C-3, C-4} = 4; E = {C-1, C-2, C-5, C-6} = 4; N = {C-5, C-6} = 2
        // retention = (E - N) / S = (4 - 2) / 4 = 0.5
        KpiValue v = ClientKpiExample.company(CustomerRetention.standard());
        assertThat(v.value()).contains(new BigDecimal("0.5000000000"));
        assertThat(v.numerator()).isEqualByComparingTo("2");
        assertThat(v.denominator()).isEqualByComparingTo("4");
        assertThat(v.explanation().steps())
                .extracting(Step::code)
                .containsExactly(
                        "kpi.retention.start", "kpi.retention.end", "kpi.retention.gained", "kpi.retention.rate");
        assertThat(v.explanation().steps().get(0).text()).contains("C-1, C-2, C-3, C-4");
        assertThat(v.explanation().steps().get(2).text()).contains("C-5, C-6");
        assertThat(v.definition().direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        assertThat(v.id()).hasToString("customer.retention@1");
    }

    @Test
    void aManagerWithNoClientAtTheStartHasNoRetention() {
        // M-2 is credited only with C-5's first order (2026-03-01): S = 0
        KpiValue v = ClientKpiExample.manager(CustomerRetention.standard(), "M-2");
        assertThat(v.isDefined()).isFalse();
        assertThat(v.undefinedReason()).contains("no clients were active at the start of the period");
    }

    @Test
    void aLongerWindowKeepsMoreClients() {
        // 365 days: C-6 (2025-06-01) and C-8 (2025-10-02) are active at the start too: S = 6;
        // at the end C-3 (2025-10-05) and C-8 are still within 365 days: E = {C-1, C-2, C-3, C-5, C-6, C-8};
        // C-4 lost. N = {C-5}; retention = (6 - 1) / 6 = 0.8333333333
        KpiValue v = ClientKpiExample.company(CustomerRetention.of(ActiveClientRule.ofWindowDays(365)));
        assertThat(v.numerator()).isEqualByComparingTo("5");
        assertThat(v.denominator()).isEqualByComparingTo("6");
        assertThat(v.value()).contains(new BigDecimal("0.8333333333"));
        assertThat(v.definition().definition()).contains("365 days");
    }
}
