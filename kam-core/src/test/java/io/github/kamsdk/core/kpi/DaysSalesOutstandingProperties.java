package io.github.kamsdk.core.kpi;

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

/** Invariants of {@link DaysSalesOutstanding} over consistent generated histories (Q1 2026, EUR). */
class DaysSalesOutstandingProperties {
    static final KpiContext CONTEXT = KpiFormulaContract.companyContext();
    static final BigDecimal DAYS = BigDecimal.valueOf(LedgerGens.QUARTER.lengthInDays());

    static KpiValue compute(KpiFormula formula, KpiContext context, List<CommercialEvent> events) {
        return KpiCalculator.of(formula)
                .compute(context, KpiInput.of(events))
                .get(formula.definition().id());
    }

    @Test
    void equalsTheNaiveModelAndIsNotNegative() {
        Props.qt().forAll(LedgerGens.smallHistories()).checkAssert(events -> {
            for (ManagerId m : new ManagerId[] {null, LedgerGens.MANAGERS.get(0)}) {
                KpiContext context = m == null ? CONTEXT : CONTEXT.forManager(m);
                NaiveReceivables naive = OpsKpiGens.naiveReceivables(events, LedgerGens.QUARTER, m);
                KpiValue dso = compute(DaysSalesOutstanding.standard(), context, events);
                assertThat(dso.numerator())
                        .isEqualByComparingTo(naive.openAtEnd().multiply(DAYS));
                assertThat(dso.denominator()).isEqualByComparingTo(naive.invoicedInPeriod());
                assertThat(dso.numerator().signum()).isGreaterThanOrEqualTo(0);
                dso.value().ifPresent(v -> assertThat(v.signum()).isGreaterThanOrEqualTo(0));
            }
        });
    }

    @Test
    void aPaymentNeverRaisesDso() {
        Props.qt().forAll(LedgerGens.histories(), Gens.seeds()).checkAssert((events, seed) -> {
            Optional<List<CommercialEvent>> more = OpsKpiGens.withExtraPayment(events, LedgerGens.QUARTER, seed);
            more.ifPresent(after -> {
                KpiValue before = compute(DaysSalesOutstanding.standard(), CONTEXT, events);
                KpiValue with = compute(DaysSalesOutstanding.standard(), CONTEXT, after);
                assertThat(with.numerator()).isLessThan(before.numerator());
                if (before.isDefined()) {
                    assertThat(with.valueOrThrow()).isLessThanOrEqualTo(before.valueOrThrow());
                }
            });
        });
    }

    @Test
    void managersFiguresAddUpToTheCompanys() {
        Props.qt().forAll(LedgerGens.histories()).checkAssert(events -> {
            KpiValue company = compute(DaysSalesOutstanding.standard(), CONTEXT, events);
            BigDecimal numerator = BigDecimal.ZERO;
            BigDecimal denominator = BigDecimal.ZERO;
            for (KpiResults r : KpiCalculator.of(DaysSalesOutstanding.standard())
                    .computeByManager(CONTEXT, LedgerGens.MANAGERS, KpiInput.of(events))
                    .values()) {
                numerator = numerator.add(r.get(DaysSalesOutstanding.ID).numerator());
                denominator = denominator.add(r.get(DaysSalesOutstanding.ID).denominator());
            }
            assertThat(numerator).isEqualByComparingTo(company.numerator());
            assertThat(denominator).isEqualByComparingTo(company.denominator());
        });
    }
}
