package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.compute;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.example;
import static io.github.kamsdk.core.testing.OpsKpiGens.invoice;
import static io.github.kamsdk.core.testing.OpsKpiGens.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked example: see {@link DaysSalesOutstandingTest} for the figures. */
class OverdueShareTest {
    @Test
    void overdueShareOfTheWorkedExample() {
        // overdue 500 (INV-1, due 01-09) + 600 (INV-3, due 03-20) = 1100 of 2400 open;
        // INV-2 (due 04-16) and INV-5 (due 03-31, the last day) are not overdue
        KpiValue v = compute(OverdueShare.standard(), CONTEXT, example());
        assertThat(v.numerator()).isEqualByComparingTo("1100");
        assertThat(v.denominator()).isEqualByComparingTo("2400");
        assertThat(v.valueOrThrow()).isEqualByComparingTo("0.4583333333"); // 1100 / 2400 = 0.458333...
        assertThat(v.explanation().find("kpi.overdue.overdue").get(0).parameter("overdue", Money.class))
                .isEqualTo(Money.of("1100", "EUR"));
        assertThat(v.explanation().find("kpi.overdue.overdue").get(0).parameter("overdueInvoices", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void anInvoiceDueTheDayBeforeTheLastDayIsOverdue() {
        // INV-6 2026-03-01 net 29 -> due 03-30, one day past due on 03-31: 200 of 200 overdue
        KpiValue v = compute(OverdueShare.standard(), CONTEXT, List.of(invoice("INV-6", "2026-03-01", "200", 29)));
        assertThat(v.valueOrThrow()).isEqualByComparingTo("1");
    }

    @Test
    void notDefinedWhenNothingIsOpen() {
        KpiValue v = compute(
                OverdueShare.standard(),
                CONTEXT,
                List.of(invoice("INV-6", "2026-03-01", "200", 0), payment("PAY-6", "2026-03-02", "INV-6", "200")));
        assertThat(v.undefinedReason()).contains("no receivables were open at the end of the period");
    }
}
