package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.AGREEMENT;
import static io.github.kamsdk.rules.pricing.PricingExample.C9;
import static io.github.kamsdk.rules.pricing.PricingExample.DAY;
import static io.github.kamsdk.rules.pricing.PricingExample.EUR;
import static io.github.kamsdk.rules.pricing.PricingExample.GHOST;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY_TIER;
import static io.github.kamsdk.rules.pricing.PricingExample.LIST;
import static io.github.kamsdk.rules.pricing.PricingExample.MINI;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.SEAL;
import static io.github.kamsdk.rules.pricing.PricingExample.SPECIAL;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.id;
import static io.github.kamsdk.rules.pricing.PricingExample.line;
import static io.github.kamsdk.rules.pricing.PricingExample.off;
import static io.github.kamsdk.rules.pricing.PricingExample.policy;
import static io.github.kamsdk.rules.pricing.PricingExample.priceOne;
import static io.github.kamsdk.rules.pricing.PricingExample.q;
import static io.github.kamsdk.rules.pricing.PricingExample.quote;
import static io.github.kamsdk.rules.pricing.PricingExample.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One line at a time: sales units, returns, surcharges, the column the account buys from and
 * lines that cannot be priced, and what a {@link LinePricing} holds.
 */
class LinePricingTest {
    static final ColumnSelection COLUMNS = ColumnSelection.builder()
            .forAccount(C9, AGREEMENT)
            .forTier(KEY_TIER, KEY)
            .build();

    static LinePricing price(DiscountPolicy policy, QuoteLine line) {
        return policy.price(quote().addLine(line).build()).line(line.lineNumber());
    }

    // Sales units

    @Test
    void aSalesUnitIsConvertedToBaseUnitsBeforeThresholds() {
        DiscountPolicy policy = policy().addRule(rule("TEN-PIECES", off("10"))
                        .conditions(
                                RuleConditions.builder().minQuantity(q("10")).build())
                        .build())
                .build();

        // 1 box = 12 pieces ≥ 10: 12 × 2.00 = 24.00, 10% off = 21.60
        LinePricing box = price(policy, line(1, SEAL, "1", "box"));
        assertThat(box.quantity()).isEqualByComparingTo("1");
        assertThat(box.baseQuantity()).isEqualByComparingTo("12");
        assertThat(box.unitPrice()).contains(eur("2.00"));
        assertThat(box.netAmount()).isEqualTo(eur("21.60"));
        assertThat(box.cost()).contains(eur("14.40"));
        assertThat(box.explanation().find("pricing.quantity"))
                .extracting(Step::text)
                .containsExactly("1 box = 12 piece");

        // half a box = 6 pieces < 10: no match, 12.00
        LinePricing half = price(policy, line(1, SEAL, "0.5", "box"));
        assertThat(half.baseQuantity()).isEqualByComparingTo("6.0");
        assertThat(half.outcomes()).isEmpty();
        assertThat(half.netAmount()).isEqualTo(eur("12.00"));

        // 9 pieces given in the base unit by name: no match, 18.00
        LinePricing pieces = price(policy, line(1, SEAL, "9", "piece"));
        assertThat(pieces.baseQuantity()).isEqualByComparingTo("9");
        assertThat(pieces.netAmount()).isEqualTo(eur("18.00"));
    }

    @Test
    void breakThresholdsAreComparedInBaseUnits() {
        DiscountPolicy policy = policy().addRule(rule(
                                "BREAKS",
                                DiscountEffect.volumeBreaks(
                                        VolumeBreaks.percentOff(BreakSemantics.RANGE, BreakAggregation.LINE)
                                                .from("24", Rate.percent(5))
                                                .build()))
                        .build())
                .build();

        // 2 boxes = 24 pieces, at the threshold: 24 × 1.90 = 45.60; 23 pieces: 46.00
        assertThat(price(policy, line(1, SEAL, "2", "box")).netAmount()).isEqualTo(eur("45.60"));
        assertThat(price(policy, line(1, SEAL, "23")).netAmount()).isEqualTo(eur("46.00"));
    }

