package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.compute;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Invariants of {@link ReversalRate}: the naive recomputation, non-negativity, managers' sums. */
class ReversalRateProperties {
    @Test
    void equalsTheNaiveModel() {
        Props.qt().forAll(LedgerGens.histories()).checkAssert(events -> {
            for (ReversalKind kind : ReversalKind.values()) {
                // naive: filter the full list by date and kind, sum whole amounts (company: 100% shares)
                long orders = 0;
                long reversals = 0;
                BigDecimal amount = BigDecimal.ZERO;
                BigDecimal value = BigDecimal.ZERO;
                for (CommercialEvent e : events) {
                    if (!LedgerGens.QUARTER.contains(e.date())) {
                        continue;
                    }
                    if (e instanceof Order o) {
                        orders++;
                        amount = amount.add(o.amount().amount());
                    } else if (e instanceof Reversal r && r.reversalKind() == kind) {
                        reversals++;
                        value = value.add(r.value().amount());
                    }
                }
                KpiValue byValue = compute(
                        kind == ReversalKind.RETURN ? ReversalRate.returnsByValue() : ReversalRate.refusalsByValue(),
                        CONTEXT,
                        events);
                KpiValue byCount = compute(
                        kind == ReversalKind.RETURN ? ReversalRate.returnsByCount() : ReversalRate.refusalsByCount(),
                        CONTEXT,
                        events);
                assertThat(byValue.numerator()).isEqualByComparingTo(value);
                assertThat(byValue.denominator()).isEqualByComparingTo(amount);
                assertThat(byCount.numerator()).isEqualByComparingTo(BigDecimal.valueOf(reversals));
                assertThat(byCount.denominator()).isEqualByComparingTo(BigDecimal.valueOf(orders));
                assertThat(byCount.isDefined()).isEqualTo(orders > 0);
                byValue.value().ifPresent(v -> assertThat(v.signum()).isGreaterThanOrEqualTo(0));
            }
        });
    }

    @Test
    void managersValuesAddUpToTheCompanys() {
        Props.qt().forAll(LedgerGens.histories()).checkAssert(events -> {
            KpiValue company = compute(ReversalRate.returnsByValue(), CONTEXT, events);
            BigDecimal numerator = BigDecimal.ZERO;
            BigDecimal denominator = BigDecimal.ZERO;
            for (KpiResults r : KpiCalculator.of(ReversalRate.returnsByValue())
                    .computeByManager(CONTEXT, LedgerGens.MANAGERS, KpiInput.of(events))
                    .values()) {
                numerator = numerator.add(r.get(ReversalRate.RETURNS_BY_VALUE).numerator());
                denominator =
                        denominator.add(r.get(ReversalRate.RETURNS_BY_VALUE).denominator());
            }
            assertThat(numerator).isEqualByComparingTo(company.numerator());
            assertThat(denominator).isEqualByComparingTo(company.denominator());
        });
    }
}
