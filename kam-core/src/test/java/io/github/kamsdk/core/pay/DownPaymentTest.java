package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.C1;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DownPayment}: part of an unapplied payment declared as paid in advance on an order, which a
 * collected basis credits pro rata.
 *
 * <pre>
 * SO-3   2026-02-01  10 x 1000.00 = 10000.00, credited to ana
 * INV-3  2026-02-03  10000.00, bills SO-3, nothing applied (only in the ledger "invoiced")
 * PAY-7  2026-02-05  3000.00, not applied to any invoice: a down payment of 3000.00 on SO-3
 * </pre>
 */
class DownPaymentTest {
    static final EventId PAY_7 = EventId.of("PAY-7");
    static final EventId SO_3 = EventId.of("SO-3");
    static final DownPayment DOWN = DownPayment.of(PAY_7, SO_3, eur("3000.00"));

    static Ledger ledger(boolean invoiced) {
        Order so3 = Order.builder()
                .id(SO_3)
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(LocalDate.of(2026, 2, 1))
                .currency(EUR)
                .addLine(OrderLine.builder()
                        .lineNumber(1)
                        .product(ProductId.of("PUMP-9"))
                        .quantity(BigDecimal.TEN)
                        .unitPrice(eur("1000.00"))
                        .unitCost(eur("700.00"))
                        .build())
                .build();
        Payment pay7 = Payment.builder()
                .id(PAY_7)
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(LocalDate.of(2026, 2, 5))
                .amount(eur("3000.00"))
                .build();
        if (!invoiced) {
            return Ledger.of(List.of(so3, pay7));
        }
        Invoice inv3 = Invoice.builder()
                .id(EventId.of("INV-3"))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(LocalDate.of(2026, 2, 3))
                .amount(eur("10000.00"))
                .order(SO_3)
                .build();
        return Ledger.of(List.of(so3, inv3, pay7));
    }

    @Test
    void theFactoryKeepsPaymentOrderAndAmount() {
        assertThat(DOWN.payment()).isEqualTo(PAY_7);
        assertThat(DOWN.order()).isEqualTo(SO_3);
        assertThat(DOWN.amount()).isEqualTo(eur("3000"));
    }

    @Test
    void aCollectedBasisCreditsTheDownPaymentProRata() {
        // SO-3 invoiced in full by INV-3 (10000.00, nothing applied to it): PAY-7 stays unapplied
        PayTransactions cash = PayTransactions.fromLedger(ledger(true), CreditingBasis.COLLECTED, List.of(DOWN));
        assertThat(cash.transactions()).hasSize(1);
        PayTransaction t = cash.transactions().get(0);
        // id payment/order, on the payment's date, the order's credits and lines
        assertThat(t.id()).isEqualTo(EventId.of("PAY-7/SO-3"));
        assertThat(t.deal()).isEqualTo(SO_3);
        assertThat(t.date()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(t.credits()).isEqualTo(Credits.solely(ANA));
        assertThat(t.basis()).isEqualTo(CreditingBasis.COLLECTED);
        // 3000.00 / 10000.00 = 30% of the deal
        assertThat(t.portion()).isEqualTo(Rate.percent(30));
        assertThat(t.dealAmount()).isEqualTo(eur("10000.00"));
        assertThat(t.amount()).isEqualTo(eur("3000.00"));
    }

    @Test
    void aDownPaymentOnAnOrderNotInvoicedYetIsCredited() {
        // SO-3 10000.00 with no invoice; PAY-7 3000.00 declared a down payment on it: 30% of SO-3 on 2026-02-05.
        // The code fails at PayTransactions.java:209 with "Cannot invoke List.get(int) because the return
        // value of Map.get(Object) is null".
        PayTransactions cash = PayTransactions.fromLedger(ledger(false), CreditingBasis.COLLECTED, List.of(DOWN));
        assertThat(cash.transactions()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(EventId.of("PAY-7/SO-3"));
            assertThat(t.account()).isEqualTo(C1);
            assertThat(t.portion()).isEqualTo(Rate.percent(30));
            assertThat(t.amount()).isEqualTo(eur("3000.00"));
        });
    }

    @Test
    void withoutTheDeclarationTheAdvanceCreditsNothing() {
        assertThat(PayTransactions.fromLedger(ledger(true), CreditingBasis.COLLECTED)
                        .transactions())
                .isEmpty();
        assertThat(PayTransactions.fromLedger(ledger(false), CreditingBasis.COLLECTED)
                        .transactions())
                .isEmpty();
    }

    @Test
    void aDownPaymentCountsOnlyOnACollectedBasis() {
        // booked: SO-3 in full; invoiced: INV-3 in full; the down payment adds nothing to either
        assertThat(PayTransactions.fromLedger(ledger(true), CreditingBasis.BOOKED, List.of(DOWN))
                        .transactions())
                .extracting(PayTransaction::id)
                .containsExactly(SO_3);
        assertThat(PayTransactions.fromLedger(ledger(true), CreditingBasis.INVOICED, List.of(DOWN))
                        .transactions())
                .extracting(PayTransaction::id)
                .containsExactly(EventId.of("INV-3"));
    }

    @Test
    void toStringSaysWhatPaysWhat() {
        assertThat(DOWN).hasToString("down payment PAY-7 of EUR 3000.00 on SO-3");
    }

    @Test
    void equalityIsByPaymentOrderAndAmount() {
        new EqualsTester()
                .addEqualityGroup(DOWN, DownPayment.of(PAY_7, SO_3, eur("3000")))
                .addEqualityGroup(DownPayment.of(EventId.of("PAY-8"), SO_3, eur("3000")))
                .addEqualityGroup(DownPayment.of(PAY_7, EventId.of("SO-4"), eur("3000")))
                .addEqualityGroup(DownPayment.of(PAY_7, SO_3, eur("2999.99")))
                .testEquals();
    }
}
