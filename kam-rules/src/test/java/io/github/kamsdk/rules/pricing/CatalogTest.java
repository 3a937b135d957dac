package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static io.github.kamsdk.rules.pricing.PricingExample.CATALOG;
import static io.github.kamsdk.rules.pricing.PricingExample.MINI;
import static io.github.kamsdk.rules.pricing.PricingExample.PRODUCT_GROUPS;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMPS;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP_INFO;
import static io.github.kamsdk.rules.pricing.PricingExample.SEAL;
import static io.github.kamsdk.rules.pricing.PricingExample.SEAL_INFO;
import static io.github.kamsdk.rules.pricing.PricingExample.VALVE_INFO;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.ProductId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog and what it knows of each product: group, cost, base unit, sales units. */
class CatalogTest {

    @Test
    void aProductIsFoundByIdAndProductsAreListedInIdOrder() {
        assertThat(CATALOG.find(PUMP)).contains(PUMP_INFO);
        assertThat(CATALOG.find(ProductId.of("NOPE"))).isEmpty();
        assertThat(CATALOG.products().keySet())
                .extracting(ProductId::value)
                .containsExactly("GHOST-1", "MINI-2", "PUMP-7", "SEAL-2", "SPECIAL-1", "VALVE-1");
        assertThat(CATALOG.groups()).isEqualTo(PRODUCT_GROUPS);
        assertThat(CATALOG.toString()).isEqualTo("Catalog{6 products}");
    }

    @Test
    void catalogsOfTheSameProductsAndGroupsAreEqual() {
        Catalog two = Catalog.builder()
                .addAll(List.of(SEAL_INFO, PUMP_INFO))
                .groups(PRODUCT_GROUPS)
                .build();
        Catalog same = Catalog.builder()
                .add(PUMP_INFO)
                .add(SEAL_INFO)
                .groups(PRODUCT_GROUPS)
                .build();

        assertThat(two).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(two)
                .isNotEqualTo(Catalog.builder().add(PUMP_INFO).add(SEAL_INFO).build())
                .isNotEqualTo(
                        Catalog.builder().add(PUMP_INFO).groups(PRODUCT_GROUPS).build())
                .isNotEqualTo("catalog");
        assertThat(Catalog.builder().build().groups()).isEqualTo(Hierarchy.flat());
    }

    @Test
    void aQuantityInASalesUnitIsMultipliedByItsFactor() {
        assertThat(SEAL_INFO.toBase(q("2"), "box")).isEqualByComparingTo("24");
        assertThat(SEAL_INFO.toBase(q("0.25"), "box")).isEqualByComparingTo("3");
        assertThat(SEAL_INFO.toBase(q("-1"), "box")).isEqualByComparingTo("-12");
        assertThat(SEAL_INFO.toBase(q("7"), "piece")).isEqualByComparingTo("7");
        assertRejected(
                () -> SEAL_INFO.toBase(q("1"), "crate"),
                "unit 'crate' is not known for product SEAL-2: its base unit is 'piece', its sales units [box]");
    }

    @Test
    void aProductInfoHoldsGroupCostAndUnitsWithDefaults() {
        assertThat(SEAL_INFO.product()).isEqualTo(SEAL);
        assertThat(SEAL_INFO.group()).contains(PricingExample.SEALS);
        assertThat(SEAL_INFO.unitCost()).contains(eur("1.20"));
        assertThat(SEAL_INFO.baseUnit()).isEqualTo("piece");
        assertThat(SEAL_INFO.units()).containsEntry("box", q("12"));
        // defaults: base unit "unit", no group, no cost, no sales unit
        assertThat(VALVE_INFO.baseUnit()).isEqualTo("unit");
        assertThat(VALVE_INFO.group()).isEmpty();
        assertThat(VALVE_INFO.unitCost()).isEmpty();
        assertThat(VALVE_INFO.units()).isEmpty();
        assertThat(VALVE_INFO.toBase(q("3"), "unit")).isEqualByComparingTo("3");
        assertThat(PUMP_INFO)
                .isEqualTo(ProductInfo.builder()
                        .product(PUMP)
                        .group(PUMPS)
                        .unitCost(eur("70.00"))
                        .build())
                .isNotEqualTo(ProductInfo.builder()
                        .product(PUMP)
                        .group(PUMPS)
                        .unitCost(eur("71.00"))
                        .build())
                .isNotEqualTo(ProductInfo.builder()
                        .product(MINI)
                        .group(PUMPS)
                        .unitCost(eur("70.00"))
                        .build());
        // a free product costs nothing, and that is a known cost
        assertThat(ProductInfo.builder()
                        .product(MINI)
                        .unitCost(eur("0.00"))
                        .build()
                        .unitCost())
                .contains(eur("0.00"));
    }
}
