package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.CATALOG;
import static io.github.kamsdk.rules.pricing.PricingExample.MINI;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMPS;
import static io.github.kamsdk.rules.pricing.PricingExample.SEAL;
import static io.github.kamsdk.rules.pricing.PricingExample.VALVE;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.line;
import static io.github.kamsdk.rules.pricing.PricingExample.policy;
import static io.github.kamsdk.rules.pricing.PricingExample.priceOne;
import static io.github.kamsdk.rules.pricing.PricingExample.q;
import static io.github.kamsdk.rules.pricing.PricingExample.quote;
import static io.github.kamsdk.rules.pricing.PricingExample.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Volume breaks on PUMP-7 (list 100.00): 0–9 units at list, 10–49 at 5% off (95.00), 50 and more
 * at 10% off (90.00), in both semantics, at the boundaries, and over the line, the order's group
 * and the period to date. For slab breaks a unit's place counts from zero: the 10th unit is at
 * place 9, still in the first band; the 11th is the first at 5% off.
 */
class VolumeBreaksTest {

    static VolumeBreaks percentBreaks(BreakSemantics semantics, BreakAggregation aggregation) {
        return VolumeBreaks.percentOff(semantics, aggregation)
                .from("10", Rate.percent(5))
                .from("50", Rate.percent(10))
                .build();
    }

    static DiscountPolicy breaksPolicy(BreakSemantics semantics, BreakAggregation aggregation) {
        return policy().addRule(rule("BREAKS", DiscountEffect.volumeBreaks(percentBreaks(semantics, aggregation)))
                        .conditions(
                                RuleConditions.builder().addProductGroup(PUMPS).build())
                        .build())
                .build();
    }

    @ParameterizedTest(name = "range: {0} units cost {1}")
    @CsvSource({
        // below the first threshold: all at list
        "1, 100.00",
        "9, 900.00", // one below 10: 9 × 100.00
        "10, 950.00", // exactly at 10: all 10 at 95.00
        "11, 1045.00", // 11 × 95.00
        "49, 4655.00", // one below 50: 49 × 95.00
        "50, 4500.00", // exactly at 50: all 50 at 90.00 (cheaper than 49 units: the range cliff)
        "60, 5400.00", // 60 × 90.00 (BreakSemantics' worked example)
    })
    void rangeBreaksPriceTheWholeQuantityAtTheBandItReaches(String units, String net) {
        LinePricing line = priceOne(breaksPolicy(BreakSemantics.RANGE, BreakAggregation.LINE), PUMP, units);

        assertThat(line.netAmount()).isEqualTo(eur(net));
        assertThat(line.grossAmount()).isEqualTo(eur("100.00").times(q(units)));
    }

    @ParameterizedTest(name = "slab: {0} units cost {1}")
    @CsvSource({
        "9, 900.00", // one below 10: places 0..8, all at list
        "10, 1000.00", // exactly 10: places 0..9, all in the first band
        "11, 1095.00", // 10 × 100.00 + 1 × 95.00
        "49, 4705.00", // 10 × 100.00 + 39 × 95.00 = 1000.00 + 3705.00
        "50, 4800.00", // 10 × 100.00 + 40 × 95.00 = 1000.00 + 3800.00
        "51, 4890.00", // 4800.00 + 1 × 90.00
        "60, 5700.00", // 1000.00 + 3800.00 + 10 × 90.00 (BreakSemantics' worked example)
    })
    void slabBreaksPriceEachBandsUnitsAtTheirOwnPrice(String units, String net) {
        LinePricing line = priceOne(breaksPolicy(BreakSemantics.SLAB, BreakAggregation.LINE), PUMP, units);

        assertThat(line.netAmount()).isEqualTo(eur(net));
    }

    @Test
    void slabBreaksExplainEachBand() {
        LinePricing line = priceOne(breaksPolicy(BreakSemantics.SLAB, BreakAggregation.LINE), PUMP, "60");

        assertThat(line.discounts().get(0).detail())
                .isEqualTo("10 units in band [0, 10) at 0% off; 40 units in band [10, 50) at 5% off; 10 units in band"
                        + " [50, ∞) at 10% off: EUR 5700.00 instead of EUR 6000.00");
        assertThat(line.discounts().get(0).amount()).isEqualTo(eur("300.00"));
    }

