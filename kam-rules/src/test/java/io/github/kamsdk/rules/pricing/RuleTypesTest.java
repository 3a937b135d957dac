package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.C1;
import static io.github.kamsdk.rules.pricing.PricingExample.DIST;
import static io.github.kamsdk.rules.pricing.PricingExample.IBERIA;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY_TIER;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMPS;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.id;
import static io.github.kamsdk.rules.pricing.PricingExample.off;
import static io.github.kamsdk.rules.pricing.PricingExample.pct;
import static io.github.kamsdk.rules.pricing.PricingExample.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values that make a rule: {@link RuleConditions}, {@link DiscountEffect}, {@link DiscountRule}. */
class RuleTypesTest {
    static final VolumeBreaks BREAKS = VolumeBreaks.percentOff(BreakSemantics.RANGE, BreakAggregation.LINE)
            .from("10", Rate.percent(5))
            .build();

    @Test
    void conditionsHoldWhatTheyWereGiven() {
        DateRange april = DateRange.closed(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
        RuleConditions c = RuleConditions.builder()
                .addAccount(C1)
                .addAccountGroup(IBERIA)
                .addTier(KEY_TIER)
                .addSegment("retail")
                .addProduct(PUMP)
                .addProductGroup(PUMPS)
                .minQuantity(q("10"))
                .maxQuantity(q("10"))
                .minAmount(eur("0.00"))
                .maxAmount(eur("500.00"))
                .validity(april)
                .programme("SPRING-26")
                .build();

        assertThat(c.accounts()).containsExactly(C1);
        assertThat(c.accountGroups()).containsExactly(IBERIA);
        assertThat(c.tiers()).containsExactly(KEY_TIER);
        assertThat(c.segments()).containsExactly("retail");
        assertThat(c.products()).containsExactly(PUMP);
        assertThat(c.productGroups()).containsExactly(PUMPS);
        assertThat(c.minQuantity()).contains(q("10"));
        assertThat(c.maxQuantity()).contains(q("10"));
        assertThat(c.minAmount()).contains(eur("0.00"));
        assertThat(c.maxAmount()).contains(eur("500.00"));
        assertThat(c.validity()).contains(april);
        assertThat(c.programme()).contains("SPRING-26");
    }

    @Test
    void alwaysIsTheEmptyCondition() {
        RuleConditions always = RuleConditions.always();

        assertThat(always).isEqualTo(RuleConditions.builder().build());
        assertThat(always.accounts()).isEmpty();
        assertThat(always.productGroups()).isEmpty();
        assertThat(always.minQuantity()).isEmpty();
        assertThat(always.validity()).isEmpty();
        assertThat(always)
                .isNotEqualTo(RuleConditions.builder().addTier(KEY_TIER).build());
    }

    @Test
    void eachKindOfEffectHoldsItsOwnFigure() {
        DiscountEffect percent = off("12.5");
        assertThat(percent.kind()).isEqualTo(DiscountEffect.Kind.PERCENT_OFF);
        assertThat(percent.percent()).contains(Rate.percent("12.5"));
        assertThat(percent.amount()).isEmpty();
        assertThat(percent.column()).isEmpty();
        assertThat(percent.breaks()).isEmpty();
        assertThat(percent.toString()).isEqualTo("12.5% off");

        DiscountEffect amount = DiscountEffect.amountOff(eur("2.50"));
        assertThat(amount.kind()).isEqualTo(DiscountEffect.Kind.AMOUNT_OFF);
        assertThat(amount.amount()).contains(eur("2.50"));
        assertThat(amount.percent()).isEmpty();

        DiscountEffect override = DiscountEffect.priceOverride(eur("199.00"));
        assertThat(override.kind()).isEqualTo(DiscountEffect.Kind.PRICE_OVERRIDE);
        assertThat(override.amount()).contains(eur("199.00"));
        assertThat(override.toString()).isEqualTo("unit price EUR 199.00");

        DiscountEffect column = DiscountEffect.switchColumn(DIST);
        assertThat(column.kind()).isEqualTo(DiscountEffect.Kind.SWITCH_COLUMN);
        assertThat(column.column()).contains(DIST);

        DiscountEffect breaks = DiscountEffect.volumeBreaks(BREAKS);
        assertThat(breaks.kind()).isEqualTo(DiscountEffect.Kind.VOLUME_BREAKS);
        assertThat(breaks.breaks()).contains(BREAKS);
        assertThat(breaks.toString()).isEqualTo(BREAKS.toString());

        // the bounds of a percentage: −100% (a doubling) to 100% (free)
        assertThat(off("100").percent()).contains(Rate.ONE_HUNDRED_PERCENT);
        assertThat(off("-100").toString()).isEqualTo("100% surcharge");
        assertThat(DiscountEffect.priceOverride(eur("0.00")).amount()).contains(eur("0.00"));
    }

    @Test
    void effectsAreEqualByKindAndFigure() {
        List<DiscountEffect> distinct = List.of(
                off("10"),
                off("-10"),
                DiscountEffect.amountOff(eur("10.00")),
                DiscountEffect.priceOverride(eur("10.00")),
                DiscountEffect.switchColumn(DIST),
                DiscountEffect.switchColumn(KEY),
                DiscountEffect.volumeBreaks(BREAKS));
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = 0; j < distinct.size(); j++) {
                if (i == j) {
                    assertThat(distinct.get(i)).isEqualTo(distinct.get(j));
                } else {
                    assertThat(distinct.get(i)).isNotEqualTo(distinct.get(j));
                }
            }
        }
        assertThat(off("10")).isEqualTo(DiscountEffect.percentOff(pct("10.0"))).hasSameHashCodeAs(off("10.00"));
        assertThat(off("10")).isNotEqualTo("10% off");
    }

    @Test
    void aRuleHasDefaults() {
        DiscountRule rule = DiscountRule.builder().id(id("R")).effect(off("5")).build();

        assertThat(rule.id()).isEqualTo(id("R"));
        assertThat(rule.description()).isEmpty();
        assertThat(rule.conditions()).isEqualTo(RuleConditions.always());
        assertThat(rule.effect()).isEqualTo(off("5"));
        assertThat(rule.priority()).isZero();
        assertThat(rule.stacking()).isEqualTo(StackingMode.ADDITIVE);
    }

    @Test
    void aRuleHoldsWhatItWasGiven() {
        DiscountRule rule = DiscountRule.builder()
                .id(id("PROMO"))
                .description("spring promotion on pumps")
                .conditions(RuleConditions.builder().addProductGroup(PUMPS).build())
                .effect(off("8"))
                .stacking(StackingMode.COMPOUND)
                .priority(-3)
                .build();

        assertThat(rule.description()).contains("spring promotion on pumps");
        assertThat(rule.conditions().productGroups()).containsExactly(PUMPS);
        assertThat(rule.stacking()).isEqualTo(StackingMode.COMPOUND);
        assertThat(rule.priority()).isEqualTo(-3);
        assertThat(rule)
                .isEqualTo(DiscountRule.builder()
                        .id(id("PROMO"))
                        .description("spring promotion on pumps")
                        .conditions(
                                RuleConditions.builder().addProductGroup(PUMPS).build())
                        .effect(off("8"))
                        .stacking(StackingMode.COMPOUND)
                        .priority(-3)
                        .build())
                .isNotEqualTo(
                        DiscountRule.builder().id(id("PROMO")).effect(off("8")).build());
    }
}
