package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.ClientKpiGens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Laws of {@link NewClients}, against the naive model, in the company scope and in M-0's. */
class NewClientsProperties {
    @Test
    void newClientsMatchTheNaiveModelAndNeverExceedTheAccountsOrderingInThePeriod() {
        Props.qt().forAll(ClientKpiGens.scenarios(), integers().between(0, 1)).checkAssert((s, pick) -> {
            ManagerId manager = pick == 0 ? null : LedgerGens.MANAGERS.get(0);
            KpiContext c = manager == null ? ClientKpiExample.Q1 : ClientKpiExample.Q1.forManager(manager);
            BigDecimal value =
                    ClientKpiNaive.compute(NewClients.standard(), c, s).valueOrThrow();
            assertThat(value)
                    .isEqualByComparingTo(BigDecimal.valueOf(
                            ClientKpiNaive.newClients(c.period(), s, manager).size()));
            long ordering = ClientKpiNaive.orders(s, manager).stream()
                    .filter(o -> c.period().contains(o.date()))
                    .map(o -> o.account())
                    .distinct()
                    .count();
            assertThat(value.longValueExact()).isLessThanOrEqualTo(ordering);
        });
    }
}
