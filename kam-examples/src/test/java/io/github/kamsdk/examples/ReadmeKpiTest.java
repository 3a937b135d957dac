package io.github.kamsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.kpi.CollectionRate;
import io.github.kamsdk.core.kpi.CustomerChurn;
import io.github.kamsdk.core.kpi.CustomerRetention;
import io.github.kamsdk.core.kpi.DaysSalesOutstanding;
import io.github.kamsdk.core.kpi.KpiCalculator;
import io.github.kamsdk.core.kpi.KpiContext;
import io.github.kamsdk.core.kpi.KpiInput;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.OverdueShare;
import io.github.kamsdk.core.kpi.Scorecard;
import io.github.kamsdk.core.kpi.ScorecardEntry;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

// The README's third sample (a quarter's KPIs and scorecard), kept here so that it cannot rot: the
// test checks that the README shows this method's body up to its assertions.
class ReadmeKpiTest {
    private static final Credits ANA = Credits.solely(ManagerId.of("ana"));

    private static Order order(String id, String account, String date, String amount) {
        return Order.builder()
                .id(EventId.of(id))
                .account(AccountId.of(account))
                .credits(ANA)
                .date(LocalDate.parse(date))
                .currency(Currency.getInstance("EUR"))
                .addLine(OrderLine.builder()
                        .lineNumber(1)
                        .product(ProductId.of("PUMP-7"))
                        .quantity(BigDecimal.ONE)
                        .unitPrice(Money.of(amount, "EUR"))
                        .unitCost(Money.of("0", "EUR"))
                        .build())
                .build();
    }

    // README-SAMPLE-START
    @Test
    void aQuartersKpisAndScorecard() {
        Credits ana = Credits.solely(ManagerId.of("ana"));
        List<CommercialEvent> events = List.of(
                order("SO-1", "C-1", "2025-12-10", "1000.00"),
                order("SO-2", "C-2", "2025-11-20", "500.00"), // C-2 buys nothing more
                order("SO-3", "C-1", "2026-02-10", "2000.00"),
                order("SO-4", "C-3", "2026-03-05", "800.00"), // C-3 is new
                Invoice.builder()
                        .id(EventId.of("INV-3"))
                        .account(AccountId.of("C-1"))
                        .credits(ana)
                        .date(LocalDate.of(2026, 2, 10))
                        .amount(Money.of("2000.00", "EUR"))
                        .paymentTerms(PaymentTerms.net(30)) // due 12 March
                        .order(EventId.of("SO-3"))
                        .build(),
                Invoice.builder()
                        .id(EventId.of("INV-4"))
                        .account(AccountId.of("C-3"))
                        .credits(ana)
                        .date(LocalDate.of(2026, 3, 5))
                        .amount(Money.of("800.00", "EUR"))
                        .paymentTerms(PaymentTerms.net(30)) // due 4 April
                        .order(EventId.of("SO-4"))
                        .build(),
                Payment.builder()
                        .id(EventId.of("PAY-1"))
                        .account(AccountId.of("C-1"))
                        .credits(ana)
                        .date(LocalDate.of(2026, 3, 1))
                        .amount(Money.of("1500.00", "EUR"))
                        .apply(EventId.of("INV-3"), Money.of("1500.00", "EUR")) // a partial payment
                        .build());

        KpiContext q1 = KpiContext.builder()
                .period(DateRange.ofQuarter(2026, 1)) // 90 days; prior period: the 90 days before
                .currency(Currency.getInstance("EUR"))
                .build();
        KpiResults kpis = KpiCalculator.of(
                        CustomerRetention.standard(), // active = ordered within the last 90 days
                        CustomerChurn.standard(),
                        DaysSalesOutstanding.standard(),
                        OverdueShare.standard(),
                        CollectionRate.standard())
                .compute(q1.forManager(ManagerId.of("ana")), KpiInput.of(events)); // one pass
        // retention (E - N) / S = (2 - 1) / 2 = 50%: C-1 kept, C-2 stopped buying, C-3 new
        // DSO = 1,300 open / 2,800 invoiced x 90 days = 41.79 days; overdue share 500 / 1,300
        // collection rate = 1,500 collected / (0 open at the start + 2,800 invoiced) = 53.6%

        ScorecardResult card = Scorecard.of(
                        ScorecardEntry.builder()
                                .kpi(CustomerRetention.ID)
                                .weight("1")
                                .target("0.90")
                                .build(),
                        ScorecardEntry.builder()
                                .kpi(DaysSalesOutstanding.ID)
                                .weight("1")
                                .target("45") // lower is better: 45 / 41.79
                                .build())
                .evaluate(kpis);
        // attainments 0.5 / 0.9 = 55.6% and 45 / 41.79 = 107.7%; score (55.6% + 107.7%) / 2 = 81.6%
        // card.explanation().render() shows every figure for the manager to check

        assertThat(kpis.get(CustomerRetention.ID).valueOrThrow()).isEqualByComparingTo("0.5");
        assertThat(kpis.get(CustomerChurn.ID).valueOrThrow()).isEqualByComparingTo("0.5");
        assertThat(kpis.get(DaysSalesOutstanding.ID).valueOrThrow()).isEqualByComparingTo("41.7857142857");
        assertThat(kpis.get(OverdueShare.ID).valueOrThrow()).isEqualByComparingTo("0.3846153846");
        assertThat(kpis.get(CollectionRate.ID).valueOrThrow()).isEqualByComparingTo("0.5357142857");
        assertThat(card.line(CustomerRetention.ID).attainment().orElseThrow().fraction())
                .isEqualByComparingTo("0.5555555556");
        assertThat(card.line(DaysSalesOutstanding.ID).attainment().orElseThrow().fraction())
                .isEqualByComparingTo("1.0769230769");
        // (0.5555555556 + 1.0769230769) / 2 = 0.81623931625, half even to 10 places
        assertThat(card.scoreOrThrow().fraction()).isEqualByComparingTo("0.8162393162");
    }
    // README-SAMPLE-END

    @Test
    void readmeShowsThisSample() throws Exception {
        List<String> source = Files.readAllLines(Path.of("src/test/java/io/github/kamsdk/examples/ReadmeKpiTest.java"));
        int signature = source.indexOf("    void aQuartersKpisAndScorecard() {");
        List<String> body = new ArrayList<>();
        for (String line : source.subList(signature + 1, source.size())) {
            if (line.contains("assertThat")) {
                break;
            }
            body.add(line.length() >= 8 ? line.substring(8) : line.strip());
        }
        while (body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains(String.join("\n", body) + "\n");
    }
}
