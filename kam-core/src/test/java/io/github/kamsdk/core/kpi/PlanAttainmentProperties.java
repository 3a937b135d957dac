package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.testing.ClientKpiGens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of {@link PlanAttainment}, with {@link PlanAttainmentContractTest#PLANS}. */
class PlanAttainmentProperties {
    @Test
    void addingAnOrderInThePeriodNeverLowersSalesAttainment() {
        PlanAttainment sales = PlanAttainment.sales(PlanAttainmentContractTest.PLANS);
        Props.qt()
                .forAll(
                        ClientKpiGens.scenarios(),
                        integers().between(0, 89),
                        integers().between(1, 100_000),
                        integers().between(0, 1))
                .checkAssert((s, day, cents, pick) -> {
                    KpiContext c = pick == 0
                            ? ClientKpiExample.Q1
                            : ClientKpiExample.Q1.forManager(LedgerGens.MANAGERS.get(0));
                    List<CommercialEvent> more = new ArrayList<>(s.events());
                    more.add(ClientKpiGens.order(
                            "EXTRA",
                            "C-3",
                            LedgerGens.MANAGERS.get(0).value(),
                            c.period().start().plusDays(day),
                            BigDecimal.valueOf(cents, 2).toPlainString()));
                    BigDecimal before = ClientKpiNaive.compute(sales, c, s).valueOrThrow();
                    BigDecimal after = ClientKpiNaive.compute(sales, c, new ClientKpiGens.Scenario(more, s.losses()))
                            .valueOrThrow();
                    assertThat(after).isGreaterThanOrEqualTo(before);
                });
    }

    @Test
    void companyActualsMatchTheNaiveModelOverTheSumOfPlans() {
        // Company plans for Q1: sales 250000 + 100000, active 3 + 2, new 1
        Props.qt().forAll(ClientKpiGens.scenarios()).checkAssert(s -> {
            KpiContext c = ClientKpiExample.Q1;
            BigDecimal net = ClientKpiNaive.sum(
                    ClientKpiNaive.netRevenue(c.period(), s, null).values());
            KpiValue sales = ClientKpiNaive.compute(PlanAttainment.sales(PlanAttainmentContractTest.PLANS), c, s);
            assertThat(sales.numerator()).isEqualByComparingTo(net);
            assertThat(sales.denominator()).isEqualByComparingTo("350000");
            KpiValue active = ClientKpiNaive.compute(
                    PlanAttainment.activeClients(PlanAttainmentContractTest.PLANS, ActiveClientRule.standard()), c, s);
            assertThat(active.numerator())
                    .isEqualByComparingTo(BigDecimal.valueOf(
                            ClientKpiNaive.activeOn(c.period().endExclusive(), s, null, 90)
                                    .size()));
            assertThat(active.denominator()).isEqualByComparingTo("5");
            KpiValue fresh = ClientKpiNaive.compute(PlanAttainment.newClients(PlanAttainmentContractTest.PLANS), c, s);
            assertThat(fresh.numerator())
                    .isEqualByComparingTo(BigDecimal.valueOf(
                            ClientKpiNaive.newClients(c.period(), s, null).size()));
            assertThat(fresh.denominator()).isEqualByComparingTo("1");
        });
    }
}
