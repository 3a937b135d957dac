package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.rules.pricing.BreakAggregation;
import io.github.kamsdk.rules.pricing.BreakSemantics;
import io.github.kamsdk.rules.pricing.DiscountEffect;
import io.github.kamsdk.rules.pricing.DiscountPolicy;
import io.github.kamsdk.rules.pricing.DiscountRule;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The five-rule policy of {@link PricingBenchmark} and the hand-written if/else that computes the
 * same net amounts. On {@link PricingData}'s catalog, prices, columns, guard rails and quotes:
 *
 * <ol>
 *   <li>{@code D0-5}: 5% off division D0, additive;
 *   <li>{@code KEY-3}: 3% off anything for the Strategic and Key tiers, additive;
 *   <li>{@code SPRING-10}: 10% off category D1-C0 from 1 April to 30 June, compound, priority 5;
 *   <li>{@code P-0042-NET}: a net unit price of 85% of the first-half list price for product P-0042;
 *   <li>{@code VOL-SLAB}: slab breaks on the line, 5% off from the 50th unit, 10% from the 200th.
 * </ol>
 */
final class FiveRules {
    static final ProductGroupId D0 = ProductGroupId.of("D0");
    static final ProductGroupId D1_C0 = ProductGroupId.of("D1-C0");
    static final ProductId P42 = ProductId.of("P-0042");
    static final LocalDate SPRING_START = LocalDate.of(2026, 4, 1);
    static final LocalDate SPRING_END = LocalDate.of(2026, 7, 1); // exclusive
    private static final BigDecimal FIVE = new BigDecimal("0.05");
    private static final BigDecimal THREE = new BigDecimal("0.03");
    private static final BigDecimal TEN = new BigDecimal("0.10");
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal TWO_HUNDRED = BigDecimal.valueOf(200);
    private static final BigDecimal MARGIN = new BigDecimal("1.05");
    private static final BigDecimal STRATEGIC_MAX = new BigDecimal("0.30");
    private static final BigDecimal KEY_MAX = new BigDecimal("0.25");
    private static final BigDecimal DEFAULT_MAX = new BigDecimal("0.20");

    private FiveRules() {}

