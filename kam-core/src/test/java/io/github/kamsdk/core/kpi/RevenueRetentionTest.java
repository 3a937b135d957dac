package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueRetentionTest {
    // R0 (Q4 2025): C-1 1000, C-2 500, C-3 300, C-4 400, C-8 80 -> sum 2280
    // R1 (Q1 2026) of those: C-1 1200 - 100 returned = 1100, C-2 200, C-3 0, C-4 100, C-8 0
    // C-5 (900) and C-6 (250) had no Q4 revenue: excluded

    @Test
    void netRetentionCountsExpansion() {
        // NRR = (1100 + 200 + 0 + 100 + 0) / 2280 = 1400 / 2280 = 0.61403508771...
        KpiValue v = ClientKpiExample.company(RevenueRetention.net());
        assertThat(v.numerator()).isEqualByComparingTo("1400");
        assertThat(v.denominator()).isEqualByComparingTo("2280");
        assertThat(v.value()).contains(new BigDecimal("0.6140350877"));
        assertThat(v.id()).isEqualTo(RevenueRetention.NET_ID);
    }

    @Test
    void grossRetentionCapsEachAccountAtItsPriorRevenue() {
        // GRR = (min(1100, 1000) + 200 + 0 + 100 + 0) / 2280 = 1300 / 2280 = 0.57017543859...
        KpiValue v = ClientKpiExample.company(RevenueRetention.gross());
        assertThat(v.numerator()).isEqualByComparingTo("1300");
        assertThat(v.value()).contains(new BigDecimal("0.5701754386"));
        assertThat(v.explanation().steps().get(0).children()).hasSize(5);
        assertThat(v.explanation().steps().get(1).code()).isEqualTo("kpi.revenue_retention.gross");
    }

    @Test
    void noPriorRevenueMeansUndefined() {
        // M-2 had nothing in Q4 2025
        assertThat(ClientKpiExample.manager(RevenueRetention.net(), "M-2").undefinedReason())
                .contains("no revenue in the prior period");
    }

    @Test
    void returnsCanMakeNetRetentionNegativeButNotGross() {
        // C-9: Q4 order 100; Q1 return 150 of an older order -> R1 = -150
        // NRR = -150 / 100 = -1.5, GRR = max(-150, 0) / 100 = 0
        var events = List.of(
                io.github.kamsdk.core.testing.ClientKpiGens.order(
                        "A", "C-9", "M-1", java.time.LocalDate.of(2025, 11, 1), "100"),
                io.github.kamsdk.core.testing.ClientKpiGens.returned(
                        "B", "C-9", "M-1", java.time.LocalDate.of(2026, 1, 5), "OLD", "150"));
        KpiInput input = KpiInput.of(events);
        assertThat(KpiCalculator.of(RevenueRetention.net())
                        .compute(ClientKpiExample.Q1, input)
                        .get(RevenueRetention.NET_ID)
                        .value())
                .contains(new BigDecimal("-1.5000000000"));
        assertThat(KpiCalculator.of(RevenueRetention.gross())
                        .compute(ClientKpiExample.Q1, input)
                        .get(RevenueRetention.GROSS_ID)
                        .value())
                .contains(new BigDecimal("0E-10"));
    }
}