    @Test
    void anUnknownSalesUnitLeavesTheLineUnpricedWithTheReason() {
        LinePricing crate = price(policy().build(), line(1, SEAL, "1", "crate"));

        assertThat(crate.unpricedReason()).contains("unit 'crate' is not known for product SEAL-2");
        assertThat(crate.netAmount()).isEqualTo(Money.zero(EUR));
        assertThat(crate.listAmount()).isEqualTo(Money.zero(EUR));
        assertThat(crate.unitPrice()).isEmpty();
        assertThat(crate.netUnitPrice()).isEmpty();
        assertThat(crate.listUnitPrice()).isEmpty();
        assertThat(crate.cost()).isEmpty();
        assertThat(crate.baseQuantity()).isEqualByComparingTo("0");
        assertThat(crate.explanation().render())
                .isEqualTo("line 1 is not priced: unit 'crate' is not known for product SEAL-2  [pricing.unpriced]\n");

        // a unit for a product the catalog does not know cannot be converted either
        LinePricing unknown = price(policy().build(), line(1, ProductId.of("NEW-1"), "1", "box"));
        assertThat(unknown.unpricedReason())
                .contains("product NEW-1 is not in the catalog, so unit 'box' cannot be converted");
    }

    // Returns

    @Test
    void aReturnIsPricedByItsAbsoluteQuantityWithItsAmountsNegative() {
        DiscountPolicy policy = policy().addRule(rule("TEN", off("10")).build()).build();
        LinePricing line = priceOne(policy, PUMP, "-12");

        // the sale of 12: 1200.00 − 10% = 1080.00; the return: −1080.00
        assertThat(line.quantity()).isEqualByComparingTo("-12");
        assertThat(line.baseQuantity()).isEqualByComparingTo("-12");
        assertThat(line.listAmount()).isEqualTo(eur("-1200.00"));
        assertThat(line.grossAmount()).isEqualTo(eur("-1200.00"));
        assertThat(line.discounts()).extracting(AppliedDiscount::amount).containsExactly(eur("-120.00"));
        assertThat(line.discountTotal()).isEqualTo(eur("-120.00"));
        assertThat(line.netAmount()).isEqualTo(eur("-1080.00"));
        assertThat(line.unitPrice()).contains(eur("100.00"));
        assertThat(line.netUnitPrice()).contains(eur("90.00"));
        assertThat(line.cost()).contains(eur("-840.00"));
        assertThat(line.margin()).contains(eur("-240.00"));
        assertThat(line.explanation().render())
                .contains("net EUR 1080.00 rounded once (HALF_EVEN to the minor unit) to EUR 1080.00; a return: EUR"
                        + " -1080.00  [pricing.net]")
                // the explanation shows the discount the sale had
                .contains("TEN (10% off): 10% of EUR 1200.00 (additive): EUR 120.00 off  [pricing.discount]");
    }

    @Test
    void aReturnReachesTheBreaksOfItsAbsoluteQuantity() {
        DiscountPolicy policy = policy().addRule(rule(
                                "BREAKS",
                                DiscountEffect.volumeBreaks(
                                        VolumeBreaks.percentOff(BreakSemantics.RANGE, BreakAggregation.LINE)
                                                .from("10", Rate.percent(5))
                                                .build()))
                        .build())
                .build();

        // 12 × 95.00 = 1140.00, returned: −1140.00; one box of seals returned: −24.00
        assertThat(priceOne(policy, PUMP, "-12").netAmount()).isEqualTo(eur("-1140.00"));
        LinePricing box = price(policy, line(1, SEAL, "-1", "box"));
        assertThat(box.baseQuantity()).isEqualByComparingTo("-12");
        assertThat(box.netAmount()).isEqualTo(eur("-22.80"));
    }

    @Test
    void aDiscountOnAReturnIsNotASurcharge() {
        LinePricing line = priceOne(
                policy().addRule(rule("TEN", off("10")).build())
                        .addRule(rule("SURCHARGE", off("-5")).build())
                        .build(),
                PUMP,
                "-12");

        // TEN took 120.00 off the sale (−120.00 on the return); SURCHARGE added 60.00 (+60.00)
        assertThat(line.discounts())
                .extracting(AppliedDiscount::rule, AppliedDiscount::isSurcharge)
                .containsExactlyInAnyOrder(tuple(id("TEN"), false), tuple(id("SURCHARGE"), true));
    }

    // Surcharges

    @Test
    void aNegativePercentageIsASurchargeAndIsShownAsOne() {
        DiscountEffect markup = off("-5");
        LinePricing line =
                priceOne(policy().addRule(rule("MARKUP", markup).build()).build(), PUMP, "10");

        // −5% of 1000.00 = −50.00 "off": a surcharge of 50.00, net 1050.00
        assertThat(markup.toString()).isEqualTo("5% surcharge");
        assertThat(line.discounts()).hasSize(1);
        AppliedDiscount d = line.discounts().get(0);
        assertThat(d.amount()).isEqualTo(eur("-50.00"));
        assertThat(d.isSurcharge()).isTrue();
        assertThat(line.discountTotal()).isEqualTo(eur("-50.00"));
        assertThat(line.netAmount()).isEqualTo(eur("1050.00"));
        assertThat(line.explanation().find("pricing.surcharge"))
                .extracting(Step::text)
                .containsExactly("MARKUP (5% surcharge): -5% of EUR 1000.00 (additive): surcharge EUR 50.00");
        assertThat(line.explanation().find("pricing.discount")).isEmpty();
    }