    /** The policy. */
    static DiscountPolicy policy(PricingData d) {
        return DiscountPolicy.builder(d.prices, d.catalog)
                .columns(d.columns)
                .accountGroups(d.accountGroups)
                .guardRails(d.guardRails)
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("D0-5"))
                        .conditions(RuleConditions.builder().addProductGroup(D0).build())
                        .effect(DiscountEffect.percentOff(Rate.percent(5)))
                        .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("KEY-3"))
                        .conditions(RuleConditions.builder()
                                .addTier(PricingData.STRATEGIC)
                                .addTier(PricingData.KEY_TIER)
                                .build())
                        .effect(DiscountEffect.percentOff(Rate.percent(3)))
                        .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("SPRING-10"))
                        .conditions(RuleConditions.builder()
                                .addProductGroup(D1_C0)
                                .validity(DateRange.of(SPRING_START, SPRING_END))
                                .build())
                        .effect(DiscountEffect.percentOff(Rate.percent(10)))
                        .stacking(StackingMode.COMPOUND)
                        .priority(5)
                        .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("P-0042-NET"))
                        .conditions(RuleConditions.builder().addProduct(P42).build())
                        .effect(DiscountEffect.priceOverride(Money.of(override(d), PricingData.EUR)))
                        .build())
                .addRule(DiscountRule.builder()
                        .id(RuleId.of("VOL-SLAB"))
                        .effect(DiscountEffect.volumeBreaks(
                                VolumeBreaks.percentOff(BreakSemantics.SLAB, BreakAggregation.LINE)
                                        .from("50", Rate.percent(5))
                                        .from("200", Rate.percent(10))
                                        .build()))
                        .build())
                .build();
    }

    private static BigDecimal override(PricingData d) {
        return d.listPrice.get(P42).multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The hand-written if/else: BigDecimal arithmetic on the host's own product facts. */
    static final class Hand {
        private record Facts(boolean inD0, boolean inD1C0, BigDecimal cost, BigDecimal boxFactor) {}

        private final PriceList prices;
        private final PriceColumn list = PricingData.LIST;
        private final PriceColumn key = PricingData.KEY;
        private final Set<AccountId> agreements;
        private final Map<ProductId, Facts> facts = new HashMap<>();
        private final BigDecimal override;

        Hand(PricingData d) {
            this.prices = d.prices;
            this.agreements = d.columns.byAccount().keySet();
            this.override = override(d);
            for (ProductInfo p : d.products) {
                List<ProductGroupId> up =
                        d.productGroups.ancestorsOrSelf(p.group().orElseThrow());
                facts.put(
                        p.product(),
                        new Facts(
                                up.contains(D0),
                                up.contains(D1_C0),
                                p.unitCost().orElseThrow().amount(),
                                p.units().getOrDefault("box", BigDecimal.ONE)));
            }
        }

        /** The net amounts of a quote's lines. */
        BigDecimal[] price(Quote q) {
            List<QuoteLine> lines = q.lines();
            BigDecimal[] out = new BigDecimal[lines.size()];
            Tier tier = q.tier().orElse(null);
            boolean keyTier = PricingData.STRATEGIC.equals(tier) || PricingData.KEY_TIER.equals(tier);
            boolean keyColumn = keyTier || agreements.contains(q.account());
            BigDecimal maxOff = PricingData.STRATEGIC.equals(tier)
                    ? STRATEGIC_MAX
                    : PricingData.KEY_TIER.equals(tier) ? KEY_MAX : DEFAULT_MAX;
            LocalDate date = q.date();
            boolean spring = !date.isBefore(SPRING_START) && date.isBefore(SPRING_END);
            for (int i = 0; i < out.length; i++) {
                QuoteLine l = lines.get(i);
                Facts f = facts.get(l.product());
                BigDecimal qty = l.unit().isPresent() ? l.quantity().multiply(f.boxFactor) : l.quantity();
                BigDecimal abs = qty.abs();
                BigDecimal listUnit =
                        prices.price(l.product(), list, date).orElseThrow().amount();
                BigDecimal unit = listUnit;
                if (keyColumn) {
                    Optional<Money> k = prices.price(l.product(), key, date);
                    if (k.isPresent()) {
                        unit = k.get().amount();
                    }
                }
                if (l.product().equals(P42)) {
                    unit = override;
                }
                BigDecimal amount;
                if (abs.compareTo(FIFTY) < 0) {
                    amount = unit.multiply(abs);
                } else {
                    amount = unit.multiply(FIFTY);
                    BigDecimal mid = abs.min(TWO_HUNDRED).subtract(FIFTY);
                    amount = amount.add(unit.subtract(unit.multiply(FIVE)).multiply(mid));
                    if (abs.compareTo(TWO_HUNDRED) > 0) {
                        amount = amount.add(unit.subtract(unit.multiply(TEN)).multiply(abs.subtract(TWO_HUNDRED)));
                    }
                }
                BigDecimal off = BigDecimal.ZERO;
                if (f.inD0) {
                    off = off.add(amount.multiply(FIVE));
                }
                if (keyTier) {
                    off = off.add(amount.multiply(THREE));
                }
                amount = amount.subtract(off);
                if (spring && f.inD1C0) {
                    amount = amount.subtract(amount.multiply(TEN));
                }
                BigDecimal listAmount = listUnit.multiply(abs);
                BigDecimal limit = listAmount
                        .subtract(listAmount.multiply(maxOff))
                        .max(f.cost.multiply(abs).multiply(MARGIN));
                if (amount.compareTo(limit) < 0) {
                    amount = limit;
                }
                BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_EVEN);
                amount = rounded.compareTo(limit) < 0 ? amount.setScale(2, RoundingMode.UP) : rounded;
                out[i] = qty.signum() < 0 ? amount.negate() : amount;
            }
            return out;
        }
    }
}
