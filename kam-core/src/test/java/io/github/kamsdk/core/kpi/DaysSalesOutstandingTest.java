package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.testing.OpsKpiGens.invoice;
import static io.github.kamsdk.core.testing.OpsKpiGens.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked example for the receivables KPIs, Q1 2026 ([2026-01-01, 2026-04-01), 90 days), EUR:
 *
 * <pre>
 * INV-1 2025-12-10 1000 net 30 (due 2026-01-09); PAY-1 2025-12-20 400 (before), PAY-2 2026-02-01 100 (in)
 * INV-2 2026-02-15 2000 net 60 (due 2026-04-16); PAY-3 2026-03-10 1000 (in)
 * INV-3 2026-03-20  600 net 0  (due 2026-03-20)
 * INV-5 2026-03-01  300 net 30 (due 2026-03-31, the last day: not overdue)
 * INV-4 2026-04-05  999 (after the period: ignored); PAY-4 2026-04-10 600 to INV-3 (after: ignored)
 *
 * open at the end  = (1000-400-100) + (2000-1000) + 600 + 300 = 500 + 1000 + 600 + 300 = 2400
 * invoiced         = 2000 + 600 + 300 = 2900
 * DSO              = 2400 / 2900 x 90 = 216000 / 2900 = 74.48275862068... = 74.4827586207
 * overdue          = 500 (INV-1) + 600 (INV-3) = 1100; share = 1100 / 2400 = 0.4583333333
 * collected        = 100 + 1000 = 1100; open at start = 1000 - 400 = 600
 * collection rate  = 1100 / (600 + 2900) = 0.31428571428... = 0.3142857143
 * </pre>
 */
class DaysSalesOutstandingTest {
    static final DateRange Q1 = DateRange.ofQuarter(2026, 1);
    static final KpiContext CONTEXT = KpiContext.builder()
            .period(Q1)
            .priorPeriod(DateRange.ofQuarter(2025, 4))
            .currency(Currency.getInstance("EUR"))
            .build();

    static List<CommercialEvent> example() {
        return List.of(
                invoice("INV-1", "2025-12-10", "1000.00", 30),
                payment("PAY-1", "2025-12-20", "INV-1", "400.00"),
                payment("PAY-2", "2026-02-01", "INV-1", "100.00"),
                invoice("INV-2", "2026-02-15", "2000.00", 60),
                payment("PAY-3", "2026-03-10", "INV-2", "1000.00"),
                invoice("INV-3", "2026-03-20", "600.00", 0),
                invoice("INV-5", "2026-03-01", "300.00", 30),
                invoice("INV-4", "2026-04-05", "999.00", 0),
                payment("PAY-4", "2026-04-10", "INV-3", "600.00"));
    }

    static KpiValue compute(KpiFormula formula, KpiContext context, List<CommercialEvent> events) {
        return KpiCalculator.of(formula)
                .compute(context, KpiInput.of(events))
                .get(formula.definition().id());
    }

    @Test
    void dsoOfTheWorkedExample() {
        KpiValue dso = compute(DaysSalesOutstanding.standard(), CONTEXT, example());
        assertThat(dso.numerator()).isEqualByComparingTo("216000"); // 2400 x 90
        assertThat(dso.denominator()).isEqualByComparingTo("2900");
        assertThat(dso.valueOrThrow()).isEqualByComparingTo("74.4827586207");
        assertThat(dso.explanation().find("kpi.dso.receivables").get(0).parameter("receivables", Money.class))
                .isEqualTo(Money.of("2400", "EUR"));
        assertThat(dso.explanation().find("kpi.dso.invoiced").get(0).parameter("invoices", Integer.class))
                .isEqualTo(3);
        assertThat(dso.definition().unit()).isEqualTo(KpiUnit.DAYS);
        assertThat(dso.definition().direction()).isEqualTo(KpiDirection.LOWER_IS_BETTER);
    }

    @Test
    void notDefinedWhenNothingWasInvoicedInThePeriod() {
        // only INV-1 (before the period) and its payments: 500 open, nothing invoiced
        KpiValue dso =
                compute(DaysSalesOutstanding.standard(), CONTEXT, example().subList(0, 3));
        assertThat(dso.isDefined()).isFalse();
        assertThat(dso.undefinedReason()).contains("nothing was invoiced in the period");
        assertThat(dso.numerator()).isEqualByComparingTo("45000"); // 500 x 90
    }

    @Test
    void aManagersShareWeightsTheInvoiceAndItsPayments() {
        // INV-7 2026-01-10 1000 split 60/40, PAY-7 2026-02-10 250 credited to M-1 alone
        // M-2 does not see PAY-7 (it does not credit M-2): open 400 of 400 invoiced -> 90 days
        // M-1: open (1000 - 250) x 60% = 450 of 600 invoiced -> 450 / 600 x 90 = 67.5 days
        List<CommercialEvent> events = List.of(
                invoice(
                        "INV-7",
                        "2026-01-10",
                        io.github.kamsdk.core.testing.OpsKpiGens.split6040(),
                        Money.of("1000", "EUR"),
                        30),
                payment("PAY-7", "2026-02-10", "INV-7", "250"));
        KpiValue m1 = compute(
                DaysSalesOutstanding.standard(),
                CONTEXT.forManager(io.github.kamsdk.core.testing.OpsKpiGens.M1),
                events);
        KpiValue m2 = compute(
                DaysSalesOutstanding.standard(),
                CONTEXT.forManager(io.github.kamsdk.core.testing.OpsKpiGens.M2),
                events);
        assertThat(m1.valueOrThrow()).isEqualByComparingTo("67.5");
        assertThat(m2.valueOrThrow()).isEqualByComparingTo("90");
    }

    @Test
    void aPaymentToAnInvoiceOfSomeoneElseIsIgnoredInAManagersScope() {
        // M-1 sees PAY-9 (credited to M-1) applied to INV-9, which credits M-2 only: ignored for M-1
        List<CommercialEvent> events = List.of(
                invoice(
                        "INV-9",
                        "2026-01-10",
                        io.github.kamsdk.core.ledger.Credits.solely(io.github.kamsdk.core.testing.OpsKpiGens.M2),
                        Money.of("100", "EUR"),
                        0),
                payment("PAY-9", "2026-01-20", "INV-9", "100"),
                invoice("INV-1", "2026-01-05", "300", 0));
        KpiValue m1 = compute(
                DaysSalesOutstanding.standard(),
                CONTEXT.forManager(io.github.kamsdk.core.testing.OpsKpiGens.M1),
                events);
        assertThat(m1.valueOrThrow()).isEqualByComparingTo(new BigDecimal("90")); // 300 / 300 x 90
    }
}
