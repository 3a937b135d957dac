package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.id;
import static io.github.kamsdk.rules.pricing.PricingExample.line;
import static io.github.kamsdk.rules.pricing.PricingExample.off;
import static io.github.kamsdk.rules.pricing.PricingExample.policy;
import static io.github.kamsdk.rules.pricing.PricingExample.quote;
import static io.github.kamsdk.rules.pricing.PricingExample.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link PricingDetail}: the same line of 10 PUMP-7 at 100.00 (1,000.00) explained and as figures
 * only, with an exclusive 10% that wins, an additive 5% that does not, and 1.00 off per unit.
 */
class PricingDetailTest {
    private static final DiscountPolicy POLICY = policy().addRule(
                    rule("ALONE", off("10")).stacking(StackingMode.EXCLUSIVE).build())
            .addRule(rule("PLUS", off("5")).build())
            .build();
    private static final Quote QUOTE = quote().addLine(line(1, PUMP, "10")).build();

    @Test
    void figuresOnlyKeepsEveryFigureAndWhichRulesAppliedButNotTheWords() {
        LinePricing explained = POLICY.price(QUOTE, PricingDetail.EXPLAINED).line(1);
        LinePricing figures = POLICY.price(QUOTE, PricingDetail.FIGURES_ONLY).line(1);

        // ALONE alone: 10% of 1000.00 = 100.00 off, net 900.00, on both
        assertThat(explained.netAmount()).isEqualTo(eur("900.00"));
        assertThat(figures.netAmount()).isEqualTo(eur("900.00"));
        assertThat(figures.discountTotal()).isEqualTo(eur("100.00"));
        assertThat(figures.discounts()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(id("ALONE"));
            assertThat(d.amount()).isEqualTo(eur("100.00"));
            assertThat(d.detail()).isEmpty();
        });
        assertThat(explained.discounts().get(0).detail()).isEqualTo("10% of EUR 1000.00");

        // the outcomes in rank order (ALONE before PLUS by id); an applied rule's rank is not spelled out
        assertThat(figures.outcomes())
                .containsExactly(
                        new RuleOutcome(id("ALONE"), true, "applied"),
                        new RuleOutcome(id("PLUS"), false, "exclusive rule ALONE applies alone"));
        assertThat(explained.outcomes())
                .containsExactly(
                        new RuleOutcome(id("ALONE"), true, "applied (any account, any product, priority 0)"),
                        new RuleOutcome(id("PLUS"), false, "exclusive rule ALONE applies alone"));

        assertThat(figures.explanation().steps()).isEmpty();
        assertThat(explained.explanation().find("pricing.net")).hasSize(1);
    }

    @Test
    void priceWithoutADetailExplains() {
        assertThat(POLICY.price(QUOTE)).isEqualTo(POLICY.price(QUOTE, PricingDetail.EXPLAINED));
        assertThat(POLICY.price(QUOTE).line(1).explanation().render())
                .isEqualTo(POLICY.price(QUOTE, PricingDetail.EXPLAINED)
                        .line(1)
                        .explanation()
                        .render());
    }

    @Test
    void aNullDetailIsRefusedByName() {
        assertThatThrownBy(() -> POLICY.price(QUOTE, null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("detail must not be null");
    }
}