    @Test
    void aNegativeAmountOffIsASurchargePerUnit() {
        DiscountEffect handling = DiscountEffect.amountOff(eur("-1.50"));
        LinePricing line =
                priceOne(policy().addRule(rule("HANDLING", handling).build()).build(), PUMP, "10");

        // 1.50 more on each of 10 units: 1015.00
        assertThat(handling.toString()).isEqualTo("EUR 1.50 surcharge per unit");
        assertThat(line.netAmount()).isEqualTo(eur("1015.00"));
        assertThat(line.discounts().get(0).isSurcharge()).isTrue();
    }

    @Test
    void aSurchargeAndADiscountCombineOnOneLine() {
        LinePricing line = priceOne(
                policy().addRule(rule("MARKUP", off("-5")).build())
                        .addRule(rule("PROMO", off("12")).build())
                        .build(),
                PUMP,
                "10");

        // additive on 1000.00: +50.00 and −120.00: 930.00
        assertThat(line.netAmount()).isEqualTo(eur("930.00"));
        assertThat(line.discountTotal()).isEqualTo(eur("70.00"));
    }

    // Columns

    @Test
    void theAgreementsColumnBeatsTheTiersWhichBeatsTheList() {
        DiscountPolicy policy = policy().columns(COLUMNS).build();

        PricingResult agreement = policy.price(
                quote().account(C9).tier(KEY_TIER).addLine(line(1, PUMP, "1")).build());
        assertThat(agreement.column()).isEqualTo(AGREEMENT);
        assertThat(agreement.line(1).unitPrice()).contains(eur("90.00"));
        assertThat(agreement.explanation().render())
                .contains("account C-9 buys from its agreement's column agreement-c9");

        PricingResult tier =
                policy.price(quote().tier(KEY_TIER).addLine(line(1, PUMP, "1")).build());
        assertThat(tier.column()).isEqualTo(KEY);
        assertThat(tier.line(1).unitPrice()).contains(eur("95.00"));
        assertThat(tier.line(1).listUnitPrice()).contains(eur("100.00"));
        assertThat(tier.explanation().render()).contains("tier Key buys from column key-account");

        PricingResult list = policy.price(quote().addLine(line(1, PUMP, "1")).build());
        assertThat(list.column()).isEqualTo(LIST);
        assertThat(list.line(1).unitPrice()).contains(eur("100.00"));
        assertThat(list.explanation().render()).contains("no agreement or tier column: the list column list");
    }

    @Test
    void aColumnWithoutAPriceFallsBackToTheListPrice() {
        PricingResult r = policy().columns(COLUMNS)
                .build()
                .price(quote().tier(KEY_TIER).addLine(line(1, MINI, "2")).build());

        // MINI-2 has no key-account price: 2 × 50.00
        LinePricing line = r.line(1);
        assertThat(r.column()).isEqualTo(KEY);
        assertThat(line.column()).isEqualTo(LIST);
        assertThat(line.netAmount()).isEqualTo(eur("100.00"));
        assertThat(line.explanation().find("pricing.column.fallback"))
                .extracting(Step::text)
                .containsExactly("column key-account has no price for MINI-2 on " + DAY + ": the list price applies");
    }

    @Test
    void aProductWithoutAnyPriceIsLeftUnpricedWithTheReason() {
        PricingResult r = policy().columns(COLUMNS)
                .build()
                .price(quote().tier(KEY_TIER)
                        .addLine(line(1, GHOST, "2"))
                        .addLine(line(2, PUMP, "1"))
                        .build());

        assertThat(r.line(1).unpricedReason())
                .contains("no price for GHOST-1 on " + DAY + " in column key-account nor in the list column list");
        assertThat(r.isComplete()).isFalse();
        // the other line is priced all the same
        assertThat(r.line(2).netAmount()).isEqualTo(eur("95.00"));
        assertThat(r.netTotal()).isEqualTo(eur("95.00"));

        // without a tier the list column has no price either
        assertThat(priceOne(policy().build(), GHOST, "1").unpricedReason())
                .contains("no price for GHOST-1 on " + DAY + " in column list");
    }

