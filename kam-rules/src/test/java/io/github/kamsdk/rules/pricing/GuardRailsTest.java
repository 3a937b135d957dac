package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.EUR;
import static io.github.kamsdk.rules.pricing.PricingExample.GROWTH;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY_TIER;
import static io.github.kamsdk.rules.pricing.PricingExample.LIST;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.STRATEGIC;
import static io.github.kamsdk.rules.pricing.PricingExample.VALVE;
import static io.github.kamsdk.rules.pricing.PricingExample.YEAR;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.line;
import static io.github.kamsdk.rules.pricing.PricingExample.off;
import static io.github.kamsdk.rules.pricing.PricingExample.policy;
import static io.github.kamsdk.rules.pricing.PricingExample.priceOne;
import static io.github.kamsdk.rules.pricing.PricingExample.quote;
import static io.github.kamsdk.rules.pricing.PricingExample.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The guard rails on 10 units of PUMP-7 (list 100.00, cost 70.00): a tier's maximum discount caps
 * the line, the margin floor lifts it, both may bind, and a line without cost is not held to the
 * floor.
 */
class GuardRailsTest {
    static final GuardRails KEY_CAP = GuardRails.builder()
            .maxDiscount(KEY_TIER, Rate.percent(15))
            .defaultMaxDiscount(Rate.percent(20))
            .build();

    static LinePricing price(GuardRails rails, Optional<Tier> tier, String percentOff, String quantity) {
        DiscountPolicy policy = policy().addRule(rule("DEAL", off(percentOff)).build())
                .guardRails(rails)
                .build();
        return policy.price(quote().tier(tier).addLine(line(1, PUMP, quantity)).build())
                .line(1);
    }

    @Test
    void theTiersMaximumDiscountCapsTheLine() {
        LinePricing line = price(KEY_CAP, Optional.of(KEY_TIER), "25", "10");

        // 25% of 1000.00 = 250.00 off gives 750.00; Key may have 15% at most: 1000.00 − 150.00 = 850.00
        assertThat(line.netAmount()).isEqualTo(eur("850.00"));
        assertThat(line.guardRailAmount()).isEqualTo(eur("100.00"));
        assertThat(line.guardRail())
                .contains("the largest total discount for tier Key is 15% off the list amount EUR 1000.00: at least"
                        + " EUR 850.00");
        // the rule is still listed as applied, with its full amount; the rail adds back 100.00
        assertThat(line.discounts()).extracting(AppliedDiscount::amount).containsExactly(eur("250.00"));
        assertThat(line.outcomes()).extracting(RuleOutcome::applied).containsExactly(true);
        assertThat(line.explanation().render())
                .contains("guard rail: the largest total discount for tier Key is 15% off the list amount EUR"
                        + " 1000.00: at least EUR 850.00; the rules gave EUR 750.00, so EUR 100.00 is added back"
                        + "  [pricing.guard]");
    }

    @Test
    void aTierWithoutItsOwnMaximumHasTheDefault() {
        // Growth has no maximum of its own: the default 20%, so at least 800.00
        LinePricing growth = price(KEY_CAP, Optional.of(GROWTH), "25", "10");
        assertThat(growth.netAmount()).isEqualTo(eur("800.00"));
        assertThat(growth.guardRail())
                .contains("the largest total discount for tier Growth is 20% off the list"
                        + " amount EUR 1000.00: at least EUR 800.00");

        // an account without a tier: the default too
        LinePricing none = price(KEY_CAP, Optional.empty(), "25", "10");
        assertThat(none.netAmount()).isEqualTo(eur("800.00"));
        assertThat(none.guardRail())
                .contains("the largest total discount for accounts without a tier is 20% off"
                        + " the list amount EUR 1000.00: at least EUR 800.00");

        // no default: no limit for Strategic
        GuardRails keyOnly =
                GuardRails.builder().maxDiscount(KEY_TIER, Rate.percent(15)).build();
        assertThat(price(keyOnly, Optional.of(STRATEGIC), "25", "10").netAmount())
                .isEqualTo(eur("750.00"));
    }

    @Test
    void aDiscountWithinTheCapIsLeftAlone() {
        LinePricing line = price(KEY_CAP, Optional.of(KEY_TIER), "15", "10");

        // exactly 15% off: 850.00, the limit itself, nothing added
        assertThat(line.netAmount()).isEqualTo(eur("850.00"));
        assertThat(line.guardRailAmount()).isEqualTo(Money.zero(EUR));
        assertThat(line.guardRail()).isEmpty();
        assertThat(line.explanation().find("pricing.guard")).isEmpty();
    }

