package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.compute;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.OpsKpiGens;
import io.github.kamsdk.core.testing.OpsKpiGens.NaiveReceivables;
import io.github.kamsdk.core.testing.Props;
import org.junit.jupiter.api.Test;

/** Invariants of {@link OverdueShare} over consistent generated histories. */
class OverdueShareProperties {
    @Test
    void equalsTheNaiveModelAndLiesBetweenZeroAndOne() {
        Props.qt().forAll(LedgerGens.smallHistories()).checkAssert(events -> {
            for (ManagerId m : new ManagerId[] {null, LedgerGens.MANAGERS.get(1)}) {
                KpiContext context = m == null ? CONTEXT : CONTEXT.forManager(m);
                NaiveReceivables naive = OpsKpiGens.naiveReceivables(events, LedgerGens.QUARTER, m);
                KpiValue v = compute(OverdueShare.standard(), context, events);
                assertThat(v.numerator()).isEqualByComparingTo(naive.overdueAtEnd());
                assertThat(v.denominator()).isEqualByComparingTo(naive.openAtEnd());
                assertThat(v.isDefined()).isEqualTo(naive.openAtEnd().signum() != 0);
                v.value().ifPresent(x -> assertThat(x).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE));
            }
        });
    }
}
