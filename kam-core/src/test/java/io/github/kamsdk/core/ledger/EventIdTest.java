package io.github.kamsdk.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three host identifiers of the ledger: kept as given, ordered as strings. */
class EventIdTest {
    @Test
    void eventIdKeepsTheHostsText() {
        EventId id = EventId.of("INV-2026-0042");
        assertThat(id.value()).isEqualTo("INV-2026-0042");
        assertThat(id).hasToString("INV-2026-0042").isEqualTo(EventId.of("INV-2026-0042"));
        assertThat(id).hasSameHashCodeAs(EventId.of("INV-2026-0042"));
        assertThat(id).isNotEqualTo(EventId.of("inv-2026-0042"));
        // Ordered as strings: "INV-10" sorts before "INV-9".
        assertThat(EventId.of("INV-10")).isLessThan(EventId.of("INV-9"));
        assertThat(EventId.of("a".repeat(200)).value()).hasSize(200);
        assertThat(EventId.of("with inner space").value()).isEqualTo("with inner space");
    }

    @Test
    void productIdKeepsTheHostsText() {
        ProductId id = ProductId.of("SKU-1001");
        assertThat(id.value()).isEqualTo("SKU-1001");
        assertThat(id).hasToString("SKU-1001").isEqualTo(ProductId.of("SKU-1001"));
        assertThat(id).hasSameHashCodeAs(ProductId.of("SKU-1001"));
        assertThat(ProductId.of("SKU-1001")).isLessThan(ProductId.of("SKU-2"));
        assertThat(id).isNotEqualTo(ProductId.of("SKU-1002"));
    }

    @Test
    void productGroupIdKeepsTheHostsText() {
        ProductGroupId id = ProductGroupId.of("PUMPS");
        assertThat(id.value()).isEqualTo("PUMPS");
        assertThat(id).hasToString("PUMPS").isEqualTo(ProductGroupId.of("PUMPS"));
        assertThat(id).hasSameHashCodeAs(ProductGroupId.of("PUMPS"));
        assertThat(ProductGroupId.of("PUMPS")).isGreaterThan(ProductGroupId.of("MOTORS"));
        assertThat(id).isNotEqualTo(ProductGroupId.of("VALVES"));
    }
}
