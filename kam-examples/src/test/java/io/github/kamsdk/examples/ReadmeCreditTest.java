package io.github.kamsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.rules.credit.CreditDecision;
import io.github.kamsdk.rules.credit.CreditLimit;
import io.github.kamsdk.rules.credit.CreditOutcome;
import io.github.kamsdk.rules.credit.CreditPolicy;
import io.github.kamsdk.rules.credit.CreditProfile;
import io.github.kamsdk.rules.credit.CreditRequest;
import io.github.kamsdk.rules.credit.CreditScoring;
import io.github.kamsdk.rules.credit.HoldRelease;
import io.github.kamsdk.rules.credit.VerificationStatus;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

// The README's sixth sample (a credit decision, then a hold and its release), kept here so that it
// cannot rot: the test checks that the README shows this method's body up to its assertions.
class ReadmeCreditTest {
    private static final AccountId C1 = AccountId.of("C-1");
    private static final Credits ANA = Credits.solely(ManagerId.of("ana"));

    private static Ledger ledger() {
        return Ledger.of(List.of(
                Order.builder()
                        .id(EventId.of("SO-1"))
                        .account(C1)
                        .credits(ANA)
                        .date(LocalDate.of(2026, 1, 10))
                        .currency(Currency.getInstance("EUR"))
                        .addLine(OrderLine.builder()
                                .lineNumber(1)
                                .product(ProductId.of("PUMP-7"))
                                .quantity(new BigDecimal("300"))
                                .unitPrice(Money.of("100.00", "EUR"))
                                .unitCost(Money.of("70.00", "EUR"))
                                .build())
                        .build(),
                Invoice.builder()
                        .id(EventId.of("INV-1"))
                        .account(C1)
                        .credits(ANA)
                        .date(LocalDate.of(2026, 1, 10))
                        .amount(Money.of("30000.00", "EUR"))
                        .paymentTerms(PaymentTerms.net(30))
                        .order(EventId.of("SO-1"))
                        .build(),
                Payment.builder()
                        .id(EventId.of("PAY-1"))
                        .account(C1)
                        .credits(ANA)
                        .date(LocalDate.of(2026, 2, 5))
                        .amount(Money.of("20000.00", "EUR"))
                        .apply(EventId.of("INV-1"), Money.of("20000.00", "EUR"))
                        .build()));
    }

    // README-SAMPLE-START
    @Test
    void aCreditDecisionAndAHold() {
        Ledger ledger = ledger(); // SO-1 30,000.00 invoiced 10 January, net 30; 20,000.00 paid
        CreditProfile c1 = CreditProfile.builder()
                .account(AccountId.of("C-1"))
                .limit(CreditLimit.of(Money.of("50000.00", "EUR")))
                .verification(VerificationStatus.VERIFIED)
                .build();
        ManagerId carmen = ManagerId.of("carmen");
        CreditPolicy credit = CreditPolicy.builder(CreditLimit.of(Money.of("20000.00", "EUR"))) // company default
                .tolerance(Money.of("500.00", "EUR")) // weighted overdue below 500 is ignored
                .scoring(CreditScoring.none()) // the standard scoring would also scale the limit by history
                .team(SalesTeam.builder()
                        .addManager(Manager.of(carmen, "Carmen Vidal", Role.HEAD_OF_SALES))
                        .build())
                .build();

        CreditDecision may4 = credit.decide(
                CreditRequest.builder()
                        .account(AccountId.of("C-1"))
                        .date(LocalDate.of(2026, 5, 4))
                        .orderAmount(Money.of("45000.00", "EUR"))
                        .build(),
                c1,
                ledger);
        // exposure before the order: 10,000.00 open on INV-1; it is 84 days past due (due 9 February),
        // weighing 100%: a penalty of 10,000.00; room 50,000 - 10,000 - 10,000 = 30,000.00
        // -> APPROVE_UP_TO 30,000.00; the head of sales may release the rest

        CreditDecision may20 = credit.decide(
                CreditRequest.builder()
                        .account(AccountId.of("C-1"))
                        .date(LocalDate.of(2026, 5, 20))
                        .orderAmount(Money.of("5000.00", "EUR"))
                        .build(),
                c1,
                ledger);
        // INV-1 is now 100 days past due, more than 90: HOLD, whatever the room
        HoldRelease released = credit.release(may20, carmen, LocalDate.of(2026, 5, 20));

        assertThat(may4.outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
        assertThat(may4.maxOrder()).contains(Money.of("30000.00", "EUR"));
        assertThat(may4.releaseRole()).contains(Role.HEAD_OF_SALES);
        assertThat(may20.outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(may20.reasons()).anyMatch(r -> r.contains("INV-1") && r.contains("100 days"));
        assertThat(released.released()).isTrue();
        assertThat(released.role()).contains(Role.HEAD_OF_SALES);
    }
    // README-SAMPLE-END

    @Test
    void readmeShowsThisSample() throws Exception {
        List<String> source =
                Files.readAllLines(Path.of("src/test/java/io/github/kamsdk/examples/ReadmeCreditTest.java"));
        int signature = source.indexOf("    void aCreditDecisionAndAHold() {");
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
