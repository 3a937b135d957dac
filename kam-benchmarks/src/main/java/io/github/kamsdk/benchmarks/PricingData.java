package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.rules.pricing.AccountGroupId;
import io.github.kamsdk.rules.pricing.BreakAggregation;
import io.github.kamsdk.rules.pricing.BreakSemantics;
import io.github.kamsdk.rules.pricing.Catalog;
import io.github.kamsdk.rules.pricing.ColumnSelection;
import io.github.kamsdk.rules.pricing.DiscountEffect;
import io.github.kamsdk.rules.pricing.DiscountPolicy;
import io.github.kamsdk.rules.pricing.DiscountRule;
import io.github.kamsdk.rules.pricing.GuardRails;
import io.github.kamsdk.rules.pricing.Hierarchy;
import io.github.kamsdk.rules.pricing.PriceColumn;
import io.github.kamsdk.rules.pricing.PriceList;
import io.github.kamsdk.rules.pricing.ProductInfo;
import io.github.kamsdk.rules.pricing.Quote;
import io.github.kamsdk.rules.pricing.QuoteLine;
import io.github.kamsdk.rules.pricing.RuleConditions;
import io.github.kamsdk.rules.pricing.RuleId;
import io.github.kamsdk.rules.pricing.StackingMode;
import io.github.kamsdk.rules.pricing.VolumeBreaks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Seeded pricing data for {@link PricingBenchmark}: a catalog of 2,000 products in a three-level
 * group tree (4 divisions, 20 categories, 100 subcategories; costs 40–70% of the list price, one
 * product in ten also sold in boxes of 12), a price list with two columns (list, 3% dearer from
 * 1 July; key-account, 90–97% of list, missing for one product in fifty so that it falls back to the
 * list price), 2,000 accounts in the four standard tiers (5% Strategic, 15% Key, 40% Growth, 40%
 * Maintain; Strategic and Key buy from the key-account column, and so do twenty accounts with an
 * agreement) and a two-level tree of account groups, guard rails (largest discount 30% / 25% / 20%,
 * margin at least 5% over cost), 500 discount rules and quotes of ten lines dated in 2026.
 *
 * <p>The 500 rules:
 *
 * <ul>
 *   <li>200 on a named product (of the 200 "popular" ones), two in five of them also for a tier, a
 *       segment or named accounts, one in four from a minimum quantity: 2–10% off, amounts off,
 *       price overrides (80–92% of list), a switch to the key-account column;
 *   <li>160 on a product group (two in three on a subcategory, some on a category or a division),
 *       most also for a tier, an account group or a segment, some from a minimum quantity or
 *       amount: 1–6% off;
 *   <li>25 for a named account on a category or division; 10 for a named account on any product;
 *       5 for an account group on any product (four of them from a minimum line amount); 10 for the
 *       Strategic or Key tier or a segment on any product (some from a minimum line amount);
 *   <li>70 promotions with validity windows of two to eight weeks, on a group (some on two) or a
 *       product, a third of them only for a programme, a quarter only for a tier: 5–15% off, or an
 *       amount off;
 *   <li>20 volume breaks from 10, 50 and 200 units (slab and range, on the line and on the order's
 *       group): percentages on categories, unit prices on products.
 * </ul>
 *
 * Stacking is mostly additive, about a quarter compound, one rule in twenty exclusive (one
 * promotion in seven). Quote lines: two in five are of the popular products, the rest of any
 * product; 1–20 units, one line in ten 20–300 units, one in fifty a return of 1–5 units; box
 * products are quoted in boxes one time in three.
 *
 * <p>The bands of each volume-break rule are kept here too ({@link #bands}), because {@link
 * VolumeBreaks} does not expose its bands' percentages or prices, and the hand-written pricers need
 * them.
 */
final class PricingData {
    static final Currency EUR = Currency.getInstance("EUR");
    static final PriceColumn LIST = PriceColumn.of("list");
    static final PriceColumn KEY = PriceColumn.of("key-account");
    static final TierScale TIERS = TierScale.standard();
    static final Tier STRATEGIC = TIERS.tier("Strategic");
    static final Tier KEY_TIER = TIERS.tier("Key");
    static final Tier GROWTH = TIERS.tier("Growth");
    static final Tier MAINTAIN = TIERS.tier("Maintain");
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    static final LocalDate PRICE_CHANGE = LocalDate.of(2026, 7, 1);
    static final String[] SEGMENTS = {"retail", "industry", "utilities"};
    static final String[] PROGRAMMES = {"LOYALTY", "SPRING-26", "FAIR-26"};
    static final int PRODUCTS = 2_000;
    static final int POPULAR = 200;
    static final int ACCOUNTS = 2_000;
    static final int LINES_PER_QUOTE = 10;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** The bands of a volume-break rule, as given to its builder. */
    record Bands(
            BreakSemantics semantics,
            BreakAggregation aggregation,
            BigDecimal[] starts,
            Rate @Nullable [] percents,
            Money @Nullable [] prices) {}

    /** What the quotes know of an account. */
    record AccountInfo(
            AccountId id,
            Tier tier,
            @Nullable String segment,
            @Nullable AccountGroupId group) {}

    final Hierarchy<ProductGroupId> productGroups;
    final Hierarchy<AccountGroupId> accountGroups;
    final List<ProductGroupId> divisions = new ArrayList<>();
    final List<ProductGroupId> categories = new ArrayList<>();
    final List<ProductGroupId> subcategories = new ArrayList<>();
    final List<AccountGroupId> regions = new ArrayList<>();
    final List<AccountGroupId> subregions = new ArrayList<>();
    final List<ProductInfo> products = new ArrayList<>();
    final List<AccountInfo> accounts = new ArrayList<>();
    final Map<ProductId, BigDecimal> listPrice = new HashMap<>();
    final Catalog catalog;
    final PriceList prices;
    final ColumnSelection columns;
    final GuardRails guardRails;
    final List<DiscountRule> rules = new ArrayList<>();
    final Map<RuleId, Bands> bands = new HashMap<>();
    final List<Quote> quotes;

    private PricingData(int quoteCount, long seed) {
        Random r = new Random(seed);
        Hierarchy.Builder<ProductGroupId> pg = Hierarchy.builder();
        for (int d = 0; d < 4; d++) {
            ProductGroupId div = ProductGroupId.of("D" + d);
            divisions.add(div);
            for (int c = 0; c < 5; c++) {
                ProductGroupId cat = ProductGroupId.of("D" + d + "-C" + c);
                categories.add(cat);
                pg.parent(cat, div);
                for (int s = 0; s < 5; s++) {
                    ProductGroupId sub = ProductGroupId.of("D" + d + "-C" + c + "-S" + s);
                    subcategories.add(sub);
                    pg.parent(sub, cat);
                }
            }
        }
        productGroups = pg.build();
        Hierarchy.Builder<AccountGroupId> ag = Hierarchy.builder();
        for (int g = 0; g < 5; g++) {
            AccountGroupId region = AccountGroupId.of("REGION-" + g);
            regions.add(region);
            for (int s = 0; s < 4; s++) {
                AccountGroupId sub = AccountGroupId.of("REGION-" + g + "-" + s);
                subregions.add(sub);
                ag.parent(sub, region);
            }
        }
        accountGroups = ag.build();

        PriceList.Builder pl = PriceList.builder(LIST, EUR);
        DateRange firstHalf = DateRange.of(FIRST_DAY, PRICE_CHANGE);
        DateRange secondHalf = DateRange.of(PRICE_CHANGE, FIRST_DAY.plusYears(1));
        for (int i = 0; i < PRODUCTS; i++) {
            ProductId id = ProductId.of(String.format("P-%04d", i));
            ProductGroupId group = r.nextInt(10) == 0
                    ? categories.get(r.nextInt(categories.size()))
                    : subcategories.get(r.nextInt(subcategories.size()));
            long cents = 500 + r.nextInt(199_500); // EUR 5.00 to 2,000.00
            BigDecimal list = BigDecimal.valueOf(cents, 2);
            listPrice.put(id, list);
            ProductInfo.Builder info = ProductInfo.builder()
                    .product(id)
                    .group(group)
                    .unitCost(Money.of(scaled(list, 40 + r.nextInt(31)), EUR));
            if (r.nextInt(10) == 0) {
                info.baseUnit("piece").putUnit("box", BigDecimal.valueOf(12));
            }
            products.add(info.build());
            pl.price(id, LIST, firstHalf, Money.of(list, EUR));
            pl.price(id, LIST, secondHalf, Money.of(scaled(list, 103), EUR));
            if (r.nextInt(50) != 0) {
                pl.price(id, KEY, DateRange.ofYear(2026), Money.of(scaled(list, 90 + r.nextInt(8)), EUR));
            }
        }
        Catalog.Builder cb = Catalog.builder().groups(productGroups);
        cb.addAll(products);
        catalog = cb.build();
        prices = pl.build();

        ColumnSelection.Builder cs =
                ColumnSelection.builder().forTier(STRATEGIC, KEY).forTier(KEY_TIER, KEY);
        for (int i = 0; i < ACCOUNTS; i++) {
            int t = r.nextInt(20);
            Tier tier = t == 0 ? STRATEGIC : t < 4 ? KEY_TIER : t < 12 ? GROWTH : MAINTAIN;
            String segment = r.nextInt(5) == 0 ? null : SEGMENTS[r.nextInt(SEGMENTS.length)];
            int g = r.nextInt(10);
            AccountGroupId group = g < 7
                    ? subregions.get(r.nextInt(subregions.size()))
                    : g < 9 ? regions.get(r.nextInt(regions.size())) : null;
            AccountInfo a = new AccountInfo(AccountId.of(String.format("C-%04d", i)), tier, segment, group);
            accounts.add(a);
            if (i % 100 == 7 && tier != STRATEGIC && tier != KEY_TIER) {
                cs.forAccount(a.id(), KEY); // an agreement gives the key-account column
            }
        }
        columns = cs.build();
        guardRails = GuardRails.builder()
                .maxDiscount(STRATEGIC, Rate.percent(30))
                .maxDiscount(KEY_TIER, Rate.percent(25))
                .defaultMaxDiscount(Rate.percent(20))
                .minMargin(Rate.percent(5))
                .build();

        generateRules(r);
        quotes = generateQuotes(quoteCount, r);
    }

    static PricingData generate(int quoteCount, long seed) {
        return new PricingData(quoteCount, seed);
    }

    /** The policy of the 500 rules. */
    DiscountPolicy policy() {
        return DiscountPolicy.builder(prices, catalog)
                .columns(columns)
                .accountGroups(accountGroups)
                .addRules(rules)
                .guardRails(guardRails)
                .build();
    }

    int lineCount() {
        int n = 0;
        for (Quote q : quotes) {
            n += q.lines().size();
        }
        return n;
    }

    private static BigDecimal scaled(BigDecimal price, int percent) {
        return price.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
    }

    private ProductId popular(Random r) {
        return ProductId.of(String.format("P-%04d", r.nextInt(POPULAR)));
    }

    private ProductGroupId anyGroup(Random r) {
        int k = r.nextInt(20);
        if (k < 13) {
            return subcategories.get(r.nextInt(subcategories.size()));
        }
        if (k < 19) {
            return categories.get(r.nextInt(categories.size()));
        }
        return divisions.get(r.nextInt(divisions.size()));
    }

    private Tier anyTier(Random r) {
        return TIERS.tiers().get(r.nextInt(TIERS.size()));
    }

    private AccountId anyAccount(Random r) {
        return accounts.get(r.nextInt(accounts.size())).id();
    }

    private static StackingMode stacking(Random r, int exclusivePercent, int compoundPercent) {
        int k = r.nextInt(100);
        if (k < exclusivePercent) {
            return StackingMode.EXCLUSIVE;
        }
        return k < exclusivePercent + compoundPercent ? StackingMode.COMPOUND : StackingMode.ADDITIVE;
    }

    private static Rate percent(Random r, int from, int to) {
        // from..to percent in steps of 0.5%
        return Rate.percent(
                BigDecimal.valueOf(from * 2L + r.nextInt((to - from) * 2 + 1)).multiply(HALF));
    }

    private void add(String id, RuleConditions conditions, DiscountEffect effect, int priority, StackingMode mode) {
        rules.add(DiscountRule.builder()
                .id(RuleId.of(id))
                .conditions(conditions)
                .effect(effect)
                .priority(priority)
                .stacking(mode)
                .build());
    }

    private void generateRules(Random r) {
        // 200 rules on a named product
        for (int i = 0; i < 200; i++) {
            ProductId p = popular(r);
            RuleConditions.Builder c = RuleConditions.builder().addProduct(p);
            int who = r.nextInt(20);
            if (who < 4) {
                c.addTier(anyTier(r));
            } else if (who < 6) {
                c.addSegment(SEGMENTS[r.nextInt(SEGMENTS.length)]);
            } else if (who < 8) {
                for (int k = 0; k <= r.nextInt(3); k++) {
                    c.addAccount(anyAccount(r));
                }
            }
            if (r.nextInt(4) == 0) {
                c.minQuantity(BigDecimal.valueOf(5L * (1 + r.nextInt(4))));
            }
            BigDecimal list = listPrice.get(p);
            int kind = r.nextInt(20);
            DiscountEffect effect;
            if (kind < 11) {
                effect = DiscountEffect.percentOff(percent(r, 2, 10));
            } else if (kind < 14) {
                effect = DiscountEffect.amountOff(Money.of(scaled(list, 1 + r.nextInt(5)), EUR));
            } else if (kind < 18) {
                effect = DiscountEffect.priceOverride(Money.of(scaled(list, 80 + r.nextInt(13)), EUR));
            } else {
                effect = DiscountEffect.switchColumn(KEY);
            }
            add(String.format("PROD-%03d", i), c.build(), effect, r.nextInt(4), stacking(r, 5, 25));
        }
        // 160 rules on a product group
        for (int i = 0; i < 160; i++) {
            RuleConditions.Builder c = RuleConditions.builder().addProductGroup(anyGroup(r));
            int who = r.nextInt(20);
            if (who < 8) {
                c.addTier(anyTier(r));
            } else if (who < 14) {
                c.addAccountGroup(
                        r.nextBoolean()
                                ? regions.get(r.nextInt(regions.size()))
                                : subregions.get(r.nextInt(subregions.size())));
            } else if (who < 17) {
                c.addSegment(SEGMENTS[r.nextInt(SEGMENTS.length)]);
            }
            int bound = r.nextInt(10);
            if (bound < 2) {
                c.minQuantity(BigDecimal.valueOf(10L * (1 + r.nextInt(3))));
            } else if (bound < 3) {
                c.minAmount(Money.of(BigDecimal.valueOf(500L * (1 + r.nextInt(4))), EUR));
            }
            add(
                    String.format("GRP-%03d", i),
                    c.build(),
                    DiscountEffect.percentOff(percent(r, 1, 6)),
                    r.nextInt(3),
                    stacking(r, 5, 30));
        }
        // 25 rules for a named account on a product group
        for (int i = 0; i < 25; i++) {
            RuleConditions c = RuleConditions.builder()
                    .addAccount(anyAccount(r))
                    .addProductGroup(
                            r.nextBoolean()
                                    ? categories.get(r.nextInt(categories.size()))
                                    : divisions.get(r.nextInt(divisions.size())))
                    .build();
            add(String.format("ACC-%03d", i), c, DiscountEffect.percentOff(percent(r, 3, 12)), 1, stacking(r, 10, 20));
        }
        // 10 rules for a named account on any product
        for (int i = 0; i < 10; i++) {
            add(
                    String.format("ACCANY-%03d", i),
                    RuleConditions.builder().addAccount(anyAccount(r)).build(),
                    DiscountEffect.percentOff(percent(r, 2, 5)),
                    0,
                    StackingMode.ADDITIVE);
        }
        // 5 rules for an account group on any product
        for (int i = 0; i < 5; i++) {
            RuleConditions.Builder c = RuleConditions.builder().addAccountGroup(regions.get(i % 2));
            if (i >= 1) {
                c.minAmount(Money.of(BigDecimal.valueOf(2000L * (i + 1)), EUR));
            }
            add(
                    String.format("AGRANY-%03d", i),
                    c.build(),
                    DiscountEffect.percentOff(percent(r, 1, 3)),
                    0,
                    StackingMode.ADDITIVE);
        }
        // 10 rules for a tier or a segment on any product
        for (int i = 0; i < 10; i++) {
            RuleConditions.Builder c = RuleConditions.builder();
            if (i < 6) {
                c.addTier(TIERS.tiers().get(i % 2)); // Strategic, Key
            } else {
                c.addSegment(SEGMENTS[i % SEGMENTS.length]);
            }
            if (i % 2 == 1) {
                c.minAmount(Money.of(BigDecimal.valueOf(1000), EUR));
            }
            if (i >= 6) {
                c.minAmount(Money.of(BigDecimal.valueOf(20000), EUR));
            }
            add(
                    String.format("TIER-%03d", i),
                    c.build(),
                    DiscountEffect.percentOff(percent(r, 1, 4)),
                    0,
                    i % 3 == 2 ? StackingMode.COMPOUND : StackingMode.ADDITIVE);
        }
        // 70 promotions with validity windows
        for (int i = 0; i < 70; i++) {
            RuleConditions.Builder c = RuleConditions.builder();
            if (r.nextInt(10) < 7) {
                c.addProductGroup(anyGroup(r));
                if (r.nextInt(5) == 0) {
                    c.addProductGroup(anyGroup(r)); // a promotion on two groups
                }
            } else {
                c.addProduct(popular(r));
            }
            LocalDate start = FIRST_DAY.plusDays(r.nextInt(330));
            c.validity(DateRange.of(start, start.plusDays(14 + r.nextInt(43))));
            if (r.nextInt(3) == 0) {
                c.programme(PROGRAMMES[r.nextInt(PROGRAMMES.length)]);
            }
            if (r.nextInt(4) == 0) {
                c.addTier(anyTier(r));
            }
            DiscountEffect effect = r.nextInt(10) == 0
                    ? DiscountEffect.amountOff(Money.of(BigDecimal.valueOf(50 + r.nextInt(200), 2), EUR))
                    : DiscountEffect.percentOff(percent(r, 5, 15));
            add(String.format("PROMO-%03d", i), c.build(), effect, 5, stacking(r, 15, 35));
        }
        // 20 volume breaks
        for (int i = 0; i < 20; i++) {
            BreakSemantics semantics = i % 2 == 0 ? BreakSemantics.SLAB : BreakSemantics.RANGE;
            BreakAggregation aggregation = i % 5 < 3 ? BreakAggregation.LINE : BreakAggregation.ORDER_GROUP;
            RuleId id = RuleId.of(String.format("VB-%03d", i));
            BigDecimal[] starts = {
                BigDecimal.ZERO, BigDecimal.valueOf(10), BigDecimal.valueOf(50), BigDecimal.valueOf(200)
            };
            RuleConditions c;
            VolumeBreaks breaks;
            Bands b;
            if (i < 14) {
                c = RuleConditions.builder()
                        .addProductGroup(categories.get(r.nextInt(categories.size())))
                        .build();
                Rate[] pct = {Rate.ZERO, percent(r, 2, 4), percent(r, 5, 7), percent(r, 8, 12)};
                breaks = VolumeBreaks.percentOff(semantics, aggregation)
                        .from("10", pct[1])
                        .from("50", pct[2])
                        .from("200", pct[3])
                        .build();
                b = new Bands(semantics, aggregation, starts, pct, null);
            } else {
                ProductId p = popular(r);
                c = RuleConditions.builder().addProduct(p).build();
                BigDecimal list = listPrice.get(p);
                Money[] ps = {
                    Money.zero(EUR),
                    Money.of(scaled(list, 97), EUR),
                    Money.of(scaled(list, 93), EUR),
                    Money.of(scaled(list, 88), EUR)
                };
                breaks = VolumeBreaks.unitPrices(semantics, aggregation)
                        .from("10", ps[1])
                        .from("50", ps[2])
                        .from("200", ps[3])
                        .build();
                b = new Bands(semantics, aggregation, starts, null, ps);
            }
            rules.add(DiscountRule.builder()
                    .id(id)
                    .conditions(c)
                    .effect(DiscountEffect.volumeBreaks(breaks))
                    .priority(r.nextInt(2))
                    .stacking(StackingMode.ADDITIVE)
                    .build());
            bands.put(id, b);
        }
    }

    private List<Quote> generateQuotes(int count, Random r) {
        List<Quote> out = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            AccountInfo a = accounts.get(r.nextInt(accounts.size()));
            Quote.Builder b = Quote.builder()
                    .id(EventId.of("Q-" + q))
                    .account(a.id())
                    .tier(a.tier())
                    .date(FIRST_DAY.plusDays(r.nextInt(365)));
            if (a.segment() != null) {
                b.segment(a.segment());
            }
            if (a.group() != null) {
                b.accountGroup(a.group());
            }
            for (String p : PROGRAMMES) {
                if (r.nextInt(4) == 0) {
                    b.addProgramme(p);
                }
            }
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < LINES_PER_QUOTE) {
                chosen.add(r.nextInt(5) < 2 ? r.nextInt(POPULAR) : r.nextInt(PRODUCTS));
            }
            int line = 1;
            for (int p : chosen) {
                ProductInfo info = products.get(p);
                int k = r.nextInt(100);
                long quantity = k < 2 ? -(1 + r.nextInt(5)) : k < 90 ? 1 + r.nextInt(20) : 20 + r.nextInt(280);
                QuoteLine.Builder l = QuoteLine.builder()
                        .lineNumber(line++)
                        .product(info.product())
                        .quantity(BigDecimal.valueOf(quantity));
                if (!info.units().isEmpty() && r.nextInt(3) == 0) {
                    l.unit("box");
                }
                b.addLine(l.build());
            }
            out.add(b.build());
        }
        return out;
    }
}
