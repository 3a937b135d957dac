package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedScorePolicyTest {
    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static AccountFigures.Builder account(String id, String revenue) {
        return AccountFigures.builder(AccountId.of(id), eur(revenue));
    }

    /**
     * Revenue, margin and one projected margin. Growth potential: 110 / 1.1 = 100, none = 0, 55 /
     * 1.1 = 50.
     */
    private static final List<AccountFigures> THREE = List.of(
            account("C-A", "100")
                    .margin(eur("10"))
                    .projectedMargins(List.of(eur("110")))
                    .build(),
            account("C-B", "50").margin(eur("30")).build(),
            account("C-C", "0")
                    .margin(eur("-10"))
                    .projectedMargins(List.of(eur("55")))
                    .build());

    private static String tierOf(Tiering tiering, String id) {
        return tiering.tierOf(AccountId.of(id)).name();
    }

    @Test
    void theDefaultsWeighRevenueTwiceMarginAndGrowthPotentialOnce() {
        // Normalised (min-max): revenue 1, .5, 0; margin (-10..30) .5, 1, 0; growth (0..100) 1, 0, .5
        // Scores: A (2 + .5 + 1) / 4 = 87.5%, B (1 + 1 + 0) / 4 = 50%, C (0 + 0 + .5) / 4 = 12.5%
        // Thresholds 75 / 50 / 25: Strategic, Key (50% reaches 50%), Maintain
        Tiering tiering = WeightedScorePolicy.defaults().assign(THREE);
        assertThat(tierOf(tiering, "C-A")).isEqualTo("Strategic");
        assertThat(tierOf(tiering, "C-B")).isEqualTo("Key");
        assertThat(tierOf(tiering, "C-C")).isEqualTo("Maintain");
        Explanation why = tiering.assignment(AccountId.of("C-A")).explanation();
        assertThat(why.find("tier.weighted.criterion")).hasSize(3);
        assertThat(why.find("tier.weighted.score").get(0).parameter("score", Rate.class))
                .isEqualTo(Rate.percent(new BigDecimal("87.5")));
        Step growth = why.find("tier.weighted.criterion").get(0);
        assertThat(growth.parameter("criterion", String.class)).isEqualTo("growthPotential");
        assertThat(growth.parameter("value", BigDecimal.class)).isEqualByComparingTo("100");
        assertThat(growth.parameter("normalised", BigDecimal.class)).isEqualByComparingTo("1");
        assertThat(why.find("tier.weighted.threshold").get(0).text())
                .isEqualTo("87.5% reaches the threshold 75% of tier Strategic");
        assertThat(WeightedScorePolicy.defaults().weights())
                .containsEntry("revenue", BigDecimal.valueOf(2))
                .containsEntry("margin", BigDecimal.ONE)
                .containsEntry("growthPotential", BigDecimal.ONE);
        assertThat(WeightedScorePolicy.defaults().discountRate()).isEqualTo(Rate.percent(10));
    }

    @Test
    void weighsHostCriteria() {
        // Revenue 100 / 50 / 0 → 1, .5, 0; strategicFit 1 / 5 / 3 → 0, 1, .5
        // Scores (equal weights): .5, .75, .25; threshold 60%: only B is key
        WeightedScorePolicy policy = WeightedScorePolicy.builder()
                .scale(TierScale.keyOrOther())
                .thresholds(List.of(Rate.percent(60)))
                .weight(WeightedScorePolicy.REVENUE, BigDecimal.ONE)
                .weight("strategicFit", BigDecimal.ONE)
                .build();
        Tiering tiering = policy.assign(List.of(
                account("C-A", "100").criterion("strategicFit", BigDecimal.ONE).build(),
                account("C-B", "50")
                        .criterion("strategicFit", BigDecimal.valueOf(5))
                        .build(),
                account("C-C", "0")
                        .criterion("strategicFit", BigDecimal.valueOf(3))
                        .build()));
        assertThat(tiering.tiers().values()).extracting(Tier::name).containsExactly("Other", "Key", "Other");
        assertThat(tiering.assignment(AccountId.of("C-A"))
                        .explanation()
                        .find("tier.weighted.below")
                        .get(0)
                        .text())
                .isEqualTo("50% is below the lowest threshold 60%: lowest tier Other");
    }

    @Test
    void aCriterionOnWhichAllAreEqualCountsNothing() {
        // One account: every criterion has min = max, so the score is 0% → lowest tier
        Tiering tiering = WeightedScorePolicy.defaults().assign(List.of(THREE.get(0)));
        assertThat(tierOf(tiering, "C-A")).isEqualTo("Maintain");
        assertThat(tiering.assignment(AccountId.of("C-A"))
                        .explanation()
                        .find("tier.weighted.score")
                        .get(0)
                        .text())
                .isEqualTo("score 0% = sum of weight × normalised / 4");
    }

    @Test
    void zeroWeightsAreNotComputed() {
        // Margin weighs 0, so accounts need no margin
        WeightedScorePolicy policy = WeightedScorePolicy.builder()
                .weight(WeightedScorePolicy.REVENUE, BigDecimal.ONE)
                .weight(WeightedScorePolicy.MARGIN, BigDecimal.ZERO)
                .build();
        Tiering tiering = policy.assign(
                List.of(account("C-1", "10").build(), account("C-2", "0").build()));
        assertThat(tiering.tiers().values()).extracting(Tier::name).containsExactly("Strategic", "Maintain");
    }

    @Test
    void isAValue() {
        WeightedScorePolicy same = WeightedScorePolicy.builder()
                .weight("revenue", BigDecimal.valueOf(2))
                .weight("margin", BigDecimal.ONE)
                .weight("growthPotential", BigDecimal.ONE)
                .build();
        assertThat(same).isEqualTo(WeightedScorePolicy.defaults()).hasSameHashCodeAs(WeightedScorePolicy.defaults());
        assertThat(same.toString()).startsWith("WeightedScorePolicy[Strategic > Key > Growth > Maintain] at [75%");
        assertThat(same.scale()).isEqualTo(TierScale.standard());
        assertThat(same.thresholds()).containsExactly(Rate.percent(75), Rate.percent(50), Rate.percent(25));
    }

    @Test
    void refusesNegativeWeights() {
        assertRejected(
                () -> WeightedScorePolicy.builder().weight("margin", new BigDecimal("-1")),
                "weights[margin]",
                "negative",
                "-1");
    }

    @Test
    void refusesNoOrOnlyZeroWeights() {
        assertRejected(() -> WeightedScorePolicy.builder().build(), "weights", "empty");
        assertRejected(
                () -> WeightedScorePolicy.builder()
                        .weight("revenue", BigDecimal.ZERO)
                        .build(),
                "weights",
                "all be zero");
    }

    @Test
    void refusesUnknownCriteria() {
        WeightedScorePolicy policy = WeightedScorePolicy.builder()
                .weight("strategicFit", BigDecimal.ONE)
                .build();
        assertRejected(
                () -> policy.assign(List.of(account("C-1", "1")
                        .criterion("strategicFitt", BigDecimal.ONE)
                        .build())),
                "C-1",
                "criterion 'strategicFit'",
                "strategicFitt");
        assertRejected(() -> WeightedScorePolicy.builder().weight("strategic fit", BigDecimal.ONE), "'strategic fit'");
    }

    @Test
    void refusesAMissingMargin() {
        assertRejected(
                () -> WeightedScorePolicy.defaults()
                        .assign(List.of(account("C-1", "1").build())),
                "C-1",
                "margin");
    }

    @Test
    void refusesThresholdsThatDoNotFitTheScale() {
        assertRejected(
                () -> WeightedScorePolicy.builder()
                        .scale(TierScale.keyOrOther())
                        .weight("revenue", BigDecimal.ONE)
                        .build(),
                "thresholds",
                "1 for [Key > Other]",
                "got 3");
        assertRejected(
                () -> WeightedScorePolicy.builder()
                        .weight("revenue", BigDecimal.ONE)
                        .thresholds(List.of(Rate.percent(50), Rate.percent(75), Rate.percent(25)))
                        .build(),
                "thresholds",
                "decreasing");
        assertRejected(
                () -> WeightedScorePolicy.builder()
                        .weight("revenue", BigDecimal.ONE)
                        .thresholds(List.of(Rate.percent(175), Rate.percent(50), Rate.percent(25)))
                        .build(),
                "thresholds[0]",
                "175%");
    }

    @Test
    void refusesADiscountRateOfMinus100Percent() {
        assertRejected(
                () -> WeightedScorePolicy.builder().discountRate(Rate.signedPercent("-100")), "discountRate", "-100%");
    }

    @Test
    void refusesMixedCurrencies() {
        assertThatThrownBy(() -> WeightedScorePolicy.defaults()
                        .assign(List.of(THREE.get(0), AccountFigures.of(AccountId.of("C-X"), Money.of("1", "USD")))))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void refusesNulls() {
        assertNullRejected(() -> WeightedScorePolicy.builder().weight(null, BigDecimal.ONE), "criterion");
        assertNullRejected(() -> WeightedScorePolicy.builder().weight("revenue", null), "weights[revenue]");
        assertNullRejected(() -> WeightedScorePolicy.builder().scale(null), "scale");
        assertNullRejected(() -> WeightedScorePolicy.builder().thresholds(null), "thresholds");
        assertNullRejected(() -> WeightedScorePolicy.builder().discountRate(null), "discountRate");
        assertNullRejected(() -> WeightedScorePolicy.defaults().assign(null), "accounts");
    }
}
