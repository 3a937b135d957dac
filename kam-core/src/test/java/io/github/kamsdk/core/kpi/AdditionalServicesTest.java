package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.compute;
import static io.github.kamsdk.core.testing.OpsKpiGens.M1;
import static io.github.kamsdk.core.testing.OpsKpiGens.M2;
import static io.github.kamsdk.core.testing.OpsKpiGens.line;
import static io.github.kamsdk.core.testing.OpsKpiGens.order;
import static io.github.kamsdk.core.testing.OpsKpiGens.solo;
import static io.github.kamsdk.core.testing.OpsKpiGens.split6040;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example, Q1 2026:
 *
 * <pre>
 * SO-1 2026-01-10 solo M-1: goods 500, services 120 and 80
 * SO-2 2026-02-10 split 60/40: goods 1000, service 250
 * SO-0 2025-12-20 solo: service 999 (before the period: ignored)
 * company: count 3 lines; value 120 + 80 + 250 = 450
 * M-1:     count 3 (lines counted whole); value 200 + 250 x 60% = 350
 * M-2:     count 1; value 250 x 40% = 100; M-1 + M-2 = 450 = company
 * </pre>
 */
class AdditionalServicesTest {
    static final List<CommercialEvent> EVENTS = List.of(
            order(
                    "SO-1",
                    "2026-01-10",
                    solo(),
                    "EUR",
                    line(1, "500", "300", false),
                    line(2, "120", "60", true),
                    line(3, "80", "20", true)),
            order("SO-2", "2026-02-10", split6040(), "EUR", line(1, "1000", "700", false), line(2, "250", "100", true)),
            order("SO-0", "2025-12-20", solo(), "EUR", line(1, "999", "0", true)));

    @Test
    void countAndValue() {
        assertThat(compute(AdditionalServices.count(), CONTEXT, EVENTS).valueOrThrow())
                .isEqualByComparingTo("3");
        KpiValue value = compute(AdditionalServices.value(), CONTEXT, EVENTS);
        assertThat(value.valueOrThrow()).isEqualByComparingTo("450");
        assertThat(value.currency()).contains(Currency.getInstance("EUR"));
        assertThat(value.definition().unit()).isEqualTo(KpiUnit.MONEY);
    }

    @Test
    void managersValuesAddUpToTheCompanys() {
        assertThat(compute(AdditionalServices.count(), CONTEXT.forManager(M1), EVENTS)
                        .valueOrThrow())
                .isEqualByComparingTo("3");
        assertThat(compute(AdditionalServices.value(), CONTEXT.forManager(M1), EVENTS)
                        .valueOrThrow())
                .isEqualByComparingTo("350");
        assertThat(compute(AdditionalServices.count(), CONTEXT.forManager(M2), EVENTS)
                        .valueOrThrow())
                .isEqualByComparingTo("1");
        assertThat(compute(AdditionalServices.value(), CONTEXT.forManager(M2), EVENTS)
                        .valueOrThrow())
                .isEqualByComparingTo("100");
    }

    @Test
    void zeroWhenNoneWereSold() {
        KpiValue v = compute(AdditionalServices.value(), CONTEXT, EVENTS.subList(2, 3));
        assertThat(v.valueOrThrow()).isEqualByComparingTo("0");
    }
}
