package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.C1;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.FEB_10;
import static io.github.kamsdk.core.pay.PayTypesExample.LUIS;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link PayTransaction}: the Javadoc's sale of EUR 40,000 and its first half paid, the defaults,
 * the deal's amount and the amount a portion credits, and a ledger order booked.
 */
class PayTransactionTest {
    static final EventId SO_1 = EventId.of("SO-1");

    static PayTransaction.Builder sale() {
        return PayTransaction.builder()
                .id(SO_1)
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(FEB_10)
                .addLine(TransactionLine.of(eur("40000.00")));
    }

    @Test
    void theDefaultsAreTheIdAsDealBookedAndAllOfIt() {
        PayTransaction t = sale().build();
        assertThat(t.id()).isEqualTo(SO_1);
        assertThat(t.deal()).isEqualTo(SO_1);
        assertThat(t.basis()).isEqualTo(CreditingBasis.BOOKED);
        assertThat(t.portion()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        assertThat(t.account()).isEqualTo(C1);
        assertThat(t.credits()).isEqualTo(Credits.solely(ANA));
        assertThat(t.date()).isEqualTo(FEB_10);
        assertThat(t.lines()).containsExactly(TransactionLine.of(eur("40000")));
        assertThat(t.currency()).isEqualTo(EUR);
        assertThat(t.dealAmount()).isEqualTo(eur("40000.00"));
        assertThat(t.amount()).isEqualTo(eur("40000.00"));
    }

    @Test
    void thePortionCreditsAShareOfTheWholeDeal() {
        PayTransaction firstHalfPaid = sale().id(EventId.of("PAY-1/INV-1"))
                .deal(SO_1)
                .basis(CreditingBasis.COLLECTED)
                .portion(pct("50"))
                .build();
        assertThat(firstHalfPaid.deal()).isEqualTo(SO_1);
        assertThat(firstHalfPaid.basis()).isEqualTo(CreditingBasis.COLLECTED);
        // the deal stays whole: 40000.00; 50% of it is credited: 20000.00
        assertThat(firstHalfPaid.dealAmount()).isEqualTo(eur("40000.00"));
        assertThat(firstHalfPaid.amount()).isEqualTo(eur("20000.00"));
    }

    @Test
    void theAmountIsExactForAnyPortion() {
        // 1/3 of 100.00 as a portion of 0.333333333333: 33.3333333333 exactly, not rounded
        PayTransaction t = sale().lines(java.util.List.of(TransactionLine.of(eur("100.00"))))
                .portion(Rate.ofFraction("0.333333333333"))
                .build();
        assertThat(t.amount()).isEqualTo(eur("33.3333333333"));
        // the smallest positive portion and exactly 100% are both allowed
        assertThat(sale().portion(Rate.ofFraction("0.000000000001")).build().amount())
                .isEqualTo(eur("0.00000004"));
        assertThat(sale().portion(Rate.ofFraction("1.000")).build().amount()).isEqualTo(eur("40000"));
    }

    @Test
    void theDealAmountIsTheSumOfTheLines() {
        PayTransaction t = sale().addLine(TransactionLine.of(eur("120.50")))
                .addLine(TransactionLine.builder().amount(eur("0.00")).build())
                .build();
        // 40000.00 + 120.50 + 0.00 = 40120.50
        assertThat(t.dealAmount()).isEqualTo(eur("40120.50"));
        assertThat(t.lines()).hasSize(3);
    }

    @Test
    void aSplitCreditIsCarriedAsGiven() {
        Credits split = Credits.split(Map.of(ANA, pct("60"), LUIS, pct("40")));
        PayTransaction t = sale().credits(split).build();
        assertThat(t.credits().shareOf(ANA)).isEqualTo(pct("60"));
        assertThat(t.credits().shareOf(LUIS)).isEqualTo(pct("40"));
        // the transaction's amount does not depend on the split: that is the calculator's factor
        assertThat(t.amount()).isEqualTo(eur("40000"));
    }

    @Test
    void aBookedOrderIsItsIdAccountCreditsDateAndLinesInFull() {
        OrderLine pumps = OrderLine.builder()
                .lineNumber(1)
                .product(ProductId.of("PUMP-7"))
                .group(ProductGroupId.of("PUMPS"))
                .quantity(new BigDecimal("3"))
                .unitPrice(eur("250.00"))
                .unitCost(eur("180.00"))
                .build();
        OrderLine install = OrderLine.builder()
                .lineNumber(2)
                .product(ProductId.of("INSTALL"))
                .quantity(BigDecimal.ONE)
                .unitPrice(eur("120.00"))
                .unitCost(eur("60.00"))
                .build();
        Credits split = Credits.split(Map.of(ANA, pct("50"), LUIS, pct("50")));
        Order order = Order.builder()
                .id(EventId.of("SO-7"))
                .account(AccountId.of("C-2"))
                .credits(split)
                .date(LocalDate.of(2026, 3, 2))
                .currency(EUR)
                .addLine(pumps)
                .addLine(install)
                .build();
        PayTransaction t = PayTransaction.booked(order);
        assertThat(t.id()).isEqualTo(EventId.of("SO-7"));
        assertThat(t.deal()).isEqualTo(EventId.of("SO-7"));
        assertThat(t.account()).isEqualTo(AccountId.of("C-2"));
        assertThat(t.credits()).isEqualTo(split);
        assertThat(t.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(t.basis()).isEqualTo(CreditingBasis.BOOKED);
        assertThat(t.portion()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        assertThat(t.lines()).containsExactly(TransactionLine.of(pumps), TransactionLine.of(install));
        // 3 x 250.00 + 120.00 = 870.00, the order's amount
        assertThat(t.dealAmount()).isEqualTo(eur("870.00")).isEqualTo(order.amount());
        assertThat(t.lines().get(0).margin()).contains(eur("210.00"));
    }

    @Test
    void toStringNamesTheAttributes() {
        assertThat(sale().build().toString())
                .contains("PayTransaction{", "id=SO-1", "deal=SO-1", "basis=BOOKED", "portion=100%", "EUR 40000.00");
    }

    @Test
    void equalityIsByEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(
                        sale().build(),
                        sale().build(),
                        sale().deal(SO_1)
                                .basis(CreditingBasis.BOOKED)
                                .portion(Rate.ofFraction("1.0"))
                                .build())
                .addEqualityGroup(sale().id(EventId.of("SO-2")).deal(SO_1).build())
                .addEqualityGroup(sale().deal(EventId.of("SO-2")).build())
                .addEqualityGroup(sale().account(AccountId.of("C-2")).build())
                .addEqualityGroup(sale().credits(Credits.solely(LUIS)).build())
                .addEqualityGroup(sale().date(FEB_10.plusDays(1)).build())
                .addEqualityGroup(sale().basis(CreditingBasis.INVOICED).build())
                .addEqualityGroup(sale().portion(pct("50")).build())
                .addEqualityGroup(sale().addLine(TransactionLine.of(eur("1"))).build())
                .testEquals();
    }
}
