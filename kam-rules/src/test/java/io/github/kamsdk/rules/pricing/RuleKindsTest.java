package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.DAY;
import static io.github.kamsdk.rules.pricing.PricingExample.DIST;
import static io.github.kamsdk.rules.pricing.PricingExample.LIST;
import static io.github.kamsdk.rules.pricing.PricingExample.MINI;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.id;
import static io.github.kamsdk.rules.pricing.PricingExample.off;
import static io.github.kamsdk.rules.pricing.PricingExample.policy;
import static io.github.kamsdk.rules.pricing.PricingExample.priceOne;
import static io.github.kamsdk.rules.pricing.PricingExample.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Rate;
import org.junit.jupiter.api.Test;

/**
 * One worked example per kind of effect (percent off, amount off, price override, column switch,
 * volume breaks) on PUMP-7 at its list price of EUR 100.00, no guard rails.
 */
class RuleKindsTest {

    @Test
    void aPercentOffTakesThePercentageOfTheLineAmount() {
        DiscountEffect tenPercent = off("10");
        LinePricing line =
                priceOne(policy().addRule(rule("TEN", tenPercent).build()).build(), PUMP, "3");

        // 3 × 100.00 = 300.00; 10% of 300.00 = 30.00 off; net 270.00
        assertThat(line.unitPrice()).contains(eur("100.00"));
        assertThat(line.grossAmount()).isEqualTo(eur("300.00"));
        assertThat(line.discounts())
                .containsExactly(new AppliedDiscount(
                        id("TEN"), tenPercent, StackingMode.ADDITIVE, eur("30.00"), "10% of EUR 300.00 (additive)"));
        assertThat(line.discountTotal()).isEqualTo(eur("30.00"));
        assertThat(line.netAmount()).isEqualTo(eur("270.00"));
        assertThat(line.netUnitPrice()).contains(eur("90.000000"));
        assertThat(line.explanation().render()).contains("TEN (10% off): 10% of EUR 300.00 (additive): EUR 30.00 off");
    }

    @Test
    void anAmountOffIsTakenOffEachBaseUnit() {
        DiscountEffect perUnit = DiscountEffect.amountOff(eur("2.50"));
        LinePricing line =
                priceOne(policy().addRule(rule("FLAT", perUnit).build()).build(), PUMP, "4");

        // 2.50 × 4 units = 10.00 off 400.00; net 390.00
        assertThat(line.discounts())
                .containsExactly(new AppliedDiscount(
                        id("FLAT"), perUnit, StackingMode.ADDITIVE, eur("10.00"), "EUR 2.50 × 4 units"));
        assertThat(line.netAmount()).isEqualTo(eur("390.00"));
        assertThat(perUnit.toString()).isEqualTo("EUR 2.50 off per unit");
    }

    @Test
    void aPriceOverrideReplacesTheColumnPrice() {
        DiscountEffect agreed = DiscountEffect.priceOverride(eur("88.00"));
        LinePricing line =
                priceOne(policy().addRule(rule("AGREED", agreed).build()).build(), PUMP, "5");

        // the unit price is 88.00 instead of 100.00: 5 × 88.00 = 440.00, 60.00 below 500.00
        assertThat(line.unitPrice()).contains(eur("88.00"));
        assertThat(line.listUnitPrice()).contains(eur("100.00"));
        assertThat(line.listAmount()).isEqualTo(eur("500.00"));
        assertThat(line.discounts())
                .containsExactly(new AppliedDiscount(
                        id("AGREED"),
                        agreed,
                        StackingMode.ADDITIVE,
                        eur("60.00"),
                        "unit price EUR 88.00 instead of EUR 100.00 on 5 units"));
        assertThat(line.netAmount()).isEqualTo(eur("440.00"));
        assertThat(line.column()).isEqualTo(LIST);
    }

    @Test
    void aPriceOverrideKeepsNetEqualToGrossLessDiscounts() {
        LinePricing line = priceOne(
                policy().addRule(rule("AGREED", DiscountEffect.priceOverride(eur("88.00")))
                                .build())
                        .build(),
                PUMP,
                "5");

        // netAmount: "gross − discounts + guard rails, rounded once": 440.00 is right, but
        // gross 440.00 − discounts 60.00 + guard 0.00 = 380.00. Either gross is 500.00 (the column
        // price, "before breaks and discounts") or the override is not a discount of its own.
        assertThat(line.grossAmount().minus(line.discountTotal()).plus(line.guardRailAmount()))
                .isEqualTo(line.netAmount());
    }

    @Test
    void aColumnSwitchTakesThePriceOfTheOtherColumn() {
        DiscountEffect distributor = DiscountEffect.switchColumn(DIST);
        LinePricing line =
                priceOne(policy().addRule(rule("DIST", distributor).build()).build(), PUMP, "2");

        // the distributor column's 80.00 instead of 100.00: 2 × 80.00 = 160.00, 40.00 off
        assertThat(line.unitPrice()).contains(eur("80.00"));
        assertThat(line.discounts())
                .containsExactly(new AppliedDiscount(
                        id("DIST"),
                        distributor,
                        StackingMode.ADDITIVE,
                        eur("40.00"),
                        "unit price EUR 80.00 instead of EUR 100.00 on 2 units"));
        assertThat(line.netAmount()).isEqualTo(eur("160.00"));
        assertThat(distributor.toString()).isEqualTo("the price of column distributor");
    }

    @Test
    void aColumnSwitchToAColumnWithoutAPriceIsNotAppliedAndSaysWhy() {
        LinePricing line = priceOne(
                policy().addRule(rule("DIST", DiscountEffect.switchColumn(DIST)).build())
                        .build(),
                MINI,
                "2");

        // MINI-2 has no distributor price: the list price 50.00 stays
        assertThat(line.netAmount()).isEqualTo(eur("100.00"));
        assertThat(line.discounts()).isEmpty();
        assertThat(line.outcomes())
                .containsExactly(
                        new RuleOutcome(id("DIST"), false, "column distributor has no price for MINI-2 on " + DAY));
    }

    @Test
    void volumeBreaksPriceTheLineByBand() {
        VolumeBreaks breaks = VolumeBreaks.percentOff(BreakSemantics.RANGE, BreakAggregation.LINE)
                .from("10", Rate.percent(5))
                .build();
        DiscountEffect effect = DiscountEffect.volumeBreaks(breaks);
        LinePricing line =
                priceOne(policy().addRule(rule("BREAKS", effect).build()).build(), PUMP, "12");

        // 12 units reach the band from 10: all 12 at 95.00 = 1140.00, 60.00 below 1200.00
        assertThat(line.discounts()).hasSize(1);
        AppliedDiscount d = line.discounts().get(0);
        assertThat(d.rule()).isEqualTo(id("BREAKS"));
        assertThat(d.effect()).isEqualTo(effect);
        assertThat(d.amount()).isEqualTo(eur("60.00"));
        assertThat(d.detail())
                .isEqualTo("12 units, all in band [10, ∞) at 5% off (quantity counted 12): EUR 1140.00 instead of"
                        + " EUR 1200.00");
        assertThat(line.netAmount()).isEqualTo(eur("1140.00"));
    }
}
