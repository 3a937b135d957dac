package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NewClientsTest {
    @Test
    void onlyAccountsWhoseFirstOrderIsInThePeriodAreNew() {
        // first orders: C-5 2026-03-01 (new); C-6 2025-06-01 (won back, not new); C-7 2026-04-01 (after)
        KpiValue v = ClientKpiExample.company(NewClients.standard());
        assertThat(v.value()).contains(BigDecimal.ONE);
        assertThat(v.explanation().steps().get(0).text()).endsWith(": C-5");
    }

    @Test
    void withoutTheHistoryEveryClientLooksNew() {
        // Only Q1 orders given: C-1, C-2, C-4, C-5, C-6 ordered in Q1 -> 5 "new"
        var q1Only = io.github.kamsdk.core.testing.ClientKpiGens.exampleEvents().stream()
                .filter(e -> ClientKpiExample.Q1.period().contains(e.date()))
                .toList();
        KpiValue v = KpiCalculator.of(NewClients.standard())
                .compute(ClientKpiExample.Q1, KpiInput.of(q1Only))
                .get(NewClients.ID);
        assertThat(v.value()).contains(BigDecimal.valueOf(5));
    }
}
