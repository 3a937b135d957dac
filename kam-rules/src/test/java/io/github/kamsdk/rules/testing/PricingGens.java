package io.github.kamsdk.rules.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.account.TierScale;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.Gens;
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
import io.github.kamsdk.rules.pricing.PricingResult;
import io.github.kamsdk.rules.pricing.ProductInfo;
import io.github.kamsdk.rules.pricing.PurchaseHistory;
import io.github.kamsdk.rules.pricing.Quote;
import io.github.kamsdk.rules.pricing.QuoteLine;
import io.github.kamsdk.rules.pricing.RuleConditions;
import io.github.kamsdk.rules.pricing.RuleId;
import io.github.kamsdk.rules.pricing.StackingMode;
import io.github.kamsdk.rules.pricing.TieBreaker;
import io.github.kamsdk.rules.pricing.VolumeBreaks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the pricing suites of kam-rules, built on kam-core's {@link Gens}: small worlds of
 * six products in a tree of four groups, priced in three columns, and policies of up to eight
 * rules of every kind over them, with quotes of up to four lines. Scenarios are drawn from a seed
 * (as kam-core's {@code LedgerGens} draws histories), so that every reference resolves and every
 * value is valid; {@link #wildRun(long)} draws raw values, some of them invalid, for the property
 * that nothing but an {@link IllegalArgumentException} ever escapes.
 *
 * <pre>
 * product groups: G-ROOT └── G-A └── G-A1        G-B
 * account groups: AG-ROOT └── AG-1 └── AG-11
 * accounts C-0 .. C-3; products P-0 .. P-5; columns list, key, dist; tiers TierScale.standard()
 * </pre>
 */
public final class PricingGens {
    /** The currency of every generated price list. */
    public static final Currency EUR = Currency.getInstance("EUR");

    /** A second currency, for the wild inputs. */
    public static final Currency USD = Currency.getInstance("USD");

    /** The list column. */
    public static final PriceColumn LIST = PriceColumn.of("list");

    /** The key-account column (tier Key buys from it). */
    public static final PriceColumn KEY = PriceColumn.of("key");

    /** The distributor column (account C-3 buys from it in some worlds). */
    public static final PriceColumn DIST = PriceColumn.of("dist");

    /** A column no price is in. */
    public static final PriceColumn NOWHERE = PriceColumn.of("nowhere");

    /** Six products, {@code P-0} to {@code P-5}. */
    public static final List<ProductId> PRODUCTS = List.of(
            ProductId.of("P-0"),
            ProductId.of("P-1"),
            ProductId.of("P-2"),
            ProductId.of("P-3"),
            ProductId.of("P-4"),
            ProductId.of("P-5"));

    /** A product no catalog or price list knows. */
    public static final ProductId UNKNOWN_PRODUCT = ProductId.of("P-X");

    /** The product groups: G-ROOT, G-A below it, G-A1 below G-A, and G-B on its own. */
    public static final List<ProductGroupId> GROUPS = List.of(
            ProductGroupId.of("G-ROOT"), ProductGroupId.of("G-A"), ProductGroupId.of("G-A1"), ProductGroupId.of("G-B"));

    /** The tree of product groups. */
    public static final Hierarchy<ProductGroupId> PRODUCT_GROUPS = Hierarchy.<ProductGroupId>builder()
            .parent(GROUPS.get(1), GROUPS.get(0))
            .parent(GROUPS.get(2), GROUPS.get(1))
            .build();

    /** Four accounts, {@code C-0} to {@code C-3}. */
    public static final List<AccountId> ACCOUNTS =
            List.of(AccountId.of("C-0"), AccountId.of("C-1"), AccountId.of("C-2"), AccountId.of("C-3"));

    /** The account groups: AG-ROOT, AG-1 below it, AG-11 below AG-1. */
    public static final List<AccountGroupId> ACCOUNT_GROUPS =
            List.of(AccountGroupId.of("AG-ROOT"), AccountGroupId.of("AG-1"), AccountGroupId.of("AG-11"));

    /** The tree of account groups. */
    public static final Hierarchy<AccountGroupId> ACCOUNT_TREE = Hierarchy.<AccountGroupId>builder()
            .parent(ACCOUNT_GROUPS.get(1), ACCOUNT_GROUPS.get(0))
            .parent(ACCOUNT_GROUPS.get(2), ACCOUNT_GROUPS.get(1))
            .build();

    /** Strategic / Key / Growth / Maintain. */
    public static final TierScale TIERS = TierScale.standard();

    /** The segments quotes and rules name. */
    public static final List<String> SEGMENTS = List.of("retail", "industry");

    /** The programmes quotes and rules name. */
    public static final List<String> PROGRAMMES = List.of("SPRING", "LOYAL");

    /** The days prices are valid: 2026. */
    public static final DateRange YEAR = DateRange.ofYear(2026);

    private PricingGens() {}

    /**
     * What is sold: prices, the catalog and who buys from which column.
     *
     * @param prices the price list, in EUR, base column {@link #LIST}
     * @param catalog the products and {@link #PRODUCT_GROUPS}
     * @param columns tier Key buys from {@link #KEY}; sometimes C-3 from {@link #DIST}
     */
    public record World(PriceList prices, Catalog catalog, ColumnSelection columns) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (ProductInfo p : catalog.products().values()) {
                out.append("\n    ")
                        .append(p.product())
                        .append(" group ")
                        .append(p.group().map(Object::toString).orElse("-"))
                        .append(" cost ")
                        .append(p.unitCost().map(Object::toString).orElse("-"))
                        .append(" units ")
                        .append(p.units());
                for (PriceColumn c : prices.columnsOf(p.product())) {
                    out.append(" ")
                            .append(c)
                            .append("=")
                            .append(prices.price(p.product(), c, YEAR.start())
                                    .map(Object::toString)
                                    .orElse("-"));
                }
            }
            return "World{" + out + "\n    " + columns + "}";
        }
    }

    /**
     * A policy and a quote to price with it.
     *
     * @param world the prices and the catalog
     * @param rules the rules, distinct ids, in the order drawn
     * @param rails the guard rails
     * @param tieBreaker how ties are broken
     * @param quote the quote
     */
    public record Scenario(
            World world, List<DiscountRule> rules, GuardRails rails, TieBreaker tieBreaker, Quote quote) {
        /**
         * The policy with the rules added in the order drawn.
         *
         * @return the compiled policy
         */
        public DiscountPolicy policy() {
            return policy(rules);
        }

        /**
         * The policy with the rules added in the given order.
         *
         * @param inOrder the rules, in the order to add them
         * @return the compiled policy
         */
        public DiscountPolicy policy(List<DiscountRule> inOrder) {
            return DiscountPolicy.builder(world.prices(), world.catalog())
                    .columns(world.columns())
                    .accountGroups(ACCOUNT_TREE)
                    .addRules(inOrder)
                    .guardRails(rails)
                    .tieBreaker(tieBreaker)
                    .build();
        }

        /**
         * The same policy for another quote.
         *
         * @param other the quote
         * @return the scenario
         */
        public Scenario withQuote(Quote other) {
            return new Scenario(world, rules, rails, tieBreaker, other);
        }

        @Override
        public String toString() {
            return "Scenario{" + world + "\n  rules:"
                    + rules.stream().map(r -> "\n    " + describe(r)).collect(Collectors.joining())
                    + "\n  " + rails + ", ties " + tieBreaker + "\n  quote " + quote + "}";
        }
    }

    /** A rule in one line: id, conditions, effect, stacking and priority. */
    public static String describe(DiscountRule r) {
        return r.id() + " " + r.conditions() + " -> " + r.effect() + " " + r.stacking() + " priority " + r.priority();
    }

    /** Scenarios of every kind: rules, rails and ties drawn at random. */
    public static Gen<Scenario> scenarios() {
        return Gens.seeds().map(seed -> scenario(seed, 40));
    }

    /** Scenarios whose policy almost always has guard rails (a tier cap, a margin floor or both). */
    public static Gen<Scenario> scenariosWithRails() {
        return Gens.seeds().map(seed -> scenario(seed, 90));
    }

    /**
     * The scenario a seed makes.
     *
     * @param seed the seed
     * @param railsPercent how likely the policy has guard rails, 0 to 100
     * @return the scenario
     */
    public static Scenario scenario(long seed, int railsPercent) {
        Random r = new Random(seed);
        World world = world(r);
        int n = r.nextInt(9);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            numbers.add(i);
        }
        Collections.shuffle(numbers, r);
        List<DiscountRule> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rules.add(rule(r, String.format("R-%02d", numbers.get(i))));
        }
        GuardRails rails = r.nextInt(100) < railsPercent ? rails(r) : GuardRails.none();
        TieBreaker ties = TieBreaker.values()[r.nextInt(3)];
        return new Scenario(world, rules, rails, ties, quote(r, world));
    }

    /** A world: six products with groups, costs, units and prices in up to three columns. */
    public static World world(Random r) {
        PriceList.Builder prices = PriceList.builder(LIST, EUR);
        Catalog.Builder catalog = Catalog.builder().groups(PRODUCT_GROUPS);
        for (ProductId p : PRODUCTS) {
            long listCents = 100 + r.nextInt(50_000);
            ProductInfo.Builder info = ProductInfo.builder().product(p);
            int g = r.nextInt(GROUPS.size() + 1);
            if (g < GROUPS.size()) {
                info.group(GROUPS.get(g));
            }
            int c = r.nextInt(10);
            if (c < 6) {
                info.unitCost(Money.ofMinor((long) (listCents * r.nextDouble()), EUR));
            } else if (c < 8) {
                info.unitCost(Money.ofMinor(listCents + r.nextInt(2_000), EUR));
            }
            if (r.nextBoolean()) {
                info.putUnit(
                        "box",
                        List.of(new BigDecimal("2"), new BigDecimal("6"), new BigDecimal("12"), new BigDecimal("0.5"))
                                .get(r.nextInt(4)));
            }
            catalog.add(info.build());
            if (r.nextInt(10) > 0) {
                prices.price(p, LIST, YEAR, Money.ofMinor(listCents, EUR));
            }
            if (r.nextBoolean()) {
                prices.price(p, KEY, YEAR, Money.ofMinor(listCents * (90 + r.nextInt(11)) / 100, EUR));
            }
            if (r.nextInt(3) == 0) {
                prices.price(p, DIST, YEAR, Money.ofMinor(listCents * (70 + r.nextInt(21)) / 100, EUR));
            }
        }
        ColumnSelection.Builder columns = ColumnSelection.builder().forTier(TIERS.tier("Key"), KEY);
        if (r.nextBoolean()) {
            columns.forAccount(ACCOUNTS.get(3), DIST);
        }
        return new World(prices.build(), catalog.build(), columns.build());
    }

    /** A rule with random conditions, effect, stacking and priority. */
    public static DiscountRule rule(Random r, String id) {
        int s = r.nextInt(10);
        StackingMode stacking = s < 2 ? StackingMode.EXCLUSIVE : s < 6 ? StackingMode.COMPOUND : StackingMode.ADDITIVE;
        return DiscountRule.builder()
                .id(RuleId.of(id))
                .conditions(conditions(r))
                .effect(effect(r))
                .stacking(stacking)
                .priority(r.nextInt(3))
                .build();
    }

    /** Conditions: each kind set now and then, so that rules of every specificity meet. */
    public static RuleConditions conditions(Random r) {
        RuleConditions.Builder c = RuleConditions.builder();
        if (r.nextInt(10) == 0) {
            c.addAccount(ACCOUNTS.get(r.nextInt(ACCOUNTS.size())));
        }
        if (r.nextInt(10) == 0) {
            c.addAccountGroup(ACCOUNT_GROUPS.get(r.nextInt(ACCOUNT_GROUPS.size())));
        }
        if (r.nextInt(7) == 0) {
            c.addTier(TIERS.atRank(r.nextInt(TIERS.size())));
            if (r.nextBoolean()) {
                c.addTier(TIERS.atRank(r.nextInt(TIERS.size())));
            }
        }
        if (r.nextInt(10) == 0) {
            c.addSegment(SEGMENTS.get(r.nextInt(SEGMENTS.size())));
        }
        if (r.nextInt(5) == 0) {
            c.addProduct(PRODUCTS.get(r.nextInt(PRODUCTS.size())));
            if (r.nextBoolean()) {
                c.addProduct(PRODUCTS.get(r.nextInt(PRODUCTS.size())));
            }
        }
        if (r.nextInt(4) == 0) {
            c.addProductGroup(GROUPS.get(r.nextInt(GROUPS.size())));
            if (r.nextInt(3) == 0) {
                c.addProductGroup(GROUPS.get(r.nextInt(GROUPS.size())));
            }
        }
        if (r.nextInt(7) == 0) {
            int min = r.nextInt(30);
            c.minQuantity(BigDecimal.valueOf(min));
            if (r.nextBoolean()) {
                c.maxQuantity(BigDecimal.valueOf(min + r.nextInt(60)));
            }
        } else if (r.nextInt(10) == 0) {
            c.maxQuantity(BigDecimal.valueOf(r.nextInt(60)));
        }
        if (r.nextInt(10) == 0) {
            long min = r.nextInt(500_000);
            c.minAmount(Money.ofMinor(min, EUR));
            if (r.nextBoolean()) {
                c.maxAmount(Money.ofMinor(min + r.nextInt(2_000_000), EUR));
            }
        }
        if (r.nextInt(7) == 0) {
            LocalDate start = YEAR.start().plusDays(r.nextInt(365));
            c.validity(DateRange.closed(start, start.plusDays(r.nextInt(120))));
        }
        if (r.nextInt(10) == 0) {
            c.programme(PROGRAMMES.get(r.nextInt(PROGRAMMES.size())));
        }
        return c.build();
    }

    /** An effect of any kind; percentages from a 10% surcharge to 50% off, in hundredths. */
    public static DiscountEffect effect(Random r) {
        int k = r.nextInt(10);
        if (k < 4) {
            return DiscountEffect.percentOff(Rate.signedFraction(BigDecimal.valueOf(r.nextInt(6_001) - 1_000, 4)));
        }
        if (k < 5) {
            return DiscountEffect.amountOff(Money.ofMinor(r.nextInt(600) - 100, EUR));
        }
        if (k < 6) {
            return DiscountEffect.priceOverride(Money.ofMinor(50 + r.nextInt(50_000), EUR));
        }
        if (k < 7) {
            return DiscountEffect.switchColumn(List.of(KEY, DIST, NOWHERE).get(r.nextInt(3)));
        }
        return DiscountEffect.volumeBreaks(breaks(r));
    }

    /** Breaks of either semantics and any aggregation, one to three bands above zero. */
    public static VolumeBreaks breaks(Random r) {
        BreakSemantics semantics = BreakSemantics.values()[r.nextInt(2)];
        BreakAggregation aggregation = BreakAggregation.values()[r.nextInt(3)];
        int bands = 1 + r.nextInt(3);
        long threshold = 0;
        if (r.nextBoolean()) {
            VolumeBreaks.PercentBuilder b = VolumeBreaks.percentOff(semantics, aggregation);
            for (int i = 0; i < bands; i++) {
                threshold += 1 + r.nextInt(40);
                b.from(Long.toString(threshold), Rate.percent(BigDecimal.valueOf(r.nextInt(3_001), 2)));
            }
            return b.build();
        }
        VolumeBreaks.PriceBuilder b = VolumeBreaks.unitPrices(semantics, aggregation);
        for (int i = 0; i < bands; i++) {
            threshold += 1 + r.nextInt(40);
            b.from(Long.toString(threshold), Money.ofMinor(50 + r.nextInt(50_000), EUR));
        }
        return b.build();
    }

    /** Guard rails: a cap for some tiers, a default cap, a margin floor; at least one of them. */
    public static GuardRails rails(Random r) {
        GuardRails.Builder b = GuardRails.builder();
        boolean any = false;
        for (Tier t : TIERS.tiers()) {
            if (r.nextInt(3) == 0) {
                b.maxDiscount(t, Rate.percent(BigDecimal.valueOf(r.nextInt(5_001), 2)));
                any = true;
            }
        }
        if (r.nextBoolean()) {
            b.defaultMaxDiscount(Rate.percent(BigDecimal.valueOf(r.nextInt(5_001), 2)));
            any = true;
        }
        if (!any || r.nextBoolean()) {
            b.minMargin(Rate.percent(BigDecimal.valueOf(r.nextInt(4_001), 2)));
        }
        return b.build();
    }

    /** A quote of one to four lines, about one in seven a return, some in boxes. */
    public static Quote quote(Random r, World world) {
        Quote.Builder q = Quote.builder()
                .id(EventId.of("Q-" + r.nextInt(1000)))
                .account(ACCOUNTS.get(r.nextInt(ACCOUNTS.size())))
                .date(
                        r.nextInt(20) == 0
                                ? LocalDate.of(2027, 1, 5)
                                : YEAR.start().plusDays(r.nextInt(365)));
        if (r.nextInt(10) < 7) {
            q.tier(TIERS.atRank(r.nextInt(TIERS.size())));
        }
        if (r.nextBoolean()) {
            q.segment(SEGMENTS.get(r.nextInt(SEGMENTS.size())));
        }
        if (r.nextBoolean()) {
            q.accountGroup(ACCOUNT_GROUPS.get(r.nextInt(ACCOUNT_GROUPS.size())));
        }
        for (String p : PROGRAMMES) {
            if (r.nextBoolean()) {
                q.addProgramme(p);
            }
        }
        List<Integer> numbers = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        Collections.shuffle(numbers, r);
        int lines = 1 + r.nextInt(4);
        for (int i = 0; i < lines; i++) {
            q.addLine(line(r, numbers.get(i)));
        }
        if (r.nextInt(3) == 0) {
            PurchaseHistory.Builder h = PurchaseHistory.builder(world.catalog());
            for (ProductId p : PRODUCTS) {
                if (r.nextBoolean()) {
                    h.add(p, BigDecimal.valueOf(r.nextInt(80)));
                }
            }
            q.history(h.build());
        }
        return q.build();
    }

    /** A line: a product (rarely one nobody knows), 1 to 120 units or a decimal, a return now and then. */
    public static QuoteLine line(Random r, int number) {
        ProductId product = r.nextInt(25) == 0 ? UNKNOWN_PRODUCT : PRODUCTS.get(r.nextInt(PRODUCTS.size()));
        BigDecimal quantity = r.nextInt(5) == 0
                ? BigDecimal.valueOf(1 + r.nextInt(2_000), 1)
                : BigDecimal.valueOf(1 + r.nextInt(120));
        if (r.nextInt(7) == 0) {
            quantity = quantity.negate();
        }
        QuoteLine.Builder b =
                QuoteLine.builder().lineNumber(number).product(product).quantity(quantity);
        int u = r.nextInt(40);
        if (u < 6) {
            b.unit("box");
        } else if (u < 8) {
            b.unit("unit");
        } else if (u == 8) {
            b.unit("crate");
        }
        return b.build();
    }

    // Focused cases

    /**
     * Percentage rules on one line, for the stacking laws.
     *
     * @param unitPrice the column price
     * @param quantity the base units
     * @param rates the rules' percentages off, in rank order (the first ranks highest)
     * @param modes each rule's stacking, additive or compound
     */
    public record StackCase(Money unitPrice, BigDecimal quantity, List<Rate> rates, List<StackingMode> modes) {}

    /** One to four percentage rules from a 10% surcharge to 40% off, each additive or compound. */
    public static Gen<StackCase> stackCases() {
        return integers()
                .between(1, 4)
                .flatMap(n -> prices().zip(
                                quantities(),
                                lists().of(signedPercents()).ofSize(n),
                                lists().of(Generate.pick(List.of(StackingMode.ADDITIVE, StackingMode.COMPOUND)))
                                        .ofSize(n),
                                StackCase::new));
    }

    /** Unit prices from EUR 0.01 to EUR 5,000.00. */
    public static Gen<Money> prices() {
        return integers().between(1, 500_000).map(c -> Money.ofMinor(c, EUR));
    }

    /** Quantities: whole from 1 to 200, or with one decimal from 0.1 to 200.0. */
    public static Gen<BigDecimal> quantities() {
        return Generate.oneOf(
                integers().between(1, 200).map(n -> BigDecimal.valueOf(n)),
                integers().between(1, 2_000).map(n -> BigDecimal.valueOf(n, 1)));
    }

    /** Percentages from −10% to 40% in hundredths of a percent. */
    public static Gen<Rate> signedPercents() {
        return integers().between(-1_000, 4_000).map(n -> Rate.signedFraction(BigDecimal.valueOf(n, 4)));
    }

    /**
     * Volume breaks whose discount rises (or stays) from band to band, and a whole quantity.
     *
     * @param unitPrice the column price
     * @param quantity the units on the line
     * @param thresholds the bands' lower bounds above zero, rising
     * @param percents each band's percentage off, non-decreasing, the first for the band from the
     *     first threshold
     */
    public record BreakCase(Money unitPrice, int quantity, List<Integer> thresholds, List<Rate> percents) {
        /**
         * The breaks of the case.
         *
         * @param semantics slab or range
         * @return the breaks, on the line
         */
        public VolumeBreaks breaks(BreakSemantics semantics) {
            VolumeBreaks.PercentBuilder b = VolumeBreaks.percentOff(semantics, BreakAggregation.LINE);
            for (int i = 0; i < thresholds.size(); i++) {
                b.from(Integer.toString(thresholds.get(i)), percents.get(i));
            }
            return b.build();
        }

        /**
         * The same bands as unit prices: each band's price is the column price less its percentage.
         *
         * @param semantics slab or range
         * @return the breaks, on the line
         */
        public VolumeBreaks priceBreaks(BreakSemantics semantics) {
            VolumeBreaks.PriceBuilder b = VolumeBreaks.unitPrices(semantics, BreakAggregation.LINE);
            for (int i = 0; i < thresholds.size(); i++) {
                b.from(Integer.toString(thresholds.get(i)), unitPrice.minus(unitPrice.times(percents.get(i))));
            }
            return b.build();
        }

        /** The percentage of the band a place (or a quantity) falls in. */
        public Rate percentAt(long place) {
            Rate p = Rate.ZERO;
            for (int i = 0; i < thresholds.size(); i++) {
                if (thresholds.get(i) <= place) {
                    p = percents.get(i);
                }
            }
            return p;
        }
    }

    /** One to four bands with thresholds from 1 to 150 and rising percentages up to 60%; 1 to 200 units. */
    public static Gen<BreakCase> risingBreakCases() {
        return Gens.seeds().zip(prices(), integers().between(1, 200), (seed, price, quantity) -> {
            Random r = new Random(seed);
            int bands = 1 + r.nextInt(4);
            List<Integer> thresholds = new ArrayList<>();
            List<Rate> percents = new ArrayList<>();
            int t = 0;
            int p = 0;
            for (int i = 0; i < bands; i++) {
                t += 1 + r.nextInt(50);
                p += r.nextInt(1_501);
                thresholds.add(t);
                percents.add(Rate.percent(BigDecimal.valueOf(Math.min(p, 6_000), 2)));
            }
            return new BreakCase(price, quantity, thresholds, percents);
        });
    }

    // Wild inputs

    /**
     * Builds a policy and a quote from raw values drawn from the seed and prices the quote. Each
     * value is now and then invalid (zero or negative figures, thresholds that do not rise, reversed
     * dates, percentages out of range, amounts in USD, a base unit given a factor, a cycle of
     * groups, a line number repeated) and often odd but valid (huge and tiny quantities, many
     * decimals, unknown units and columns), so that about half the seeds reach {@code price}.
     *
     * @param seed the seed
     * @return the result, if every input was valid
     */
    public static PricingResult wildRun(long seed) {
        Random r = new Random(seed);
        PriceList.Builder prices = PriceList.builder(LIST, EUR);
        Catalog.Builder catalog = Catalog.builder().groups(bad(r) ? cyclic() : PRODUCT_GROUPS);
        for (ProductId p : PRODUCTS) {
            ProductInfo.Builder info = ProductInfo.builder().product(p);
            if (r.nextBoolean()) {
                info.group(GROUPS.get(r.nextInt(GROUPS.size())));
            }
            if (r.nextBoolean()) {
                info.unitCost(rare(r) ? Money.ofMinor(-1, EUR) : wildMoney(r).abs());
            }
            if (r.nextBoolean()) {
                info.putUnit(
                        rare(r) ? "unit" : "box",
                        rare(r) ? BigDecimal.ZERO : wildPositive(r).abs());
            }
            catalog.add(info.build());
            for (PriceColumn c : List.of(LIST, KEY, DIST)) {
                if (r.nextInt(3) > 0) {
                    LocalDate start = YEAR.start().plusDays(r.nextInt(365));
                    Money price = rare(r)
                            ? Money.ofMinor(-1, r.nextBoolean() ? EUR : USD)
                            : wildMoney(r).abs();
                    prices.price(
                            p,
                            c,
                            DateRange.closed(start, start.plusDays(r.nextInt(400))),
                            Money.of(price.amount(), rare(r) ? USD : EUR));
                }
            }
        }
        World world = new World(
                prices.build(),
                catalog.build(),
                ColumnSelection.builder().forTier(TIERS.tier("Key"), KEY).build());
        List<DiscountRule> rules = new ArrayList<>();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            rules.add(wildRule(r, "W-" + (bad(r) ? 0 : i)));
        }
        GuardRails.Builder rails = GuardRails.builder();
        if (r.nextBoolean()) {
            rails.defaultMaxDiscount(wildRate(r, false));
        }
        if (r.nextBoolean()) {
            rails.minMargin(wildRate(r, false));
        }
        Quote.Builder q = Quote.builder()
                .id(EventId.of("Q-W"))
                .account(ACCOUNTS.get(r.nextInt(ACCOUNTS.size())))
                .date(YEAR.start().plusDays(r.nextInt(400)));
        if (r.nextBoolean()) {
            q.tier(TIERS.atRank(r.nextInt(TIERS.size())));
        }
        int lines = bad(r) ? 0 : 1 + r.nextInt(4);
        for (int i = 0; i < lines; i++) {
            BigDecimal quantity = bad(r) ? BigDecimal.ZERO : wildPositive(r);
            QuoteLine.Builder l = QuoteLine.builder()
                    .lineNumber(bad(r) ? 0 : bad(r) ? 1 : i + 1)
                    .product(r.nextInt(10) == 0 ? UNKNOWN_PRODUCT : PRODUCTS.get(r.nextInt(PRODUCTS.size())))
                    .quantity(r.nextInt(5) == 0 ? quantity.negate() : quantity);
            if (r.nextBoolean()) {
                l.unit(List.of("box", "unit", "crate", "").get(r.nextInt(4)));
            }
            q.addLine(l.build());
        }
        if (r.nextBoolean()) {
            BigDecimal bought = wildPositive(r);
            q.history(PurchaseHistory.builder(world.catalog())
                    .add(PRODUCTS.get(r.nextInt(PRODUCTS.size())), r.nextInt(4) == 0 ? bought.negate() : bought)
                    .build());
        }
        Scenario s = new Scenario(world, rules, rails.build(), TieBreaker.values()[r.nextInt(3)], q.build());
        return s.policy().price(s.quote());
    }

    /** About one draw in thirty-three: when a wild value is invalid. */
    private static boolean bad(Random r) {
        return r.nextInt(100) < 3;
    }

    /** One draw in two hundred: for the values drawn for every product and column. */
    private static boolean rare(Random r) {
        return r.nextInt(200) == 0;
    }

    private static Hierarchy<ProductGroupId> cyclic() {
        return Hierarchy.<ProductGroupId>builder()
                .parent(GROUPS.get(0), GROUPS.get(1))
                .parent(GROUPS.get(1), GROUPS.get(0))
                .build();
    }

    private static DiscountRule wildRule(Random r, String id) {
        RuleConditions.Builder c = RuleConditions.builder();
        if (r.nextInt(3) == 0) {
            BigDecimal min = bad(r) ? BigDecimal.valueOf(-1 - r.nextInt(9)) : wildPositive(r);
            c.minQuantity(min);
            if (r.nextBoolean()) {
                c.maxQuantity(bad(r) ? min.subtract(BigDecimal.ONE) : min.add(wildPositive(r)));
            }
        }
        if (r.nextInt(4) == 0) {
            Money min = wildMoney(r);
            c.minAmount(min);
            if (r.nextBoolean()) {
                c.maxAmount(bad(r) ? wildMoney(r) : min.plus(min.abs()));
            }
        }
        if (r.nextInt(4) == 0) {
            c.addProductGroup(GROUPS.get(r.nextInt(GROUPS.size())));
        }
        if (r.nextInt(4) == 0) {
            LocalDate a = YEAR.start().plusDays(r.nextInt(365));
            c.validity(DateRange.closed(a, a.plusDays(bad(r) ? -1 : r.nextInt(200))));
        }
        DiscountEffect effect;
        int k = r.nextInt(5);
        if (k == 0) {
            effect = DiscountEffect.percentOff(wildRate(r, true));
        } else if (k == 1) {
            effect = DiscountEffect.amountOff(wildMoney(r));
        } else if (k == 2) {
            effect = DiscountEffect.priceOverride(wildMoney(r));
        } else if (k == 3) {
            effect = DiscountEffect.switchColumn(List.of(KEY, DIST, NOWHERE).get(r.nextInt(3)));
        } else {
            BreakSemantics semantics = BreakSemantics.values()[r.nextInt(2)];
            BreakAggregation aggregation = BreakAggregation.values()[r.nextInt(3)];
            BigDecimal threshold = BigDecimal.ZERO;
            if (r.nextBoolean()) {
                VolumeBreaks.PercentBuilder b = VolumeBreaks.percentOff(semantics, aggregation);
                for (int i = r.nextInt(3); i >= 0; i--) {
                    threshold = bad(r) ? threshold : threshold.add(wildPositive(r));
                    b.from(threshold.toString(), wildRate(r, false));
                }
                effect = DiscountEffect.volumeBreaks(b.build());
            } else {
                VolumeBreaks.PriceBuilder b = VolumeBreaks.unitPrices(semantics, aggregation);
                for (int i = r.nextInt(3); i >= 0; i--) {
                    threshold = bad(r) ? threshold : threshold.add(wildPositive(r));
                    b.from(threshold.toPlainString(), wildMoney(r));
                }
                effect = DiscountEffect.volumeBreaks(b.build());
            }
        }
        return DiscountRule.builder()
                .id(RuleId.of(id))
                .conditions(c.build())
                .effect(effect)
                .stacking(StackingMode.values()[r.nextInt(3)])
                .priority(r.nextInt(3) - 1)
                .build();
    }

    /** Positive decimals, often odd: huge, tiny, many decimals; rarely zero or negative. */
    private static BigDecimal wildPositive(Random r) {
        if (bad(r)) {
            return r.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(-1 - r.nextInt(100));
        }
        return switch (r.nextInt(10)) {
            case 0 -> new BigDecimal("1E+" + (10 + r.nextInt(50)));
            case 1 -> new BigDecimal("1E-" + (1 + r.nextInt(60)));
            case 2 -> BigDecimal.valueOf(1 + (r.nextLong() & 0xFFFF_FFFF_FFFFL), r.nextInt(12));
            default -> BigDecimal.valueOf(1 + r.nextInt(200));
        };
    }

    /** Amounts, often odd (huge, many decimals, zero); rarely negative or in USD. */
    private static Money wildMoney(Random r) {
        Currency currency = bad(r) ? USD : EUR;
        if (bad(r)) {
            return Money.ofMinor(-1 - r.nextInt(10_000), currency);
        }
        return switch (r.nextInt(10)) {
            case 0 -> Money.zero(currency);
            case 1 -> Money.of(new BigDecimal("1E+" + (10 + r.nextInt(40))), currency);
            case 2 -> Money.of(BigDecimal.valueOf(1 + r.nextInt(1_000_000), 2 + r.nextInt(10)), currency);
            default -> Money.ofMinor(1 + r.nextInt(100_000), currency);
        };
    }

    /** Rates up to 60% (with many decimals now and then), rarely out of range; negative if signed. */
    private static Rate wildRate(Random r, boolean signed) {
        if (bad(r)) {
            return Rate.signedPercent(
                    Integer.toString(r.nextBoolean() ? -101 - r.nextInt(100) : 101 + r.nextInt(1_000)));
        }
        Rate rate = r.nextInt(5) == 0
                ? Rate.ofFraction(BigDecimal.valueOf(r.nextInt(600_000), 6 + r.nextInt(10)))
                : Rate.percent(Integer.toString(r.nextInt(61)));
        return signed && r.nextInt(5) == 0 ? rate.negate() : rate;
    }
}
