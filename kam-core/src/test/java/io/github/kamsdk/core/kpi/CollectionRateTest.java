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
class CollectionRateTest {
    @Test
    void collectionRateOfTheWorkedExample() {
        // collected 100 (PAY-2) + 1000 (PAY-3) = 1100; open at start 1000 - 400 = 600; invoiced 2900
        KpiValue v = compute(CollectionRate.standard(), CONTEXT, example());
        assertThat(v.numerator()).isEqualByComparingTo("1100");
        assertThat(v.denominator()).isEqualByComparingTo("3500");
        assertThat(v.valueOrThrow()).isEqualByComparingTo("0.3142857143"); // 0.314285714285...
        assertThat(v.explanation().find("kpi.collection.open_at_start").get(0).parameter("openAtStart", Money.class))
                .isEqualTo(Money.of("600", "EUR"));
    }

    @Test
    void aPrepaymentAppliedBeforeTheInvoiceDateIsNotCollectedTwice() {
        // INV-8 2026-02-01 500; PAY-8 2025-12-15 applies 200 (before the start), PAY-9 2026-02-10 applies 300
        // open at start 0 (INV-8 is dated in the period), invoiced 500, collected 300 -> 0.6
        KpiValue v = compute(
                CollectionRate.standard(),
                CONTEXT,
                List.of(
                        invoice("INV-8", "2026-02-01", "500", 0),
                        payment("PAY-8", "2025-12-15", "INV-8", "200"),
                        payment("PAY-9", "2026-02-10", "INV-8", "300")));
        assertThat(v.valueOrThrow()).isEqualByComparingTo("0.6");
    }

    @Test
    void notDefinedWhenNothingWasOpenOrInvoiced() {
        KpiValue v = compute(CollectionRate.standard(), CONTEXT, List.of(invoice("INV-4", "2026-04-05", "999", 0)));
        assertThat(v.undefinedReason()).contains("nothing was open or invoiced in the period");
    }
}
