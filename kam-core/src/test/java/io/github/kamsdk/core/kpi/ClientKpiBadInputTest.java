package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.LedgerGens;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad input to the client KPIs: each an {@link IllegalArgumentException} naming the field and value. */
class ClientKpiBadInputTest {
    private static final ManagerId M1 = ManagerId.of("M-1");

    private static SalesPlan.Builder plan() {
        return SalesPlan.builder().manager(M1).period(LedgerGens.QUARTER);
    }

    @Test
    void windowBelowOneDay() {
        assertRejected(() -> ActiveClientRule.ofWindowDays(0), "windowDays", "0");
    }

    @Test
    void nullDay() {
        assertNullRejected(
                () -> ActiveClientRule.standard().isActiveOn(null, Optional.empty(), Optional.empty()), "day");
    }

    @Test
    void orderNotBeforeTheDay() {
        LocalDate d = LocalDate.of(2026, 4, 1);
        assertRejected(
                () -> ActiveClientRule.standard().isActiveOn(d, Optional.of(d), Optional.empty()),
                "latestOrderBefore",
                "2026-04-01");
    }

    @Test
    void nullRule() {
        assertNullRejected(() -> CustomerRetention.of(null), "rule");
        assertNullRejected(() -> CustomerChurn.of(null), "rule");
        assertNullRejected(() -> ActiveClients.of(null), "rule");
        assertNullRejected(() -> PlanAttainment.activeClients(List.of(), null), "rule");
    }

    @Test
    void topShareOutOfRange() {
        assertRejected(() -> RevenueConcentration.topShare(0), "n must be 1 to 1000", "0");
        assertRejected(() -> RevenueConcentration.topShare(1001), "n must be 1 to 1000", "1001");
    }

    @Test
    void planWithoutTarget() {
        assertRejected(() -> plan().build(), "sales plan of M-1", "at least one target");
    }

    @Test
    void negativePlanTargets() {
        assertRejected(() -> plan().salesVolume(Money.of("-1", "EUR")).build(), "salesVolume", "-1");
        assertRejected(() -> plan().activeClients(-2).build(), "activeClients", "-2");
        assertRejected(() -> plan().newClients(-3).build(), "newClients", "-3");
    }

    @Test
    void nullPlans() {
        assertNullRejected(() -> PlanAttainment.sales(null), "plans");
        assertNullRejected(
                () -> PlanAttainment.newClients(
                        Arrays.asList(plan().newClients(1).build(), null)),
                "plans[1]");
    }

    @Test
    void twoPlansForTheSameManagerAndPeriod() {
        assertRejected(
                () -> PlanAttainment.sales(List.of(
                        plan().newClients(1).build(), plan().newClients(2).build())),
                "two plans for manager M-1",
                "newClients=1",
                "newClients=2");
    }

    @Test
    void planInAnotherCurrency() {
        PlanAttainment sales = PlanAttainment.sales(
                List.of(plan().salesVolume(Money.of("100", "USD")).build()));
        assertRejected(() -> ClientKpiExample.manager(sales, "M-1"), "sales plan of M-1", "USD", "EUR");
    }

    @Test
    void eventInAnotherCurrencyWithoutRates() {
        KpiInput input = KpiInput.of(List.of(io.github.kamsdk.core.ledger.Order.builder()
                .id(io.github.kamsdk.core.ledger.EventId.of("SO-USD"))
                .account(io.github.kamsdk.core.account.AccountId.of("C-1"))
                .credits(io.github.kamsdk.core.ledger.Credits.solely(M1))
                .date(LocalDate.of(2026, 2, 1))
                .currency(java.util.Currency.getInstance("USD"))
                .addLine(io.github.kamsdk.core.ledger.OrderLine.builder()
                        .lineNumber(1)
                        .product(io.github.kamsdk.core.ledger.ProductId.of("P"))
                        .quantity(java.math.BigDecimal.ONE)
                        .unitPrice(Money.of("10", "USD"))
                        .unitCost(Money.of("0", "USD"))
                        .build())
                .build()));
        assertRejected(
                () -> KpiCalculator.of(RevenueConcentration.herfindahl()).compute(ClientKpiExample.Q1, input),
                "SO-USD",
                "USD",
                "EUR");
    }

    @Test
    void mergingAccumulatorsOfDifferentFormulas() {
        KpiAccumulator retention = CustomerRetention.standard().newAccumulator(ClientKpiExample.Q1);
        KpiAccumulator churn = CustomerChurn.standard().newAccumulator(ClientKpiExample.Q1);
        assertRejected(() -> retention.merge(churn), "cannot merge", "customer.retention@1");
        KpiAccumulator ninety = ActiveClients.standard().newAccumulator(ClientKpiExample.Q1);
        KpiAccumulator thirty =
                ActiveClients.of(ActiveClientRule.ofWindowDays(30)).newAccumulator(ClientKpiExample.Q1);
        assertRejected(() -> ninety.merge(thirty), "cannot merge", "90 days", "30 days");
    }

    @Test
    void nullContext() {
        assertNullRejected(() -> NewClients.standard().newAccumulator(null), "context");
        assertNullRejected(() -> PlanAttainment.newClients(List.of()).newAccumulator(null), "context");
    }
}