    @Test
    void aProductPricedOnlyInTheAccountsColumnHasNoListPrice() {
        DiscountPolicy policy = policy().columns(COLUMNS).build();

        // SPECIAL-1 has a key-account price only: the list amount is the column's, 3 × 60.00
        LinePricing key = policy.price(
                        quote().tier(KEY_TIER).addLine(line(1, SPECIAL, "3")).build())
                .line(1);
        assertThat(key.listUnitPrice()).isEmpty();
        assertThat(key.unitPrice()).contains(eur("60.00"));
        assertThat(key.listAmount()).isEqualTo(eur("180.00"));
        // for an account buying from the list: unpriced
        assertThat(priceOne(policy, SPECIAL, "3").unpricedReason())
                .contains("no price for SPECIAL-1 on " + DAY + " in column list");
    }

    @Test
    void aPriceOutsideItsDatesIsNoPrice() {
        LinePricing line = policy().build()
                .price(quote().date(LocalDate.of(2027, 1, 1))
                        .addLine(line(1, PUMP, "1"))
                        .build())
                .line(1);

        assertThat(line.unpricedReason()).contains("no price for PUMP-7 on 2027-01-01 in column list");
    }

    // The value type

    @Test
    void aLineHoldsEveryFigureOfItsPricingAndIsEqualWhenPricedAgain() {
        DiscountPolicy policy = policy().columns(COLUMNS)
                .addRule(rule("TEN", off("10")).build())
                .guardRails(GuardRails.builder().minMargin(Rate.percent(50)).build())
                .build();
        Quote quote = quote().tier(KEY_TIER).addLine(line(3, PUMP, "2")).build();
        LinePricing line = policy.price(quote).line(3);

        // key-account 2 × 95.00 = 190.00; 10% off = 171.00; floor 140.00 × 1.5 = 210.00
        assertThat(line.lineNumber()).isEqualTo(3);
        assertThat(line.product()).isEqualTo(PUMP);
        assertThat(line.column()).isEqualTo(KEY);
        assertThat(line.listUnitPrice()).contains(eur("100.00"));
        assertThat(line.listAmount()).isEqualTo(eur("200.00"));
        assertThat(line.grossAmount()).isEqualTo(eur("190.00"));
        assertThat(line.discountTotal()).isEqualTo(eur("19.00"));
        assertThat(line.guardRailAmount()).isEqualTo(eur("39.00"));
        assertThat(line.netAmount()).isEqualTo(eur("210.00"));
        assertThat(line.netUnitPrice()).contains(eur("105.00"));
        assertThat(line.margin()).contains(eur("70.00"));
        assertThat(line.unpricedReason()).isEmpty();
        assertThat(line.conflicts()).isEmpty();
        assertThat(line.toString()).isEqualTo("line 3 PUMP-7 x 2: EUR 210.00");
        assertThat(priceOne(policy, GHOST, "1").toString())
                .isEqualTo(
                        "line 1 GHOST-1 x 1: EUR 0.00 (unpriced: no price for GHOST-1 on " + DAY + " in column list)");

        // equal when priced again (the explanation aside); another quantity is another line
        assertThat(line)
                .isEqualTo(policy.price(quote).line(3))
                .hasSameHashCodeAs(policy.price(quote).line(3));
        assertThat(line)
                .isNotEqualTo(policy.price(quote().tier(KEY_TIER)
                                .addLine(line(3, PUMP, "3"))
                                .build())
                        .line(3))
                .isNotEqualTo(policy.price(quote().addLine(line(3, PUMP, "2")).build())
                        .line(3))
                .isNotEqualTo("line");
    }

    @Test
    void theNetUnitPriceKeepsFourDecimalsBeyondTheCurrencys() {
        // 7 × 100.00 − 10% = 630.00; 630.00 / 7 = 90.000000
        LinePricing even =
                priceOne(policy().addRule(rule("TEN", off("10")).build()).build(), PUMP, "7");
        assertThat(even.netUnitPrice().orElseThrow().amount()).isEqualByComparingTo("90");
        assertThat(even.netUnitPrice().orElseThrow().amount().scale()).isEqualTo(6);

        // 3 × 100.00 × (1 − 66.6667%) = 300.00 × 0.333333 = 99.9999, rounded to 100.00;
        // 100.00 / 3 = 33.333333 (six decimals, half even)
        LinePricing third =
                priceOne(policy().addRule(rule("THIRD", off("66.6667")).build()).build(), PUMP, "3");
        assertThat(third.netAmount()).isEqualTo(eur("100.00"));
        assertThat(third.netUnitPrice().orElseThrow().amount()).isEqualTo("33.333333");
    }
}