    @Test
    void theCapIsMeasuredAgainstTheListPriceNotTheColumn() {
        DiscountPolicy policy = policy().columns(
                        ColumnSelection.builder().forTier(KEY_TIER, KEY).build())
                .addRule(rule("DEAL", off("10")).build())
                .guardRails(GuardRails.builder()
                        .maxDiscount(KEY_TIER, Rate.percent(10))
                        .build())
                .build();
        LinePricing line = policy.price(
                        quote().tier(KEY_TIER).addLine(line(1, PUMP, "10")).build())
                .line(1);

        // key-account column 95.00: 950.00 − 10% = 855.00, but 10% off the list 1000.00 is 900.00
        assertThat(line.column()).isEqualTo(KEY);
        assertThat(line.netAmount()).isEqualTo(eur("900.00"));
        assertThat(line.guardRailAmount()).isEqualTo(eur("45.00"));
    }

    @Test
    void theMarginFloorLiftsTheLine() {
        GuardRails floor = GuardRails.builder().minMargin(Rate.percent(30)).build();
        LinePricing line = price(floor, Optional.empty(), "20", "10");

        // 20% off 1000.00 = 800.00; cost 10 × 70.00 = 700.00; floor 700.00 × 1.30 = 910.00
        assertThat(line.netAmount()).isEqualTo(eur("910.00"));
        assertThat(line.guardRailAmount()).isEqualTo(eur("110.00"));
        assertThat(line.guardRail()).contains("the margin floor is cost EUR 700.00 × (1 + 30%) = EUR 910.00");
        assertThat(line.cost()).contains(eur("700.00"));
        assertThat(line.margin()).contains(eur("210.00"));
    }

    @Test
    void whenBothRailsBindTheHigherPriceWinsAndBothAreNamed() {
        GuardRails both = GuardRails.builder()
                .maxDiscount(KEY_TIER, Rate.percent(15))
                .minMargin(Rate.percent(25))
                .build();
        LinePricing line = price(both, Optional.of(KEY_TIER), "30", "10");

        // 30% off = 700.00; the cap lifts it to 850.00; the floor 700.00 × 1.25 = 875.00 is higher
        assertThat(line.netAmount()).isEqualTo(eur("875.00"));
        assertThat(line.guardRailAmount()).isEqualTo(eur("175.00"));
        assertThat(line.guardRail())
                .contains("the largest total discount for tier Key is 15% off the list amount EUR 1000.00: at least"
                        + " EUR 850.00; the margin floor is cost EUR 700.00 × (1 + 25%) = EUR 875.00");
    }

    @Test
    void whenTheCapIsHigherThanTheFloorOnlyTheCapIsNamed() {
        GuardRails both = GuardRails.builder()
                .maxDiscount(KEY_TIER, Rate.percent(15))
                .minMargin(Rate.percent(10))
                .build();
        LinePricing line = price(both, Optional.of(KEY_TIER), "30", "10");

        // the cap lifts 700.00 to 850.00, above the floor 700.00 × 1.10 = 770.00
        assertThat(line.netAmount()).isEqualTo(eur("850.00"));
        assertThat(line.guardRail())
                .hasValueSatisfying(g ->
                        assertThat(g).startsWith("the largest total discount").doesNotContain("margin floor"));
    }

    @Test
    void aLineWithoutCostIsNotHeldToTheFloorAndSaysSo() {
        DiscountPolicy policy = policy().addRule(rule("HALF", off("50")).build())
                .guardRails(GuardRails.builder().minMargin(Rate.percent(30)).build())
                .build();
        LinePricing line = priceOne(policy, VALVE, "10");

        // VALVE-1 has no cost: 10 × 40.00 − 50% = 200.00, not lifted
        assertThat(line.netAmount()).isEqualTo(eur("200.00"));
        assertThat(line.guardRail()).isEmpty();
        assertThat(line.cost()).isEmpty();
        assertThat(line.margin()).isEmpty();
        List<Step> noCost = line.explanation().find("pricing.guard.no_cost");
        assertThat(noCost).hasSize(1);
        assertThat(noCost.get(0).text()).isEqualTo("the cost of VALVE-1 is unknown: the margin floor is not checked");
    }

    @Test
    void aReturnLineIsHeldToTheRailsOfTheSale() {
        LinePricing line = price(KEY_CAP, Optional.of(KEY_TIER), "25", "-10");

        // the sale of 10 would be lifted from 750.00 to 850.00: the return is −850.00
        assertThat(line.netAmount()).isEqualTo(eur("-850.00"));
        assertThat(line.guardRailAmount()).isEqualTo(eur("-100.00"));
    }

