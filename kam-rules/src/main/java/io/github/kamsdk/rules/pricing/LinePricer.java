package io.github.kamsdk.rules.pricing;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Prices the lines of one quote under one policy (see {@link DiscountPolicy} for the steps). */
final class LinePricer {
    private final DiscountPolicy policy;
    private final Quote quote;
    private final ColumnSelection.Selected selected;
    private final boolean explain;
    private final Money zero;
    // Per line of the quote: its product (with its group) and absolute base quantity, for order
    // aggregation.
    private final List<QuoteLine> lines;
    private final DiscountPolicy.@Nullable Product[] products; // null for a product not in the catalog
    private final @Nullable BigDecimal[] quantities;
    // The rules for any product that this quote's account, date and programmes allow, with their
    // account rank, found once per quote rather than once per line. A line that meets one's
    // quantity and amount bounds takes the match itself, its outcome reset (see price).
    private final List<Match> anyProduct = new ArrayList<>();
    // The guard rails for the quote's tier (null where there is none), with the factors they apply
    // (see GuardRails.Max and GuardRails.floorOfCost).
    private final GuardRails.@Nullable Max maxDiscount;
    private final @Nullable Rate minMargin;
    private final @Nullable Rate floorOfCost;
    // Scratch space for the line being priced, cleared for each line: a pricer prices one line at a
    // time, and everything a line keeps is copied into its LinePricing before the next begins.
    private final List<Match> matches = new ArrayList<>();
    private final List<Match> exclusive = new ArrayList<>(4); // the matches that may take the place
    // in the order their outcomes were decided, for the explanation's steps (empty when figures only)
    private final List<Match> decided = new ArrayList<>();
    private final List<PricingConflict> conflicts = new ArrayList<>(0);
    private final Pricing pricing = new Pricing(decided, conflicts, true);

