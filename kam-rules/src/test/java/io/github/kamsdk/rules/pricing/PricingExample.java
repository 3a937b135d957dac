package io.github.kamsdk.rules.pricing;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The small catalog and price list of the worked examples, all prices in EUR and valid for 2026.
 *
 * <pre>
 * product groups                 products   group        list   key-account  distributor  agreement-c9  cost
 * HYDRAULICS                     PUMP-7     PUMPS       100.00      95.00        80.00         90.00       70.00
 * └── PUMPS                      MINI-2     SMALL-PUMPS  50.00        —            —             —         30.00
 *     └── SMALL-PUMPS            SEAL-2     SEALS         2.00       1.90          —             —          1.20
 * SEALS                          VALVE-1    (none)       40.00        —            —             —          (unknown)
 *                                SPECIAL-1  PUMPS          —         60.00          —             —         50.00
 *                                GHOST-1    PUMPS          —          —            —             —           —
 *
 * SEAL-2: base unit "piece", sold in boxes of 12.
 *
 * account groups: IBERIA └── SPAIN └── MADRID
 * </pre>
 *
 * Tiers are {@link TierScale#standard()}'s. The default quote is Q-1 for account C-1 on
 * {@link #DAY}, without tier, segment, account group or programme.
 */
final class PricingExample {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    static final DateRange YEAR = DateRange.ofYear(2026);

    static final PriceColumn LIST = PriceColumn.of("list");
    static final PriceColumn KEY = PriceColumn.of("key-account");
    static final PriceColumn DIST = PriceColumn.of("distributor");
    static final PriceColumn AGREEMENT = PriceColumn.of("agreement-c9");

    static final TierScale TIERS = TierScale.standard();
    static final Tier STRATEGIC = TIERS.tier("Strategic");
    static final Tier KEY_TIER = TIERS.tier("Key");
    static final Tier GROWTH = TIERS.tier("Growth");

    static final ProductGroupId HYDRAULICS = ProductGroupId.of("HYDRAULICS");
    static final ProductGroupId PUMPS = ProductGroupId.of("PUMPS");
    static final ProductGroupId SMALL_PUMPS = ProductGroupId.of("SMALL-PUMPS");
    static final ProductGroupId SEALS = ProductGroupId.of("SEALS");

    static final ProductId PUMP = ProductId.of("PUMP-7");
    static final ProductId MINI = ProductId.of("MINI-2");
    static final ProductId SEAL = ProductId.of("SEAL-2");
    static final ProductId VALVE = ProductId.of("VALVE-1");
    static final ProductId SPECIAL = ProductId.of("SPECIAL-1");
    static final ProductId GHOST = ProductId.of("GHOST-1");

    static final AccountId C1 = AccountId.of("C-1");
    static final AccountId C2 = AccountId.of("C-2");
    static final AccountId C9 = AccountId.of("C-9");

    static final AccountGroupId IBERIA = AccountGroupId.of("IBERIA");
    static final AccountGroupId SPAIN = AccountGroupId.of("SPAIN");
    static final AccountGroupId MADRID = AccountGroupId.of("MADRID");

    static final Hierarchy<ProductGroupId> PRODUCT_GROUPS = Hierarchy.<ProductGroupId>builder()
            .parent(PUMPS, HYDRAULICS)
            .parent(SMALL_PUMPS, PUMPS)
            .build();
    static final Hierarchy<AccountGroupId> ACCOUNT_GROUPS = Hierarchy.<AccountGroupId>builder()
            .parent(SPAIN, IBERIA)
            .parent(MADRID, SPAIN)
            .build();

    static final PriceList PRICES = PriceList.builder(LIST, EUR)
            .price(PUMP, LIST, YEAR, eur("100.00"))
            .price(PUMP, KEY, YEAR, eur("95.00"))
            .price(PUMP, DIST, YEAR, eur("80.00"))
            .price(PUMP, AGREEMENT, YEAR, eur("90.00"))
            .price(MINI, LIST, YEAR, eur("50.00"))
            .price(SEAL, LIST, YEAR, eur("2.00"))
            .price(SEAL, KEY, YEAR, eur("1.90"))
            .price(VALVE, LIST, YEAR, eur("40.00"))
            .price(SPECIAL, KEY, YEAR, eur("60.00"))
            .build();

    static final ProductInfo PUMP_INFO = ProductInfo.builder()
            .product(PUMP)
            .group(PUMPS)
            .unitCost(eur("70.00"))
            .build();
    static final ProductInfo MINI_INFO = ProductInfo.builder()
            .product(MINI)
            .group(SMALL_PUMPS)
            .unitCost(eur("30.00"))
            .build();
    static final ProductInfo SEAL_INFO = ProductInfo.builder()
            .product(SEAL)
            .group(SEALS)
            .unitCost(eur("1.20"))
            .baseUnit("piece")
            .putUnit("box", new BigDecimal("12"))
            .build();
    static final ProductInfo VALVE_INFO = ProductInfo.builder().product(VALVE).build();
    static final ProductInfo SPECIAL_INFO = ProductInfo.builder()
            .product(SPECIAL)
            .group(PUMPS)
            .unitCost(eur("50.00"))
            .build();
    static final ProductInfo GHOST_INFO =
            ProductInfo.builder().product(GHOST).group(PUMPS).build();

    static final Catalog CATALOG = Catalog.builder()
            .add(PUMP_INFO)
            .add(MINI_INFO)
            .add(SEAL_INFO)
            .add(VALVE_INFO)
            .add(SPECIAL_INFO)
            .add(GHOST_INFO)
            .groups(PRODUCT_GROUPS)
            .build();

    private PricingExample() {}

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static BigDecimal q(String quantity) {
        return new BigDecimal(quantity);
    }

    static Rate pct(String percent) {
        return Rate.signedPercent(percent);
    }

    /** A policy over the example's prices and catalog, with the example's account groups. */
    static DiscountPolicy.Builder policy() {
        return DiscountPolicy.builder(PRICES, CATALOG).accountGroups(ACCOUNT_GROUPS);
    }

    /** Q-1 for C-1 on {@link #DAY}; lines still to add. */
    static Quote.Builder quote() {
        return Quote.builder().id(EventId.of("Q-1")).account(C1).date(DAY);
    }

    static QuoteLine line(int number, ProductId product, String quantity) {
        return QuoteLine.of(number, product, q(quantity));
    }

    static QuoteLine line(int number, ProductId product, String quantity, String unit) {
        return QuoteLine.builder()
                .lineNumber(number)
                .product(product)
                .quantity(q(quantity))
                .unit(unit)
                .build();
    }

    /** A rule with no condition, additive, priority 0. */
    static DiscountRule.Builder rule(String id, DiscountEffect effect) {
        return DiscountRule.builder().id(RuleId.of(id)).effect(effect);
    }

    static DiscountEffect off(String percent) {
        return DiscountEffect.percentOff(pct(percent));
    }

    /** The one line of a quote for C-1 on {@link #DAY}. */
    static LinePricing priceOne(DiscountPolicy policy, ProductId product, String quantity) {
        return policy.price(quote().addLine(line(1, product, quantity)).build()).line(1);
    }

    static RuleId id(String value) {
        return RuleId.of(value);
    }
}
