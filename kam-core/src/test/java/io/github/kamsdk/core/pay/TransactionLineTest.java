package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link TransactionLine}: product, group, amount, cost and the margin they give. */
class TransactionLineTest {
    static final ProductId PUMP_7 = ProductId.of("PUMP-7");
    static final ProductGroupId PUMPS = ProductGroupId.of("PUMPS");

    static final TransactionLine PUMP_LINE = TransactionLine.builder()
            .product(PUMP_7)
            .group(PUMPS)
            .amount(eur("750.00"))
            .cost(eur("540.00"))
            .build();

    @Test
    void theBuilderKeepsEveryAttribute() {
        assertThat(PUMP_LINE.product()).contains(PUMP_7);
        assertThat(PUMP_LINE.group()).contains(PUMPS);
        assertThat(PUMP_LINE.amount()).isEqualTo(eur("750.00"));
        assertThat(PUMP_LINE.cost()).contains(eur("540.00"));
    }

    @Test
    void theMarginIsAmountMinusCost() {
        // 750.00 - 540.00 = 210.00
        assertThat(PUMP_LINE.margin()).contains(eur("210.00"));
    }

    @Test
    void aMarginMayBeNegative() {
        // sold below cost: 100.00 - 130.00 = -30.00
        TransactionLine belowCost = TransactionLine.builder()
                .amount(eur("100.00"))
                .cost(eur("130.00"))
                .build();
        assertThat(belowCost.margin()).contains(eur("-30.00"));
    }

    @Test
    void aLineOfAnAmountOnlyHasNoProductGroupCostOrMargin() {
        TransactionLine line = TransactionLine.of(eur("40000.00"));
        assertThat(line.product()).isEmpty();
        assertThat(line.group()).isEmpty();
        assertThat(line.cost()).isEmpty();
        assertThat(line.margin()).isEmpty();
        assertThat(line.amount()).isEqualTo(eur("40000"));
    }

    @Test
    void zeroAmountAndCostAreAllowed() {
        TransactionLine free =
                TransactionLine.builder().amount(eur("0")).cost(eur("0")).build();
        assertThat(free.margin()).contains(Money.zero(PayTypesExample.EUR));
    }

    @Test
    void aLedgerOrderLineGivesItsProductGroupAmountAndCost() {
        OrderLine ledger = OrderLine.builder()
                .lineNumber(1)
                .product(PUMP_7)
                .group(PUMPS)
                .quantity(new BigDecimal("3"))
                .unitPrice(eur("250.00"))
                .unitCost(eur("180.00"))
                .build();
        TransactionLine line = TransactionLine.of(ledger);
        // 3 x 250.00 = 750.00, 3 x 180.00 = 540.00
        assertThat(line).isEqualTo(PUMP_LINE);
        assertThat(line.margin()).contains(eur("210.00"));
    }

    @Test
    void aLedgerOrderLineWithoutGroupGivesNoGroup() {
        OrderLine ledger = OrderLine.builder()
                .lineNumber(2)
                .product(ProductId.of("INSTALL"))
                .quantity(new BigDecimal("1"))
                .unitPrice(eur("120.00"))
                .unitCost(eur("60.00"))
                .build();
        TransactionLine line = TransactionLine.of(ledger);
        assertThat(line.group()).isEmpty();
        assertThat(line.product()).contains(ProductId.of("INSTALL"));
        assertThat(line.margin()).contains(eur("60.00"));
    }

    @Test
    void toStringShowsTheAttributesSet() {
        assertThat(PUMP_LINE.toString()).contains("PUMP-7", "PUMPS", "EUR 750.00", "EUR 540.00");
        assertThat(TransactionLine.of(eur("5")).toString()).contains("EUR 5.00").doesNotContain("cost");
    }

    @Test
    void equalityIsByEveryAttributeAmountsByValue() {
        new EqualsTester()
                .addEqualityGroup(
                        PUMP_LINE,
                        TransactionLine.builder()
                                .product(PUMP_7)
                                .group(PUMPS)
                                .amount(eur("750"))
                                .cost(eur("540.000"))
                                .build())
                .addEqualityGroup(TransactionLine.builder()
                        .product(PUMP_7)
                        .group(PUMPS)
                        .amount(eur("750"))
                        .build())
                .addEqualityGroup(TransactionLine.builder()
                        .product(PUMP_7)
                        .amount(eur("750"))
                        .cost(eur("540"))
                        .build())
                .addEqualityGroup(TransactionLine.builder()
                        .group(PUMPS)
                        .amount(eur("750"))
                        .cost(eur("540"))
                        .build())
                .addEqualityGroup(TransactionLine.builder()
                        .product(PUMP_7)
                        .group(PUMPS)
                        .amount(eur("750.01"))
                        .cost(eur("540"))
                        .build())
                .addEqualityGroup(TransactionLine.of(eur("750")), TransactionLine.of(eur("750.00")))
                .testEquals();
    }
}
