package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static io.github.kamsdk.rules.pricing.PricingExample.ACCOUNT_GROUPS;
import static io.github.kamsdk.rules.pricing.PricingExample.HYDRAULICS;
import static io.github.kamsdk.rules.pricing.PricingExample.IBERIA;
import static io.github.kamsdk.rules.pricing.PricingExample.MADRID;
import static io.github.kamsdk.rules.pricing.PricingExample.PRODUCT_GROUPS;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMPS;
import static io.github.kamsdk.rules.pricing.PricingExample.SEALS;
import static io.github.kamsdk.rules.pricing.PricingExample.SMALL_PUMPS;
import static io.github.kamsdk.rules.pricing.PricingExample.SPAIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.ProductGroupId;
import org.junit.jupiter.api.Test;

/**
 * The trees of product and account groups: parents, ancestors nearest first, depth, membership,
 * and cycles refused.
 *
 * <pre>
 * HYDRAULICS └── PUMPS └── SMALL-PUMPS        SEALS (a root: not in the hierarchy)
 * IBERIA └── SPAIN └── MADRID
 * </pre>
 */
class HierarchyTest {

    @Test
    void ancestorsAreListedNearestFirst() {
        assertThat(PRODUCT_GROUPS.ancestorsOrSelf(SMALL_PUMPS)).containsExactly(SMALL_PUMPS, PUMPS, HYDRAULICS);
        assertThat(PRODUCT_GROUPS.ancestorsOrSelf(HYDRAULICS)).containsExactly(HYDRAULICS);
        assertThat(ACCOUNT_GROUPS.ancestorsOrSelf(MADRID)).containsExactly(MADRID, SPAIN, IBERIA);
        // a group the hierarchy does not name is a root of its own
        assertThat(PRODUCT_GROUPS.ancestorsOrSelf(SEALS)).containsExactly(SEALS);
    }

    @Test
    void theDepthCountsTheLevelsAboveAGroup() {
        assertThat(PRODUCT_GROUPS.depth(HYDRAULICS)).isZero();
        assertThat(PRODUCT_GROUPS.depth(PUMPS)).isEqualTo(1);
        assertThat(PRODUCT_GROUPS.depth(SMALL_PUMPS)).isEqualTo(2);
        assertThat(PRODUCT_GROUPS.depth(SEALS)).isZero();
    }

    @Test
    void aGroupIsWithinItselfAndEveryGroupAboveIt() {
        assertThat(PRODUCT_GROUPS.isWithin(SMALL_PUMPS, HYDRAULICS)).isTrue();
        assertThat(PRODUCT_GROUPS.isWithin(SMALL_PUMPS, SMALL_PUMPS)).isTrue();
        assertThat(PRODUCT_GROUPS.isWithin(PUMPS, SMALL_PUMPS)).isFalse();
        assertThat(PRODUCT_GROUPS.isWithin(SEALS, HYDRAULICS)).isFalse();
        assertThat(PRODUCT_GROUPS.parent(SMALL_PUMPS)).contains(PUMPS);
        assertThat(PRODUCT_GROUPS.parent(HYDRAULICS)).isEmpty();
        assertThat(PRODUCT_GROUPS.parents()).containsOnlyKeys(PUMPS, SMALL_PUMPS);
    }

    @Test
    void aFlatHierarchyHasOnlyRoots() {
        Hierarchy<ProductGroupId> flat = Hierarchy.flat();

        assertThat(flat.ancestorsOrSelf(PUMPS)).containsExactly(PUMPS);
        assertThat(flat.depth(PUMPS)).isZero();
        assertThat(flat.parent(PUMPS)).isEmpty();
        assertThat(flat).isEqualTo(Hierarchy.<ProductGroupId>builder().build());
        assertThat(flat.toString()).isEqualTo("Hierarchy{}");
    }

    @Test
    void equalityIsByLinksWhateverTheOrderGiven() {
        Hierarchy<ProductGroupId> sameLinks = Hierarchy.<ProductGroupId>builder()
                .parent(SMALL_PUMPS, PUMPS)
                .parent(PUMPS, HYDRAULICS)
                .build();

        assertThat(PRODUCT_GROUPS).isEqualTo(sameLinks).hasSameHashCodeAs(sameLinks);
        assertThat(PRODUCT_GROUPS)
                .isNotEqualTo(Hierarchy.<ProductGroupId>builder()
                        .parent(PUMPS, HYDRAULICS)
                        .build())
                .isNotEqualTo("groups");
        assertThat(PRODUCT_GROUPS.toString()).isEqualTo("Hierarchy{PUMPS=HYDRAULICS, SMALL-PUMPS=PUMPS}");
    }

    @Test
    void cyclesAreRefusedWhenBuilt() {
        assertRejected(
                () -> Hierarchy.<ProductGroupId>builder()
                        .parent(PUMPS, HYDRAULICS)
                        .parent(HYDRAULICS, SMALL_PUMPS)
                        .parent(SMALL_PUMPS, PUMPS)
                        .build(),
                "groups form a cycle: [HYDRAULICS, SMALL-PUMPS, PUMPS, HYDRAULICS]");
        assertRejected(
                () -> Hierarchy.<AccountGroupId>builder()
                        .parent(SPAIN, IBERIA)
                        .parent(IBERIA, SPAIN)
                        .build(),
                "groups form a cycle: [IBERIA, SPAIN, IBERIA]");
        assertRejected(
                () -> Hierarchy.<ProductGroupId>builder().parent(PUMPS, PUMPS),
                "a group cannot be its own parent: PUMPS");
    }

    @Test
    void aGroupHasOneParent() {
        assertRejected(
                () -> Hierarchy.<ProductGroupId>builder()
                        .parent(PUMPS, HYDRAULICS)
                        .parent(PUMPS, SEALS),
                "group PUMPS has a parent already: HYDRAULICS");
    }
}
