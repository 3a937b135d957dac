package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.ClientKpiGens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of {@link RevenueConcentration}, in the company scope and in M-0's. */
class RevenueConcentrationProperties {
    private static List<BigDecimal> positiveRevenue(KpiContext c, ClientKpiGens.Scenario s, ManagerId manager) {
        return ClientKpiNaive.netRevenue(c.period(), s, manager).values().stream()
                .filter(v -> v.signum() > 0)
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    @Test
    void herfindahlIsBetweenOneOverKAndOneAndMatchesTheNaiveSumOfSquaredShares() {
        Props.qt().forAll(ClientKpiGens.scenarios(), integers().between(0, 1)).checkAssert((s, pick) -> {
            ManagerId manager = pick == 0 ? null : LedgerGens.MANAGERS.get(0);
            KpiContext c = manager == null ? ClientKpiExample.Q1 : ClientKpiExample.Q1.forManager(manager);
            List<BigDecimal> revenue = positiveRevenue(c, s, manager);
            KpiValue hhi = ClientKpiNaive.compute(RevenueConcentration.herfindahl(), c, s);
            if (revenue.isEmpty()) {
                assertThat(hhi.undefinedReason()).contains("no account had positive net revenue in the period");
                return;
            }
            BigDecimal total = ClientKpiNaive.sum(revenue);
            BigDecimal squares =
                    ClientKpiNaive.sum(revenue.stream().map(v -> v.multiply(v)).toList());
            BigDecimal expected = squares.divide(total.multiply(total), 10, RoundingMode.HALF_EVEN);
            assertThat(hhi.valueOrThrow()).isEqualByComparingTo(expected);
            BigDecimal oneOverK = BigDecimal.ONE.divide(BigDecimal.valueOf(revenue.size()), 10, RoundingMode.FLOOR);
            assertThat(hhi.valueOrThrow()).isBetween(oneOverK, BigDecimal.ONE);
        });
    }

    @Test
    void topShareIsAboveZeroAtMostOneNonDecreasingInNAndMatchesTheNaiveModel() {
        Props.qt()
                .forAll(
                        ClientKpiGens.scenarios(),
                        integers().between(0, 1),
                        integers().between(1, 9))
                .checkAssert((s, pick, n) -> {
                    ManagerId manager = pick == 0 ? null : LedgerGens.MANAGERS.get(0);
                    KpiContext c = manager == null ? ClientKpiExample.Q1 : ClientKpiExample.Q1.forManager(manager);
                    List<BigDecimal> revenue = positiveRevenue(c, s, manager);
                    KpiValue top = ClientKpiNaive.compute(RevenueConcentration.topShare(n), c, s);
                    KpiValue next = ClientKpiNaive.compute(RevenueConcentration.topShare(n + 1), c, s);
                    if (revenue.isEmpty()) {
                        assertThat(top.isDefined()).isFalse();
                        return;
                    }
                    BigDecimal expected = ClientKpiNaive.sum(revenue.subList(0, Math.min(n, revenue.size())));
                    assertThat(top.numerator()).isEqualByComparingTo(expected);
                    assertThat(top.denominator()).isEqualByComparingTo(ClientKpiNaive.sum(revenue));
                    assertThat(top.valueOrThrow()).isPositive().isLessThanOrEqualTo(BigDecimal.ONE);
                    assertThat(next.valueOrThrow()).isGreaterThanOrEqualTo(top.valueOrThrow());
                });
    }
}
