package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.testing.PricingGens.EUR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.rules.testing.PricingGens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order in which percentages apply, as documented ({@link StackingMode}, {@link
 * DiscountEffect}): additive percentages are summed and taken off the same amount, then compound
 * ones are taken each off the amount so far, in rank order. On a line worth {@code B} at the column
 * price, two rules of {@code p} and {@code q} give {@code B × (1 − p − q)} when additive and
 * {@code B × (1 − p) × (1 − q)} when compound; in general {@code B × (1 − Σ additive) × Π (1 −
 * compound)}.
 */
class StackingProperties {
    static final ProductId P = ProductId.of("P");

    /** A policy of percentage rules on P, ranked by priority in the order given (the first highest). */
    static LinePricing price(Money unitPrice, BigDecimal quantity, List<Rate> rates, List<StackingMode> modes) {
        DiscountPolicy.Builder b = DiscountPolicy.builder(
                PriceList.builder(PricingGens.LIST, EUR)
                        .price(P, PricingGens.LIST, PricingGens.YEAR, unitPrice)
                        .build(),
                Catalog.builder().add(ProductInfo.builder().product(P).build()).build());
        for (int i = 0; i < rates.size(); i++) {
            b.addRule(DiscountRule.builder()
                    // ids against the rank, so that the order is the priorities'
                    .id(RuleId.of("R-" + (9 - i)))
                    .effect(DiscountEffect.percentOff(rates.get(i)))
                    .stacking(modes.get(i))
                    .priority(rates.size() - i)
                    .build());
        }
        return b.build()
                .price(Quote.builder()
                        .id(EventId.of("Q"))
                        .account(AccountId.of("C"))
                        .date(PricingGens.YEAR.start())
                        .addLine(QuoteLine.of(1, P, quantity))
                        .build())
                .line(1);
    }

    /** Gross less discounts: the exact amount, as no price rule or guard rail is involved. */
    static Money exact(LinePricing line) {
        return line.grossAmount().minus(line.discountTotal());
    }

    @Test
    void twoAdditiveRulesTakeTheirSumOffTheSameAmount() {
        Props.qt()
                .forAll(
                        PricingGens.prices(),
                        PricingGens.quantities(),
                        PricingGens.signedPercents(),
                        PricingGens.signedPercents())
                .checkAssert((price, quantity, p, q) -> {
                    LinePricing line = price(
                            price, quantity, List.of(p, q), List.of(StackingMode.ADDITIVE, StackingMode.ADDITIVE));
                    Money base = price.times(quantity);
                    // B × (1 − p − q)
                    assertThat(exact(line))
                            .isEqualTo(
                                    base.times(Rate.ONE_HUNDRED_PERCENT.minus(p).minus(q)));
                    assertThat(line.discounts())
                            .extracting(AppliedDiscount::amount)
                            .containsExactly(base.times(p), base.times(q));
                });
    }

    @Test
    void twoCompoundRulesTakeEachOffWhatIsLeft() {
        Props.qt()
                .forAll(
                        PricingGens.prices(),
                        PricingGens.quantities(),
                        PricingGens.signedPercents(),
                        PricingGens.signedPercents())
                .checkAssert((price, quantity, p, q) -> {
                    LinePricing line = price(
                            price, quantity, List.of(p, q), List.of(StackingMode.COMPOUND, StackingMode.COMPOUND));
                    Money base = price.times(quantity);
                    // B × (1 − p) × (1 − q), the first-ranked rule first
                    assertThat(exact(line)).isEqualTo(base.times(p.complement()).times(q.complement()));
                    assertThat(line.discounts())
                            .extracting(AppliedDiscount::amount)
                            .containsExactly(
                                    base.times(p), base.times(p.complement()).times(q));
                });
    }

    @Test
    void additiveRulesComeBeforeCompoundOnesWhateverTheirRank() {
        Props.qt().forAll(PricingGens.stackCases()).checkAssert(c -> {
            LinePricing line = price(c.unitPrice(), c.quantity(), c.rates(), c.modes());
            Money base = c.unitPrice().times(c.quantity());

            // the additive rules, in rank order, each on B; then the compound ones, in rank order
            Rate additive = Rate.ZERO;
            List<Money> expected = new ArrayList<>();
            for (int i = 0; i < c.rates().size(); i++) {
                if (c.modes().get(i) == StackingMode.ADDITIVE) {
                    additive = additive.plus(c.rates().get(i));
                    expected.add(base.times(c.rates().get(i)));
                }
            }
            Money amount = base.times(Rate.ONE_HUNDRED_PERCENT.minus(additive));
            for (int i = 0; i < c.rates().size(); i++) {
                if (c.modes().get(i) == StackingMode.COMPOUND) {
                    expected.add(amount.times(c.rates().get(i)));
                    amount = amount.times(c.rates().get(i).complement());
                }
            }
            assertThat(line.discounts()).extracting(AppliedDiscount::amount).containsExactlyElementsOf(expected);
            assertThat(exact(line)).isEqualTo(amount);
            assertThat(line.netAmount()).isEqualTo(amount.round());
            assertThat(line.discounts())
                    .extracting(AppliedDiscount::stacking)
                    .isSortedAccordingTo(
                            (x, y) -> Boolean.compare(x == StackingMode.COMPOUND, y == StackingMode.COMPOUND));
        });
    }

    @Test
    void compoundRulesNeverTakeMoreThanAdditiveOnesOfTheSameDiscounts() {
        // for discounts (p, q ≥ 0): B(1 − p)(1 − q) = B(1 − p − q) + Bpq ≥ B(1 − p − q)
        Props.qt()
                .forAll(
                        PricingGens.prices(),
                        PricingGens.quantities(),
                        PricingGens.signedPercents(),
                        PricingGens.signedPercents())
                .assuming((price, quantity, p, q) -> !p.isNegative() && !q.isNegative())
                .checkAssert((price, quantity, p, q) -> {
                    Money compound = exact(price(
                            price, quantity, List.of(p, q), List.of(StackingMode.COMPOUND, StackingMode.COMPOUND)));
                    Money additive = exact(price(
                            price, quantity, List.of(p, q), List.of(StackingMode.ADDITIVE, StackingMode.ADDITIVE)));
                    assertThat(compound.minus(additive))
                            .isEqualTo(price.times(quantity).times(p).times(q));
                });
    }
}
