package io.github.kamsdk.core.ledger;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The hand-checked history the ledger tests share.
 *
 * <pre>
 * C-1 (EUR), M-7
 *   SO-1  2026-03-02  3 x 250.00 (cost 180.00) + 1 x 120.00 (cost 60.00) = 870.00, cost 600.00
 *   INV-1 2026-03-05  870.00 net 30, due 2026-04-04, bills SO-1
 *   REV-1 2026-03-20  return of SO-1 (invoice INV-1), value 250.00, cost 180.00
 *   PAY-1 2026-03-30  600.00, 500.00 applied to INV-1, 100.00 advance
 *   SO-2  2026-04-15  10 x 100.00 (cost 70.00) = 1000.00
 *   INV-2 2026-04-20  1000.00 net 30, due 2026-05-20, bills SO-2
 *   PAY-2 2026-05-10  370.00 applied to INV-1 (settles it: 500.00 + 370.00 = 870.00)
 * C-2 (USD), M-2
 *   SO-3  2026-01-10  5 x 200.00 (cost 150.00) = 1000.00
 *   INV-3 2026-01-10  1000.00 net 0, due 2026-01-10, bills SO-3
 *   PAY-3 2026-02-01  400.00 applied to INV-3
 * </pre>
 */
final class LedgerExample {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final AccountId C1 = AccountId.of("C-1");
    static final AccountId C2 = AccountId.of("C-2");
    static final Credits M7 = Credits.solely(ManagerId.of("M-7"));
    static final Credits M2 = Credits.solely(ManagerId.of("M-2"));

    static final Order SO_1 = Order.builder()
            .id(EventId.of("SO-1"))
            .account(C1)
            .credits(M7)
            .date(LocalDate.of(2026, 3, 2))
            .currency(EUR)
            .addLine(line(1, "PUMP-7", "3", "250.00", "180.00", "EUR"))
            .addLine(line(2, "INSTALL", "1", "120.00", "60.00", "EUR"))
            .build();
    static final Invoice INV_1 = Invoice.builder()
            .id(EventId.of("INV-1"))
            .account(C1)
            .credits(M7)
            .date(LocalDate.of(2026, 3, 5))
            .amount(eur("870.00"))
            .paymentTerms(PaymentTerms.net(30))
            .order(SO_1.id())
            .build();
    static final Reversal REV_1 = Reversal.builder()
            .reversalKind(ReversalKind.RETURN)
            .id(EventId.of("REV-1"))
            .account(C1)
            .credits(M7)
            .date(LocalDate.of(2026, 3, 20))
            .order(SO_1.id())
            .invoice(INV_1.id())
            .value(eur("250.00"))
            .cost(eur("180.00"))
            .reason("damaged in transit")
            .build();
    static final Payment PAY_1 = Payment.builder()
            .id(EventId.of("PAY-1"))
            .account(C1)
            .credits(M7)
            .date(LocalDate.of(2026, 3, 30))
            .amount(eur("600.00"))
            .apply(INV_1.id(), eur("500.00"))
            .build();
    static final Order SO_2 = Order.builder()
            .id(EventId.of("SO-2"))
            .account(C1)
            .credits(M7)
            .date(LocalDate.of(2026, 4, 15))
            .currency(EUR)
            .addLine(line(1, "VALVE-2", "10", "100.00", "70.00", "EUR"))
            .build();
    static final Invoice INV_2 = Invoice.builder()
            .id(EventId.of("INV-2"))
            .account(C1)
            .credits(M7)
            .date(LocalDate.of(2026, 4, 20))
            .amount(eur("1000.00"))
            .paymentTerms(PaymentTerms.net(30))
            .order(SO_2.id())
            .build();
    static final Payment PAY_2 = Payment.builder()
            .id(EventId.of("PAY-2"))
            .account(C1)
            .credits(M7)
            .date(LocalDate.of(2026, 5, 10))
            .amount(eur("370.00"))
            .apply(INV_1.id(), eur("370.00"))
            .build();
    static final Order SO_3 = Order.builder()
            .id(EventId.of("SO-3"))
            .account(C2)
            .credits(M2)
            .date(LocalDate.of(2026, 1, 10))
            .currency(USD)
            .addLine(line(1, "PUMP-9", "5", "200.00", "150.00", "USD"))
            .build();
    static final Invoice INV_3 = Invoice.builder()
            .id(EventId.of("INV-3"))
            .account(C2)
            .credits(M2)
            .date(LocalDate.of(2026, 1, 10))
            .amount(usd("1000.00"))
            .order(SO_3.id())
            .build();
    static final Payment PAY_3 = Payment.builder()
            .id(EventId.of("PAY-3"))
            .account(C2)
            .credits(M2)
            .date(LocalDate.of(2026, 2, 1))
            .amount(usd("400.00"))
            .apply(INV_3.id(), usd("400.00"))
            .build();

    /** Every event, in a scrambled order. */
    static final List<CommercialEvent> EVENTS =
            List.of(PAY_2, INV_3, SO_1, REV_1, PAY_1, SO_3, INV_2, PAY_3, SO_2, INV_1);

    private LedgerExample() {}

    static Ledger ledger() {
        return Ledger.of(EVENTS);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static OrderLine line(int number, String product, String quantity, String price, String cost, String currency) {
        return OrderLine.builder()
                .lineNumber(number)
                .product(ProductId.of(product))
                .quantity(new BigDecimal(quantity))
                .unitPrice(Money.of(price, currency))
                .unitCost(Money.of(cost, currency))
                .build();
    }

    /** An order of one line of {@code amount} (cost zero) for C-1 in EUR. */
    static Order order(String id, LocalDate date, String amount) {
        return Order.builder()
                .id(EventId.of(id))
                .account(C1)
                .credits(M7)
                .date(date)
                .currency(EUR)
                .addLine(line(1, "P", "1", amount, "0", "EUR"))
                .build();
    }

    /** An invoice of C-1 in EUR, net 0. */
    static Invoice.Builder invoice(String id, LocalDate date, String amount) {
        return Invoice.builder()
                .id(EventId.of(id))
                .account(C1)
                .credits(M7)
                .date(date)
                .amount(eur(amount));
    }

    /** A payment of C-1 in EUR. */
    static Payment.Builder payment(String id, LocalDate date, String amount) {
        return Payment.builder()
                .id(EventId.of(id))
                .account(C1)
                .credits(M7)
                .date(date)
                .amount(eur(amount));
    }

    /** A return of C-1 in EUR. */
    static Reversal.Builder reversal(String id, LocalDate date, String order, String value) {
        return Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of(id))
                .account(C1)
                .credits(M7)
                .date(date)
                .order(EventId.of(order))
                .value(eur(value))
                .reason("damaged");
    }
}
