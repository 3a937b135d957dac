package io.github.kamsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.pay.BandMode;
import io.github.kamsdk.core.pay.ClawbackPolicy;
import io.github.kamsdk.core.pay.CommissionBands;
import io.github.kamsdk.core.pay.CompensationPlan;
import io.github.kamsdk.core.pay.ComponentId;
import io.github.kamsdk.core.pay.PayCalculator;
import io.github.kamsdk.core.pay.PayInput;
import io.github.kamsdk.core.pay.PayLineKind;
import io.github.kamsdk.core.pay.PayPlans;
import io.github.kamsdk.core.pay.PayStatement;
import io.github.kamsdk.core.pay.PayTransaction;
import io.github.kamsdk.core.pay.PlanVersion;
import io.github.kamsdk.core.pay.TransactionCommission;
import io.github.kamsdk.core.pay.TransactionLine;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// The README's fourth sample (a quarter's pay and a clawback the next quarter), kept here so that it
// cannot rot: the test checks that the README shows this method's body up to its assertions.
class ReadmePayTest {
    private static PayTransaction sale(String id, String date, String amount, Credits credits) {
        return PayTransaction.builder()
                .id(EventId.of(id))
                .account(AccountId.of("C-1"))
                .credits(credits)
                .date(LocalDate.parse(date))
                .addLine(TransactionLine.of(Money.of(amount, "EUR")))
                .build();
    }

    // README-SAMPLE-START
    @Test
    void aQuartersPayAndAClawback() {
        Currency eur = Currency.getInstance("EUR");
        ManagerId ana = ManagerId.of("ana");
        ManagerId luis = ManagerId.of("luis");
        CompensationPlan kam = CompensationPlan.builder()
                .id("kam-2026")
                .currency(eur)
                .addVersion(PlanVersion.builder()
                        .validity(DateRange.ofYear(2026))
                        .fixedPay(Money.of("6000.00", "EUR")) // per quarter
                        .addComponent(TransactionCommission.builder()
                                .id(ComponentId.of("commission"))
                                .bands(CommissionBands.startingAt(Money.zero(eur), Rate.percent(15))
                                        .from(Money.of("50000", "EUR"), Rate.percent(5)) // large deals
                                        .build())
                                .mode(BandMode.WHOLE_AMOUNT) // the deal's band rate on all of it
                                .build())
                        .build())
                .clawback(ClawbackPolicy.netForward()) // returns take back what was paid
                .build();
        PayCalculator calculator = PayCalculator.of(PayPlans.forEveryone(kam));

        PayStatement q1 = calculator.statement(
                ana,
                DateRange.ofQuarter(2026, 1),
                PayInput.of(List.of(
                        sale("SO-1", "2026-02-10", "40000.00", Credits.solely(ana)),
                        sale(
                                "SO-2",
                                "2026-03-02",
                                "60000.00",
                                Credits.split(Map.of(ana, Rate.percent(60), luis, Rate.percent(40)))))));
        // fixed 6,000.00; band 1: 15% x 40,000 = 6,000.00; band 2: 5% x 60,000 x 60% = 1,800.00
        // total 13,800.00, the sum of the rounded lines; q1.explanation().render() shows each figure

        Reversal returned = Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of("RET-1"))
                .account(AccountId.of("C-1"))
                .credits(Credits.solely(ana))
                .date(LocalDate.of(2026, 4, 20))
                .order(EventId.of("SO-1"))
                .value(Money.of("10000.00", "EUR"))
                .reason("two pumps sent back")
                .build();
        PayStatement q2 = calculator.statement(
                ana,
                DateRange.ofQuarter(2026, 2),
                PayInput.builder()
                        .addReversals(List.of(returned))
                        .addHistory(q1.records()) // what Q1 paid, deal by deal
                        .build());
        // clawback on SO-1: 10,000 / 40,000 = 25% of the 6,000.00 paid for it = -1,500.00
        // q2: fixed 6,000.00 - 1,500.00 = 4,500.00

        assertThat(q1.fixedTotal()).isEqualTo(Money.of("6000.00", "EUR"));
        assertThat(q1.lines(PayLineKind.COMMISSION))
                .extracting(l -> l.amount())
                .containsExactly(Money.of("6000.00", "EUR"), Money.of("1800.00", "EUR"));
        assertThat(q1.total()).isEqualTo(Money.of("13800.00", "EUR"));
        assertThat(q1.explanation().render()).contains("SO-1").contains("SO-2").contains("60% credit share");
        assertThat(q2.lines(PayLineKind.CLAWBACK))
                .singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualTo(Money.of("-1500.00", "EUR")));
        assertThat(q2.total()).isEqualTo(Money.of("4500.00", "EUR"));
    }
    // README-SAMPLE-END

    @Test
    void readmeShowsThisSample() throws Exception {
        List<String> source = Files.readAllLines(Path.of("src/test/java/io/github/kamsdk/examples/ReadmePayTest.java"));
        int signature = source.indexOf("    void aQuartersPayAndAClawback() {");
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
