package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static io.github.kamsdk.rules.pricing.PricingExample.EUR;
import static io.github.kamsdk.rules.pricing.PricingExample.GHOST;
import static io.github.kamsdk.rules.pricing.PricingExample.LIST;
import static io.github.kamsdk.rules.pricing.PricingExample.MINI;
import static io.github.kamsdk.rules.pricing.PricingExample.PUMP;
import static io.github.kamsdk.rules.pricing.PricingExample.VALVE;
import static io.github.kamsdk.rules.pricing.PricingExample.eur;
import static io.github.kamsdk.rules.pricing.PricingExample.line;
import static io.github.kamsdk.rules.pricing.PricingExample.off;
import static io.github.kamsdk.rules.pricing.PricingExample.policy;
import static io.github.kamsdk.rules.pricing.PricingExample.quote;
import static io.github.kamsdk.rules.pricing.PricingExample.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quote's totals: the list total, the net total as the sum of the lines' rounded net amounts,
 * the discount rate against the list total, the margin and its rate against the net total.
 */
class PricingResultTest {
    // 10.005% off PUMP-7 only
    static final DiscountPolicy POLICY = policy().addRule(rule("ODD", off("10.005"))
                    .conditions(RuleConditions.builder().addProduct(PUMP).build())
                    .build())
            .build();

    static final Quote QUOTE = quote().addLine(line(1, PUMP, "1"))
            .addLine(line(2, PUMP, "1"))
            .addLine(line(3, MINI, "3"))
            .build();

