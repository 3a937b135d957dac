package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ActiveClientsTest {
    @Test
    void theBaseAtTheEndCountsClientsWhoOrderedSince20260101AndWereNotLost() {
        // ordered in [2026-01-01, 2026-04-01): C-1, C-2, C-4 (lost after), C-5, C-6 -> E = 4
        KpiValue v = ClientKpiExample.company(ActiveClients.standard());
        assertThat(v.value()).contains(BigDecimal.valueOf(4));
        assertThat(v.explanation().steps().get(0).text()).contains("C-1, C-2, C-5, C-6");
    }

    @Test
    void aSplitOrderMakesTheClientEveryCreditedManagersClient() {
        // M-2: only C-5 (50% of its order) -> 1; M-1: C-1, C-2, C-5, C-6 -> 4; M-3: none -> 0
        assertThat(ClientKpiExample.manager(ActiveClients.standard(), "M-2").value())
                .contains(BigDecimal.ONE);
        assertThat(ClientKpiExample.manager(ActiveClients.standard(), "M-1").value())
                .contains(BigDecimal.valueOf(4));
        assertThat(ClientKpiExample.manager(ActiveClients.standard(), "M-3").value())
                .contains(BigDecimal.ZERO);
    }
}
