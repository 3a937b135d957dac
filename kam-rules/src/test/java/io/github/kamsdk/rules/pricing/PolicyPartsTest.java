package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.ACCOUNT_GROUPS;
import static io.github.kamsdk.rules.pricing.PricingExample.AGREEMENT;
import static io.github.kamsdk.rules.pricing.PricingExample.C9;
import static io.github.kamsdk.rules.pricing.PricingExample.CATALOG;
import static io.github.kamsdk.rules.pricing.PricingExample.GROWTH;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY;
import static io.github.kamsdk.rules.pricing.PricingExample.KEY_TIER;
import static io.github.kamsdk.rules.pricing.PricingExample.LIST;
import static io.github.kamsdk.rules.pricing.PricingExample.PRICES;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.id;
import static io.github.kamsdk.rules.pricing.PricingExample.line;
import static io.github.kamsdk.rules.pricing.PricingExample.off;
import static io.github.kamsdk.rules.pricing.PricingExample.quote;
import static io.github.kamsdk.rules.pricing.PricingExample.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of a policy and of its results: {@link ColumnSelection}, the {@link DiscountPolicy}
 * itself, {@link AppliedDiscount}, {@link RuleOutcome} and {@link PricingConflict}.
 */
class PolicyPartsTest {
    static final ColumnSelection COLUMNS = ColumnSelection.builder()
            .forTier(KEY_TIER, KEY)
            .forAccount(C9, AGREEMENT)
            .build();

    @Test
    void aColumnSelectionPicksTheAgreementThenTheTierThenTheList() {
        ColumnSelection.Selected agreement =
                selected(COLUMNS, quote().account(C9).tier(KEY_TIER));
        ColumnSelection.Selected tier = selected(COLUMNS, quote().tier(KEY_TIER));
        ColumnSelection.Selected list = selected(COLUMNS, quote().tier(GROWTH));
        ColumnSelection.Selected nothing =
                selected(ColumnSelection.listOnly(), quote().account(C9).tier(KEY_TIER));

        assertThat(agreement.column()).isEqualTo(AGREEMENT);
        assertThat(tier.column()).isEqualTo(KEY);
        assertThat(list.column()).isEqualTo(LIST);
        assertThat(nothing.column()).isEqualTo(LIST);
        // the reasons are worded once, with the selection, and are the same for every quote
        assertThat(agreement.why()).isEqualTo("account " + C9 + " buys from its agreement's column " + AGREEMENT);
        assertThat(tier.why()).isEqualTo("tier " + KEY_TIER + " buys from column " + KEY);
        assertThat(nothing.why()).isEqualTo("no agreement or tier column: the list column list");
    }

    /** The column a selection gives a one-line quote, the list column failing any other. */
    private static ColumnSelection.Selected selected(ColumnSelection columns, Quote.Builder quote) {
        return columns.select(quote.addLine(line(1, PUMP, "1")).build(), ColumnSelection.list(LIST));
    }

    @Test
    void aColumnSelectionIsAValue() {
        assertThat(COLUMNS.byAccount()).containsEntry(C9, AGREEMENT).hasSize(1);
        assertThat(COLUMNS.byTier()).containsEntry(KEY_TIER, KEY).hasSize(1);
        assertThat(COLUMNS)
                .isEqualTo(ColumnSelection.builder()
                        .forAccount(C9, AGREEMENT)
                        .forTier(KEY_TIER, KEY)
                        .build())
                .hasSameHashCodeAs(ColumnSelection.builder()
                        .forAccount(C9, AGREEMENT)
                        .forTier(KEY_TIER, KEY)
                        .build())
                .isNotEqualTo(ColumnSelection.listOnly())
                .isNotEqualTo(ColumnSelection.builder().forTier(KEY_TIER, KEY).build())
                .isNotEqualTo("columns");
        assertThat(ColumnSelection.listOnly().byAccount()).isEmpty();
        assertThat(COLUMNS.toString())
                .isEqualTo("ColumnSelection{accounts {C-9=agreement-c9}, tiers {Key=key-account}}");
    }

    @Test
    void aPolicyKeepsItsPartsAndItsRulesInIdOrder() {
        GuardRails rails = GuardRails.builder().minMargin(Rate.percent(5)).build();
        RoundingPolicy up = RoundingPolicy.toMinorUnit(RoundingMode.UP);
        DiscountRule b = rule("B", off("1")).build();
        DiscountRule a = rule("A", off("2")).build();
        DiscountPolicy policy = DiscountPolicy.builder(PRICES, CATALOG)
                .columns(COLUMNS)
                .accountGroups(ACCOUNT_GROUPS)
                .addRule(b)
                .addRules(List.of(a))
                .guardRails(rails)
                .tieBreaker(TieBreaker.LOWEST_PRICE)
                .rounding(up)
                .build();

        assertThat(policy.prices()).isEqualTo(PRICES);
        assertThat(policy.catalog()).isEqualTo(CATALOG);
        assertThat(policy.columns()).isEqualTo(COLUMNS);
        assertThat(policy.accountGroups()).isEqualTo(ACCOUNT_GROUPS);
        assertThat(policy.rules()).containsExactly(a, b);
        assertThat(policy.guardRails()).isEqualTo(rails);
        assertThat(policy.tieBreaker()).isEqualTo(TieBreaker.LOWEST_PRICE);
        assertThat(policy.rounding()).isEqualTo(up);
        assertThat(policy.toString())
                .isEqualTo("DiscountPolicy{2 rules, PriceList{base list, EUR, 9 prices}, ties LOWEST_PRICE}");
    }