    @Test
    void theTotalsAreSumsOfTheRoundedLines() {
        PricingResult r = POLICY.price(QUOTE);

        // lines 1 and 2: 100.00 × (1 − 10.005%) = 89.995, each rounded half even to 90.00
        // (the exact sum 179.99 would round to 179.99); line 3: 3 × 50.00 = 150.00
        assertThat(r.lines())
                .extracting(LinePricing::netAmount)
                .containsExactly(eur("90.00"), eur("90.00"), eur("150.00"));
        // list 100.00 + 100.00 + 150.00 = 350.00; net 90.00 + 90.00 + 150.00 = 330.00
        assertThat(r.listTotal()).isEqualTo(eur("350.00"));
        assertThat(r.netTotal()).isEqualTo(eur("330.00"));
        assertThat(r.discountTotal()).isEqualTo(eur("20.00"));
        // 20.00 / 350.00 = 0.05714285714… → 0.0571428571
        assertThat(r.discountRate()).contains(Rate.ofFraction("0.0571428571"));
        // cost 70.00 + 70.00 + 3 × 30.00 = 230.00; margin 100.00; 100.00 / 330.00 = 0.3030303030
        assertThat(r.costTotal()).contains(eur("230.00"));
        assertThat(r.margin()).contains(eur("100.00"));
        assertThat(r.marginRate()).contains(Rate.ofFraction("0.3030303030"));
        assertThat(r.isComplete()).isTrue();
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.column()).isEqualTo(LIST);
        assertThat(r.quote()).isEqualTo(QUOTE);
    }

    @Test
    void aLineWithoutCostMakesTheMarginUnknown() {
        PricingResult r = POLICY.price(
                quote().addLine(line(1, PUMP, "1")).addLine(line(2, VALVE, "1")).build());

        assertThat(r.netTotal()).isEqualTo(eur("130.00"));
        assertThat(r.costTotal()).isEmpty();
        assertThat(r.margin()).isEmpty();
        assertThat(r.marginRate()).isEmpty();
        assertThat(r.discountRate()).isPresent();
    }

    @Test
    void anUnpricedLineCountsForNothing() {
        PricingResult r = POLICY.price(
                quote().addLine(line(1, MINI, "2")).addLine(line(2, GHOST, "5")).build());

        // only MINI-2: list = net = 100.00, cost 60.00; GHOST-1's unknown cost does not count
        assertThat(r.listTotal()).isEqualTo(eur("100.00"));
        assertThat(r.netTotal()).isEqualTo(eur("100.00"));
        assertThat(r.discountRate()).contains(Rate.ZERO);
        assertThat(r.costTotal()).contains(eur("60.00"));
        assertThat(r.marginRate()).contains(Rate.ofFraction("0.4"));
        assertThat(r.isComplete()).isFalse();
    }

    @Test
    void nothingPricedHasNoRates() {
        PricingResult r = POLICY.price(quote().addLine(line(1, GHOST, "5")).build());

        assertThat(r.listTotal()).isEqualTo(Money.zero(EUR));
        assertThat(r.netTotal()).isEqualTo(Money.zero(EUR));
        assertThat(r.discountRate()).isEmpty();
        assertThat(r.marginRate()).isEmpty();
        assertThat(r.costTotal()).contains(Money.zero(EUR));
    }

    @Test
    void aSurchargeGivesANegativeDiscountRate() {
        PricingResult r = policy().addRule(rule("MARKUP", off("-4")).build())
                .build()
                .price(quote().addLine(line(1, PUMP, "5")).build());

        // 500.00 + 4% = 520.00: −20.00 off, −4%
        assertThat(r.discountTotal()).isEqualTo(eur("-20.00"));
        assertThat(r.discountRate()).contains(Rate.signedPercent("-4"));
    }

    @Test
    void aQuoteWithAReturn() {
        PricingResult r = POLICY.price(
                quote().addLine(line(1, MINI, "4")).addLine(line(2, MINI, "-1")).build());

        // 200.00 − 50.00 = 150.00; cost 120.00 − 30.00 = 90.00; margin 60.00 = 40% of 150.00
        assertThat(r.listTotal()).isEqualTo(eur("150.00"));
        assertThat(r.netTotal()).isEqualTo(eur("150.00"));
        assertThat(r.costTotal()).contains(eur("90.00"));
        assertThat(r.marginRate()).contains(Rate.percent(40));
    }

    @Test
    void theExplanationNamesTheColumnEachLineAndTheTotals() {
        PricingResult r = POLICY.price(QUOTE);

        List<Step> steps = r.explanation().steps();
        assertThat(steps)
                .extracting(Step::code)
                .containsExactly("pricing.quote", "pricing.line", "pricing.line", "pricing.line", "pricing.total");
        assertThat(steps.get(0).text())
                .isEqualTo(
                        "quote Q-1 for account C-1 on 2026-05-04: no agreement or tier column: the list column list");
        assertThat(steps.get(1).text()).isEqualTo("line 1 PUMP-7 x 1: net EUR 90.00");
        assertThat(steps.get(1).children()).isEqualTo(r.line(1).explanation().steps());
        assertThat(steps.get(4).text()).isEqualTo("list EUR 350.00 − discounts EUR 20.00 = net EUR 330.00");
    }

    @Test
    void linesAreFoundByNumber() {
        PricingResult r = POLICY.price(QUOTE);

        assertThat(r.line(3).product()).isEqualTo(MINI);
        assertThat(r.lines()).extracting(LinePricing::lineNumber).containsExactly(1, 2, 3);
        assertRejected(() -> r.line(4), "quote Q-1 has no line 4");
    }

    @Test
    void resultsWithDifferentListTotalsAreNotEqual() {
        PriceList dearer = PriceList.builder(LIST, EUR)
                .price(PUMP, LIST, PricingExample.YEAR, eur("120.00"))
                .price(PUMP, PricingExample.KEY, PricingExample.YEAR, eur("95.00"))
                .build();
        ColumnSelection key = ColumnSelection.builder()
                .forTier(PricingExample.KEY_TIER, PricingExample.KEY)
                .build();
        Quote quote = quote().tier(PricingExample.KEY_TIER)
                .addLine(line(1, PUMP, "1"))
                .build();
        PricingResult a = policy().columns(key).build().price(quote);
        PricingResult b = DiscountPolicy.builder(dearer, PricingExample.CATALOG)
                .columns(key)
                .build()
                .price(quote);

        // both sell at the key-account price 95.00; the list totals are 100.00 and 120.00, the
        // discount rates 5% and 20.83%. Found: a.equals(b).
        assertThat(a.listTotal()).isNotEqualTo(b.listTotal());
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void equalityIgnoresTheExplanation() {
        PricingResult r = POLICY.price(QUOTE);

        assertThat(r).isEqualTo(POLICY.price(QUOTE)).hasSameHashCodeAs(POLICY.price(QUOTE));
        assertThat(r).isNotEqualTo(policy().build().price(QUOTE));
        assertThat(r)
                .isNotEqualTo(POLICY.price(quote().id(EventId.of("Q-2"))
                        .addLine(line(1, PUMP, "1"))
                        .addLine(line(2, PUMP, "1"))
                        .addLine(line(3, MINI, "3"))
                        .build()));
        assertThat(r).isNotEqualTo("result");
        assertThat(r.toString()).isEqualTo("PricingResult{Q-1: list EUR 350.00, net EUR 330.00, 3 lines}");
    }
}
