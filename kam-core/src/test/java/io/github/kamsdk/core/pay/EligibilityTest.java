package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import org.junit.jupiter.api.Test;

/**
 * {@link Eligibility}: a line passes the inclusion (none set, or its product or group included) and
 * is not excluded by product or group; an exclusion wins; a line without product or group passes
 * only when no inclusion is set and is never excluded.
 */
class EligibilityTest {
    static final ProductId PUMP_7 = ProductId.of("PUMP-7");
    static final ProductId PUMP_9 = ProductId.of("PUMP-9");
    static final ProductId GIFT_CARD = ProductId.of("GIFT-CARD");
    static final ProductGroupId PUMPS = ProductGroupId.of("PUMPS");
    static final ProductGroupId FREIGHT = ProductGroupId.of("FREIGHT");

    static TransactionLine line(ProductId product, ProductGroupId group) {
        return TransactionLine.builder()
                .product(product)
                .group(group)
                .amount(eur("100"))
                .build();
    }

    static TransactionLine productOnly(ProductId product) {
        return TransactionLine.builder().product(product).amount(eur("100")).build();
    }

    static TransactionLine groupOnly(ProductGroupId group) {
        return TransactionLine.builder().group(group).amount(eur("100")).build();
    }

    static final TransactionLine BARE = TransactionLine.of(eur("100"));

    @Test
    void allMakesEveryLineEligible() {
        Eligibility all = Eligibility.all();
        assertThat(all.isEligible(line(PUMP_7, PUMPS))).isTrue();
        assertThat(all.isEligible(BARE)).isTrue();
        assertThat(all.whyNot(line(GIFT_CARD, FREIGHT))).isEmpty();
        assertThat(all.includedProducts()).isEmpty();
        assertThat(all.includedGroups()).isEmpty();
        assertThat(all.excludedProducts()).isEmpty();
        assertThat(all.excludedGroups()).isEmpty();
        assertThat(all).hasToString("all lines");
    }

    @Test
    void anEmptyBuilderIsAll() {
        assertThat(Eligibility.builder().build()).isSameAs(Eligibility.all());
    }

    @Test
    void anExcludedGroupOrProductDoesNotEarn() {
        Eligibility noFreight = Eligibility.builder()
                .excludeGroup(FREIGHT)
                .excludeProduct(GIFT_CARD)
                .build();
        assertThat(noFreight.isEligible(line(PUMP_7, PUMPS))).isTrue();
        assertThat(noFreight.whyNot(line(PUMP_7, FREIGHT))).contains("group FREIGHT is excluded");
        assertThat(noFreight.whyNot(line(GIFT_CARD, PUMPS))).contains("product GIFT-CARD is excluded");
        // the product is judged before the group
        assertThat(noFreight.whyNot(line(GIFT_CARD, FREIGHT))).contains("product GIFT-CARD is excluded");
        assertThat(noFreight.isEligible(productOnly(GIFT_CARD))).isFalse();
        assertThat(noFreight.isEligible(groupOnly(FREIGHT))).isFalse();
        assertThat(noFreight.excludedGroups()).containsExactly(FREIGHT);
        assertThat(noFreight.excludedProducts()).containsExactly(GIFT_CARD);
    }

    @Test
    void onceAnInclusionIsSetOnlyIncludedLinesEarn() {
        Eligibility pumpsOnly = Eligibility.builder().includeGroup(PUMPS).build();
        assertThat(pumpsOnly.isEligible(line(PUMP_7, PUMPS))).isTrue();
        assertThat(pumpsOnly.isEligible(groupOnly(PUMPS))).isTrue();
        assertThat(pumpsOnly.whyNot(line(GIFT_CARD, FREIGHT)))
                .contains("neither product GIFT-CARD nor group FREIGHT is included");
        assertThat(pumpsOnly.whyNot(productOnly(PUMP_7)))
                .contains("neither product PUMP-7 nor group (none) is included");
        assertThat(pumpsOnly.includedGroups()).containsExactly(PUMPS);
        assertThat(pumpsOnly.includedProducts()).isEmpty();
    }