    @Test
    void unitPriceBreaksSetTheBandsPrices() {
        VolumeBreaks prices = VolumeBreaks.unitPrices(BreakSemantics.SLAB, BreakAggregation.LINE)
                .from("10", eur("92.00"))
                .from("50", eur("85.00"))
                .build();
        DiscountPolicy slab = policy().addRule(
                        rule("PRICES", DiscountEffect.volumeBreaks(prices)).build())
                .build();
        VolumeBreaks rangePrices = VolumeBreaks.unitPrices(BreakSemantics.RANGE, BreakAggregation.LINE)
                .from("10", eur("92.00"))
                .from("50", eur("85.00"))
                .build();
        DiscountPolicy range = policy().addRule(
                        rule("PRICES", DiscountEffect.volumeBreaks(rangePrices)).build())
                .build();

        // slab 60: 10 × 100.00 (the column price below the first band) + 40 × 92.00 + 10 × 85.00
        //        = 1000.00 + 3680.00 + 850.00 = 5530.00
        assertThat(priceOne(slab, PUMP, "60").netAmount()).isEqualTo(eur("5530.00"));
        // range: 9 at 100.00 = 900.00; 10 at 92.00 = 920.00; 50 at 85.00 = 4250.00
        assertThat(priceOne(range, PUMP, "9").netAmount()).isEqualTo(eur("900.00"));
        assertThat(priceOne(range, PUMP, "10").netAmount()).isEqualTo(eur("920.00"));
        assertThat(priceOne(range, PUMP, "50").netAmount()).isEqualTo(eur("4250.00"));
        assertThat(rangePrices.isPercentOff()).isFalse();
        assertThat(rangePrices.toString())
                .isEqualTo("RANGE breaks on the LINE quantity: [0, 10) at the column price, [10, 50) at EUR 92.00,"
                        + " [50, ∞) at EUR 85.00");
    }

    @Test
    void orderGroupBreaksCountEveryLineOfTheGroupInRange() {
        DiscountPolicy policy = breaksPolicy(BreakSemantics.RANGE, BreakAggregation.ORDER_GROUP);

        // the rule targets PUMPS; MINI-2 is in SMALL-PUMPS, below PUMPS: 30 + 25 = 55 units reach
        // the band from 50, so both lines are at 10% off: 30 × 90.00 = 2700.00, 25 × 45.00 = 1125.00
        PricingResult both = policy.price(quote().addLine(line(1, PUMP, "30"))
                .addLine(line(2, MINI, "25"))
                .build());
        assertThat(both.line(1).netAmount()).isEqualTo(eur("2700.00"));
        assertThat(both.line(2).netAmount()).isEqualTo(eur("1125.00"));
        assertThat(both.line(1).discounts().get(0).detail())
                .startsWith("the order's group PUMPS counts 55 units; 30 units, all in band [50, ∞) at 10% off"
                        + " (quantity counted 55)");

        // alone, 30 units reach the band from 10 only: 30 × 95.00 = 2850.00
        assertThat(priceOne(policy, PUMP, "30").netAmount()).isEqualTo(eur("2850.00"));
    }

    @Test
    void orderGroupBreaksIgnoreLinesOutsideTheGroup() {
        DiscountPolicy policy = breaksPolicy(BreakSemantics.RANGE, BreakAggregation.ORDER_GROUP);

        // SEAL-2 is not a pump: its 100 pieces do not count; 30 pumps at 95.00 = 2850.00
        PricingResult r = policy.price(quote().addLine(line(1, PUMP, "30"))
                .addLine(line(2, SEAL, "100"))
                .build());
        assertThat(r.line(1).netAmount()).isEqualTo(eur("2850.00"));
        assertThat(r.line(2).outcomes()).isEmpty();
    }

