package io.github.kamsdk.rules.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.rules.testing.PricingGens;
import io.github.kamsdk.rules.testing.PricingGens.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Laws of the pricing engine over generated policies and quotes ({@link PricingGens#scenarios()}):
 * results do not depend on the order rules were added in; a return is the negated sale; the totals
 * are sums of the lines; every rule that matches a line (by a naive check of every rule against
 * every line) is listed once in its outcomes, and the applied ones are its discounts; every
 * generated quote prices, and wild inputs either price or fail with an {@link
 * IllegalArgumentException}.
 */
class DiscountPolicyProperties {

    @Test
    void resultsDoNotDependOnTheOrderRulesWereAddedIn() {
        Props.qt().forAll(PricingGens.scenarios(), Gens.seeds()).checkAssert((s, seed) -> {
            List<DiscountRule> shuffled = new ArrayList<>(s.rules());
            Collections.shuffle(shuffled, new Random(seed));

            PricingResult given = s.policy().price(s.quote());
            PricingResult other = s.policy(shuffled).price(s.quote());

            assertThat(other).isEqualTo(given);
            assertThat(other.explanation().render())
                    .isEqualTo(given.explanation().render());
        });
    }

    @Test
    void aReturnIsTheNegatedSaleOfItsAbsoluteQuantity() {
        Props.qt().forAll(PricingGens.scenarios(), integers().between(0, 3)).checkAssert((s, k) -> {
            List<QuoteLine> lines = s.quote().lines();
            QuoteLine original = lines.get(k % lines.size());
            QuoteLine.Builder flippedLine = QuoteLine.builder()
                    .lineNumber(original.lineNumber())
                    .product(original.product())
                    .quantity(original.quantity().negate());
            original.unit().ifPresent(flippedLine::unit);
            List<QuoteLine> flippedLines = new ArrayList<>(lines);
            flippedLines.set(lines.indexOf(original), flippedLine.build());
            Quote flipped = withLines(s.quote(), flippedLines);
            DiscountPolicy policy = s.policy();

            LinePricing a = policy.price(s.quote()).line(original.lineNumber());
            LinePricing b = policy.price(flipped).line(original.lineNumber());

            assertThat(b.unpricedReason()).isEqualTo(a.unpricedReason());
            assertThat(b.netAmount()).isEqualTo(a.netAmount().negate());
            assertThat(b.listAmount()).isEqualTo(a.listAmount().negate());
            assertThat(b.grossAmount()).isEqualTo(a.grossAmount().negate());
            assertThat(b.guardRailAmount()).isEqualTo(a.guardRailAmount().negate());
            assertThat(b.discountTotal()).isEqualTo(a.discountTotal().negate());
            assertThat(b.cost()).isEqualTo(a.cost().map(Money::negate));
            assertThat(b.unitPrice()).isEqualTo(a.unitPrice());
            assertThat(b.listUnitPrice()).isEqualTo(a.listUnitPrice());
            assertThat(b.column()).isEqualTo(a.column());
            assertThat(b.outcomes()).isEqualTo(a.outcomes());
            assertThat(b.conflicts()).isEqualTo(a.conflicts());
            assertThat(b.guardRail()).isEqualTo(a.guardRail());
            assertThat(b.discounts()).hasSameSizeAs(a.discounts());
            for (int i = 0; i < a.discounts().size(); i++) {
                AppliedDiscount x = a.discounts().get(i);
                assertThat(b.discounts().get(i))
                        .isEqualTo(new AppliedDiscount(
                                x.rule(), x.effect(), x.stacking(), x.amount().negate(), x.isSurcharge(), x.detail()));
            }
            if (a.unpricedReason().isEmpty()) {
                assertThat(b.baseQuantity())
                        .isEqualByComparingTo(a.baseQuantity().negate());
                assertThat(b.netUnitPrice()).isEqualTo(a.netUnitPrice());
            }
        });
    }

    @Test
    void theTotalsAreTheSumsOfTheLines() {
        Props.qt().forAll(PricingGens.scenarios()).checkAssert(s -> {
            PricingResult r = s.policy().price(s.quote());
            Money list = Money.zero(PricingGens.EUR);
            Money net = Money.zero(PricingGens.EUR);
            Money cost = Money.zero(PricingGens.EUR);
            boolean costKnown = true;
            for (LinePricing l : r.lines()) {
                list = list.plus(l.listAmount());
                net = net.plus(l.netAmount());
                if (l.unpricedReason().isEmpty()) {
                    if (l.cost().isPresent()) {
                        cost = cost.plus(l.cost().get());
                    } else {
                        costKnown = false;
                    }
                }
                assertThat(l.netAmount().isRounded(s.policy().rounding())).isTrue();
            }

            assertThat(r.netTotal()).isEqualTo(net);
            assertThat(r.listTotal()).isEqualTo(list);
            assertThat(r.discountTotal()).isEqualTo(list.minus(net));
            assertThat(r.costTotal()).isEqualTo(costKnown ? Optional.of(cost) : Optional.empty());
            if (!list.isZero()) {
                assertThat(r.discountRate())
                        .contains(Rate.signedFraction(list.minus(net)
                                .amount()
                                .divide(list.amount(), PricingResult.SCALE, RoundingMode.HALF_EVEN)));
            }
            if (costKnown && !net.isZero()) {
                assertThat(r.marginRate())
                        .contains(Rate.signedFraction(net.minus(cost)
                                .amount()
                                .divide(net.amount(), PricingResult.SCALE, RoundingMode.HALF_EVEN)));
            }
            assertThat(r.isComplete())
                    .isEqualTo(
                            r.lines().stream().allMatch(l -> l.unpricedReason().isEmpty()));
            assertThat(r.conflicts())
                    .containsExactlyElementsOf(r.lines().stream()
                            .flatMap(l -> l.conflicts().stream())
                            .toList());
        });
    }

    /**
     * The pricer works out what depends only on the quote once (the rules for any product that the
     * account, date and programmes allow, with their rank; the guard rails; the column) and keeps
     * scratch state from line to line. None of it may leak between lines: without rules that count
     * the order's or the period's units, a line comes out exactly as it does in a quote of its own,
     * whatever came before it, in both details.
     */
    @Test
    void aLineIsPricedAsInAQuoteOfItsOwnWhenNoRuleCountsOtherLines() {
        Props.qt().forAll(PricingGens.scenarios()).checkAssert(s -> {
            List<DiscountRule> lineOnly = s.rules().stream()
                    .filter(r -> r.effect()
                            .breaks()
                            .map(b -> b.aggregation() == BreakAggregation.LINE)
                            .orElse(true))
                    .toList();
            DiscountPolicy policy = s.policy(lineOnly);
            for (PricingDetail detail : PricingDetail.values()) {
                PricingResult whole = policy.price(s.quote(), detail);
                for (QuoteLine l : s.quote().lines()) {
                    LinePricing alone = policy.price(withLines(s.quote(), List.of(l)), detail)
                            .line(l.lineNumber());
                    LinePricing within = whole.line(l.lineNumber());
                    assertThat(within).as("line %s, %s", l.lineNumber(), detail).isEqualTo(alone);
                    assertThat(within.outcomes()).isEqualTo(alone.outcomes());
                    assertThat(within.explanation().render())
                            .isEqualTo(alone.explanation().render());
                }
            }
        });
    }

    @Test
    void figuresOnlyGivesTheExplainedFiguresWithoutTheTexts() {
        Props.qt().forAll(PricingGens.scenarios()).checkAssert(s -> {
            PricingResult explained = s.policy().price(s.quote());
            PricingResult figures = s.policy().price(s.quote(), PricingDetail.FIGURES_ONLY);
            assertThat(figures.netTotal()).isEqualTo(explained.netTotal());
            assertThat(figures.listTotal()).isEqualTo(explained.listTotal());
            assertThat(figures.conflicts()).isEqualTo(explained.conflicts());
            assertThat(figures.column()).isEqualTo(explained.column());
            for (int i = 0; i < explained.lines().size(); i++) {
                LinePricing e = explained.lines().get(i);
                LinePricing f = figures.lines().get(i);
                assertThat(f.netAmount()).isEqualTo(e.netAmount());
                assertThat(f.grossAmount()).isEqualTo(e.grossAmount());
                assertThat(f.listAmount()).isEqualTo(e.listAmount());
                assertThat(f.unitPrice()).isEqualTo(e.unitPrice());
                assertThat(f.guardRailAmount()).isEqualTo(e.guardRailAmount());
                assertThat(f.guardRail()).isEqualTo(e.guardRail());
                assertThat(f.cost()).isEqualTo(e.cost());
                assertThat(f.unpricedReason()).isEqualTo(e.unpricedReason());
                assertThat(f.conflicts()).isEqualTo(e.conflicts());
                // the same discounts in the same order, without the words
                assertThat(f.discounts())
                        .extracting(
                                AppliedDiscount::rule,
                                AppliedDiscount::effect,
                                AppliedDiscount::stacking,
                                AppliedDiscount::amount,
                                AppliedDiscount::isSurcharge)
                        .containsExactlyElementsOf(e.discounts().stream()
                                .map(d -> org.assertj.core.groups.Tuple.tuple(
                                        d.rule(), d.effect(), d.stacking(), d.amount(), d.isSurcharge()))
                                .toList());
                assertThat(f.discounts()).allMatch(d -> d.detail().isEmpty());
                // the same outcomes; an applied rule's reason is "applied", the others keep theirs
                assertThat(f.outcomes()).hasSameSizeAs(e.outcomes());
                for (int o = 0; o < e.outcomes().size(); o++) {
                    RuleOutcome eo = e.outcomes().get(o);
                    RuleOutcome fo = f.outcomes().get(o);
                    assertThat(fo.rule()).isEqualTo(eo.rule());
                    assertThat(fo.applied()).isEqualTo(eo.applied());
                    assertThat(fo.reason()).isEqualTo(eo.applied() ? "applied" : eo.reason());
                }
                if (e.unpricedReason().isEmpty()) {
                    assertThat(f.explanation().steps()).isEmpty();
                }
            }
        });
    }

    @Test
    void everyMatchingRuleIsListedOnceAndTheAppliedOnesAreTheDiscounts() {
        Props.qt().forAll(PricingGens.scenarios()).checkAssert(s -> {
            PricingResult r = s.policy().price(s.quote());
            for (QuoteLine q : s.quote().lines()) {
                LinePricing line = r.line(q.lineNumber());
                List<RuleId> listed =
                        line.outcomes().stream().map(RuleOutcome::rule).toList();
                if (line.unpricedReason().isPresent()) {
                    assertThat(listed).as("an unpriced line meets no rule").isEmpty();
                    continue;
                }
                Set<RuleId> matching = new TreeSet<>();
                for (DiscountRule rule : s.rules()) {
                    if (NaiveMatch.matches(s, rule, q)) {
                        matching.add(rule.id());
                    }
                }

                assertThat(new HashSet<>(listed)).as("listed once each").hasSameSizeAs(listed);
                assertThat(new TreeSet<>(listed)).as("line %s", q.lineNumber()).isEqualTo(matching);
                Set<RuleId> applied = line.outcomes().stream()
                        .filter(RuleOutcome::applied)
                        .map(RuleOutcome::rule)
                        .collect(Collectors.toCollection(TreeSet::new));
                List<RuleId> discounted =
                        line.discounts().stream().map(AppliedDiscount::rule).toList();
                assertThat(new TreeSet<>(discounted)).isEqualTo(applied);
                assertThat(new HashSet<>(discounted)).hasSameSizeAs(discounted);
                for (PricingConflict c : line.conflicts()) {
                    assertThat(c.rules())
                            .hasSizeGreaterThanOrEqualTo(2)
                            .isSorted()
                            .allMatch(matching::contains);
                    assertThat(c.rules()).noneMatch(applied::contains);
                }
                if (s.tieBreaker() != TieBreaker.REPORT_CONFLICT) {
                    assertThat(line.conflicts()).isEmpty();
                }
            }
        });
    }

    @Test
    void everyGeneratedQuotePricesEveryLineOrSaysWhyNot() {
        Props.qt().forAll(PricingGens.scenarios()).checkAssert(s -> {
            PricingResult r = s.policy().price(s.quote());

            assertThat(r.lines()).hasSameSizeAs(s.quote().lines());
            for (LinePricing l : r.lines()) {
                assertThat(l.unitPrice().isPresent())
                        .isNotEqualTo(l.unpricedReason().isPresent());
                assertThat(l.explanation().isEmpty()).isFalse();
            }
            assertThat(r.explanation().render()).isNotBlank();
        });
    }

    @Test
    void wildInputsEitherPriceOrFailWithAnIllegalArgumentException() {
        Props.qt().forAll(Gens.seeds()).checkAssert(seed -> {
            Throwable t = catchThrowable(() -> PricingGens.wildRun(seed));
            if (t != null) {
                assertThat(t).as("seed %s", seed).isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void theWildInputsBothPriceAndFail() {
        // the property above is not vacuous: some wild inputs price, some are refused
        int priced = 0;
        int refused = 0;
        for (long seed = 0; seed < 400; seed++) {
            try {
                PricingGens.wildRun(seed);
                priced++;
            } catch (IllegalArgumentException e) {
                refused++;
            }
        }
        assertThat(priced).isPositive();
        assertThat(refused).isPositive();
    }

    /** The same quote with other lines. */
    static Quote withLines(Quote q, List<QuoteLine> lines) {
        return Quote.builder()
                .id(q.id())
                .account(q.account())
                .tier(q.tier())
                .segment(q.segment())
                .accountGroup(q.accountGroup())
                .date(q.date())
                .addAllProgrammes(q.programmes())
                .addAllLines(lines)
                .history(q.history())
                .build();
    }

    /** Every condition of a rule checked against a line directly, as RuleConditions defines them. */
    static final class NaiveMatch {
        private NaiveMatch() {}

        static boolean matches(Scenario s, DiscountRule rule, QuoteLine line) {
            RuleConditions c = rule.conditions();
            Quote q = s.quote();
            if (!c.accounts().isEmpty() || !c.accountGroups().isEmpty()) {
                boolean account = c.accounts().contains(q.account());
                boolean group = q.accountGroup().isPresent()
                        && chain(q.accountGroup().get(), PricingGens.ACCOUNT_TREE).stream()
                                .anyMatch(c.accountGroups()::contains);
                if (!account && !group) {
                    return false;
                }
            }
            if (!c.tiers().isEmpty()
                    && !(q.tier().isPresent() && c.tiers().contains(q.tier().get()))) {
                return false;
            }
            if (!c.segments().isEmpty()
                    && !(q.segment().isPresent()
                            && c.segments().contains(q.segment().get()))) {
                return false;
            }
            Optional<ProductInfo> info = s.world().catalog().find(line.product());
            if (!c.products().isEmpty() || !c.productGroups().isEmpty()) {
                boolean product = c.products().contains(line.product());
                Optional<ProductGroupId> g = info.flatMap(ProductInfo::group);
                boolean group = g.isPresent()
                        && chain(g.get(), PricingGens.PRODUCT_GROUPS).stream().anyMatch(c.productGroups()::contains);
                if (!product && !group) {
                    return false;
                }
            }
            BigDecimal quantity = line.quantity().abs();
            if (line.unit().isPresent()
                    && !line.unit().get().equals(info.orElseThrow().baseUnit())) {
                quantity = quantity.multiply(
                        info.orElseThrow().units().get(line.unit().get()));
            }
            if (c.minQuantity().isPresent()
                    && quantity.compareTo(c.minQuantity().get()) < 0) {
                return false;
            }
            if (c.maxQuantity().isPresent()
                    && quantity.compareTo(c.maxQuantity().get()) > 0) {
                return false;
            }
            Money amount = columnPrice(s, line).times(quantity);
            if (c.minAmount().isPresent() && amount.compareTo(c.minAmount().get()) < 0) {
                return false;
            }
            if (c.maxAmount().isPresent() && amount.compareTo(c.maxAmount().get()) > 0) {
                return false;
            }
            if (c.validity().isPresent()) {
                if (q.date().isBefore(c.validity().get().start())
                        || !q.date().isBefore(c.validity().get().endExclusive())) {
                    return false;
                }
            }
            return c.programme().isEmpty()
                    || q.programmes().contains(c.programme().get());
        }

        /** The price of a priced line's product in the account's column, else the list price. */
        static Money columnPrice(Scenario s, QuoteLine line) {
            Quote q = s.quote();
            ColumnSelection columns = s.world().columns();
            PriceColumn column = PricingGens.LIST;
            AccountId account = q.account();
            Optional<Tier> tier = q.tier();
            if (columns.byAccount().containsKey(account)) {
                column = columns.byAccount().get(account);
            } else if (tier.isPresent() && columns.byTier().containsKey(tier.get())) {
                column = columns.byTier().get(tier.get());
            }
            PriceList prices = s.world().prices();
            return prices.price(line.product(), column, q.date())
                    .or(() -> prices.price(line.product(), PricingGens.LIST, q.date()))
                    .orElseThrow();
        }

        /** A group and its parents, walked one link at a time. */
        static <T extends Comparable<? super T>> List<T> chain(T group, Hierarchy<T> tree) {
            List<T> out = new ArrayList<>();
            for (T g = group; g != null; g = tree.parents().get(g)) {
                out.add(g);
            }
            return out;
        }
    }
}