    @Test
    void roundingNeverTakesTheNetBelowTheRails() {
        ProductId nut = ProductId.of("NUT-1");
        DiscountPolicy policy = DiscountPolicy.builder(
                        PriceList.builder(LIST, EUR)
                                .price(nut, LIST, YEAR, eur("0.10"))
                                .build(),
                        Catalog.builder()
                                .add(ProductInfo.builder()
                                        .product(nut)
                                        .unitCost(eur("0.10"))
                                        .build())
                                .build())
                .guardRails(GuardRails.builder()
                        .defaultMaxDiscount(Rate.percent(15))
                        .minMargin(Rate.percent(25))
                        .build())
                .addRule(rule("HALF", off("50")).build())
                .build();
        LinePricing line = priceOne(policy, nut, "1");

        // 0.10 − 50% = 0.05; the cap lifts it to 0.10 × 0.85 = 0.085, the floor to 0.10 × 1.25 =
        // 0.125; the net is rounded half even to 0.12: a margin of 0.02 = 20%, below the 25% floor.
        assertThat(line.guardRailAmount()).isEqualTo(eur("0.075"));
        assertThat(line.netAmount()).isGreaterThanOrEqualTo(eur("0.125"));
    }

    @Test
    void railsAreValuesOfTheirLimits() {
        assertThat(KEY_CAP.maxDiscount(Optional.of(KEY_TIER))).contains(Rate.percent(15));
        assertThat(KEY_CAP.maxDiscount(Optional.of(GROWTH))).contains(Rate.percent(20));
        assertThat(KEY_CAP.maxDiscount(Optional.empty())).contains(Rate.percent(20));
        assertThat(KEY_CAP.minMargin()).isEmpty();
        assertThat(KEY_CAP.maxByTier()).containsOnlyKeys(KEY_TIER);
        assertThat(GuardRails.none().maxDiscount(Optional.of(KEY_TIER))).isEmpty();
        assertThat(GuardRails.none().minMargin()).isEmpty();
        assertThat(GuardRails.none()).isEqualTo(GuardRails.builder().build());
        assertThat(KEY_CAP)
                .isEqualTo(GuardRails.builder()
                        .defaultMaxDiscount(Rate.percent(20))
                        .maxDiscount(KEY_TIER, Rate.percent(15))
                        .build())
                .hasSameHashCodeAs(GuardRails.builder()
                        .defaultMaxDiscount(Rate.percent(20))
                        .maxDiscount(KEY_TIER, Rate.percent(15))
                        .build())
                .isNotEqualTo(GuardRails.builder()
                        .maxDiscount(KEY_TIER, Rate.percent(15))
                        .build())
                .isNotEqualTo(GuardRails.builder()
                        .defaultMaxDiscount(Rate.percent(20))
                        .maxDiscount(KEY_TIER, Rate.percent(15))
                        .minMargin(Rate.percent(5))
                        .build())
                .isNotEqualTo("rails");
        assertThat(GuardRails.builder().minMargin(Rate.percent(1000)).build().minMargin())
                .contains(Rate.percent(1000));
        assertThat(KEY_CAP.toString()).isEqualTo("GuardRails{max {Key=15%}, default 20%, min margin null}");
    }

    @Test
    void theRailsKeepTheFactorsThePricerMultipliesBy() {
        GuardRails rails = GuardRails.builder()
                .maxDiscount(STRATEGIC, Rate.percent(30))
                .defaultMaxDiscount(Rate.percent("12.5"))
                .minMargin(Rate.percent(5))
                .build();

        // Strategic: at most 30% off, so at least 70% of the list amount
        assertThat(rails.maxesFor(STRATEGIC).max()).isEqualTo(Rate.percent(30));
        assertThat(rails.maxesFor(STRATEGIC).leastOfList()).isEqualTo(Rate.percent(70));
        // another tier and no tier: the default, 12.5% off, so at least 87.5%
        assertThat(rails.maxesFor(GROWTH).leastOfList()).isEqualTo(Rate.percent("87.5"));
        assertThat(rails.maxesFor(null).max()).isEqualTo(Rate.percent("12.5"));
        // a 5% margin over cost: the floor is the cost × 105%
        assertThat(rails.floorOfCost()).isEqualTo(Rate.percent(105));

        assertThat(GuardRails.none().maxesFor(STRATEGIC)).isNull();
        assertThat(GuardRails.none().floorOfCost()).isNull();
    }
}