    @Test
    void orderGroupSlabBreaksPlaceTheLinesInLineNumberOrder() {
        DiscountPolicy policy = breaksPolicy(BreakSemantics.SLAB, BreakAggregation.ORDER_GROUP);

        // line 1 (pumps) takes places 0..29: 10 × 100.00 + 20 × 95.00 = 2900.00;
        // line 2 (minis at 50.00) places 30..54: 20 × 47.50 + 5 × 45.00 = 950.00 + 225.00 = 1175.00
        // The quote lists line 2 first: places follow line numbers, not list order.
        PricingResult r = policy.price(quote().addLine(line(2, MINI, "25"))
                .addLine(line(1, PUMP, "30"))
                .build());
        assertThat(r.line(1).netAmount()).isEqualTo(eur("2900.00"));
        assertThat(r.line(2).netAmount()).isEqualTo(eur("1175.00"));
        assertThat(r.lines()).extracting(LinePricing::lineNumber).containsExactly(2, 1);
    }

    @Test
    void periodToDateBreaksComeAfterWhatWasBoughtInThePeriod() {
        PurchaseHistory forty =
                PurchaseHistory.builder(CATALOG).add(PUMP, q("40")).build();
        Quote quote = quote().addLine(line(1, PUMP, "15")).history(forty).build();

        // slab: the quote's 15 units take places 40..54: 10 at 95.00 + 5 at 90.00 = 1400.00
        LinePricing slab = breaksPolicy(BreakSemantics.SLAB, BreakAggregation.PERIOD_TO_DATE)
                .price(quote)
                .line(1);
        assertThat(slab.netAmount()).isEqualTo(eur("1400.00"));
        assertThat(slab.discounts().get(0).detail()).startsWith("40 units bought in the period before");
        // range: 40 + 15 = 55 reach the band from 50: 15 × 90.00 = 1350.00
        LinePricing range = breaksPolicy(BreakSemantics.RANGE, BreakAggregation.PERIOD_TO_DATE)
                .price(quote)
                .line(1);
        assertThat(range.netAmount()).isEqualTo(eur("1350.00"));

        // without history: slab 10 × 100.00 + 5 × 95.00 = 1475.00; range 15 × 95.00 = 1425.00
        Quote fresh = quote().addLine(line(1, PUMP, "15")).build();
        assertThat(breaksPolicy(BreakSemantics.SLAB, BreakAggregation.PERIOD_TO_DATE)
                        .price(fresh)
                        .line(1)
                        .netAmount())
                .isEqualTo(eur("1475.00"));
        assertThat(breaksPolicy(BreakSemantics.RANGE, BreakAggregation.PERIOD_TO_DATE)
                        .price(fresh)
                        .line(1)
                        .netAmount())
                .isEqualTo(eur("1425.00"));
    }

    @Test
    void periodToDateBreaksCountTheGroupsHistoryAndTheOrdersOtherLines() {
        // 20 minis bought before (SMALL-PUMPS is below PUMPS, the rule's group); this quote: 20
        // pumps then 15 more: range total 20 + 20 + 15 = 55, every line at 10% off
        PurchaseHistory history =
                PurchaseHistory.builder(CATALOG).add(MINI, q("20")).build();
        PricingResult r = breaksPolicy(BreakSemantics.RANGE, BreakAggregation.PERIOD_TO_DATE)
                .price(quote().addLine(line(1, PUMP, "20"))
                        .addLine(line(2, PUMP, "15"))
                        .history(history)
                        .build());

        // 20 × 90.00 = 1800.00; 15 × 90.00 = 1350.00
        assertThat(r.line(1).netAmount()).isEqualTo(eur("1800.00"));
        assertThat(r.line(2).netAmount()).isEqualTo(eur("1350.00"));
    }

    @Test
    void orderGroupBreaksOnAProductWithoutAGroupAggregateTheOrdersLinesOfThatProduct() {
        DiscountPolicy policy = policy().addRule(rule(
                                "VALVES",
                                DiscountEffect.volumeBreaks(
                                        VolumeBreaks.percentOff(BreakSemantics.RANGE, BreakAggregation.ORDER_GROUP)
                                                .from("50", Rate.percent(10))
                                                .build()))
                        .build())
                .build();
        PricingResult r = policy.price(quote().addLine(line(1, VALVE, "30"))
                .addLine(line(2, VALVE, "30"))
                .build());

        // VALVE-1 has no group, so the order's lines of VALVE-1 count together (BreakAggregation):
        // 30 + 30 = 60 >= 50, range: every unit 10% off: 30 × 40.00 × 90% = 1080.00 each.
        assertThat(r.line(1).netAmount()).isEqualTo(eur("1080.00"));
        assertThat(r.line(2).netAmount()).isEqualTo(eur("1080.00"));
    }

