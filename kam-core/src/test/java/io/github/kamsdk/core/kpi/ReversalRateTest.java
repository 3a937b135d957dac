package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.compute;
import static io.github.kamsdk.core.testing.OpsKpiGens.M1;
import static io.github.kamsdk.core.testing.OpsKpiGens.order;
import static io.github.kamsdk.core.testing.OpsKpiGens.reversal;
import static io.github.kamsdk.core.testing.OpsKpiGens.solo;
import static io.github.kamsdk.core.testing.OpsKpiGens.split6040;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.ReversalKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example, Q1 2026 (orders and reversals dated outside the period are ignored):
 *
 * <pre>
 * SO-1 2026-01-10 1000 solo M-1; SO-2 2026-02-10 3000 split 60/40; SO-0 2025-12-01 5000 (before)
 * RET-1 2026-01-20 200 solo; RET-2 2026-03-01 300 split (of SO-0, an earlier order); RET-0 2026-04-02 (after)
 * REF-1 2026-02-11 600 split
 * company: returns by value (200 + 300) / (1000 + 3000) = 0.125, by count 2 / 2 = 1
 *          refusals by value 600 / 4000 = 0.15, by count 1 / 2 = 0.5
 * M-1:     returns by value (200 + 300 x 60%) / (1000 + 3000 x 60%) = 380 / 2800 = 0.1357142857
 * </pre>
 */
class ReversalRateTest {
    static final List<CommercialEvent> EVENTS = List.of(
            order("SO-1", "2026-01-10", solo(), "1000", "600", "EUR"),
            order("SO-2", "2026-02-10", split6040(), "3000", "2000", "EUR"),
            order("SO-0", "2025-12-01", solo(), "5000", "1000", "EUR"),
            reversal(ReversalKind.RETURN, "RET-1", "2026-01-20", solo(), "200", "120"),
            reversal(ReversalKind.RETURN, "RET-2", "2026-03-01", split6040(), "300", "100"),
            reversal(ReversalKind.RETURN, "RET-0", "2026-04-02", solo(), "999", "0"),
            reversal(ReversalKind.REFUSAL, "REF-1", "2026-02-11", split6040(), "600", "400"));

    @Test
    void fourRatesInTheCompanyScope() {
        assertThat(compute(ReversalRate.returnsByValue(), CONTEXT, EVENTS).valueOrThrow())
                .isEqualByComparingTo("0.125");
        assertThat(compute(ReversalRate.returnsByCount(), CONTEXT, EVENTS).valueOrThrow())
                .isEqualByComparingTo("1");
        assertThat(compute(ReversalRate.refusalsByValue(), CONTEXT, EVENTS).valueOrThrow())
                .isEqualByComparingTo("0.15");
        assertThat(compute(ReversalRate.refusalsByCount(), CONTEXT, EVENTS).valueOrThrow())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void byValueWeightsByTheManagersShare() {
        KpiValue v = compute(ReversalRate.returnsByValue(), CONTEXT.forManager(M1), EVENTS);
        assertThat(v.numerator()).isEqualByComparingTo("380");
        assertThat(v.denominator()).isEqualByComparingTo("2800");
        assertThat(v.valueOrThrow()).isEqualByComparingTo("0.1357142857"); // 0.135714285714...
    }

    @Test
    void returnsOfEarlierOrdersCanExceedOneInAQuietPeriod() {
        // SO-9 100 in the period, RET-2 300 (of an earlier order): 300 / 100 = 3
        List<CommercialEvent> quiet =
                List.of(order("SO-9", "2026-01-10", split6040(), "100", "50", "EUR"), EVENTS.get(4));
        assertThat(compute(ReversalRate.returnsByValue(), CONTEXT, quiet).valueOrThrow())
                .isEqualByComparingTo("3");
    }

    @Test
    void notDefinedWithoutOrders() {
        KpiValue v = compute(ReversalRate.refusalsByCount(), CONTEXT, List.of(EVENTS.get(6)));
        assertThat(v.undefinedReason()).contains("no orders in the period");
        assertThat(v.numerator()).isEqualByComparingTo("1");
        assertThat(ReversalRate.returnsByValue().definition().id()).isEqualTo(KpiId.of("returns.rate.value", 1));
    }
}
