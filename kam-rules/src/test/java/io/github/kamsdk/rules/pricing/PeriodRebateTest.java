package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.C1;
import static io.github.kamsdk.rules.pricing.PricingExample.C2;
import static io.github.kamsdk.rules.pricing.PricingExample.CATALOG;
import static io.github.kamsdk.rules.pricing.PricingExample.EUR;
import static io.github.kamsdk.rules.pricing.PricingExample.HYDRAULICS;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMPS;
import static io.github.kamsdk.rules.pricing.PricingExample.SEAL;
import static io.github.kamsdk.rules.pricing.PricingExample.SEALS;
import static io.github.kamsdk.rules.pricing.PricingExample.SMALL_PUMPS;
import static io.github.kamsdk.rules.pricing.PricingExample.VALVE;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.id;
import static io.github.kamsdk.rules.pricing.PricingExample.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Period rebates from a ledger, and the purchase history the same ledger gives. The ledger:
 *
 * <pre>
 * SO-5  C-1  2026-03-31  PUMP-7 30 × 100.00                        (Q1: outside the period)
 * SO-1  C-1  2026-04-10  PUMP-7 60 × 100.00 = 6,000.00
 * SO-2  C-1  2026-05-05  PUMP-7 50 × 100.00 = 5,000.00, SEAL-2 100 × 2.00 = 200.00: 5,200.00
 * SO-3  C-2  2026-05-06  PUMP-7 500 × 100.00                       (another account)
 * SO-4  C-1  2026-07-01  PUMP-7 100 × 100.00                       (Q3: outside the period)
 * </pre>
 *
 * The rebate: 3% back on pumps (PUMPS and below) from 100 units in Q2 2026.
 */
class PeriodRebateTest {
    static final DateRange Q2 = DateRange.ofQuarter(2026, 2);
    static final Credits CREDITS = Credits.solely(ManagerId.of("M-1"));

    static OrderLine orderLine(int n, ProductId product, String quantity, String price) {
        return OrderLine.builder()
                .lineNumber(n)
                .product(product)
                .quantity(q(quantity))
                .unitPrice(eur(price))
                .unitCost(eur("0.00"))
                .build();
    }

    static Order order(String id, AccountId account, LocalDate date, OrderLine... lines) {
        return Order.builder()
                .id(EventId.of(id))
                .account(account)
                .credits(CREDITS)
                .date(date)
                .currency(EUR)
                .addLines(List.of(lines))
                .build();
    }

    static final List<CommercialEvent> EVENTS = List.of(
            order("SO-5", C1, LocalDate.of(2026, 3, 31), orderLine(1, PUMP, "30", "100.00")),
            order("SO-1", C1, LocalDate.of(2026, 4, 10), orderLine(1, PUMP, "60", "100.00")),
            order(
                    "SO-2",
                    C1,
                    LocalDate.of(2026, 5, 5),
                    orderLine(1, PUMP, "50", "100.00"),
                    orderLine(2, SEAL, "100", "2.00")),
            order("SO-3", C2, LocalDate.of(2026, 5, 6), orderLine(1, PUMP, "500", "100.00")),
            order("SO-4", C1, LocalDate.of(2026, 7, 1), orderLine(1, PUMP, "100", "100.00")));

    static final Ledger LEDGER = Ledger.of(EVENTS);

    static PeriodRebate.Builder pumps(String minimum) {
        return PeriodRebate.builder()
                .id(id("REBATE-Q2-PUMPS"))
                .period(Q2)
                .addProductGroup(PUMPS)
                .minQuantity(q(minimum))
                .rebate(Rate.percent(3));
    }

