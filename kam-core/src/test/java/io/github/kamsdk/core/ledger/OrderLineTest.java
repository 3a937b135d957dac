package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A line's amount, cost and margin: the Javadoc example, worked by hand. */
class OrderLineTest {
    @Test
    void amountCostAndMarginAreExactProducts() {
        OrderLine line = OrderLine.builder()
                .lineNumber(1)
                .product(ProductId.of("PUMP-7"))
                .group(ProductGroupId.of("PUMPS"))
                .quantity(new BigDecimal("3"))
                .unitPrice(eur("250.00"))
                .unitCost(eur("180.00"))
                .build();
        // 3 x 250.00 = 750.00; 3 x 180.00 = 540.00; 750.00 - 540.00 = 210.00
        assertThat(line.amount()).isEqualTo(eur("750.00"));
        assertThat(line.cost()).isEqualTo(eur("540.00"));
        assertThat(line.margin()).isEqualTo(eur("210.00"));
        assertThat(line.group()).contains(ProductGroupId.of("PUMPS"));
        assertThat(line.additionalService()).isFalse();
        assertThat(line.lineNumber()).isEqualTo(1);
        assertThat(line.product()).isEqualTo(ProductId.of("PUMP-7"));
    }

    @Test
    void fractionalQuantitiesAreNotRounded() {
        // 2.5 kg x 1.99 = 4.975; cost 2.5 x 1.333 = 3.3325; margin 1.6425
        OrderLine line = OrderLine.builder()
                .lineNumber(7)
                .product(ProductId.of("GREASE"))
                .quantity(new BigDecimal("2.5"))
                .unitPrice(eur("1.99"))
                .unitCost(eur("1.333"))
                .build();
        assertThat(line.amount()).isEqualTo(eur("4.975"));
        assertThat(line.cost()).isEqualTo(eur("3.3325"));
        assertThat(line.margin()).isEqualTo(eur("1.6425"));
        assertThat(line.group()).isEmpty();
    }

    @Test
    void aFreeLineIsAllowed() {
        // Price 0 (a free sample): amount 0, margin = -cost.
        OrderLine line = OrderLine.builder()
                .lineNumber(1)
                .product(ProductId.of("SAMPLE"))
                .quantity(BigDecimal.ONE)
                .unitPrice(eur("0"))
                .unitCost(eur("4.00"))
                .build();
        assertThat(line.margin()).isEqualTo(eur("-4.00"));
    }
}
