package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.compute;
import static io.github.kamsdk.core.testing.OpsKpiGens.M2;
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
 * Worked example, Q1 2026 against Q4 2025:
 *
 * <pre>
 * Q4: SO-A 2025-11-10 2000 (cost 1500) solo; RET-A 2025-12-01 400 (cost 300) solo
 *     R0 = 2000 - 400 = 1600; M0 = 500 - 100 = 400
 * Q1: SO-B 2026-01-15 1500 (cost 900) solo; SO-C 2026-03-01 1000 (cost 800) split 60/40;
 *     REF-B 2026-02-01 100 (cost 40) solo
 *     R1 = 1500 + 1000 - 100 = 2400; M1 = 600 + 200 - 60 = 740
 * revenue growth = (2400 - 1600) / 1600 = 0.5; profitability growth = (740 - 400) / 400 = 0.85
 * SO-Z 2025-09-01 is before the prior period: ignored
 * </pre>
 */
class RevenueGrowthTest {
    static final List<CommercialEvent> EVENTS = List.of(
            order("SO-A", "2025-11-10", solo(), "2000", "1500", "EUR"),
            reversal(ReversalKind.RETURN, "RET-A", "2025-12-01", solo(), "400", "300"),
            order("SO-B", "2026-01-15", solo(), "1500", "900", "EUR"),
            order("SO-C", "2026-03-01", split6040(), "1000", "800", "EUR"),
            reversal(ReversalKind.REFUSAL, "REF-B", "2026-02-01", solo(), "100", "40"),
            order("SO-Z", "2025-09-01", solo(), "7777", "0", "EUR"));

    @Test
    void growthOfNetRevenue() {
        KpiValue v = compute(RevenueGrowth.standard(), CONTEXT, EVENTS);
        assertThat(v.numerator()).isEqualByComparingTo("800");
        assertThat(v.denominator()).isEqualByComparingTo("1600");
        assertThat(v.valueOrThrow()).isEqualByComparingTo("0.5");
        assertThat(v.explanation().render()).contains("2400").contains("1600");
    }

    @Test
    void declineIsNegative() {
        // Q1 without SO-B: R1 = 1000 - 100 = 900; (900 - 1600) / 1600 = -0.4375
        List<CommercialEvent> events = List.of(EVENTS.get(0), EVENTS.get(1), EVENTS.get(3), EVENTS.get(4));
        assertThat(compute(RevenueGrowth.standard(), CONTEXT, events).valueOrThrow())
                .isEqualByComparingTo("-0.4375");
    }

    @Test
    void notDefinedWithoutPositiveRevenueInThePriorPeriod() {
        // M-2 had nothing in Q4: R0 = 0
        KpiValue v = compute(RevenueGrowth.standard(), CONTEXT.forManager(M2), EVENTS);
        assertThat(v.undefinedReason()).contains("no positive revenue in the prior period");
        assertThat(v.numerator()).isEqualByComparingTo("400"); // 1000 x 40% - 0
        // Q4 with only a return: R0 = -400, refused as well
        KpiValue negative = compute(RevenueGrowth.standard(), CONTEXT, List.of(EVENTS.get(1), EVENTS.get(2)));
        assertThat(negative.undefinedReason()).contains("no positive revenue in the prior period");
        assertThat(negative.denominator()).isEqualByComparingTo("-400");
    }
}
