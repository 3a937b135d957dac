package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.ClientKpiGens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link CustomerRetention}, {@link CustomerChurn} and {@link ActiveClients} on one rule:
 * checked against the naive model, in the company scope and in M-0's, for windows of 1 to 200 days.
 */
class CustomerRetentionProperties {
    private static @Nullable ManagerId scope(int pick) {
        return pick == 0 ? null : LedgerGens.MANAGERS.get(0);
    }

    private static KpiContext context(@Nullable ManagerId manager) {
        return manager == null ? ClientKpiExample.Q1 : ClientKpiExample.Q1.forManager(manager);
    }

    @Test
    void retentionPlusChurnIsExactlyOneAndBothAreBetweenZeroAndOne() {
        Props.qt()
                .forAll(
                        ClientKpiGens.scenarios(),
                        integers().between(1, 200),
                        integers().between(0, 1))
                .checkAssert((s, window, pick) -> {
                    ActiveClientRule rule = ActiveClientRule.ofWindowDays(window);
                    KpiContext c = context(scope(pick));
                    KpiValue retention = ClientKpiNaive.compute(CustomerRetention.of(rule), c, s);
                    KpiValue churn = ClientKpiNaive.compute(CustomerChurn.of(rule), c, s);
                    assertThat(churn.isDefined()).isEqualTo(retention.isDefined());
                    if (retention.isDefined()) {
                        BigDecimal r = retention.valueOrThrow();
                        BigDecimal ch = churn.valueOrThrow();
                        assertThat(r.add(ch)).isEqualByComparingTo(BigDecimal.ONE);
                        assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                        assertThat(ch).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                    } else {
                        assertThat(retention.denominator()).isZero();
                    }
                });
    }

    @Test
    void figuresMatchTheNaiveModel() {
        Props.qt()
                .forAll(
                        ClientKpiGens.scenarios(),
                        integers().between(1, 200),
                        integers().between(0, 1))
                .checkAssert((s, window, pick) -> {
                    ManagerId manager = scope(pick);
                    ActiveClientRule rule = ActiveClientRule.ofWindowDays(window);
                    KpiContext c = context(manager);
                    Set<AccountId> start = ClientKpiNaive.activeOn(c.period().start(), s, manager, window);
                    Set<AccountId> end = ClientKpiNaive.activeOn(c.period().endExclusive(), s, manager, window);
                    Set<AccountId> kept = new TreeSet<>(start);
                    kept.retainAll(end);
                    KpiValue retention = ClientKpiNaive.compute(CustomerRetention.of(rule), c, s);
                    assertThat(retention.numerator()).isEqualByComparingTo(BigDecimal.valueOf(kept.size()));
                    assertThat(retention.denominator()).isEqualByComparingTo(BigDecimal.valueOf(start.size()));
                    KpiValue churn = ClientKpiNaive.compute(CustomerChurn.of(rule), c, s);
                    assertThat(churn.numerator()).isEqualByComparingTo(BigDecimal.valueOf(start.size() - kept.size()));
                    assertThat(ClientKpiNaive.compute(ActiveClients.of(rule), c, s)
                                    .valueOrThrow())
                            .isEqualByComparingTo(BigDecimal.valueOf(end.size()));
                });
    }
}