    @Test
    void aPolicyHasDefaults() {
        DiscountPolicy policy = DiscountPolicy.builder(PRICES, CATALOG).build();

        assertThat(policy.columns()).isEqualTo(ColumnSelection.listOnly());
        assertThat(policy.accountGroups()).isEqualTo(Hierarchy.flat());
        assertThat(policy.rules()).isEmpty();
        assertThat(policy.guardRails()).isEqualTo(GuardRails.none());
        assertThat(policy.tieBreaker()).isEqualTo(TieBreaker.RULE_ID);
        assertThat(policy.rounding()).isEqualTo(RoundingPolicy.DEFAULT);
    }

    @Test
    void thePolicysRoundingRoundsTheNetAmountOnce() {
        DiscountPolicy up = DiscountPolicy.builder(PRICES, CATALOG)
                .addRule(rule("ODD", off("0.001")).build())
                .rounding(RoundingPolicy.toMinorUnit(RoundingMode.UP))
                .build();

        // 3 × 100.00 = 300.00, 0.001% off = 0.003: 299.997, rounded up to 300.00, down to 299.99
        LinePricing line = up.price(quote().addLine(line(1, PUMP, "3")).build()).line(1);
        assertThat(line.netAmount()).isEqualTo(eur("300.00"));
        DiscountPolicy down = DiscountPolicy.builder(PRICES, CATALOG)
                .addRule(rule("ODD", off("0.001")).build())
                .rounding(RoundingPolicy.toMinorUnit(RoundingMode.DOWN))
                .build();
        assertThat(down.price(quote().addLine(line(1, PUMP, "3")).build())
                        .line(1)
                        .netAmount())
                .isEqualTo(eur("299.99"));
    }

    @Test
    void oneCompiledPolicyPricesAnyNumberOfQuotes() {
        DiscountPolicy policy = DiscountPolicy.builder(PRICES, CATALOG)
                .addRule(rule("TEN", off("10")).build())
                .build();

        assertThat(policy.price(quote().addLine(line(1, PUMP, "1")).build()).netTotal())
                .isEqualTo(eur("90.00"));
        assertThat(policy.price(quote().addLine(line(1, PUMP, "2")).build()).netTotal())
                .isEqualTo(eur("180.00"));
        assertThat(policy.price(quote().addLine(line(1, PUMP, "1")).build()).netTotal())
                .isEqualTo(eur("90.00"));
    }

    @Test
    void resultRecordsHoldTheirFieldsAndAConflictKeepsACopyOfItsRules() {
        AppliedDiscount discount =
                new AppliedDiscount(id("R"), off("10"), StackingMode.ADDITIVE, eur("5.00"), "10% of EUR 50.00");
        assertThat(discount.isSurcharge()).isFalse();
        assertThat(new AppliedDiscount(id("R"), off("-10"), StackingMode.ADDITIVE, eur("-5.00"), "").isSurcharge())
                .isTrue();
        assertThat(new AppliedDiscount(id("R"), off("0"), StackingMode.ADDITIVE, Money.zero(PricingExample.EUR), "")
                        .isSurcharge())
                .isFalse();
        assertThat(discount)
                .isEqualTo(new AppliedDiscount(
                        id("R"), off("10"), StackingMode.ADDITIVE, eur("5.00"), "10% of EUR 50.00"));

        RuleOutcome outcome = new RuleOutcome(id("R"), false, "exclusive rule X applies alone");
        assertThat(outcome.rule()).isEqualTo(id("R"));
        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.reason()).isEqualTo("exclusive rule X applies alone");

        List<RuleId> rules = new java.util.ArrayList<>(List.of(id("A"), id("B")));
        PricingConflict conflict = new PricingConflict(2, rules, "tied for the unit price");
        rules.add(id("C"));
        // the conflict keeps a copy
        assertThat(conflict.rules()).containsExactly(id("A"), id("B"));
        assertThat(conflict.lineNumber()).isEqualTo(2);
        assertThat(conflict.reason()).isEqualTo("tied for the unit price");
    }

    @Test
    void anEffectGivesThePricerTheValueOfItsKindAndRefusesAnother() {
        DiscountEffect percent = off("8");
        DiscountEffect amount = DiscountEffect.amountOff(eur("2.50"));
        assertThat(percent.percentOfKind()).isEqualTo(Rate.percent(8));
        assertThat(amount.amountOfKind()).isEqualTo(eur("2.50"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(amount::percentOfKind))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("an effect of kind AMOUNT_OFF has no percentage");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(percent::breaksOfKind))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("an effect of kind PERCENT_OFF has no volume breaks");
    }
}
