package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.ClientKpiGens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Laws of {@link RevenueRetention}, in the company scope and in M-0's. */
class RevenueRetentionProperties {
    /**
     * GRR &lt;= NRR holds when no retained account ends the period with negative net revenue: GRR
     * floors each account at 0, NRR does not (see {@code RevenueRetentionTest}: NRR -1.5, GRR 0).
     */
    @Test
    void grossIsBetweenZeroAndOneAndNotAboveNetUnlessAnAccountIsNetNegative() {
        Props.qt().forAll(ClientKpiGens.scenarios(), integers().between(0, 1)).checkAssert((s, pick) -> {
            KpiContext c = pick == 0 ? ClientKpiExample.Q1 : ClientKpiExample.Q1.forManager(LedgerGens.MANAGERS.get(0));
            KpiValue gross = ClientKpiNaive.compute(RevenueRetention.gross(), c, s);
            KpiValue net = ClientKpiNaive.compute(RevenueRetention.net(), c, s);
            assertThat(gross.isDefined()).isEqualTo(net.isDefined());
            if (gross.isDefined()) {
                assertThat(gross.valueOrThrow()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                ManagerId manager = c.manager().orElse(null);
                Map<AccountId, BigDecimal> r0 = ClientKpiNaive.netRevenue(c.priorPeriod(), s, manager);
                Map<AccountId, BigDecimal> r1 = ClientKpiNaive.netRevenue(c.period(), s, manager);
                boolean anyNegative = r0.entrySet().stream()
                        .anyMatch(e -> e.getValue().signum() > 0
                                && r1.getOrDefault(e.getKey(), BigDecimal.ZERO).signum() < 0);
                if (!anyNegative) {
                    assertThat(gross.valueOrThrow()).isLessThanOrEqualTo(net.valueOrThrow());
                }
            } else {
                assertThat(gross.undefinedReason()).contains("no revenue in the prior period");
            }
        });
    }

    @Test
    void figuresMatchTheNaiveModel() {
        Props.qt().forAll(ClientKpiGens.scenarios(), integers().between(0, 1)).checkAssert((s, pick) -> {
            ManagerId manager = pick == 0 ? null : LedgerGens.MANAGERS.get(0);
            KpiContext c = manager == null ? ClientKpiExample.Q1 : ClientKpiExample.Q1.forManager(manager);
            Map<AccountId, BigDecimal> r0 = ClientKpiNaive.netRevenue(c.priorPeriod(), s, manager);
            Map<AccountId, BigDecimal> r1 = ClientKpiNaive.netRevenue(c.period(), s, manager);
            BigDecimal base = BigDecimal.ZERO;
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal gross = BigDecimal.ZERO;
            for (Map.Entry<AccountId, BigDecimal> e : r0.entrySet()) {
                if (e.getValue().signum() > 0) {
                    BigDecimal now = r1.getOrDefault(e.getKey(), BigDecimal.ZERO);
                    base = base.add(e.getValue());
                    net = net.add(now);
                    gross = gross.add(now.max(BigDecimal.ZERO).min(e.getValue()));
                }
            }
            KpiValue n = ClientKpiNaive.compute(RevenueRetention.net(), c, s);
            KpiValue g = ClientKpiNaive.compute(RevenueRetention.gross(), c, s);
            assertThat(n.denominator()).isEqualByComparingTo(base);
            assertThat(n.numerator()).isEqualByComparingTo(net);
            assertThat(g.numerator()).isEqualByComparingTo(gross);
        });
    }
}
