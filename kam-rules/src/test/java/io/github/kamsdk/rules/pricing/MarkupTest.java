package io.github.kamsdk.rules.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** A markup on the list price before discounts, shown as a surcharge. */
class MarkupTest {
    static final Currency EUR = Currency.getInstance("EUR");
    static final PriceColumn LIST = PriceColumn.of("list");
    static final ProductId PUMP = ProductId.of("PUMP-7");

    static DiscountPolicy.Builder policy() {
        return DiscountPolicy.builder(
                PriceList.builder(LIST, EUR)
                        .price(PUMP, LIST, DateRange.ofYear(2026), Money.of("100.00", "EUR"))
                        .build(),
                Catalog.builder()
                        .add(ProductInfo.builder().product(PUMP).build())
                        .build());
    }

    static LinePricing price(DiscountPolicy policy, String quantity) {
        return policy.price(Quote.builder()
                        .id(EventId.of("Q-1"))
                        .account(AccountId.of("C-1"))
                        .date(LocalDate.of(2026, 5, 4))
                        .addLine(QuoteLine.of(1, PUMP, new BigDecimal(quantity)))
                        .build())
                .line(1);
    }

    static DiscountRule rule(String id, DiscountEffect effect) {
        return DiscountRule.builder().id(RuleId.of(id)).effect(effect).build();
    }

    @Test
    void aMarkupAppliesToTheUnitPriceBeforeTheDiscounts() {
        LinePricing line = price(
                policy().addRule(rule("UP-10", DiscountEffect.markup(Rate.percent(10))))
                        .addRule(rule("OFF-10", DiscountEffect.percentOff(Rate.percent(10))))
                        .build(),
                "3");
        // 100.00 + 10% = 110.00 a unit, 330.00 for 3; then 10% of 330.00 = 33.00 off: 297.00 (99.00 a unit)
        assertThat(line.unitPrice()).contains(Money.of("110.00", "EUR"));
        assertThat(line.netAmount()).isEqualTo(Money.of("297.00", "EUR"));
        assertThat(line.discounts()).hasSize(2);
        AppliedDiscount up = line.discounts().get(0);
        assertThat(up.rule()).isEqualTo(RuleId.of("UP-10"));
        assertThat(up.isSurcharge()).isTrue();
        assertThat(up.amount()).isEqualTo(Money.of("-30.00", "EUR"));
        assertThat(line.explanation().find("pricing.surcharge")).hasSize(1);
        // gross is at the column price: 300.00 - (-30.00 + 33.00) = 297.00
        assertThat(line.grossAmount().minus(line.discountTotal())).isEqualTo(line.netAmount());
    }

    @Test
    void markupsOfEveryMatchingRuleAreSummedAndAFixedAmountCombinesWithThem() {
        LinePricing line = price(
                policy().addRule(rule("UP-5", DiscountEffect.markup(Rate.percent(5))))
                        .addRule(rule("UP-3", DiscountEffect.markup(Rate.percent(3))))
                        .addRule(rule("LESS-2", DiscountEffect.amountOff(Money.of("2.00", "EUR"))))
                        .build(),
                "1");
        // 100.00 × (1 + 5% + 3%) = 108.00, then 2.00 off: 106.00
        assertThat(line.netAmount()).isEqualTo(Money.of("106.00", "EUR"));
    }

    @Test
    void aMarkupOnAReturnIsPricedLikeTheSaleAndStillASurcharge() {
        LinePricing line = price(
                policy().addRule(rule("UP-10", DiscountEffect.markup(Rate.percent(10))))
                        .build(),
                "-2");
        // the sale of 2: 2 × 110.00 = 220.00; the return: -220.00
        assertThat(line.netAmount()).isEqualTo(Money.of("-220.00", "EUR"));
        assertThat(line.discounts().get(0).isSurcharge()).isTrue();
    }

    @Test
    void aMarkupOutOfRangeIsRefused() {
        io.github.kamsdk.core.testing.BadInput.assertRejected(
                () -> DiscountEffect.markup(Rate.percent(1001)), "markup");
        io.github.kamsdk.core.testing.BadInput.assertNullRejected(() -> DiscountEffect.markup(null), "markup");
    }
}