    @Test
    void aProductOrItsGroupIncludedIsEnough() {
        Eligibility e = Eligibility.builder()
                .includeProduct(GIFT_CARD)
                .includeGroup(PUMPS)
                .build();
        assertThat(e.isEligible(line(GIFT_CARD, FREIGHT))).isTrue(); // by product
        assertThat(e.isEligible(line(PUMP_9, PUMPS))).isTrue(); // by group
        assertThat(e.isEligible(productOnly(GIFT_CARD))).isTrue();
        assertThat(e.isEligible(line(PUMP_9, FREIGHT))).isFalse();
    }

    @Test
    void anExclusionWinsOverAnInclusion() {
        Eligibility e =
                Eligibility.builder().includeGroup(PUMPS).excludeProduct(PUMP_9).build();
        assertThat(e.isEligible(line(PUMP_7, PUMPS))).isTrue();
        assertThat(e.whyNot(line(PUMP_9, PUMPS))).contains("product PUMP-9 is excluded");
        Eligibility both = Eligibility.builder()
                .includeGroup(FREIGHT)
                .excludeGroup(FREIGHT)
                .build();
        assertThat(both.whyNot(line(PUMP_7, FREIGHT))).contains("group FREIGHT is excluded");
        Eligibility sameProduct = Eligibility.builder()
                .includeProduct(PUMP_7)
                .excludeProduct(PUMP_7)
                .build();
        assertThat(sameProduct.isEligible(productOnly(PUMP_7))).isFalse();
    }

    @Test
    void aLineWithoutProductOrGroupPassesOnlyWithoutInclusionAndIsNeverExcluded() {
        Eligibility exclusions = Eligibility.builder()
                .excludeGroup(FREIGHT)
                .excludeProduct(GIFT_CARD)
                .build();
        assertThat(exclusions.isEligible(BARE)).isTrue();
        assertThat(exclusions.whyNot(BARE)).isEmpty();
        Eligibility inclusion = Eligibility.builder().includeProduct(PUMP_7).build();
        assertThat(inclusion.isEligible(BARE)).isFalse();
        assertThat(inclusion.whyNot(BARE)).contains("neither product (none) nor group (none) is included");
    }

    @Test
    void toStringNamesTheSets() {
        assertThat(Eligibility.builder()
                        .excludeGroup(FREIGHT)
                        .excludeProduct(GIFT_CARD)
                        .build())
                .hasToString("all lines except products [GIFT-CARD] groups [FREIGHT]");
        assertThat(Eligibility.builder().includeGroup(PUMPS).build()).hasToString("only groups [PUMPS]");
        assertThat(Eligibility.builder()
                        .includeProduct(PUMP_9)
                        .includeProduct(PUMP_7)
                        .includeGroup(PUMPS)
                        .excludeProduct(GIFT_CARD)
                        .build())
                .hasToString("only products [PUMP-7, PUMP-9] groups [PUMPS] except products [GIFT-CARD]");
    }

    @Test
    void equalityIsByTheFourSets() {
        new EqualsTester()
                .addEqualityGroup(Eligibility.all(), Eligibility.builder().build())
                .addEqualityGroup(
                        Eligibility.builder().includeGroup(PUMPS).build(),
                        Eligibility.builder()
                                .includeGroup(PUMPS)
                                .includeGroup(PUMPS)
                                .build())
                .addEqualityGroup(Eligibility.builder().excludeGroup(PUMPS).build())
                .addEqualityGroup(Eligibility.builder().includeProduct(PUMP_7).build())
                .addEqualityGroup(Eligibility.builder().excludeProduct(PUMP_7).build())
                .addEqualityGroup(
                        Eligibility.builder()
                                .includeProduct(PUMP_7)
                                .includeProduct(PUMP_9)
                                .build(),
                        Eligibility.builder()
                                .includeProduct(PUMP_9)
                                .includeProduct(PUMP_7)
                                .build())
                .testEquals();
    }
}
