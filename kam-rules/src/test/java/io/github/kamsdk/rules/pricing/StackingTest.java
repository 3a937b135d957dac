package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.id;
import static io.github.kamsdk.rules.pricing.PricingExample.off;
import static io.github.kamsdk.rules.pricing.PricingExample.policy;
import static io.github.kamsdk.rules.pricing.PricingExample.priceOne;
import static io.github.kamsdk.rules.pricing.PricingExample.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kamsdk.core.money.Rate;
import org.junit.jupiter.api.Test;

/**
 * The three stacking modes and their combination on 10 units of PUMP-7 at 100.00 (1,000.00), and
 * StackingMode's own worked example on one unit (100.00).
 */
class StackingTest {

    @Test
    void anExclusiveRuleAppliesAlone() {
        LinePricing line = priceOne(
                policy().addRule(rule("ALONE", off("10"))
                                .stacking(StackingMode.EXCLUSIVE)
                                .build())
                        .addRule(rule("PLUS", off("5")).build())
                        .addRule(rule("THEN", off("3"))
                                .stacking(StackingMode.COMPOUND)
                                .build())
                        .addRule(rule("EACH", DiscountEffect.amountOff(eur("1.00")))
                                .build())
                        .build(),
                PUMP,
                "10");

        // only ALONE: 10% of 1000.00 = 100.00 off, net 900.00
        assertThat(line.discounts()).extracting(AppliedDiscount::rule).containsExactly(id("ALONE"));
        assertThat(line.discounts().get(0).stacking()).isEqualTo(StackingMode.EXCLUSIVE);
        assertThat(line.discounts().get(0).detail()).isEqualTo("10% of EUR 1000.00");
        assertThat(line.netAmount()).isEqualTo(eur("900.00"));
        assertThat(line.outcomes())
                .contains(
                        new RuleOutcome(id("PLUS"), false, "exclusive rule ALONE applies alone"),
                        new RuleOutcome(id("THEN"), false, "exclusive rule ALONE applies alone"),
                        new RuleOutcome(id("EACH"), false, "exclusive rule ALONE applies alone"),
                        new RuleOutcome(id("ALONE"), true, "applied (any account, any product, priority 0)"));
    }

    @Test
    void ofTwoExclusiveRulesTheBetterRankedApplies() {
        LinePricing line = priceOne(
                policy().addRule(rule("A-SMALL", off("5"))
                                .stacking(StackingMode.EXCLUSIVE)
                                .priority(3)
                                .build())
                        .addRule(rule("B-LARGE", off("20"))
                                .stacking(StackingMode.EXCLUSIVE)
                                .priority(1)
                                .build())
                        .build(),
                PUMP,
                "10");

        // priority 3 ranks first, although it gives less: 5% of 1000.00 = 50.00 off
        assertThat(line.netAmount()).isEqualTo(eur("950.00"));
        assertThat(line.outcomes())
                .contains(new RuleOutcome(id("B-LARGE"), false, "exclusive rule A-SMALL applies alone"));
    }

    @Test
    void compoundRulesApplyOneAfterAnotherInRankOrder() {
        LinePricing line = priceOne(
                policy().addRule(rule("B-FIRST", off("10"))
                                .stacking(StackingMode.COMPOUND)
                                .priority(2)
                                .build())
                        .addRule(rule("A-SECOND", off("5"))
                                .stacking(StackingMode.COMPOUND)
                                .priority(1)
                                .build())
                        .build(),
                PUMP,
                "10");

        // B-FIRST ranks first (priority 2): 10% of 1000.00 = 100.00 -> 900.00;
        // then A-SECOND: 5% of 900.00 = 45.00 -> 855.00
        assertThat(line.discounts())
                .extracting(AppliedDiscount::rule, AppliedDiscount::amount, AppliedDiscount::detail)
                .containsExactly(
                        tuple(id("B-FIRST"), eur("100.00"), "10% of EUR 1000.00 (compound)"),
                        tuple(id("A-SECOND"), eur("45.00"), "5% of EUR 900.00 (compound)"));
        assertThat(line.netAmount()).isEqualTo(eur("855.00"));
    }

    @Test
    void theRankDecidesWhatEachCompoundRuleTakes() {
        LinePricing line = priceOne(
                policy().addRule(rule("B-FIRST", off("10"))
                                .stacking(StackingMode.COMPOUND)
                                .priority(1)
                                .build())
                        .addRule(rule("A-SECOND", off("5"))
                                .stacking(StackingMode.COMPOUND)
                                .priority(2)
                                .build())
                        .build(),
                PUMP,
                "10");

        // now the 5% ranks first: 50.00 -> 950.00; then 10% of 950.00 = 95.00 -> 855.00 (same net)
        assertThat(line.discounts())
                .extracting(AppliedDiscount::rule, AppliedDiscount::amount)
                .containsExactly(tuple(id("A-SECOND"), eur("50.00")), tuple(id("B-FIRST"), eur("95.00")));
        assertThat(line.netAmount()).isEqualTo(eur("855.00"));
    }