    @Test
    void slabBreaksAfterANegativeHistoryPriceEveryUnit() {
        DiscountPolicy policy = policy().addRule(rule(
                                "PTD",
                                DiscountEffect.volumeBreaks(
                                        VolumeBreaks.percentOff(BreakSemantics.SLAB, BreakAggregation.PERIOD_TO_DATE)
                                                .from("10", Rate.percent(10))
                                                .build()))
                        .build())
                .build();
        PurchaseHistory returned =
                PurchaseHistory.builder(CATALOG).add(PUMP, q("-5")).build();
        LinePricing line = policy.price(
                        quote().addLine(line(1, PUMP, "10")).history(returned).build())
                .line(1);

        // The 10 units take places -5..4, all below the first threshold: 10 × 100.00 = 1000.00.
        // Found: 500.00 ("5 units in band [0, 10)"): the five units at negative places are dropped.
        assertThat(line.netAmount()).isEqualTo(eur("1000.00"));
    }

    @Test
    void breaksAreValuesOfTheirSemanticsAggregationAndBands() {
        VolumeBreaks slab = percentBreaks(BreakSemantics.SLAB, BreakAggregation.LINE);

        assertThat(slab.semantics()).isEqualTo(BreakSemantics.SLAB);
        assertThat(slab.aggregation()).isEqualTo(BreakAggregation.LINE);
        assertThat(slab.thresholds()).containsExactly(BigDecimal.ZERO, q("10"), q("50"));
        assertThat(slab.isPercentOff()).isTrue();
        assertThat(slab.toString())
                .isEqualTo("SLAB breaks on the LINE quantity: [0, 10) at 0% off, [10, 50) at 5% off, [50, ∞) at 10%"
                        + " off");
        assertThat(slab).isEqualTo(percentBreaks(BreakSemantics.SLAB, BreakAggregation.LINE));
        assertThat(slab).hasSameHashCodeAs(percentBreaks(BreakSemantics.SLAB, BreakAggregation.LINE));
        assertThat(slab).isNotEqualTo(percentBreaks(BreakSemantics.RANGE, BreakAggregation.LINE));
        assertThat(slab).isNotEqualTo(percentBreaks(BreakSemantics.SLAB, BreakAggregation.ORDER_GROUP));
        assertThat(slab)
                .isNotEqualTo(VolumeBreaks.percentOff(BreakSemantics.SLAB, BreakAggregation.LINE)
                        .from("10", Rate.percent(5))
                        .from("50", Rate.percent(11))
                        .build());
        assertThat(slab)
                .isNotEqualTo(VolumeBreaks.unitPrices(BreakSemantics.SLAB, BreakAggregation.LINE)
                        .from("10", eur("95.00"))
                        .from("50", eur("90.00"))
                        .build());
        assertThat(slab).isNotEqualTo("breaks");
        // thresholds are read as decimals, white space around them ignored
        assertThat(VolumeBreaks.percentOff(BreakSemantics.RANGE, BreakAggregation.LINE)
                        .from(" 2.5 ", Rate.percent(1))
                        .build()
                        .thresholds())
                .containsExactly(BigDecimal.ZERO, q("2.5"));
    }

    @Test
    void breaksOnDecimalQuantities() {
        DiscountPolicy policy = policy().addRule(rule(
                                "KG",
                                DiscountEffect.volumeBreaks(
                                        VolumeBreaks.percentOff(BreakSemantics.SLAB, BreakAggregation.LINE)
                                                .from("2.5", Rate.percent(10))
                                                .build()))
                        .build())
                .build();

        // 3.5 units: 2.5 × 100.00 + 1.0 × 90.00 = 250.00 + 90.00 = 340.00
        assertThat(priceOne(policy, PUMP, "3.5").netAmount()).isEqualTo(eur("340.00"));
    }
}
