package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RoundingPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The pricing engine (R-DISC-1..4): a price list, the column selection, the catalog, the account
 * groups, the discount rules and the guard rails, compiled once into an index, then applied to any
 * number of quotes.
 *
 * <pre>{@code
 * DiscountPolicy policy = DiscountPolicy.builder(prices, catalog)
 *     .columns(columns)
 *     .addRule(spring)
 *     .addRule(keyPumpsBreaks)
 *     .guardRails(rails)
 *     .build();
 * PricingResult result = policy.price(quote);
 * }</pre>
 *
 * <p><b>Resolution of one line</b>, every step in its explanation:
 * <ol>
 *   <li>the quantity in base units; the column the account buys from ({@link ColumnSelection}) and
 *       its unit price that day (the list price when the column has none; a line with no price at
 *       all is left unpriced, with the reason);
 *   <li>the rules that match (looked up in the index by product, by every product group above the
 *       product, and the rules for any product), ranked by specificity (account before account group
 *       before tier or segment before none; then product before product group before none; deeper
 *       groups before higher ones; see {@link RuleConditions}), then priority, higher first, then id;
 *   <li>if any is {@link StackingMode#EXCLUSIVE}, the best-ranked exclusive rule applies alone;
 *   <li>the unit price: the best-ranked rule that sets it (a price override or another column);
 *       then every matching markup, summed, on that unit price (a surcharge before any discount);
 *       then the best-ranked volume breaks on that unit price;
 *   <li>percentages: the additive rules' summed on that amount, then each compound rule on the
 *       amount so far, in rank order; then amounts off per unit, in rank order;
 *   <li>guard rails: the net amount is lifted to the tier's largest discount off the list amount and
 *       to the margin floor, whichever is higher;
 *   <li>the net amount is rounded once by the policy's rounding.
 * </ol>
 * Where only one rule may take a place (the exclusive rule, the unit price, the breaks) and two rank
 * equally, the {@link TieBreaker} decides ({@link TieBreaker#RULE_ID} by default), or reports a
 * {@link PricingConflict}. Every matching rule is listed with what became of it; nothing throws
 * because two rules match. A return line (negative quantity) is priced as the sale of its absolute
 * quantity and its amounts negated. Results do not depend on the order rules were added in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DiscountPolicy {
    private final PriceList prices;
    private final Catalog catalog;
    private final ColumnSelection columns;
    private final Hierarchy<AccountGroupId> accountGroups;
    private final ImmutableList<DiscountRule> rules;
    private final GuardRails guardRails;
    private final TieBreaker tieBreaker;
    private final RoundingPolicy rounding;
    // The index, resolved when the policy is built, so that a line allocates nothing to find its
    // rules: per product group, the rules on it or any group above it (each once); per product with
    // rules of its own, those and its group's; the rules for any product by named account, and the
    // rest. A quote keeps the any-product rules its account can match (see LinePricer).
    private final Map<ProductGroupId, List<Candidate>> byGroupChain;
    private final Map<ProductId, List<Candidate>> byProductAndChain;
    private final Map<AccountId, List<Candidate>> anyProductByAccount;
    private final List<Candidate> anyProduct;
    // Per catalog product, what a line of it needs, found with one look-up (see Product).
    private final Map<ProductId, Product> products;
    private final ColumnSelection.Selected listSelected; // the list column, for accounts without another

    private DiscountPolicy(Builder b) {
        this.prices = b.prices;
        this.catalog = b.catalog;
        this.columns = b.columns;
        this.accountGroups = b.accountGroups;
        List<DiscountRule> sorted = new ArrayList<>(b.rules.values());
        sorted.sort((x, y) -> x.id().compareTo(y.id()));
        this.rules = ImmutableList.copyOf(sorted);
        this.guardRails = b.guardRails;
        this.tieBreaker = b.tieBreaker;
        this.rounding = b.rounding;
        Map<ProductId, List<DiscountRule>> bp = new HashMap<>();
        Map<ProductGroupId, List<DiscountRule>> bg = new HashMap<>();
        Map<AccountId, List<Candidate>> ba = new HashMap<>();
        List<Candidate> any = new ArrayList<>();
        for (ProductInfo info : catalog.products().values()) {
            info.unitCost()
                    .ifPresent(cost -> argument(
                            cost.currency().equals(prices.currency()),
                            "the cost of %s is in %s; the price list is in %s: %s",
                            info.product(),
                            cost.currency().getCurrencyCode(),
                            prices.currency().getCurrencyCode(),
                            cost));
        }
        Map<RuleId, MatchConditions> when = new HashMap<>();
        for (DiscountRule r : rules) {
            RuleConditions c = r.conditions();
            checkCurrency(r);
            MatchConditions conditions = new MatchConditions(c);
            when.put(r.id(), conditions);
            if (c.products().isEmpty() && c.productGroups().isEmpty()) {
                Candidate anyProductRule = Candidate.of(r, conditions, 0, 0, null);
                if (!c.accounts().isEmpty() && c.accountGroups().isEmpty()) {
                    for (AccountId a : c.accounts()) {
                        ba.computeIfAbsent(a, k -> new ArrayList<>()).add(anyProductRule);
                    }
                } else {
                    any.add(anyProductRule);
                }
                continue;
            }
            for (ProductId p : c.products()) {
                bp.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
            }
            for (ProductGroupId g : c.productGroups()) {
                bg.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
            }
        }
        // A rule meets a product through the nearest group it names at or above the product's group:
        // walking up from the product's group, the first time a rule is met gives its rank.
        Map<ProductGroupId, List<Candidate>> chains = new HashMap<>();
        for (ProductInfo info : catalog.products().values()) {
            info.group()
                    .ifPresent(group -> chains.computeIfAbsent(group, g -> {
                        Map<RuleId, Candidate> rs = new LinkedHashMap<>();
                        for (ProductGroupId up : catalog.groups().ancestorsOrSelf(g)) {
                            int depth = catalog.groups().depth(up);
                            bg.getOrDefault(up, List.of())
                                    .forEach(rule -> rs.putIfAbsent(
                                            rule.id(), Candidate.of(rule, when.get(rule.id()), 2, depth, up)));
                        }
                        return new ArrayList<>(rs.values());
                    }));
        }
        Map<ProductId, List<Candidate>> own = new HashMap<>();
        bp.forEach((product, rs) -> {
            Map<RuleId, Candidate> all = new LinkedHashMap<>();
            rs.forEach(rule -> all.putIfAbsent(rule.id(), Candidate.of(rule, when.get(rule.id()), 3, 0, null)));
            catalog.find(product)
                    .flatMap(ProductInfo::group)
                    .ifPresent(g ->
                            chains.get(g).forEach(c -> all.putIfAbsent(c.rule().id(), c)));
            own.put(product, new ArrayList<>(all.values()));
        });
        this.byGroupChain = freeze(chains);
        this.byProductAndChain = freeze(own);
        this.anyProductByAccount = freeze(ba);
        this.anyProduct = List.copyOf(any);
        Map<ProductId, Product> facts = new HashMap<>();
        for (ProductInfo info : catalog.products().values()) {
            ProductGroupId group = info.group().orElse(null);
            facts.put(
                    info.product(),
                    new Product(
                            info,
                            group,
                            info.unitCost().orElse(null),
                            productCandidates(info.product(), group),
                            prices.columnsFor(info.product())));
        }
        this.products = Collections.unmodifiableMap(facts);
        this.listSelected = ColumnSelection.list(prices.baseColumn());
    }

    /**
     * What a line of a catalog product needs, resolved when the policy is built so that a line finds
     * it with one look-up instead of one each in the catalog, the index and the price list: the
     * product's information, group and unit cost (null when unknown), the rules on it or on a group
     * above it ({@link #productCandidates}) and its prices by column (null when it has none).
     */
    record Product(
            ProductInfo info,
            @Nullable ProductGroupId group,
            @Nullable Money unitCost,
            List<Candidate> candidates,
            @Nullable Map<PriceColumn, List<PriceList.Entry>> prices) {}

    /** A catalog product's facts, or null for a product the catalog does not know. */
    @Nullable
    Product product(ProductId product) {
        return products.get(product);
    }

    /**
     * A rule a product's line may meet, with how specifically it names the product: 3 by the product
     * itself, 2 by a group at or above the product's ({@code depth} below its root, {@code group}),
     * 0 for a rule on any product; {@code when} holds the rule's other conditions as matching reads
     * them; {@code applied} is the rule's outcome when it applies in a figures-only pricing, made
     * once here rather than once per line (outcomes are immutable, so lines may share it).
     */
    record Candidate(
            DiscountRule rule,
            MatchConditions when,
            RuleOutcome applied,
            int productRank,
            int productDepth,
            @Nullable ProductGroupId group) {
        static Candidate of(
                DiscountRule rule,
                MatchConditions when,
                int productRank,
                int productDepth,
                @Nullable ProductGroupId group) {
            return new Candidate(
                    rule, when, new RuleOutcome(rule.id(), true, "applied"), productRank, productDepth, group);
        }
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> m) {
        Map<K, List<V>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    private void checkCurrency(DiscountRule r) {
        RuleConditions c = r.conditions();
        r.effect()
                .breaks()
                .flatMap(VolumeBreaks::currency)
                .ifPresent(cur -> argument(
                        cur.equals(prices.currency()),
                        "rule %s has unit-price breaks in %s; the price list is in %s",
                        r.id(),
                        cur.getCurrencyCode(),
                        prices.currency().getCurrencyCode()));
        for (Money m : new Money[] {
            c.minAmount().orElse(null),
            c.maxAmount().orElse(null),
            r.effect().amount().orElse(null)
        }) {
            if (m != null) {
                argument(
                        m.currency().equals(prices.currency()),
                        "rule %s has an amount in %s; the price list is in %s: %s",
                        r.id(),
                        m.currency().getCurrencyCode(),
                        prices.currency().getCurrencyCode(),
                        m);
            }
        }
    }

    /**
     * A builder.
     *
     * @param prices the price list, not null
     * @param catalog the catalog, not null
     * @return a builder with the list column for everyone, flat account groups, no rules, no guard
     *     rails, ties by rule id, rounding half even to the minor unit
     */
    public static Builder builder(PriceList prices, Catalog catalog) {
        return new Builder(notNull(prices, "prices"), notNull(catalog, "catalog"));
    }

    /**
     * Prices a quote.
     *
     * @param quote the quote, not null
     * @return every line priced or left unpriced with the reason, and the totals
     */
    public PricingResult price(Quote quote) {
        return price(quote, PricingDetail.EXPLAINED);
    }

    /**
     * Prices a quote, keeping the explanations or only the figures. Both give the same figures;
     * {@link PricingDetail#FIGURES_ONLY} skips the explanation steps and texts, for bulk repricing.
     *
     * @param quote the quote, not null
     * @param detail what to keep besides the figures, not null
     * @return every line priced or left unpriced with the reason, and the totals
     */
    public PricingResult price(Quote quote, PricingDetail detail) {
        notNull(quote, "quote");
        notNull(detail, "detail");
        ColumnSelection.Selected selected = columns.select(quote, listSelected);
        LinePricer pricer = new LinePricer(this, quote, selected, detail);
        ImmutableList.Builder<LinePricing> lines =
                ImmutableList.builderWithExpectedSize(quote.lines().size());
        for (int i = 0; i < quote.lines().size(); i++) {
            lines.add(pricer.price(i));
        }
        return new PricingResult(
                quote, selected.column(), selected.why(), lines.build(), Money.zero(prices.currency()));
    }

    /**
     * The rules on a product or on a group at or above its group, each once: those a line of the
     * product can match besides the rules for any product.
     */
    List<Candidate> productCandidates(ProductId product, @Nullable ProductGroupId group) {
        List<Candidate> own = byProductAndChain.get(product);
        if (own != null) {
            return own;
        }
        if (group == null) {
            return List.of();
        }
        List<Candidate> chain = byGroupChain.get(group);
        return chain != null ? chain : List.of();
    }

    /** The rules for any product that name the account, then the other rules for any product. */
    List<Candidate> anyProductCandidates(AccountId account) {
        List<Candidate> named = anyProductByAccount.isEmpty() ? null : anyProductByAccount.get(account);
        if (named == null) {
            return anyProduct;
        }
        List<Candidate> out = new ArrayList<>(named.size() + anyProduct.size());
        out.addAll(named);
        out.addAll(anyProduct);
        return out;
    }

    /**
     * The price list.
     *
     * @return the prices
     */
    public PriceList prices() {
        return prices;
    }

    /**
     * The catalog.
     *
     * @return the catalog
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * The column selection.
     *
     * @return the selection
     */
    public ColumnSelection columns() {
        return columns;
    }

    /**
     * The tree of account groups.
     *
     * @return the hierarchy
     */
    public Hierarchy<AccountGroupId> accountGroups() {
        return accountGroups;
    }

    /**
     * The rules, in id order.
     *
     * @return the rules
     */
    public ImmutableList<DiscountRule> rules() {
        return rules;
    }

    /**
     * The guard rails.
     *
     * @return the guard rails
     */
    public GuardRails guardRails() {
        return guardRails;
    }

    /**
     * How ties are broken.
     *
     * @return the tie-breaker
     */
    public TieBreaker tieBreaker() {
        return tieBreaker;
    }

    /**
     * How net amounts are rounded.
     *
     * @return the rounding
     */
    public RoundingPolicy rounding() {
        return rounding;
    }

    @Override
    public String toString() {
        return "DiscountPolicy{" + rules.size() + " rules, " + prices + ", ties " + tieBreaker + "}";
    }

    /** Builds a {@link DiscountPolicy}; a builder is not thread-safe. */
    public static final class Builder {
        private final PriceList prices;
        private final Catalog catalog;
        private ColumnSelection columns = ColumnSelection.listOnly();
        private Hierarchy<AccountGroupId> accountGroups = Hierarchy.flat();
        private final Map<RuleId, DiscountRule> rules = new HashMap<>();
        private GuardRails guardRails = GuardRails.none();
        private TieBreaker tieBreaker = TieBreaker.RULE_ID;
        private RoundingPolicy rounding = RoundingPolicy.DEFAULT;

        Builder(PriceList prices, Catalog catalog) {
            this.prices = prices;
            this.catalog = catalog;
        }

        /**
         * Which column each account buys from.
         *
         * @param columns the selection, not null
         * @return this builder
         */
        public Builder columns(ColumnSelection columns) {
            this.columns = notNull(columns, "columns");
            return this;
        }

        /**
         * The tree of account groups.
         *
         * @param groups the hierarchy, not null
         * @return this builder
         */
        public Builder accountGroups(Hierarchy<AccountGroupId> groups) {
            this.accountGroups = notNull(groups, "groups");
            return this;
        }

        /**
         * Adds a rule.
         *
         * @param rule the rule, not null
         * @return this builder
         * @throws IllegalArgumentException if a rule with the same id was added
         */
        public Builder addRule(DiscountRule rule) {
            notNull(rule, "rule");
            argument(rules.putIfAbsent(rule.id(), rule) == null, "rule ids must be unique: %s twice", rule.id());
            return this;
        }

        /**
         * Adds rules.
         *
         * @param rules the rules, not null
         * @return this builder
         */
        public Builder addRules(Iterable<DiscountRule> rules) {
            notNull(rules, "rules");
            for (DiscountRule r : rules) {
                addRule(r);
            }
            return this;
        }

        /**
         * The guard rails.
         *
         * @param rails the guard rails, not null
         * @return this builder
         */
        public Builder guardRails(GuardRails rails) {
            this.guardRails = notNull(rails, "rails");
            return this;
        }

        /**
         * How ties are broken.
         *
         * @param tieBreaker the tie-breaker, not null
         * @return this builder
         */
        public Builder tieBreaker(TieBreaker tieBreaker) {
            this.tieBreaker = notNull(tieBreaker, "tieBreaker");
            return this;
        }

        /**
         * How net amounts are rounded.
         *
         * @param rounding the policy, not null
         * @return this builder
         */
        public Builder rounding(RoundingPolicy rounding) {
            this.rounding = notNull(rounding, "rounding");
            return this;
        }

        /**
         * The compiled policy.
         *
         * @return the policy
         * @throws IllegalArgumentException if a rule's amounts are in another currency than the
         *     price list's
         */
        public DiscountPolicy build() {
            return new DiscountPolicy(this);
        }
    }
}
