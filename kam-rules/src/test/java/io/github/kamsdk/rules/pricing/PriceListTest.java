package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static io.github.kamsdk.rules.pricing.PricingExample.AGREEMENT;
import static io.github.kamsdk.rules.pricing.PricingExample.DIST;
import static io.github.kamsdk.rules.pricing.PricingExample.EUR;
import static io.github.kamsdk.rules.pricing.PricingExample.GHOST;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY;
import static io.github.kamsdk.rules.pricing.PricingExample.LIST;
import static io.github.kamsdk.rules.pricing.PricingExample.MINI;
import static io.github.kamsdk.rules.pricing.PricingExample.PRICES;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Dated prices per product and column: lookups by date, overlaps refused. */
class PriceListTest {
    static final DateRange H1 = DateRange.closed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    static final DateRange H2 = DateRange.closed(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));

    static final PriceList DATED = PriceList.builder(LIST, EUR)
            // given out of date order on purpose
            .price(PUMP, LIST, H2, eur("105.00"))
            .price(PUMP, LIST, H1, eur("100.00"))
            .price(PUMP, KEY, H1, eur("95.00"))
            .build();

    @Test
    void aPriceIsLookedUpByProductColumnAndDay() {
        assertThat(DATED.price(PUMP, LIST, LocalDate.of(2026, 1, 1))).contains(eur("100.00"));
        assertThat(DATED.price(PUMP, LIST, LocalDate.of(2026, 6, 30))).contains(eur("100.00"));
        assertThat(DATED.price(PUMP, LIST, LocalDate.of(2026, 7, 1))).contains(eur("105.00"));
        assertThat(DATED.price(PUMP, LIST, LocalDate.of(2026, 12, 31))).contains(eur("105.00"));
        // before, after, another column, another product: none
        assertThat(DATED.price(PUMP, LIST, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(DATED.price(PUMP, LIST, LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(DATED.price(PUMP, KEY, LocalDate.of(2026, 7, 1))).isEmpty();
        assertThat(DATED.price(PUMP, DIST, LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(DATED.price(MINI, LIST, LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void aPriceListKnowsItsBaseColumnCurrencyAndEachProductsColumns() {
        assertThat(DATED.baseColumn()).isEqualTo(LIST);
        assertThat(DATED.currency()).isEqualTo(EUR);
        assertThat(DATED.size()).isEqualTo(3);
        assertThat(DATED.columnsOf(PUMP)).containsExactly(KEY, LIST);
        assertThat(PRICES.columnsOf(PUMP)).containsExactly(AGREEMENT, DIST, KEY, LIST);
        assertThat(DATED.columnsOf(GHOST)).isEmpty();
        assertThat(DATED.toString()).isEqualTo("PriceList{base list, EUR, 3 prices}");
    }

    @Test
    void listsWithTheSamePricesAreEqual() {
        PriceList same = PriceList.builder(LIST, EUR)
                .price(PUMP, KEY, H1, eur("95.00"))
                .price(PUMP, LIST, H1, eur("100.00"))
                .price(PUMP, LIST, H2, eur("105.00"))
                .build();

        assertThat(DATED).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(DATED)
                .isNotEqualTo(PriceList.builder(LIST, EUR)
                        .price(PUMP, LIST, H1, eur("100.00"))
                        .build())
                .isNotEqualTo(PriceList.builder(KEY, EUR)
                        .price(PUMP, KEY, H1, eur("95.00"))
                        .price(PUMP, LIST, H1, eur("100.00"))
                        .price(PUMP, LIST, H2, eur("105.00"))
                        .build())
                .isNotEqualTo("prices");
    }

    @Test
    void aFreePriceIsAPrice() {
        PriceList free =
                PriceList.builder(LIST, EUR).price(PUMP, LIST, H1, eur("0.00")).build();

        assertThat(free.price(PUMP, LIST, LocalDate.of(2026, 2, 1))).contains(eur("0.00"));
    }

    @Test
    void overlappingValiditiesOfOneProductInOneColumnAreRefused() {
        DateRange spring = DateRange.closed(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        assertRejected(
                () -> PriceList.builder(LIST, EUR)
                        .price(PUMP, LIST, H1, eur("100.00"))
                        .price(PUMP, LIST, spring, eur("90.00")),
                "prices of PUMP-7 in column list overlap",
                "EUR 100.00",
                "EUR 90.00");
        // one day of overlap is an overlap
        assertRejected(
                () -> PriceList.builder(LIST, EUR)
                        .price(PUMP, LIST, H1, eur("100.00"))
                        .price(
                                PUMP,
                                LIST,
                                DateRange.closed(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 8, 1)),
                                eur("90.00")),
                "prices of PUMP-7 in column list overlap");
        // the same days in another column or for another product are fine
        PriceList fine = PriceList.builder(LIST, EUR)
                .price(PUMP, LIST, H1, eur("100.00"))
                .price(PUMP, KEY, H1, eur("90.00"))
                .price(MINI, LIST, H1, eur("90.00"))
                .build();
        assertThat(fine.size()).isEqualTo(3);
    }

    @Test
    void aPriceInAnotherCurrencyIsRefused() {
        assertRejected(
                () -> PriceList.builder(LIST, Currency.getInstance("EUR"))
                        .price(PUMP, LIST, H1, PricingExample.usd("100.00")),
                "unitPrice of PUMP-7 in column list must be in EUR: USD 100.00");
    }
}
