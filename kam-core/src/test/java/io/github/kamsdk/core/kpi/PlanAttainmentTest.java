package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.LedgerGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanAttainmentTest {
    // Plans for Q1 2026: M-1 EUR 3000, 5 active, 2 new; M-2 EUR 1000, 1 new (no active-client target);
    // a plan of M-1 for Q2 that must not be used.
    static final List<SalesPlan> PLANS = List.of(
            SalesPlan.builder()
                    .manager(ManagerId.of("M-1"))
                    .period(LedgerGens.QUARTER)
                    .salesVolume(Money.of("3000", "EUR"))
                    .activeClients(5)
                    .newClients(2)
                    .build(),
            SalesPlan.builder()
                    .manager(ManagerId.of("M-2"))
                    .period(LedgerGens.QUARTER)
                    .salesVolume(Money.of("1000", "EUR"))
                    .newClients(1)
                    .build(),
            SalesPlan.builder()
                    .manager(ManagerId.of("M-1"))
                    .period(io.github.kamsdk.core.time.DateRange.ofQuarter(2026, 2))
                    .salesVolume(Money.of("9999", "EUR"))
                    .build());

    @Test
    void salesAttainmentIsNetRevenueOverThePlan() {
        PlanAttainment sales = PlanAttainment.sales(PLANS);
        // company: Q1 net revenue 1100 + 200 + 100 + 900 + 250 = 2550; plan 3000 + 1000 = 4000 -> 0.6375
        KpiValue company = ClientKpiExample.company(sales);
        assertThat(company.numerator()).isEqualByComparingTo("2550");
        assertThat(company.denominator()).isEqualByComparingTo("4000");
        assertThat(company.value()).contains(new BigDecimal("0.6375000000"));
        // M-1: 1100 + 200 + 100 + 450 (50% of C-5's 900) + 250 = 2100; 2100 / 3000 = 0.7
        assertThat(ClientKpiExample.manager(sales, "M-1").value()).contains(new BigDecimal("0.7000000000"));
        // M-2: 450 / 1000 = 0.45
        assertThat(ClientKpiExample.manager(sales, "M-2").value()).contains(new BigDecimal("0.4500000000"));
        assertThat(ClientKpiExample.manager(sales, "M-3").undefinedReason())
                .contains("no sales plan for M-3 in [2026-01-01, 2026-04-01)");
    }

    @Test
    void activeClientBaseAttainment() {
        PlanAttainment active = PlanAttainment.activeClients(PLANS, ActiveClientRule.standard());
        // company: E = 4 over 5 (only M-1 set the target) = 0.8
        assertThat(ClientKpiExample.company(active).value()).contains(new BigDecimal("0.8000000000"));
        // M-1: E = 4 (C-1, C-2, C-5, C-6) over 5 = 0.8
        assertThat(ClientKpiExample.manager(active, "M-1").value()).contains(new BigDecimal("0.8000000000"));
        assertThat(ClientKpiExample.manager(active, "M-2").undefinedReason())
                .contains("no active client base plan for M-2 in [2026-01-01, 2026-04-01)");
    }

    @Test
    void newClientsAttainment() {
        PlanAttainment fresh = PlanAttainment.newClients(PLANS);
        // company: 1 (C-5) over 2 + 1 = 0.3333333333; M-1: 1 / 2; M-2: 1 / 1
        assertThat(ClientKpiExample.company(fresh).value()).contains(new BigDecimal("0.3333333333"));
        assertThat(ClientKpiExample.manager(fresh, "M-1").value()).contains(new BigDecimal("0.5000000000"));
        assertThat(ClientKpiExample.manager(fresh, "M-2").value()).contains(new BigDecimal("1.0000000000"));
        assertThat(fresh.definition().id()).isEqualTo(PlanAttainment.NEW_CLIENTS_ID);
    }

    @Test
    void aZeroPlanIsUndefined() {
        PlanAttainment fresh = PlanAttainment.newClients(List.of(SalesPlan.builder()
                .manager(ManagerId.of("M-1"))
                .period(LedgerGens.QUARTER)
                .newClients(0)
                .build()));
        assertThat(ClientKpiExample.manager(fresh, "M-1").undefinedReason())
                .contains("the new clients plan for M-1 in [2026-01-01, 2026-04-01) is zero");
    }
}
