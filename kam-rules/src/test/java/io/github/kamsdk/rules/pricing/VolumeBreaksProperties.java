package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.testing.PricingGens.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.rules.testing.PricingGens;
import io.github.kamsdk.rules.testing.PricingGens.BreakCase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of volume breaks over generated bands ({@link PricingGens#risingBreakCases()}).
 *
 * <p><b>Slab against range</b>, checked by hand first on BreakSemantics' example (60 units, 0–9 at
 * list, 10–49 at 5%, 50+ at 10%, 100.00: range 5,400.00, slab 5,700.00): when the discount rises
 * (or stays) from band to band, range pricing never costs more than slab pricing, and slab pricing
 * never more than the column price: {@code range ≤ slab ≤ gross}. Range prices every unit at the
 * discount of the band the whole quantity reaches, the highest reached; slab prices the unit at
 * place {@code k} at the discount of the band {@code k} is in, never higher. The two are equal
 * exactly when every place below the quantity is in a band of the same discount as the band the
 * quantity reaches. (So "slab never costs more than range" does not hold: it is the other way.)
 * Both are checked against naive oracles that price unit by unit.
 */
class VolumeBreaksProperties {
    static final ProductId P = ProductId.of("P");
    static final ProductGroupId G = ProductGroupId.of("G");

    static DiscountPolicy policy(Money unitPrice, VolumeBreaks breaks) {
        return DiscountPolicy.builder(
                        PriceList.builder(PricingGens.LIST, EUR)
                                .price(P, PricingGens.LIST, PricingGens.YEAR, unitPrice)
                                .build(),
                        Catalog.builder()
                                .add(ProductInfo.builder().product(P).group(G).build())
                                .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("BREAKS"))
                        .effect(DiscountEffect.volumeBreaks(breaks))
                        .build())
                .build();
    }

    static Quote.Builder quote() {
        return Quote.builder().id(EventId.of("Q")).account(AccountId.of("C")).date(PricingGens.YEAR.start());
    }

    /** The exact amount of the one line of {@code quantity} units (no price rule, no rail). */
    static Money exact(DiscountPolicy policy, int quantity) {
        LinePricing line = policy.price(quote().addLine(QuoteLine.of(1, P, BigDecimal.valueOf(quantity)))
                        .build())
                .line(1);
        return line.grossAmount().minus(line.discountTotal());
    }

    /** Unit by unit: the unit at place k at the percentage of the band k is in. */
    static Money naiveSlab(BreakCase c) {
        Money sum = Money.zero(EUR);
        for (int k = 0; k < c.quantity(); k++) {
            sum = sum.plus(c.unitPrice().minus(c.unitPrice().times(c.percentAt(k))));
        }
        return sum;
    }

    /** Every unit at the percentage of the band the quantity reaches. */
    static Money naiveRange(BreakCase c) {
        Money unit = c.unitPrice().minus(c.unitPrice().times(c.percentAt(c.quantity())));
        return unit.times(c.quantity());
    }

    static boolean allPlacesAtTheReachedPercentage(BreakCase c) {
        for (int k = 0; k < c.quantity(); k++) {
            if (!c.percentAt(k).equals(c.percentAt(c.quantity()))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void slabAndRangeAgreeWithUnitByUnitPricing() {
        Props.qt().forAll(PricingGens.risingBreakCases()).checkAssert(c -> {
            assertThat(exact(policy(c.unitPrice(), c.breaks(BreakSemantics.SLAB)), c.quantity()))
                    .isEqualTo(naiveSlab(c));
            assertThat(exact(policy(c.unitPrice(), c.breaks(BreakSemantics.RANGE)), c.quantity()))
                    .isEqualTo(naiveRange(c));
        });
    }

    @Test
    void withRisingDiscountsRangeNeverCostsMoreThanSlabNorSlabMoreThanTheColumnPrice() {
        Props.qt().forAll(PricingGens.risingBreakCases()).checkAssert(c -> {
            Money slab = exact(policy(c.unitPrice(), c.breaks(BreakSemantics.SLAB)), c.quantity());
            Money range = exact(policy(c.unitPrice(), c.breaks(BreakSemantics.RANGE)), c.quantity());
            Money gross = c.unitPrice().times(c.quantity());

            assertThat(range).isLessThanOrEqualTo(slab);
            assertThat(slab).isLessThanOrEqualTo(gross);
            assertThat(slab.equals(range)).isEqualTo(allPlacesAtTheReachedPercentage(c));
        });
    }

    @Test
    void unitPriceBreaksObeyTheSameLawWhenPricesFall() {
        // the same bands as prices: each band at the column price less its percentage
        Props.qt().forAll(PricingGens.risingBreakCases()).checkAssert(c -> {
            Money slab = exact(policy(c.unitPrice(), c.priceBreaks(BreakSemantics.SLAB)), c.quantity());
            Money range = exact(policy(c.unitPrice(), c.priceBreaks(BreakSemantics.RANGE)), c.quantity());

            assertThat(slab).isEqualTo(naiveSlab(c));
            assertThat(range).isEqualTo(naiveRange(c));
            assertThat(range).isLessThanOrEqualTo(slab);
        });
    }

    @Test
    void orderGroupBreaksPriceTheLinesOfAGroupAsOneLineOfTheirTotal() {
        Props.qt()
                .forAll(
                        PricingGens.risingBreakCases(),
                        lists().of(integers().between(1, 60)).ofSizeBetween(1, 4))
                .checkAssert((c, parts) -> {
                    int total = parts.stream().mapToInt(Integer::intValue).sum();
                    for (BreakSemantics semantics : BreakSemantics.values()) {
                        VolumeBreaks line = c.breaks(semantics);
                        VolumeBreaks.PercentBuilder group =
                                VolumeBreaks.percentOff(semantics, BreakAggregation.ORDER_GROUP);
                        for (int i = 0; i < c.thresholds().size(); i++) {
                            group.from(
                                    Integer.toString(c.thresholds().get(i)),
                                    c.percents().get(i));
                        }
                        Quote.Builder split = quote();
                        for (int i = 0; i < parts.size(); i++) {
                            split.addLine(QuoteLine.of(i + 1, P, BigDecimal.valueOf(parts.get(i))));
                        }
                        PricingResult r = policy(c.unitPrice(), group.build()).price(split.build());
                        Money sum = Money.zero(EUR);
                        for (LinePricing l : r.lines()) {
                            sum = sum.plus(l.grossAmount().minus(l.discountTotal()));
                        }

                        assertThat(sum)
                                .as("%s over %s", semantics, parts)
                                .isEqualTo(exact(policy(c.unitPrice(), line), total));
                    }
                });
    }

    @Test
    void aLineOfOneUnitPricesAtTheFirstBand() {
        // the unit at place 0 is always in the band from zero (no discount) under slab breaks
        Props.qt()
                .forAll(PricingGens.risingBreakCases())
                .checkAssert(c -> assertThat(exact(policy(c.unitPrice(), c.breaks(BreakSemantics.SLAB)), 1))
                        .isEqualTo(c.unitPrice()));
    }
}
