package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.CONTEXT;
import static io.github.kamsdk.core.kpi.DaysSalesOutstandingTest.compute;
import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static io.github.kamsdk.core.testing.OpsKpiGens.invoice;
import static io.github.kamsdk.core.testing.OpsKpiGens.order;
import static io.github.kamsdk.core.testing.OpsKpiGens.payment;
import static io.github.kamsdk.core.testing.OpsKpiGens.solo;

import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.time.DateRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input to the operations KPIs: each is an IllegalArgumentException naming the item and value. */
class OpsKpiBadInputTest {
    static final List<KpiFormula> ALL = List.of(
            ActivityCount.calls(),
            ActivityCount.contacts(),
            ComplaintResponseTime.standard(),
            DaysSalesOutstanding.standard(),
            OverdueShare.standard(),
            CollectionRate.standard(),
            ReversalRate.returnsByValue(),
            ReversalRate.refusalsByCount(),
            AdditionalServices.count(),
            AdditionalServices.value(),
            RevenueGrowth.standard(),
            ProfitabilityGrowth.standard());

    @Test
    void nullContext() {
        for (KpiFormula f : ALL) {
            assertNullRejected(() -> f.newAccumulator(null), "context");
        }
    }

    @Test
    void mergingAnotherFormulasAccumulator() {
        for (KpiFormula f : ALL) {
            KpiAccumulator other = f == ActivityCount.calls()
                    ? ActivityCount.visits().newAccumulator(CONTEXT)
                    : ActivityCount.calls().newAccumulator(CONTEXT);
            assertRejected(
                    () -> f.newAccumulator(CONTEXT).merge(other),
                    "cannot merge",
                    f.definition().id().toString());
        }
    }

    @Test
    void mergingAnotherVariantOfTheSameFormula() {
        assertRejected(
                () -> ReversalRate.returnsByValue()
                        .newAccumulator(CONTEXT)
                        .merge(ReversalRate.returnsByCount().newAccumulator(CONTEXT)),
                "returns.rate.count@1",
                "returns.rate.value@1");
        assertRejected(
                () -> DaysSalesOutstanding.standard()
                        .newAccumulator(CONTEXT)
                        .merge(CollectionRate.standard().newAccumulator(CONTEXT)),
                "receivables.collection_rate@1",
                "receivables.dso@1");
    }

    @Test
    void mergingAnAccumulatorOfAnotherContext() {
        KpiContext other = KpiContext.builder()
                .period(DateRange.ofQuarter(2026, 2))
                .currency(CONTEXT.currency())
                .build();
        assertRejected(
                () -> CollectionRate.standard()
                        .newAccumulator(CONTEXT)
                        .merge(CollectionRate.standard().newAccumulator(other)),
                "different contexts");
    }

    @Test
    void paymentToAnUnknownInvoiceInTheCompanyScope() {
        assertRejected(
                () -> compute(
                        DaysSalesOutstanding.standard(),
                        CONTEXT,
                        List.of(
                                invoice("INV-1", "2026-01-05", "100", 0),
                                payment("PAY-1", "2026-01-10", "INV-9", "50"))),
                "payment PAY-1 applies to unknown invoice INV-9");
    }

    @Test
    void paymentsExceedingTheInvoice() {
        assertRejected(
                () -> compute(
                        CollectionRate.standard(),
                        CONTEXT,
                        List.of(
                                invoice("INV-1", "2026-01-05", "100", 0),
                                payment("PAY-1", "2026-01-10", "INV-1", "60"),
                                payment("PAY-2", "2025-12-10", "INV-1", "50"))),
                "payments exceeding the invoice",
                "INV-1",
                "110",
                "EUR 100");
    }

    @Test
    void paymentInAnotherCurrencyThanTheInvoice() {
        assertRejected(
                () -> compute(
                        OverdueShare.standard(),
                        CONTEXT,
                        List.of(
                                invoice("INV-1", "2026-01-05", "100", 0),
                                payment("PAY-1", "2026-01-10", solo(), Money.of("50", "USD"), "INV-1"))),
                "payment PAY-1",
                "USD",
                "invoice INV-1",
                "EUR");
    }

    @Test
    void invoiceOfferedTwice() {
        assertRejected(
                () -> compute(
                        DaysSalesOutstanding.standard(),
                        CONTEXT,
                        List.of(invoice("INV-1", "2026-01-05", "100", 0), invoice("INV-1", "2026-01-05", "100", 0))),
                "invoice INV-1 was offered 2 times");
    }

    @Test
    void invoiceInAnotherCurrencyWithoutRates() {
        assertRejected(
                () -> compute(
                        DaysSalesOutstanding.standard(),
                        CONTEXT,
                        List.of(invoice("INV-1", "2026-01-05", solo(), Money.of("100", "USD"), 0))),
                "invoice INV-1",
                "USD",
                "no exchange rates");
    }

    @Test
    void orderInAnotherCurrencyWithoutRates() {
        for (KpiFormula f :
                List.of(ReversalRate.returnsByValue(), AdditionalServices.value(), RevenueGrowth.standard())) {
            assertRejected(
                    () -> compute(
                            f,
                            CONTEXT,
                            List.of(order(
                                    "SO-1",
                                    "2026-01-05",
                                    solo(),
                                    "USD",
                                    io.github.kamsdk.core.testing.OpsKpiGens.line(1, "100", "50", true, "USD")))),
                    "SO-1",
                    "USD",
                    "no exchange rates");
        }
    }

    @Test
    void reversalInAnotherCurrencyWithoutRates() {
        io.github.kamsdk.core.ledger.Reversal usd = io.github.kamsdk.core.ledger.Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(io.github.kamsdk.core.ledger.EventId.of("RET-1"))
                .account(io.github.kamsdk.core.testing.OpsKpiGens.ACCOUNT)
                .credits(solo())
                .date(java.time.LocalDate.of(2025, 12, 5))
                .order(io.github.kamsdk.core.ledger.EventId.of("SO-X"))
                .value(Money.of("10", "USD"))
                .reason("damaged")
                .build();
        assertRejected(
                () -> compute(ProfitabilityGrowth.standard(), CONTEXT, List.of(usd)),
                "RET-1",
                "USD",
                "no exchange rates");
    }
}
