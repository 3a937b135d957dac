package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import org.junit.jupiter.api.Test;

class SalesPlanTest {
    @Test
    void aPlanHoldsTheTargetsItSets() {
        SalesPlan plan = SalesPlan.builder()
                .manager(ManagerId.of("M-1"))
                .period(DateRange.ofQuarter(2026, 1))
                .salesVolume(Money.of("120000.00", "EUR"))
                .newClients(3)
                .build();
        assertThat(plan.salesVolume()).contains(Money.of("120000", "EUR"));
        assertThat(plan.activeClients()).isEmpty();
        assertThat(plan.newClients()).hasValue(3);
        assertThat(plan)
                .isEqualTo(SalesPlan.builder()
                        .manager(ManagerId.of("M-1"))
                        .period(DateRange.ofQuarter(2026, 1))
                        .salesVolume(Money.of("120000.00", "EUR"))
                        .newClients(3)
                        .build());
    }
}
