package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.compute;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of {@link RevenueGrowth} and {@link ProfitabilityGrowth} against a naive model. */
class RevenueGrowthProperties {
    /** Naive net revenue (or margin) of a period for a manager (null: the company). */
    static BigDecimal naive(List<CommercialEvent> events, DateRange period, ManagerId m, boolean margin) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CommercialEvent e : events) {
            if (!period.contains(e.date())) {
                continue;
            }
            BigDecimal share =
                    m == null ? BigDecimal.ONE : e.credits().shareOf(m).fraction();
            if (e instanceof Order o) {
                sum = sum.add((margin ? o.margin() : o.amount()).amount().multiply(share));
            } else if (e instanceof Reversal r) {
                sum = sum.subtract((margin ? r.margin() : r.value()).amount().multiply(share));
            }
        }
        return sum;
    }

    static void check(KpiFormula formula, boolean margin) {
        Props.qt().forAll(LedgerGens.histories()).checkAssert(events -> {
            for (ManagerId m : new ManagerId[] {null, LedgerGens.MANAGERS.get(3)}) {
                KpiContext context = m == null ? CONTEXT : CONTEXT.forManager(m);
                BigDecimal r1 = naive(events, LedgerGens.QUARTER, m, margin);
                BigDecimal r0 = naive(events, LedgerGens.PRIOR, m, margin);
                KpiValue v = compute(formula, context, events);
                assertThat(v.numerator()).isEqualByComparingTo(r1.subtract(r0));
                assertThat(v.denominator()).isEqualByComparingTo(r0);
                assertThat(v.isDefined()).isEqualTo(r0.signum() > 0);
                // growth is never below -100% unless the period's figure is negative
                if (v.isDefined() && r1.signum() >= 0) {
                    assertThat(v.valueOrThrow()).isGreaterThanOrEqualTo(BigDecimal.ONE.negate());
                }
            }
        });
    }

    @Test
    void revenueGrowthEqualsTheNaiveModel() {
        check(RevenueGrowth.standard(), false);
    }
}