    @Test
    void additivePercentagesAreSummedOnTheSameAmount() {
        LinePricing line = priceOne(
                policy().addRule(rule("TEN", off("10")).build())
                        .addRule(rule("FIVE", off("5")).build())
                        .build(),
                PUMP,
                "10");

        // 10% and 5% both of 1000.00: 100.00 + 50.00 = 150.00 off, net 850.00
        assertThat(line.discounts())
                .extracting(AppliedDiscount::rule, AppliedDiscount::amount, AppliedDiscount::detail)
                .containsExactly(
                        tuple(id("FIVE"), eur("50.00"), "5% of EUR 1000.00 (additive)"),
                        tuple(id("TEN"), eur("100.00"), "10% of EUR 1000.00 (additive)"));
        assertThat(line.netAmount()).isEqualTo(eur("850.00"));
    }

    @Test
    void stackingModesWorkedExample() {
        // StackingMode's Javadoc: 10% and 5% on a column price of 100.00
        DiscountRule additiveTen = rule("A10", off("10")).build();
        DiscountRule additiveFive = rule("A05", off("5")).build();
        DiscountRule compoundTen = rule("C10", off("10"))
                .stacking(StackingMode.COMPOUND)
                .priority(1)
                .build();
        DiscountRule compoundFive =
                rule("C05", off("5")).stacking(StackingMode.COMPOUND).build();
        DiscountRule exclusiveTen =
                rule("E10", off("10")).stacking(StackingMode.EXCLUSIVE).build();
        DiscountRule exclusiveFive = rule("E05", off("5"))
                .stacking(StackingMode.EXCLUSIVE)
                .priority(1)
                .build();

        // both additive: 15% off = 85.00
        assertThat(priceOne(policy().addRule(additiveTen).addRule(additiveFive).build(), PUMP, "1")
                        .netAmount())
                .isEqualTo(eur("85.00"));
        // both compound: 90.00, then 5% of 90.00 = 4.50 off: 85.50
        assertThat(priceOne(policy().addRule(compoundTen).addRule(compoundFive).build(), PUMP, "1")
                        .netAmount())
                .isEqualTo(eur("85.50"));
        // exclusive: the better-ranked one alone; by priority E05 (95.00); by id alone E05 too
        assertThat(priceOne(
                                policy().addRule(exclusiveTen)
                                        .addRule(exclusiveFive)
                                        .build(),
                                PUMP,
                                "1")
                        .netAmount())
                .isEqualTo(eur("95.00"));
        assertThat(priceOne(policy().addRule(exclusiveTen).build(), PUMP, "1").netAmount())
                .isEqualTo(eur("90.00"));
    }

    @Test
    void everyPhaseInOneLine() {
        VolumeBreaks breaks = VolumeBreaks.percentOff(BreakSemantics.RANGE, BreakAggregation.LINE)
                .from("10", Rate.percent(5))
                .build();
        LinePricing line = priceOne(
                policy().addRule(rule("1-PRICE", DiscountEffect.priceOverride(eur("90.00")))
                                .build())
                        .addRule(rule("2-BREAKS", DiscountEffect.volumeBreaks(breaks))
                                .build())
                        .addRule(rule("3-TEN", off("10")).build())
                        .addRule(rule("4-FIVE", off("5")).build())
                        .addRule(rule("5-TWENTY", off("20"))
                                .stacking(StackingMode.COMPOUND)
                                .build())
                        .addRule(rule("6-EACH", DiscountEffect.amountOff(eur("1.00")))
                                .build())
                        .build(),
                PUMP,
                "10");

        // unit price 90.00 (10 × 10.00 = 100.00 below the column's 1000.00): 900.00
        // breaks, 10 units at 5% off: 10 × 85.50 = 855.00 (45.00 off)
        // additive 10% + 5% of 855.00: 85.50 + 42.75 = 128.25 off -> 726.75
        // compound 20% of 726.75 = 145.35 off -> 581.40
        // 1.00 off each of 10 units = 10.00 off -> 571.40
        assertThat(line.discounts())
                .extracting(AppliedDiscount::rule, AppliedDiscount::amount)
                .containsExactly(
                        tuple(id("1-PRICE"), eur("100.00")),
                        tuple(id("2-BREAKS"), eur("45.00")),
                        tuple(id("3-TEN"), eur("85.50")),
                        tuple(id("4-FIVE"), eur("42.75")),
                        tuple(id("5-TWENTY"), eur("145.35")),
                        tuple(id("6-EACH"), eur("10.00")));
        assertThat(line.netAmount()).isEqualTo(eur("571.40"));
        assertThat(line.outcomes()).allMatch(RuleOutcome::applied).hasSize(6);
    }

    @Test
    void anExclusiveRuleStillStacksNothingWhenItIsOnlyAnAmountOff() {
        LinePricing line = priceOne(
                policy().addRule(rule("EACH", DiscountEffect.amountOff(eur("3.00")))
                                .stacking(StackingMode.EXCLUSIVE)
                                .build())
                        .addRule(rule("TEN", off("10")).priority(9).build())
                        .build(),
                PUMP,
                "10");

        // the exclusive rule wins however low it ranks among the others: 3.00 × 10 = 30.00 off
        assertThat(line.netAmount()).isEqualTo(eur("970.00"));
        assertThat(line.outcomes()).contains(new RuleOutcome(id("TEN"), false, "exclusive rule EACH applies alone"));
    }
}
