package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.rules.pricing.AccountGroupId;
import io.github.kamsdk.rules.pricing.BreakAggregation;
import io.github.kamsdk.rules.pricing.BreakSemantics;
import io.github.kamsdk.rules.pricing.DiscountEffect;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The baselines of the 500-rule benchmark: a hand-written pricer that computes the same net amounts
 * as {@code DiscountPolicy} (the resolution documented on {@code DiscountPolicy}, with ties by rule
 * id), without explanations, outcomes or applied-discount records.
 *
 * <p>It works in one of two ways, which differ only in which rules a line is checked against:
 * {@link #everyRule} checks every rule's conditions on every line (the naive matcher of issue 6);
 * {@link #indexed} looks them up in the same kind of index as the policy (by product, by each group
 * above the product, by account for account-only rules, and the rest for everyone). Both read each
 * rule's conditions through its public accessors, as the policy does, and feed the matches to the
 * same resolution, so their difference is what the index saves in hand-written code.
 *
 * <p>It covers the rule kinds of {@link PricingData}: every effect but markups, line and order-group
 * volume breaks (not period to date), sales units, returns, the guard rails (the net amount lifted
 * to the higher of the two limits, and rounded up where rounding half even would take it below),
 * the tie-breaker by rule id.
 * The bands of volume breaks come from {@link PricingData#bands}, because {@code VolumeBreaks} does
 * not expose them.
 */
final class HandPricer {
    private static final Comparator<Match> RANK = Comparator.comparingInt((Match m) -> -m.accountRank)
            .thenComparingInt(m -> -m.accountDepth)
            .thenComparingInt(m -> -m.productRank)
            .thenComparingInt(m -> -m.productDepth)
            .thenComparingInt(m -> -m.rule.priority())
            .thenComparing(m -> m.rule.id());

    private static final RoundingPolicy UP = RoundingPolicy.DEFAULT.withMode(RoundingMode.UP);

    private final PriceList prices;
    private final PriceColumn list;
    private final Map<AccountId, PriceColumn> columnByAccount;
    private final Map<Tier, PriceColumn> columnByTier;
    private final GuardRails rails;
    private final Map<ProductId, ProductInfo> products = new HashMap<>();
    private final Map<ProductGroupId, List<ProductGroupId>> productAncestors = new HashMap<>();
    private final Map<ProductGroupId, Integer> productDepth = new HashMap<>();
    private final Map<AccountGroupId, List<AccountGroupId>> accountAncestors = new HashMap<>();
    private final Map<AccountGroupId, Integer> accountDepth = new HashMap<>();
    private final Map<RuleId, PricingData.Bands> bands;
    private final List<DiscountRule> all;
    private final Map<ProductId, List<DiscountRule>> byProduct = new HashMap<>();
    private final Map<ProductGroupId, List<DiscountRule>> byGroup = new HashMap<>();
    private final Map<AccountId, List<DiscountRule>> byAccount = new HashMap<>();
    private final List<DiscountRule> anyProduct = new ArrayList<>();
    private boolean mayRepeat;

    private record Match(
            DiscountRule rule,
            int accountRank,
            int accountDepth,
            int productRank,
            int productDepth,
            @Nullable ProductGroupId matchedGroup) {}

    /** What a quote's lines need, computed once per quote. */
    private static final class Lines {
        final QuoteLine[] lines;
        final @Nullable ProductInfo[] infos;
        final @Nullable ProductGroupId[] groups;
        final BigDecimal[] absQ;

        Lines(int n) {
            lines = new QuoteLine[n];
            infos = new ProductInfo[n];
            groups = new ProductGroupId[n];
            absQ = new BigDecimal[n];
        }
    }

    HandPricer(PricingData d) {
        this.prices = d.prices;
        this.list = d.prices.baseColumn();
        this.columnByAccount = new HashMap<>(d.columns.byAccount());
        this.columnByTier = new HashMap<>(d.columns.byTier());
        this.rails = d.guardRails;
        this.bands = d.bands;
        for (ProductInfo p : d.products) {
            products.put(p.product(), p);
        }
        Hierarchy<ProductGroupId> pg = d.productGroups;
        List<ProductGroupId> groups = new ArrayList<>(d.divisions);
        groups.addAll(d.categories);
        groups.addAll(d.subcategories);
        for (ProductGroupId g : groups) {
            productAncestors.put(g, pg.ancestorsOrSelf(g));
            productDepth.put(g, pg.depth(g));
        }
        Hierarchy<AccountGroupId> ag = d.accountGroups;
        List<AccountGroupId> ags = new ArrayList<>(d.regions);
        ags.addAll(d.subregions);
        for (AccountGroupId g : ags) {
            accountAncestors.put(g, ag.ancestorsOrSelf(g));
            accountDepth.put(g, ag.depth(g));
        }
        this.all = List.copyOf(d.rules);
        for (DiscountRule r : all) {
            RuleConditions c = r.conditions();
            if (c.products().isEmpty() && c.productGroups().isEmpty()) {
                if (!c.accounts().isEmpty() && c.accountGroups().isEmpty()) {
                    for (AccountId a : c.accounts()) {
                        byAccount.computeIfAbsent(a, k -> new ArrayList<>()).add(r);
                    }
                } else {
                    anyProduct.add(r);
                }
                continue;
            }
            for (ProductId p : c.products()) {
                byProduct.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
            }
            for (ProductGroupId g : c.productGroups()) {
                byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
            }
            mayRepeat |= c.products().size() + c.productGroups().size() > 1;
        }
    }

    /** The net amount of every line, checking every rule on every line. */
    Money[] everyRule(Quote quote) {
        return price(quote, false);
    }

    /** The net amount of every line, checking only the rules the index gives. */
    Money[] indexed(Quote quote) {
        return price(quote, true);
    }

    /** How many rules the index gives a line, for the benchmark's notes. */
    int candidateCount(Quote quote, int lineIndex) {
        QuoteLine l = quote.lines().get(lineIndex);
        ProductInfo info = products.get(l.product());
        return candidates(l.product(), info == null ? null : info.group().orElse(null), quote.account())
                .size();
    }

    private Money[] price(Quote quote, boolean indexed) {
        List<QuoteLine> ql = quote.lines();
        int n = ql.size();
        Lines ls = new Lines(n);
        for (int i = 0; i < n; i++) {
            QuoteLine l = ql.get(i);
            ProductInfo info = products.get(l.product());
            ls.lines[i] = l;
            ls.infos[i] = info;
            ls.groups[i] = info == null ? null : info.group().orElse(null);
            BigDecimal q = l.quantity();
            if (l.unit().isPresent() && info != null) {
                q = info.toBase(q, l.unit().get());
            }
            ls.absQ[i] = q.abs();
        }
        PriceColumn column = columnByAccount.get(quote.account());
        if (column == null) {
            column = quote.tier().map(columnByTier::get).orElse(list);
        }
        List<AccountGroupId> accountGroups = quote.accountGroup()
                .map(g -> accountAncestors.getOrDefault(g, List.of(g)))
                .orElse(List.of());
        Money[] out = new Money[n];
        for (int i = 0; i < n; i++) {
            out[i] = line(quote, ls, i, column, accountGroups, indexed);
        }
        return out;
    }

    private List<DiscountRule> candidates(ProductId product, @Nullable ProductGroupId group, AccountId account) {
        List<DiscountRule> out = new ArrayList<>();
        List<DiscountRule> p = byProduct.get(product);
        if (p != null) {
            out.addAll(p);
        }
        if (group != null) {
            for (ProductGroupId g : productAncestors.get(group)) {
                List<DiscountRule> rs = byGroup.get(g);
                if (rs != null) {
                    out.addAll(rs);
                }
            }
        }
        List<DiscountRule> a = byAccount.get(account);
        if (a != null) {
            out.addAll(a);
        }
        out.addAll(anyProduct);
        if (mayRepeat && out.size() > 1) {
            Set<RuleId> seen = new HashSet<>();
            out.removeIf(r -> !seen.add(r.id()));
        }
        return out;
    }

    private Money line(
            Quote quote, Lines ls, int i, PriceColumn selected, List<AccountGroupId> accountGroups, boolean indexed) {
        QuoteLine line = ls.lines[i];
        ProductId product = line.product();
        BigDecimal absQ = ls.absQ[i];
        Optional<Money> listPrice = prices.price(product, list, quote.date());
        PriceColumn column = selected;
        Optional<Money> columnPrice = prices.price(product, column, quote.date());
        if (columnPrice.isEmpty() && !column.equals(list) && listPrice.isPresent()) {
            column = list;
            columnPrice = listPrice;
        }
        if (columnPrice.isEmpty()) {
            return Money.zero(prices.currency());
        }
        Money columnUnit = columnPrice.get();
        Money listUnit = listPrice.orElse(columnUnit);
        Money columnAmount = columnUnit.times(absQ);
        ProductGroupId group = ls.groups[i];

        List<Match> matches = new ArrayList<>();
        List<DiscountRule> rules = indexed ? candidates(product, group, quote.account()) : all;
        for (DiscountRule r : rules) {
            Match m = match(r, quote, accountGroups, product, group, absQ, columnAmount);
            if (m != null) {
                matches.add(m);
            }
        }
        matches.sort(RANK);

        List<Match> active = new ArrayList<>();
        for (Match m : matches) {
            // an exclusive switch to a column without a price for the product cannot take the place
            if (m.rule.stacking() == StackingMode.EXCLUSIVE && !noColumnPrice(m.rule.effect(), product, quote)) {
                active.add(m);
                break;
            }
        }
        if (active.isEmpty()) {
            for (Match m : matches) {
                if (m.rule.stacking() != StackingMode.EXCLUSIVE) {
                    active.add(m);
                }
            }
        }
        // 1. the unit price
        Money unit = columnUnit;
        for (Match m : active) {
            DiscountEffect e = m.rule.effect();
            Money p = null;
            if (e.kind() == DiscountEffect.Kind.PRICE_OVERRIDE) {
                p = e.amount().orElseThrow();
            } else if (e.kind() == DiscountEffect.Kind.SWITCH_COLUMN) {
                p = prices.price(product, e.column().orElseThrow(), quote.date())
                        .orElse(null);
            }
            if (p != null) {
                unit = p;
                break;
            }
        }
        Money amount = unit.times(absQ);
        // 2. volume breaks
        for (Match m : active) {
            if (m.rule.effect().kind() == DiscountEffect.Kind.VOLUME_BREAKS) {
                amount = breaks(m, ls, i, unit);
                break;
            }
        }
        // 3. percentages: additive (and a lone exclusive one) on the amount after breaks, then compound
        Money base = amount;
        Money additive = Money.zero(prices.currency());
        for (Match m : active) {
            if (m.rule.effect().kind() == DiscountEffect.Kind.PERCENT_OFF
                    && m.rule.stacking() != StackingMode.COMPOUND) {
                additive = additive.plus(base.times(m.rule.effect().percent().orElseThrow()));
            }
        }
        amount = amount.minus(additive);
        for (Match m : active) {
            if (m.rule.effect().kind() == DiscountEffect.Kind.PERCENT_OFF
                    && m.rule.stacking() == StackingMode.COMPOUND) {
                amount = amount.minus(amount.times(m.rule.effect().percent().orElseThrow()));
            }
        }
        // 4. amounts per unit
        for (Match m : active) {
            if (m.rule.effect().kind() == DiscountEffect.Kind.AMOUNT_OFF) {
                amount = amount.minus(m.rule.effect().amount().orElseThrow().times(absQ));
            }
        }
        // guard rails: lifted to the higher limit; rounded up where rounding would fall below it
        Money target = amount;
        Money limit = null;
        Optional<Rate> max = rails.maxDiscount(quote.tier());
        if (max.isPresent()) {
            Money listAmount = listUnit.times(absQ);
            limit = listAmount.minus(listAmount.times(max.get()));
        }
        Optional<Rate> minMargin = rails.minMargin();
        ProductInfo info = ls.infos[i];
        if (minMargin.isPresent() && info != null && info.unitCost().isPresent()) {
            Money cost = info.unitCost().get().times(absQ);
            Money floor = cost.plus(cost.times(minMargin.get()));
            limit = limit == null ? floor : Money.max(limit, floor);
        }
        if (limit != null && target.isLessThan(limit)) {
            target = limit;
        }
        Money rounded = target.round(RoundingPolicy.DEFAULT);
        if (limit != null && rounded.isLessThan(limit)) {
            rounded = target.round(UP);
        }
        return line.quantity().signum() < 0 ? rounded.negate() : rounded;
    }

    private boolean noColumnPrice(DiscountEffect e, ProductId product, Quote quote) {
        return e.kind() == DiscountEffect.Kind.SWITCH_COLUMN
                && prices.price(product, e.column().orElseThrow(), quote.date()).isEmpty();
    }

    private @Nullable Match match(
            DiscountRule r,
            Quote quote,
            List<AccountGroupId> accountGroups,
            ProductId product,
            @Nullable ProductGroupId group,
            BigDecimal absQ,
            Money columnAmount) {
        RuleConditions c = r.conditions();
        int aRank = 0;
        int aDepth = 0;
        if (!c.accounts().isEmpty() || !c.accountGroups().isEmpty()) {
            if (c.accounts().contains(quote.account())) {
                aRank = 3;
            } else if (!c.accountGroups().isEmpty()) {
                for (AccountGroupId g : accountGroups) {
                    if (c.accountGroups().contains(g)) {
                        aRank = 2;
                        aDepth = accountDepth.getOrDefault(g, 0);
                        break;
                    }
                }
            }
            if (aRank == 0) {
                return null;
            }
        }
        if (!c.tiers().isEmpty()) {
            if (quote.tier().isEmpty() || !c.tiers().contains(quote.tier().get())) {
                return null;
            }
            aRank = Math.max(aRank, 1);
        }
        if (!c.segments().isEmpty()) {
            if (quote.segment().isEmpty()
                    || !c.segments().contains(quote.segment().get())) {
                return null;
            }
            aRank = Math.max(aRank, 1);
        }
        int pRank = 0;
        int pDepth = 0;
        ProductGroupId matchedGroup = null;
        if (!c.products().isEmpty() || !c.productGroups().isEmpty()) {
            if (c.products().contains(product)) {
                pRank = 3;
            } else if (group != null && !c.productGroups().isEmpty()) {
                for (ProductGroupId g : productAncestors.get(group)) {
                    if (c.productGroups().contains(g)) {
                        pRank = 2;
                        pDepth = productDepth.get(g);
                        matchedGroup = g;
                        break;
                    }
                }
            }
            if (pRank == 0) {
                return null;
            }
        }
        if (c.minQuantity().isPresent() && absQ.compareTo(c.minQuantity().get()) < 0) {
            return null;
        }
        if (c.maxQuantity().isPresent() && absQ.compareTo(c.maxQuantity().get()) > 0) {
            return null;
        }
        if (c.minAmount().isPresent() && columnAmount.isLessThan(c.minAmount().get())) {
            return null;
        }
        if (c.maxAmount().isPresent()
                && columnAmount.isGreaterThan(c.maxAmount().get())) {
            return null;
        }
        if (c.validity().isPresent() && !c.validity().get().contains(quote.date())) {
            return null;
        }
        if (c.programme().isPresent()
                && !quote.programmes().contains(c.programme().get())) {
            return null;
        }
        return new Match(r, aRank, aDepth, pRank, pDepth, matchedGroup);
    }

    private Money breaks(Match m, Lines ls, int i, Money unit) {
        PricingData.Bands b = bands.get(m.rule.id());
        BigDecimal absQ = ls.absQ[i];
        BigDecimal offset = BigDecimal.ZERO;
        BigDecimal total = absQ;
        if (b.aggregation() == BreakAggregation.ORDER_GROUP) {
            ProductGroupId key = m.matchedGroup != null ? m.matchedGroup : ls.groups[i];
            int number = ls.lines[i].lineNumber();
            BigDecimal before = BigDecimal.ZERO;
            BigDecimal all = BigDecimal.ZERO;
            for (int j = 0; j < ls.lines.length; j++) {
                boolean same = key == null
                        ? ls.lines[j].product().equals(ls.lines[i].product())
                        : ls.groups[j] != null
                                && productAncestors.get(ls.groups[j]).contains(key);
                if (same) {
                    all = all.add(ls.absQ[j]);
                    if (ls.lines[j].lineNumber() < number) {
                        before = before.add(ls.absQ[j]);
                    }
                }
            }
            offset = before;
            total = all;
        } else if (b.aggregation() != BreakAggregation.LINE) {
            throw new IllegalStateException("the hand-written pricer has no period-to-date breaks");
        }
        BigDecimal[] starts = b.starts();
        if (b.semantics() == BreakSemantics.RANGE) {
            int band = 0;
            for (int k = 1; k < starts.length; k++) {
                if (starts[k].compareTo(total) <= 0) {
                    band = k;
                }
            }
            return bandPrice(b, band, unit).times(absQ);
        }
        Money sum = Money.zero(unit.currency());
        BigDecimal end = offset.add(absQ);
        for (int k = 0; k < starts.length; k++) {
            BigDecimal lo = offset.max(starts[k]);
            BigDecimal hi = k + 1 < starts.length ? end.min(starts[k + 1]) : end;
            if (hi.compareTo(lo) > 0) {
                sum = sum.plus(bandPrice(b, k, unit).times(hi.subtract(lo)));
            }
        }
        return sum;
    }

    private static Money bandPrice(PricingData.Bands b, int band, Money unit) {
        Rate[] percents = b.percents();
        if (percents != null) {
            return unit.minus(unit.times(percents[band]));
        }
        Money[] ps = b.prices();
        return band == 0 || ps == null ? unit : ps[band];
    }
}
