package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.compute;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.OpsKpiGens;
import io.github.kamsdk.core.testing.OpsKpiGens.NaiveReceivables;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Invariants of {@link CollectionRate} over consistent generated histories. */
class CollectionRateProperties {
    @Test
    void equalsTheNaiveModelAndLiesBetweenZeroAndOne() {
        Props.qt().forAll(LedgerGens.histories()).checkAssert(events -> {
            for (ManagerId m : new ManagerId[] {null, LedgerGens.MANAGERS.get(2)}) {
                KpiContext context = m == null ? CONTEXT : CONTEXT.forManager(m);
                NaiveReceivables naive = OpsKpiGens.naiveReceivables(events, LedgerGens.QUARTER, m);
                KpiValue v = compute(CollectionRate.standard(), context, events);
                assertThat(v.numerator()).isEqualByComparingTo(naive.collectedInPeriod());
                assertThat(v.denominator())
                        .isEqualByComparingTo(naive.openAtStart().add(naive.invoicedInPeriod()));
                v.value().ifPresent(x -> assertThat(x).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
            }
        });
    }

    @Test
    void aPaymentNeverLowersTheCollectionRate() {
        Props.qt().forAll(LedgerGens.histories(), Gens.seeds()).checkAssert((events, seed) -> {
            Optional<List<CommercialEvent>> more = OpsKpiGens.withExtraPayment(events, LedgerGens.QUARTER, seed);
            more.ifPresent(after -> {
                KpiValue before = compute(CollectionRate.standard(), CONTEXT, events);
                KpiValue with = compute(CollectionRate.standard(), CONTEXT, after);
                assertThat(with.isDefined()).isTrue();
                assertThat(with.denominator()).isEqualByComparingTo(before.denominator());
                if (before.isDefined()) {
                    assertThat(with.valueOrThrow()).isGreaterThanOrEqualTo(before.valueOrThrow());
                }
            });
        });
    }

    @Test
    void managersFiguresAddUpToTheCompanys() {
        Props.qt().forAll(LedgerGens.histories()).checkAssert(events -> {
            KpiValue company = compute(CollectionRate.standard(), CONTEXT, events);
            BigDecimal numerator = BigDecimal.ZERO;
            BigDecimal denominator = BigDecimal.ZERO;
            for (KpiResults r : KpiCalculator.of(CollectionRate.standard())
                    .computeByManager(CONTEXT, LedgerGens.MANAGERS, KpiInput.of(events))
                    .values()) {
                numerator = numerator.add(r.get(CollectionRate.ID).numerator());
                denominator = denominator.add(r.get(CollectionRate.ID).denominator());
            }
            assertThat(numerator).isEqualByComparingTo(company.numerator());
            assertThat(denominator).isEqualByComparingTo(company.denominator());
        });
    }
}
