package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.C1;
import static io.github.kamsdk.core.ledger.LedgerExample.EUR;
import static io.github.kamsdk.core.ledger.LedgerExample.M7;
import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An order's figures follow from its lines: the Javadoc example, worked by hand. */
class OrderTest {
    private static final OrderLine PUMPS = OrderLine.builder()
            .lineNumber(1)
            .product(ProductId.of("PUMP-7"))
            .quantity(new BigDecimal("3"))
            .unitPrice(eur("250.00"))
            .unitCost(eur("180.00"))
            .build();
    private static final OrderLine INSTALL = OrderLine.builder()
            .lineNumber(2)
            .product(ProductId.of("INSTALL"))
            .quantity(BigDecimal.ONE)
            .unitPrice(eur("120.00"))
            .unitCost(eur("60.00"))
            .additionalService(true)
            .build();

    private static Order.Builder so1() {
        return Order.builder()
                .id(EventId.of("SO-1"))
                .account(C1)
                .credits(M7)
                .date(LocalDate.of(2026, 3, 2))
                .currency(EUR);
    }

    @Test
    void amountCostAndMarginAreTheSumsOfTheLines() {
        Order order = so1().addLine(PUMPS).addLine(INSTALL).build();
        // 3 x 250.00 + 1 x 120.00 = 870.00; 3 x 180.00 + 60.00 = 600.00; 870.00 - 600.00 = 270.00
        assertThat(order.amount()).isEqualTo(eur("870.00"));
        assertThat(order.cost()).isEqualTo(eur("600.00"));
        assertThat(order.margin()).isEqualTo(eur("270.00"));
        assertThat(order.additionalServiceAmount()).isEqualTo(eur("120.00"));
        assertThat(order.additionalServiceLines()).isEqualTo(1);
        assertThat(order.kind()).isEqualTo(EventKind.ORDER);
        assertThat(order.currency()).isEqualTo(EUR);
        assertThat(order.id()).isEqualTo(EventId.of("SO-1"));
        assertThat(order.account()).isEqualTo(C1);
        assertThat(order.credits()).isEqualTo(M7);
        assertThat(order.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(order).hasToString("Order{SO-1, C-1, 2026-03-02, EUR 870.00, 2 lines}");
    }

    @Test
    void linesAreKeptInLineNumberOrderWhateverTheOrderAdded() {
        Order a = so1().addLine(INSTALL).addLine(PUMPS).build();
        Order b = so1().addLines(List.of(PUMPS, INSTALL)).build();
        assertThat(a.lines()).containsExactly(PUMPS, INSTALL);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(so1().addLine(PUMPS).build())
                .isNotEqualTo(a)
                .hasToString("Order{SO-1, C-1, 2026-03-02, EUR 750.00, 1 line}");
    }

    @Test
    void aLineSoldBelowCostGivesANegativeMargin() {
        // 2 x 10.00 - 2 x 12.50 = -5.00
        Order order = so1().addLine(OrderLine.builder()
                        .lineNumber(1)
                        .product(ProductId.of("LOSS"))
                        .quantity(new BigDecimal("2"))
                        .unitPrice(eur("10.00"))
                        .unitCost(eur("12.50"))
                        .build())
                .build();
        assertThat(order.margin()).isEqualTo(eur("-5.00"));
        assertThat(order.additionalServiceAmount()).isEqualTo(eur("0"));
        assertThat(order.additionalServiceLines()).isZero();
    }
}