    LinePricer(DiscountPolicy policy, Quote quote, ColumnSelection.Selected selected, PricingDetail detail) {
        this.policy = policy;
        this.quote = quote;
        this.selected = selected;
        this.explain = detail == PricingDetail.EXPLAINED;
        this.zero = Money.zero(policy.prices().currency());
        this.lines = quote.lines();
        int n = lines.size();
        this.products = new DiscountPolicy.Product[n];
        this.quantities = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            QuoteLine l = lines.get(i);
            DiscountPolicy.Product product = policy.product(l.product());
            ProductInfo info = product == null ? null : product.info();
            products[i] = product;
            quantities[i] = baseQuantity(l, info);
        }
        GuardRails rails = policy.guardRails();
        this.maxDiscount = rails.maxesFor(quote.tier().orElse(null));
        this.minMargin = rails.minMargin().orElse(null);
        this.floorOfCost = rails.floorOfCost();
        for (DiscountPolicy.Candidate c : policy.anyProductCandidates(quote.account())) {
            Match m = forQuote(c);
            if (m != null) {
                anyProduct.add(m);
            }
        }
    }

    /** The group of the product of the line at {@code i}, or null when it has none or is unknown. */
    private @Nullable ProductGroupId groupOf(int i) {
        DiscountPolicy.@Nullable Product p = products[i];
        return p == null ? null : p.group();
    }

    private static @Nullable BigDecimal baseQuantity(QuoteLine l, @Nullable ProductInfo info) {
        if (l.unit().isEmpty()) {
            return l.quantity().abs();
        }
        if (info == null) {
            return null;
        }
        String unit = l.unit().get();
        if (!unit.equals(info.baseUnit()) && !info.units().containsKey(unit)) {
            return null;
        }
        return info.toBase(l.quantity(), unit).abs();
    }

    /**
     * A rule that matched (its candidate: the rule, its other conditions and how it names the
     * product), with how specifically it names the quote's account and, once decided, what became
     * of it.
     */
    private static final class Match {
        final DiscountPolicy.Candidate candidate;
        final DiscountRule rule; // the candidate's, read on every phase
        final int accountRank;
        final int accountDepth;

        @Nullable
        RuleOutcome outcome;

        Match(DiscountPolicy.Candidate candidate, int accountRank, int accountDepth) {
            this.candidate = candidate;
            this.rule = candidate.rule();
            this.accountRank = accountRank;
            this.accountDepth = accountDepth;
        }

        int productRank() {
            return candidate.productRank();
        }

        int productDepth() {
            return candidate.productDepth();
        }

        boolean ranksWith(Match o) {
            return accountRank == o.accountRank
                    && accountDepth == o.accountDepth
                    && productRank() == o.productRank()
                    && productDepth() == o.productDepth()
                    && rule.priority() == o.rule.priority();
        }

        String rankText() {
            String[] account = {"any account", "tier or segment", "account group", "named account"};
            String[] product = {"any product", "", "product group", "named product"};
            return account[accountRank] + (accountRank == 2 ? " (depth " + accountDepth + ")" : "") + ", "
                    + product[productRank()] + (productRank() == 2 ? " (depth " + productDepth() + ")" : "")
                    + ", priority " + rule.priority();
        }
    }

    /** A place on a line only one rule may take, named as the outcomes' reasons name it. */
    private enum Place {
        EXCLUSIVE("the exclusive place"),
        UNIT_PRICE("the unit price"),
        BREAKS("the volume breaks");

        private final String words;

        Place(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    // The phases of Pricing.run a rule takes part in, as bits.
    private static final int UNIT_PRICE =
            bit(DiscountEffect.Kind.PRICE_OVERRIDE) | bit(DiscountEffect.Kind.SWITCH_COLUMN);
    private static final int MARKUP = bit(DiscountEffect.Kind.MARKUP);
    private static final int BREAKS = bit(DiscountEffect.Kind.VOLUME_BREAKS);
    private static final int ADDITIVE = bit(DiscountEffect.Kind.PERCENT_OFF); // not compound
    private static final int AMOUNTS = bit(DiscountEffect.Kind.AMOUNT_OFF);
    private static final int COMPOUND = 1 << DiscountEffect.Kind.values().length;

    private static int bit(DiscountEffect.Kind kind) {
        return 1 << kind.ordinal();
    }

    private static int phaseOf(DiscountRule rule) {
        DiscountEffect.Kind kind = rule.effect().kind();
        return kind == DiscountEffect.Kind.PERCENT_OFF && rule.stacking() == StackingMode.COMPOUND
                ? COMPOUND
                : bit(kind);
    }

    /** Most specific first: account rank and depth, product rank and depth, priority (higher first), then id. */
    private static final Comparator<Match> RANK = (x, y) -> {
        int c = Integer.compare(y.accountRank, x.accountRank);
        if (c == 0) {
            c = Integer.compare(y.accountDepth, x.accountDepth);
        }
        if (c == 0) {
            c = Integer.compare(y.productRank(), x.productRank());
        }
        if (c == 0) {
            c = Integer.compare(y.productDepth(), x.productDepth());
        }
        if (c == 0) {
            c = Integer.compare(y.rule.priority(), x.rule.priority());
        }
        return c != 0 ? c : x.rule.id().compareTo(y.rule.id());
    };

    /** Prices the line at {@code index} of the quote. */
    LinePricing price(int index) {
        QuoteLine line = lines.get(index);
        ProductId product = line.product();
        DiscountPolicy.@Nullable Product facts = products[index];
        @Nullable ProductInfo info = facts == null ? null : facts.info();
        BigDecimal absQ = quantities[index];
        PriceColumn column = selected.column();
        PriceList prices = policy.prices();
        List<Step> steps = explain ? new ArrayList<>() : List.of(); // added to only when explaining
        if (absQ == null) {
            String why = info == null
                    ? "product " + product + " is not in the catalog, so unit '"
                            + line.unit().orElse("") + "' cannot be converted"
                    : "unit '" + line.unit().orElse("") + "' is not known for product " + product;
            return unpriced(line, BigDecimal.ZERO, column, why);
        }
        int sign = line.quantity().signum();
        BigDecimal baseQuantity = sign < 0 ? absQ.negate() : absQ;
        if (explain && line.unit().isPresent()) {
            steps.add(Step.of(
                    "pricing.quantity",
                    "{quantity} {unit} = {base} {baseUnit}",
                    "quantity",
                    line.quantity(),
                    "unit",
                    line.unit().get(),
                    "base",
                    baseQuantity,
                    "baseUnit",
                    info == null ? "unit" : info.baseUnit()));
        }
        Map<PriceColumn, List<PriceList.Entry>> productPrices =
                facts != null ? facts.prices() : prices.columnsFor(product);
        @Nullable Money listPrice = PriceList.priceIn(productPrices, prices.baseColumn(), quote.date());
        @Nullable
        Money columnPrice =
                column.equals(prices.baseColumn()) ? listPrice : PriceList.priceIn(productPrices, column, quote.date());
        if (columnPrice == null && !column.equals(prices.baseColumn()) && listPrice != null) {
            if (explain) {
                steps.add(Step.of(
                        "pricing.column.fallback",
                        "column {column} has no price for {product} on {date}: the list price applies",
                        "column",
                        column.value(),
                        "product",
                        product.value(),
                        "date",
                        quote.date()));
            }
            column = prices.baseColumn();
            columnPrice = listPrice;
        }
        if (columnPrice == null) {
            return unpriced(
                    line,
                    baseQuantity,
                    column,
                    "no price for " + product + " on " + quote.date() + " in column " + column
                            + (column.equals(prices.baseColumn())
                                    ? ""
                                    : " nor in the list column " + prices.baseColumn()));
        }
        Money unitPrice = columnPrice;
        Money listUnit = listPrice != null ? listPrice : unitPrice;
        if (explain) {
            steps.add(Step.of(
                    "pricing.price",
                    "list price {list} per unit; column {column}: {price} per unit",
                    "list",
                    listUnit,
                    "column",
                    column.value(),
                    "price",
                    unitPrice));
        }

        Money columnAmount = unitPrice.times(absQ);
        List<Match> matches = this.matches;
        matches.clear();
        decided.clear();
        conflicts.clear();
        List<DiscountPolicy.Candidate> candidates =
                facts != null ? facts.candidates() : policy.productCandidates(product, null);
        for (int ic = 0; ic < candidates.size(); ic++) {
            DiscountPolicy.Candidate c = candidates.get(ic);
            Match m = match(c, absQ, columnAmount);
            if (m != null) {
                matches.add(m);
            }
        }
        for (int ic = 0; ic < anyProduct.size(); ic++) {
            Match m = anyProduct.get(ic);
            if (m.candidate.when().allowsLine(absQ, columnAmount)) {
                m.outcome = null; // the previous line's
                matches.add(m);
            }
        }
        if (matches.size() > 1) {
            sortByRank(matches);
        }

        Pricing p = pricing.start(line, absQ, unitPrice, columnAmount, index);

        List<Match> exclusive = this.exclusive;
        exclusive.clear();
        boolean anyExclusive = false;
        for (int im = 0; im < matches.size(); im++) {
            Match m = matches.get(im);
            if (m.rule.stacking() != StackingMode.EXCLUSIVE) {
                continue;
            }
            anyExclusive = true;
            DiscountEffect e = m.rule.effect();
            if (e.kind() == DiscountEffect.Kind.SWITCH_COLUMN
                    && PriceList.priceIn(productPrices, e.column().orElseThrow(), quote.date()) == null) {
                p.notApplied(m, "column " + e.column().get() + " has no price for " + product + " on " + quote.date());
                continue;
            }
            exclusive.add(m);
        }
        Match winner = p.pick(exclusive, Place.EXCLUSIVE);
        List<Match> active;
        if (winner != null) {
            active = List.of(winner);
            for (int im = 0; im < matches.size(); im++) {
                Match m = matches.get(im);
                if (m != winner) {
                    p.notApplied(m, "exclusive rule " + winner.rule.id() + " applies alone");
                }
            }
        } else if (!anyExclusive) {
            active = matches; // no exclusive rule matched: all of them stack
        } else {
            active = filter(matches, m -> m.rule.stacking() != StackingMode.EXCLUSIVE);
        }
        Money exact = p.run(active, true);

        // Guard rails: never below the tier's largest discount, nor below the margin floor.
        Money listAmount = listUnit == unitPrice ? columnAmount : listUnit.times(absQ);
        Money target = exact;
        List<String> rails = List.of();
        Money limit = null; // the highest limit the rails set, bound or not
        GuardRails.@Nullable Max maxDiscount = this.maxDiscount;
        if (maxDiscount != null) {
            Money least = listAmount.times(maxDiscount.leastOfList());
            limit = least;
            if (target.isLessThan(least)) {
                target = least;
                rails = added(
                        rails,
                        "the largest total discount for "
                                + quote.tier().map(t -> "tier " + t).orElse("accounts without a tier") + " is "
                                + maxDiscount.max()
                                + " off the list amount " + listAmount + ": at least " + least);
            }
        }
        @Nullable Money unitCost = facts == null ? null : facts.unitCost();
        @Nullable Money cost = unitCost == null ? null : unitCost.times(absQ);
        Rate floorOfCost = this.floorOfCost;
        if (floorOfCost != null) {
            if (cost != null) {
                Money floor = cost.times(floorOfCost);
                limit = limit == null ? floor : Money.max(limit, floor);
                if (target.isLessThan(floor)) {
                    target = floor;
                    rails = added(rails, "the margin floor is cost " + cost + " × (1 + " + minMargin + ") = " + floor);
                }
            } else if (explain) {
                steps.add(Step.of(
                        "pricing.guard.no_cost",
                        "the cost of {product} is unknown: the margin floor is not checked",
                        "product",
                        product.value()));
            }
        }
        Money guard = target == exact ? zero : target.minus(exact);
        Money rounded = target.round(policy.rounding());
        if (limit != null && rounded.isLessThan(limit)) {
            // rounded to the nearest step, a price at or just above a limit could fall below it: round up
            rounded = target.round(policy.rounding().withMode(java.math.RoundingMode.UP));
        }
        for (int im = 0; im < matches.size(); im++) {
            Match m = matches.get(im);
            if (m.outcome == null) {
                m.outcome = explain
                        ? new RuleOutcome(m.rule.id(), true, "applied (" + m.rankText() + ")")
                        : m.candidate.applied();
                if (explain) {
                    decided.add(m);
                }
            }
        }
        if (explain) {
            for (Match decision : decided) {
                RuleOutcome o = decision.outcome;
                steps.add(Step.of(
                        o.applied() ? "pricing.rule.applied" : "pricing.rule.not_applied",
                        "rule {rule}: {reason}",
                        "rule",
                        o.rule().value(),
                        "reason",
                        o.reason()));
            }
            for (AppliedDiscount d : p.applied) {
                steps.add(Step.of(
                        d.isSurcharge() ? "pricing.surcharge" : "pricing.discount",
                        d.isSurcharge()
                                ? "{rule} ({effect}): {detail}: surcharge {amount}"
                                : "{rule} ({effect}): {detail}: {amount} off",
                        "rule",
                        d.rule().value(),
                        "effect",
                        d.effect().toString(),
                        "detail",
                        d.detail(),
                        "amount",
                        d.isSurcharge() ? d.amount().negate() : d.amount()));
            }
        }
        if (explain && !rails.isEmpty()) {
            steps.add(Step.of(
                    "pricing.guard",
                    "guard rail: {rails}; the rules gave {exact}, so {guard} is added back",
                    "rails",
                    String.join("; ", rails),
                    "exact",
                    exact,
                    "guard",
                    guard));
        }
        Money net = sign < 0 ? rounded.negate() : rounded;
        if (explain) {
            steps.add(Step.of(
                    "pricing.net",
                    "net {exact} rounded once ({rounding}) to {rounded}" + (sign < 0 ? "; a return: {net}" : ""),
                    "exact",
                    target,
                    "rounding",
                    policy.rounding().toString(),
                    "rounded",
                    rounded,
                    "net",
                    net));
        }
        ImmutableList<AppliedDiscount> discounts;
        if (sign >= 0) {
            discounts = immutable(p.applied);
        } else {
            ImmutableList.Builder<AppliedDiscount> returned = ImmutableList.builderWithExpectedSize(p.applied.size());
            for (int id = 0; id < p.applied.size(); id++) {
                AppliedDiscount d = p.applied.get(id);
                returned.add(new AppliedDiscount(
                        d.rule(), d.effect(), d.stacking(), d.amount().negate(), d.isSurcharge(), d.detail()));
            }
            discounts = returned.build();
        }
        return new LinePricing(
                line.lineNumber(),
                product,
                line.quantity(),
                baseQuantity,
                column,
                listPrice,
                p.unit,
                signed(listAmount, sign),
                signed(columnAmount, sign),
                discounts,
                inRankOrder(matches),
                conflicts.isEmpty() ? ImmutableList.of() : ImmutableList.copyOf(conflicts),
                signed(guard, sign),
                rails.isEmpty() ? null : String.join("; ", rails),
                net,
                cost == null ? null : signed(cost, sign),
                null,
                explain ? Explanation.of(steps) : Explanation.empty());
    }

    private static ImmutableList<RuleOutcome> inRankOrder(List<Match> matches) {
        switch (matches.size()) {
            case 0:
                return ImmutableList.of();
            case 1:
                return ImmutableList.of(outcome(matches.get(0)));
            case 2:
                return ImmutableList.of(outcome(matches.get(0)), outcome(matches.get(1)));
            default:
                break;
        }
        ImmutableList.Builder<RuleOutcome> out = ImmutableList.builderWithExpectedSize(matches.size());
        for (int im = 0; im < matches.size(); im++) {
            Match m = matches.get(im);
            out.add(java.util.Objects.requireNonNull(m.outcome));
        }
        return out.build();
    }

    private static RuleOutcome outcome(Match m) {
        return java.util.Objects.requireNonNull(m.outcome);
    }

    /** An immutable copy; the short lists most lines have are copied without a builder. */
    private static <T> ImmutableList<T> immutable(List<T> list) {
        return switch (list.size()) {
            case 0 -> ImmutableList.of();
            case 1 -> ImmutableList.of(list.get(0));
            case 2 -> ImmutableList.of(list.get(0), list.get(1));
            default -> ImmutableList.copyOf(list);
        };
    }

    /**
     * Sorts the matches by {@link #RANK}, keeping equals in their order as {@code List.sort} would:
     * by insertion for the few a line has, which costs less than the library sort's set-up.
     */
    private static void sortByRank(List<Match> matches) {
        int n = matches.size();
        if (n > 8) {
            matches.sort(RANK);
            return;
        }
        for (int i = 1; i < n; i++) {
            Match m = matches.get(i);
            int j = i - 1;
            while (j >= 0 && RANK.compare(matches.get(j), m) > 0) {
                matches.set(j + 1, matches.get(j));
                j--;
            }
            matches.set(j + 1, m);
        }
    }

    private static Money signed(Money m, int sign) {
        return sign < 0 ? m.negate() : m;
    }

    private LinePricing unpriced(QuoteLine line, BigDecimal baseQuantity, PriceColumn column, String why) {
        return new LinePricing(
                line.lineNumber(),
                line.product(),
                line.quantity(),
                baseQuantity,
                column,
                null,
                null,
                zero,
                zero,
                ImmutableList.of(),
                ImmutableList.of(),
                ImmutableList.of(),
                zero,
                null,
                zero,
                null,
                why,
                Explanation.of(Step.of(
                        "pricing.unpriced",
                        "line {line} is not priced: {why}",
                        "line",
                        line.lineNumber(),
                        "why",
                        why)));
    }

    /**
     * The list with the item added: a list that starts as {@code List.of()} becomes an {@code
     * ArrayList} only when something is added, since most lines add nothing to it.
     */
    private static <T> List<T> added(List<T> list, T item) {
        List<T> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(item);
        return out;
    }

    private static List<Match> filter(List<Match> ms, java.util.function.Predicate<Match> p) {
        List<Match> out = new ArrayList<>();
        for (int im = 0; im < ms.size(); im++) {
            Match m = ms.get(im);
            if (p.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The match of a rule on the line, or null: the quantity and amount bounds are checked here,
     * then the rest as {@link #forQuote}.
     */
    private @Nullable Match match(DiscountPolicy.Candidate candidate, BigDecimal absQ, Money columnAmount) {
        return candidate.when().allowsLine(absQ, columnAmount) ? forQuote(candidate) : null;
    }

    /**
     * The match of a rule on the quote's lines, or null: the account, date and programme conditions
     * are checked here; the product conditions were resolved by the index, which gives the
     * candidate's product rank (3 for the product, 2 for a group at some depth, 0 for any product).
     */
    private @Nullable Match forQuote(DiscountPolicy.Candidate candidate) {
        MatchConditions c = candidate.when();
        if (!c.allowsQuote(quote)) {
            return null;
        }
        int aRank = c.accountRank(quote, policy.accountGroups());
        if (aRank < 0) {
            return null;
        }
        int aDepth = aRank == 2 ? c.groupDepth(quote, policy.accountGroups()) : 0;
        return new Match(candidate, aRank, aDepth);
    }

    /**
     * The phases for one line. The pricer keeps one and {@linkplain #start starts} it again for each
     * line; a trial run (a tie on the exclusive place) uses a fresh one.
     */
    private final class Pricing {
        final List<Match> decided;
        final List<PricingConflict> conflicts;
        final boolean recording; // false for a trial run: decides nothing
        final List<AppliedDiscount> applied = new ArrayList<>();
        // the rules that may set the unit price and those with volume breaks, cleared by each run
        final List<Match> priceRules = new ArrayList<>(4);
        final List<Match> breakRules = new ArrayList<>(4);
        // the line being priced: null until start, which comes before every use
        QuoteLine line;
        BigDecimal absQ;
        Money columnUnit;
        Money columnAmount; // columnUnit × absQ
        Money unit;
        Money gross; // unit × absQ, once the unit price is known (phase 1 of run)
        int index;

        Pricing(List<Match> decided, List<PricingConflict> conflicts, boolean recording) {
            this.decided = decided;
            this.conflicts = conflicts;
            this.recording = recording;
        }

        /** Starts on a line, forgetting the discounts of the one before. */
        Pricing start(QuoteLine line, BigDecimal absQ, Money columnUnit, Money columnAmount, int index) {
            this.line = line;
            this.absQ = absQ;
            this.columnUnit = columnUnit;
            this.columnAmount = columnAmount;
            this.unit = columnUnit;
            this.index = index;
            applied.clear();
            return this;
        }

        void notApplied(Match m, String why) {
            if (recording && m.outcome == null) {
                m.outcome = new RuleOutcome(m.rule.id(), false, why);
                if (explain) {
                    decided.add(m);
                }
            }
        }

        /** The best-ranked candidate for a place only one may take; ties by the tie-breaker. */
        @Nullable
        Match pick(List<Match> candidates, Place place) {
            if (candidates.size() <= 1) {
                return candidates.isEmpty() ? null : candidates.get(0); // alone: nothing to break
            }
            List<Match> remaining = new ArrayList<>(candidates);
            while (!remaining.isEmpty()) {
                Match top = remaining.get(0);
                List<Match> tied = filter(remaining, m -> m.ranksWith(top));
                if (tied.size() == 1) {
                    return top;
                }
                switch (policy.tieBreaker()) {
                    case RULE_ID -> {
                        for (Match m : tied.subList(1, tied.size())) {
                            notApplied(
                                    m,
                                    "tied with " + top.rule.id() + " for " + place + " (" + m.rankText()
                                            + "); the smaller rule id wins");
                        }
                        return top;
                    }
                    case LOWEST_PRICE -> {
                        Match best = top;
                        Money bestPrice = priceIfWins(place, top);
                        for (Match m : tied.subList(1, tied.size())) {
                            Money price = priceIfWins(place, m);
                            if (price.isLessThan(bestPrice)) {
                                best = m;
                                bestPrice = price;
                            }
                        }
                        for (Match m : tied) {
                            if (m != best) {
                                notApplied(
                                        m,
                                        "tied with " + best.rule.id() + " for " + place + " (" + m.rankText()
                                                + "); the lower price wins: " + bestPrice + " against "
                                                + priceIfWins(place, m));
                            }
                        }
                        return best;
                    }
                    default -> {
                        List<RuleId> ids = new ArrayList<>();
                        for (Match m : tied) {
                            ids.add(m.rule.id());
                        }
                        conflicts.add(new PricingConflict(
                                line.lineNumber(), ids, "tied for " + place + " (" + top.rankText() + ")"));
                        for (Match m : tied) {
                            notApplied(
                                    m,
                                    "conflict: tied with " + others(ids, m.rule.id()) + " for " + place
                                            + " and the policy reports ties");
                        }
                        remaining.removeAll(tied);
                    }
                }
            }
            return null;
        }

        private String others(List<RuleId> ids, RuleId self) {
            List<String> out = new ArrayList<>();
            for (RuleId id : ids) {
                if (!id.equals(self)) {
                    out.add(id.value());
                }
            }
            return String.join(", ", out);
        }

        /** The amount if the rule takes the place, for the lowest-price tie-breaker. */
        Money priceIfWins(Place place, Match m) {
            return switch (place) {
                case EXCLUSIVE -> alone(m);
                case UNIT_PRICE -> notNullPrice(m).times(absQ);
                case BREAKS -> breaksAmount(m, null);
            };
        }

        /** The amount with one rule alone (for ties on the exclusive place). */
        Money alone(Match m) {
            Pricing trial = new Pricing(new ArrayList<>(), new ArrayList<>(), false)
                    .start(line, absQ, columnUnit, columnAmount, index);
            return trial.run(List.of(m), false);
        }

        /** Runs the phases over the active rules; returns the exact amount before the guard rails. */
        Money run(List<Match> active, boolean record) {
            int kinds = 0; // the phases the active rules take part in, so that the others are skipped
            for (int im = 0; im < active.size(); im++) {
                kinds |= phaseOf(active.get(im).rule);
            }
            // 1. the unit price
            priceRules.clear();
            for (int im = 0; (kinds & UNIT_PRICE) != 0 && im < active.size(); im++) {
                Match m = active.get(im);
                if (m.rule.effect().setsUnitPrice()) {
                    if (unitPriceOf(m) == null) {
                        notApplied(
                                m,
                                "column " + m.rule.effect().column().orElse(null) + " has no price for "
                                        + line.product() + " on " + quote.date());
                    } else {
                        priceRules.add(m);
                    }
                }
            }
            Match priceRule = pick(priceRules, Place.UNIT_PRICE);
            if (priceRule != null) {
                unit = notNullPrice(priceRule);
                for (int im = 0; im < priceRules.size(); im++) {
                    Match m = priceRules.get(im);
                    if (m != priceRule) {
                        notApplied(m, "rule " + priceRule.rule.id() + " sets the unit price (ranks higher)");
                    }
                }
                if (record) {
                    Money gross0 = columnAmount;
                    Money gross1 = unit.times(absQ);
                    applied.add(new AppliedDiscount(
                            priceRule.rule.id(),
                            priceRule.rule.effect(),
                            priceRule.rule.stacking(),
                            gross0.minus(gross1),
                            explain
                                    ? "unit price " + unit + " instead of " + columnUnit + " on " + absQ.toPlainString()
                                            + " units"
                                    : ""));
                }
            }
            // 1b. markups on the unit price, before any discount: summed, each a surcharge
            Rate markup = Rate.ZERO;
            for (int im = 0; (kinds & MARKUP) != 0 && im < active.size(); im++) {
                Match m = active.get(im);
                if (m.rule.effect().kind() == DiscountEffect.Kind.MARKUP) {
                    Rate r = m.rule.effect().percentOfKind();
                    markup = markup.plus(r);
                    if (record) {
                        Money up = unit.times(r).times(absQ);
                        applied.add(new AppliedDiscount(
                                m.rule.id(),
                                m.rule.effect(),
                                m.rule.stacking(),
                                up.negate(),
                                true,
                                explain
                                        ? r + " markup on the unit price " + unit + " × " + absQ.toPlainString()
                                                + " units"
                                        : ""));
                    }
                }
            }
            if (!markup.isZero()) {
                unit = unit.plus(unit.times(markup));
            }
            gross = unit == columnUnit ? columnAmount : unit.times(absQ);
            Money amount = gross;
            // 2. volume breaks
            breakRules.clear();
            for (int im = 0; (kinds & BREAKS) != 0 && im < active.size(); im++) {
                Match m = active.get(im);
                if (m.rule.effect().kind() == DiscountEffect.Kind.VOLUME_BREAKS) {
                    breakRules.add(m);
                }
            }
            List<String> breakSteps = record && explain ? new ArrayList<>() : null;
            Match breakRule = pick(breakRules, Place.BREAKS);
            if (breakRule != null) {
                amount = breaksAmount(breakRule, breakSteps);
                for (int im = 0; im < breakRules.size(); im++) {
                    Match m = breakRules.get(im);
                    if (m != breakRule) {
                        notApplied(m, "rule " + breakRule.rule.id() + "'s volume breaks rank higher");
                    }
                }
                if (record) {
                    applied.add(new AppliedDiscount(
                            breakRule.rule.id(),
                            breakRule.rule.effect(),
                            breakRule.rule.stacking(),
                            amount == gross ? zero : gross.minus(amount), // no units beyond the first band
                            breakSteps != null
                                    ? String.join("; ", breakSteps) + ": " + amount + " instead of " + gross
                                    : ""));
                }
            }
            // 3. percentages: additive on the amount after breaks, then compound one by one
            Money base = amount;
            Money additive = zero;
            for (int im = 0; (kinds & ADDITIVE) != 0 && im < active.size(); im++) {
                Match m = active.get(im);
                if (m.rule.effect().kind() == DiscountEffect.Kind.PERCENT_OFF
                        && m.rule.stacking() != StackingMode.COMPOUND) {
                    Rate r = m.rule.effect().percentOfKind();
                    Money d = base.times(r);
                    additive = additive.plus(d);
                    if (record) {
                        applied.add(new AppliedDiscount(
                                m.rule.id(),
                                m.rule.effect(),
                                m.rule.stacking(),
                                d,
                                explain
                                        ? r + " of " + base
                                                + (m.rule.stacking() == StackingMode.ADDITIVE ? " (additive)" : "")
                                        : ""));
                    }
                }
            }
            if ((kinds & ADDITIVE) != 0) {
                amount = amount.minus(additive);
            }
            for (int im = 0; (kinds & COMPOUND) != 0 && im < active.size(); im++) {
                Match m = active.get(im);
                if (m.rule.effect().kind() == DiscountEffect.Kind.PERCENT_OFF
                        && m.rule.stacking() == StackingMode.COMPOUND) {
                    Rate r = m.rule.effect().percentOfKind();
                    Money d = amount.times(r);
                    if (record) {
                        applied.add(new AppliedDiscount(
                                m.rule.id(),
                                m.rule.effect(),
                                m.rule.stacking(),
                                d,
                                explain ? r + " of " + amount + " (compound)" : ""));
                    }
                    amount = amount.minus(d);
                }
            }
            // 4. amounts per unit
            for (int im = 0; (kinds & AMOUNTS) != 0 && im < active.size(); im++) {
                Match m = active.get(im);
                if (m.rule.effect().kind() == DiscountEffect.Kind.AMOUNT_OFF) {
                    Money per = m.rule.effect().amountOfKind();
                    Money d = per.times(absQ);
                    if (record) {
                        applied.add(new AppliedDiscount(
                                m.rule.id(),
                                m.rule.effect(),
                                m.rule.stacking(),
                                d,
                                explain ? per + " × " + absQ.toPlainString() + " units" : ""));
                    }
                    amount = amount.minus(d);
                }
            }
            return amount;
        }

        private @Nullable Money unitPriceOf(Match m) {
            DiscountEffect e = m.rule.effect();
            if (e.kind() == DiscountEffect.Kind.PRICE_OVERRIDE) {
                return e.amountOfKind();
            }
            return policy.prices()
                    .price(line.product(), e.column().orElseThrow(), quote.date())
                    .orElse(null);
        }

        private Money notNullPrice(Match m) {
            Money p = unitPriceOf(m);
            return p == null ? columnUnit : p;
        }

        private Money breaksAmount(Match m, @Nullable List<String> steps) {
            VolumeBreaks b = m.rule.effect().breaksOfKind();
            BigDecimal offset = BigDecimal.ZERO;
            BigDecimal total = absQ;
            if (b.aggregation() != BreakAggregation.LINE) {
                ProductGroupId key = m.candidate.group() != null ? m.candidate.group() : groupOf(index);
                BigDecimal before = BigDecimal.ZERO;
                BigDecimal all = BigDecimal.ZERO;
                for (int i = 0; i < lines.size(); i++) {
                    BigDecimal q = quantities[i];
                    if (q == null || !sameKey(i, key)) {
                        continue;
                    }
                    all = all.add(q);
                    if (lines.get(i).lineNumber() < line.lineNumber()) {
                        before = before.add(q);
                    }
                }
                offset = before;
                total = all;
                if (b.aggregation() == BreakAggregation.PERIOD_TO_DATE) {
                    BigDecimal history = key != null
                            ? quote.history().quantity(key)
                            : quote.history().quantity(line.product());
                    // net returns in the period do not push the quote's units below place zero
                    offset = offset.add(history).max(BigDecimal.ZERO);
                    total = total.add(history).max(absQ);
                    if (steps != null) {
                        steps.add(history.toPlainString() + " units bought in the period before");
                    }
                }
                if (steps != null) {
                    steps.add("the order's " + (key != null ? "group " + key : "product " + line.product()) + " counts "
                            + all.toPlainString() + " units");
                }
            }
            return b.amount(absQ, offset, total, unit, gross, steps);
        }

        private boolean sameKey(int i, @Nullable ProductGroupId key) {
            if (key == null) {
                return lines.get(i).product().equals(line.product());
            }
            ProductGroupId g = groupOf(i);
            return g != null && policy.catalog().groups().isWithin(g, key);
        }
    }
}