    static Ledger withReturn(String value) {
        List<CommercialEvent> events = new ArrayList<>(EVENTS);
        events.add(Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of("REV-1"))
                .account(C1)
                .credits(CREDITS)
                .date(LocalDate.of(2026, 5, 20))
                .order(EventId.of("SO-2"))
                .value(eur(value))
                .reason("damaged")
                .build());
        return Ledger.of(events);
    }

    @Test
    void reachedTheRebateIsTheRateOfTheQualifyingAmount() {
        RebateResult r = pumps("100").build().compute(LEDGER, C1, CATALOG);

        // Q2, C-1, pumps: 60 + 50 = 110 units ≥ 100; 6,000.00 + 5,000.00 = 11,000.00; 3% = 330.00
        assertThat(r.qualifies()).isTrue();
        assertThat(r.quantity()).isEqualByComparingTo("110");
        assertThat(r.amount()).contains(eur("11000.00"));
        assertThat(r.rebate()).contains(eur("330.00"));
        assertThat(r.rebateId()).isEqualTo(id("REBATE-Q2-PUMPS"));
        assertThat(r.account()).isEqualTo(C1);
        assertThat(r.period()).isEqualTo(Q2);
        assertThat(r.explanation().steps())
                .extracting(Step::text)
                .containsExactly(
                        "order SO-1 of 2026-04-10: 60 qualifying units, EUR 6000.00",
                        "order SO-2 of 2026-05-05: 50 qualifying units, EUR 5000.00",
                        "110 units reach the minimum 100: 3% of EUR 11000.00 = EUR 330.00");
    }

    @Test
    void theMinimumIsInclusive() {
        assertThat(pumps("110").build().compute(LEDGER, C1, CATALOG).rebate()).contains(eur("330.00"));
    }

    @Test
    void notReachedThereIsNoRebate() {
        RebateResult r = pumps("111").build().compute(LEDGER, C1, CATALOG);

        assertThat(r.qualifies()).isFalse();
        assertThat(r.rebate()).isEmpty();
        assertThat(r.quantity()).isEqualByComparingTo("110");
        assertThat(r.amount()).contains(eur("11000.00"));
        assertThat(r.explanation().find("pricing.rebate.missed"))
                .extracting(Step::text)
                .containsExactly("110 units do not reach the minimum 111: no rebate");
    }

    @Test
    void aReturnTakesBackItsOrdersShareProRata() {
        // 1,300.00 of SO-2's 5,200.00 returned: 25%, so 75% of SO-2's qualifying 50 units and
        // 5,000.00 count: 37.5 units, 3,750.00. Total 60 + 37.5 = 97.5 units, 9,750.00
        Ledger ledger = withReturn("1300.00");

        RebateResult missed = pumps("100").build().compute(ledger, C1, CATALOG);
        assertThat(missed.qualifies()).isFalse();
        assertThat(missed.quantity()).isEqualByComparingTo("97.5");
        assertThat(missed.amount()).contains(eur("9750.00"));
        assertThat(missed.explanation().find("pricing.rebate.reversed"))
                .extracting(Step::text)
                .containsExactly("order SO-2: EUR 1300.00 of EUR 5200.00 reversed, so 75% of its qualifying 50 units"
                        + " and EUR 5000.00 count");

        // with a minimum of 90: 3% of 9,750.00 = 292.50
        assertThat(pumps("90").build().compute(ledger, C1, CATALOG).rebate()).contains(eur("292.50"));
    }

    @Test
    void aReturnOfTheWholeOrderTakesAllOfItBack() {
        // SO-2 returned in full: only SO-1 counts, 60 units, 6,000.00; 3% = 180.00
        RebateResult r = pumps("50").build().compute(withReturn("5200.00"), C1, CATALOG);
        assertThat(r.quantity()).isEqualByComparingTo("60");
        assertThat(r.amount()).contains(eur("6000.00"));
        assertThat(r.rebate()).contains(eur("180.00"));
    }

    @Test
    void namedProductsQualifyAsWellAsGroups() {
        PeriodRebate seals = PeriodRebate.builder()
                .id(id("REBATE-SEALS"))
                .period(Q2)
                .addProduct(SEAL)
                .minQuantity(q("100"))
                .rebate(Rate.percent(3))
                .build();

        // SO-2's 100 seals, 200.00: 3% = 6.00
        assertThat(seals.compute(LEDGER, C1, CATALOG).rebate()).contains(eur("6.00"));
    }

    @Test
    void withNoProductOrGroupEveryLineQualifies() {
        PeriodRebate everything = PeriodRebate.builder()
                .id(id("REBATE-ALL"))
                .period(Q2)
                .minQuantity(q("200"))
                .rebate(Rate.percent(3))
                .build();

        // 60 + 50 + 100 = 210 units, 6,000.00 + 5,200.00 = 11,200.00; 3% = 336.00
        RebateResult r = everything.compute(LEDGER, C1, CATALOG);
        assertThat(r.quantity()).isEqualByComparingTo("210");
        assertThat(r.rebate()).contains(eur("336.00"));
    }

    @Test
    void theOrderLinesOwnGroupIsUsedForProductsTheCatalogDoesNotKnow() {
        ProductId unknown = ProductId.of("PUMP-X");
        Ledger ledger = Ledger.of(List.of(order(
                "SO-9",
                C1,
                LocalDate.of(2026, 6, 1),
                OrderLine.builder()
                        .lineNumber(1)
                        .product(unknown)
                        .group(SMALL_PUMPS)
                        .quantity(q("100"))
                        .unitPrice(eur("10.00"))
                        .unitCost(eur("5.00"))
                        .build())));

        // SMALL-PUMPS is below PUMPS: 100 units, 1,000.00; 3% = 30.00
        assertThat(pumps("100").build().compute(ledger, C1, CATALOG).rebate()).contains(eur("30.00"));
    }

    @Test
    void nothingQualifyingHasNoAmount() {
        PeriodRebate valves = PeriodRebate.builder()
                .id(id("REBATE-VALVES"))
                .period(Q2)
                .addProduct(VALVE)
                .minQuantity(BigDecimal.ONE)
                .rebate(Rate.percent(3))
                .build();

        RebateResult r = valves.compute(LEDGER, C1, CATALOG);
        assertThat(r.quantity()).isEqualByComparingTo("0");
        assertThat(r.amount()).isEmpty();
        assertThat(r.rebate()).isEmpty();
        assertThat(r.explanation().steps())
                .extracting(Step::text)
                .containsExactly("0 units do not reach the minimum 1: no rebate");
        assertThat(valves.compute(Ledger.empty(), C1, CATALOG).qualifies()).isFalse();
    }

    @Test
    void aRebateIsAValueOfItsTerms() {
        PeriodRebate rebate = pumps("100").build();

        assertThat(rebate.id()).isEqualTo(id("REBATE-Q2-PUMPS"));
        assertThat(rebate.period()).isEqualTo(Q2);
        assertThat(rebate.minQuantity()).isEqualByComparingTo("100");
        assertThat(rebate.rebate()).isEqualTo(Rate.percent(3));
        assertThat(rebate.toString()).isEqualTo("REBATE-Q2-PUMPS: 3% back from 100 units in " + Q2);
        assertThat(rebate)
                .isEqualTo(pumps("100.0").build())
                .hasSameHashCodeAs(pumps("100").build())
                .isNotEqualTo(pumps("101").build())
                .isNotEqualTo(pumps("100").addProduct(SEAL).build())
                .isNotEqualTo(pumps("100").addProductGroup(SEALS).build())
                .isNotEqualTo(pumps("100").rebate(Rate.percent(4)).build())
                .isNotEqualTo(pumps("100").period(DateRange.ofQuarter(2026, 3)).build())
                .isNotEqualTo(pumps("100").id(id("OTHER")).build())
                .isNotEqualTo("rebate");
    }

    // The purchase history from the same ledger

    @Test
    void aPurchaseHistoryFromTheLedgerCountsTheAccountsOrdersInThePeriod() {
        PurchaseHistory h = PurchaseHistory.fromLedger(LEDGER, C1, Q2, CATALOG);

        // C-1 in Q2: SO-1 and SO-2; SO-3 is C-2's, SO-4 and SO-5 fall outside
        assertThat(h.quantity(PUMP)).isEqualByComparingTo("110");
        assertThat(h.quantity(SEAL)).isEqualByComparingTo("100");
        assertThat(h.quantity(VALVE)).isEqualByComparingTo("0");
        // groups count the groups below them
        assertThat(h.quantity(PUMPS)).isEqualByComparingTo("110");
        assertThat(h.quantity(HYDRAULICS)).isEqualByComparingTo("110");
        assertThat(h.quantity(SEALS)).isEqualByComparingTo("100");
        assertThat(h.quantity(SMALL_PUMPS)).isEqualByComparingTo("0");
        assertThat(h.byProduct()).containsOnlyKeys(PUMP, SEAL);
        // the history is what was ordered: a return does not change it
        assertThat(PurchaseHistory.fromLedger(withReturn("1300.00"), C1, Q2, CATALOG))
                .isEqualTo(h);
    }

    @Test
    void aGroupsQuantityAggregatesItsSubgroups() {
        PurchaseHistory h = PurchaseHistory.builder(CATALOG)
                .add(PricingExample.MINI, q("5"))
                .add(PUMP, q("10"))
                .add(PUMP, q("-2"))
                .add(ProductId.of("UNKNOWN"), q("7"))
                .build();

        // SMALL-PUMPS 5; PUMPS 5 + 10 − 2 = 13; HYDRAULICS 13; an unknown product has no group
        assertThat(h.quantity(SMALL_PUMPS)).isEqualByComparingTo("5");
        assertThat(h.quantity(PUMPS)).isEqualByComparingTo("13");
        assertThat(h.quantity(HYDRAULICS)).isEqualByComparingTo("13");
        assertThat(h.quantity(PUMP)).isEqualByComparingTo("8");
        assertThat(h.quantity(ProductId.of("UNKNOWN"))).isEqualByComparingTo("7");
        assertThat(h.quantity(ProductGroupId.of("NONE"))).isEqualByComparingTo("0");
        assertThat(h.toString()).isEqualTo("PurchaseHistory{MINI-2=5, PUMP-7=8, UNKNOWN=7}");
        assertThat(h)
                .isEqualTo(PurchaseHistory.builder(CATALOG)
                        .add(ProductId.of("UNKNOWN"), q("7"))
                        .add(PUMP, q("8"))
                        .add(PricingExample.MINI, q("5"))
                        .build())
                .hasSameHashCodeAs(PurchaseHistory.builder(CATALOG)
                        .add(ProductId.of("UNKNOWN"), q("7"))
                        .add(PUMP, q("8"))
                        .add(PricingExample.MINI, q("5"))
                        .build())
                .isNotEqualTo(PurchaseHistory.none())
                .isNotEqualTo("history");
        assertThat(PurchaseHistory.none().quantity(PUMP)).isEqualByComparingTo("0");
        assertThat(PurchaseHistory.none().byProduct()).isEmpty();
        assertThat(PurchaseHistory.builder(CATALOG).build()).isEqualTo(PurchaseHistory.none());
    }

    @Test
    void theRebateIsRoundedOnceAtTheEnd() {
        // after the return: 3.333% of 9,750.00 = 324.9675, rounded half even to 324.97
        RebateResult r = pumps("90").rebate(Rate.percent("3.333")).build().compute(withReturn("1300.00"), C1, CATALOG);
        assertThat(r.rebate()).contains(eur("324.97"));
    }
}
