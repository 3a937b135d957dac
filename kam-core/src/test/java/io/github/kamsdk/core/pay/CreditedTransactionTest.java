package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.C1;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.FEB_10;
import static io.github.kamsdk.core.pay.PayTypesExample.LUIS;
import static io.github.kamsdk.core.pay.PayTypesExample.Q1;
import static io.github.kamsdk.core.pay.PayTypesExample.USD;
import static io.github.kamsdk.core.pay.PayTypesExample.YEAR;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static io.github.kamsdk.core.pay.PayTypesExample.plan;
import static io.github.kamsdk.core.pay.PayTypesExample.sale;
import static io.github.kamsdk.core.pay.PayTypesExample.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.ExchangeRate;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CreditedTransaction}: what a component is offered, seen through {@link
 * RecordingComponent}: the share, the relation, the conversion and the factor {@code portion x share
 * x retained}.
 */
class CreditedTransactionTest {
    static PayTransaction halfPaid(Credits credits) {
        return PayTransaction.builder()
                .id(EventId.of("PAY-1/INV-1"))
                .deal(EventId.of("SO-1"))
                .account(C1)
                .credits(credits)
                .date(FEB_10)
                .basis(CreditingBasis.COLLECTED)
                .addLine(TransactionLine.of(eur("40000.00")))
                .portion(pct("50"))
                .build();
    }

    static Credits sixtyForty() {
        Map<io.github.kamsdk.core.team.ManagerId, Rate> shares = new LinkedHashMap<>();
        shares.put(ANA, pct("60"));
        shares.put(LUIS, pct("40"));
        return Credits.split(shares);
    }

    @Test
    void theFactorIsPortionTimesShare() {
        RecordingComponent rec = new RecordingComponent("rec", false);
        PayTransaction t = halfPaid(sixtyForty());
        PayTypesExample.q1(plan(rec), ANA, t);
        assertThat(rec.offered).singleElement().satisfies(ct -> {
            assertThat(ct.transaction()).isEqualTo(t);
            assertThat(ct.manager()).isEqualTo(ANA);
            assertThat(ct.creditedTo()).isEqualTo(ANA);
            assertThat(ct.relation()).isEqualTo(CreditRelation.OWN);
            assertThat(ct.share()).isEqualTo(pct("60"));
            assertThat(ct.retained()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
            // 50% of the deal x 60% share = 30%
            assertThat(ct.factor()).isEqualTo(pct("30"));
            assertThat(ct.conversion()).isEmpty();
            assertThat(ct.toPayout(eur("123.45"))).isEqualTo(eur("123.45"));
            assertThat(ct).hasToString("PAY-1/INV-1 credited to ana (OWN, share 60%, factor 30%)");
        });
    }

    @Test
    void theSharesOfASplitAddUpToThePortion() {
        RecordingComponent rec = new RecordingComponent("rec", false);
        PayTransaction t = halfPaid(sixtyForty());
        PayCalculator.of(PayPlans.forEveryone(plan(rec)))
                .run(Q1, List.of(ANA, LUIS), PayInput.of(List.of(t)), Detail.FIGURES_ONLY);
        // 30% + 20% = the 50% portion credited
        assertThat(rec.offered)
                .extracting(CreditedTransaction::manager, CreditedTransaction::factor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ANA, pct("30")),
                        org.assertj.core.groups.Tuple.tuple(LUIS, pct("20")));
    }

    @Test
    void aTransactionInAnotherCurrencyCarriesTheRateOfItsDate() {
        ExchangeRate rate = ExchangeRate.of(USD, EUR, new BigDecimal("0.90"), LocalDate.of(2026, 2, 1));
        RecordingComponent rec = new RecordingComponent("rec", false);
        PayCalculator.builder()
                .plans(PayPlans.forEveryone(plan(rec)))
                .exchangeRates(ExchangeRateTable.builder().add(rate).build())
                .build()
                .statement(ANA, Q1, PayInput.of(List.of(sale("SO-9", ANA, usd("1000.00")))));
        assertThat(rec.offered).singleElement().satisfies(ct -> {
            assertThat(ct.conversion()).contains(rate);
            // USD 1000.00 x 0.90 = EUR 900.00
            assertThat(ct.toPayout(usd("1000.00"))).isEqualTo(eur("900.00"));
        });
    }

    @Test
    void aSupervisorSeesTheSubordinatesTransaction() {
        SalesTeam team = SalesTeam.builder()
                .addManager(Manager.of(ANA, "Ana", Role.SENIOR_KAM))
                .addManager(Manager.of(LUIS, "Luis", Role.JUNIOR_KAM))
                .reportsTo(LUIS, ANA)
                .build();
        RecordingComponent rec = new RecordingComponent("rec", true);
        PayCalculator.builder()
                .plans(PayPlans.forEveryone(plan(rec)))
                .team(team)
                .build()
                .statement(ANA, Q1, PayInput.of(List.of(sale("SO-L", LUIS, eur("100")))));
        assertThat(rec.offered).singleElement().satisfies(ct -> {
            assertThat(ct.manager()).isEqualTo(ANA);
            assertThat(ct.creditedTo()).isEqualTo(LUIS);
            assertThat(ct.relation()).isEqualTo(CreditRelation.SUBORDINATE);
            assertThat(ct.share()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
            assertThat(ct.factor()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
            assertThat(ct).hasToString("SO-L credited to luis (SUBORDINATE, share 100%, factor 100%)");
        });
    }

    @Test
    void aRetroClawbackLeavesTheRetainedPartOfTheDeal() {
        RecordingComponent rec = new RecordingComponent("rec", false);
        CompensationPlan retro = CompensationPlan.builder()
                .id("test-plan")
                .currency(EUR)
                .addVersion(PayTypesExample.version(YEAR, eur("0"), rec))
                .clawback(ClawbackPolicy.retro())
                .build();
        Reversal returned = Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of("REV-1"))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(LocalDate.of(2026, 3, 1))
                .order(EventId.of("SO-1"))
                .value(eur("10000.00"))
                .cost(eur("0"))
                .reason("damaged")
                .build();
        PayCalculator.of(PayPlans.forEveryone(retro))
                .statement(
                        ANA,
                        Q1,
                        PayInput.builder()
                                .transactions(List.of(halfPaid(sixtyForty())))
                                .addReversals(List.of(returned))
                                .build());
        assertThat(rec.offered).singleElement().satisfies(ct -> {
            // 10000.00 of 40000.00 returned: 25% taken back, 75% retained; 50% x 60% x 75% = 22.5%
            assertThat(ct.retained()).isEqualTo(pct("75"));
            assertThat(ct.factor()).isEqualTo(pct("22.5"));
            assertThat(ct.toString()).contains("factor 22.5%");
        });
    }
}
