package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.account.ParetoPolicyTest.FIVE;
import static io.github.kamsdk.core.account.ParetoPolicyTest.figures;
import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueSharePolicyTest {
    @Test
    void anAccountOfAtLeast10PercentIsKey() {
        // 50, 30, 10, 6, 4 of 100: 10 is exactly 10% and is key
        Tiering tiering = RevenueSharePolicy.defaults().assign(FIVE);
        assertThat(tiering.tiers().values())
                .extracting(Tier::name)
                .containsExactly("Key", "Key", "Key", "Other", "Other");
        assertThat(RevenueSharePolicy.defaults().thresholds()).containsExactly(Rate.percent(10));
        assertThat(RevenueSharePolicy.keyAt(Rate.percent(30))
                        .assign(FIVE)
                        .accountsIn(TierScale.keyOrOther().tier("Key")))
                .containsExactly(AccountId.of("C-1"), AccountId.of("C-2"));
    }

    @Test
    void moreThresholdsGiveMoreTiers() {
        TierScale scale = TierScale.of("Strategic", "Key", "Other");
        Tiering tiering = RevenueSharePolicy.of(scale, List.of(Rate.percent(40), Rate.percent(10)))
                .assign(FIVE);
        assertThat(tiering.tiers().values())
                .extracting(Tier::name)
                .containsExactly("Strategic", "Key", "Key", "Other", "Other");
    }

    @Test
    void explainsTheShareAndTheThreshold() {
        Tiering tiering = RevenueSharePolicy.defaults().assign(FIVE);
        assertThat(tiering.assignment(AccountId.of("C-3")).explanation().render())
                .isEqualTo("C-3 brings EUR 10.00 of EUR 100.00, 10%  [tier.share.account]\n"
                        + "10% reaches the threshold 10% of tier Key  [tier.share.threshold]\n");
        assertThat(tiering.assignment(AccountId.of("C-4"))
                        .explanation()
                        .find("tier.share.below")
                        .get(0)
                        .text())
                .isEqualTo("6% is below the lowest threshold 10%: lowest tier Other");
    }

    @Test
    void aZeroTotalPutsEveryoneInTheLowestTier() {
        Tiering tiering = RevenueSharePolicy.defaults().assign(List.of(figures("C-1", "0")));
        assertThat(tiering.tierOf(AccountId.of("C-1")).name()).isEqualTo("Other");
        Explanation why = tiering.assignment(AccountId.of("C-1")).explanation();
        assertThat(why.find("tier.share.zero_total")).hasSize(1);
    }

    @Test
    void isAValue() {
        assertThat(RevenueSharePolicy.keyAt(Rate.percent(10)))
                .isEqualTo(RevenueSharePolicy.defaults())
                .hasSameHashCodeAs(RevenueSharePolicy.defaults())
                .hasToString("RevenueSharePolicy[Key > Other] at [10%]");
    }

    @Test
    void refusesThresholdsThatDoNotDecrease() {
        assertRejected(
                () -> RevenueSharePolicy.of(
                        TierScale.of("Strategic", "Key", "Other"), List.of(Rate.percent(10), Rate.percent(40))),
                "thresholds",
                "decreasing",
                "40%");
    }

    @Test
    void refusesThresholdsOutside0To100Percent() {
        assertRejected(() -> RevenueSharePolicy.keyAt(Rate.ZERO), "thresholds[0]", "0%");
        assertRejected(() -> RevenueSharePolicy.keyAt(Rate.percent(150)), "thresholds[0]", "150%");
    }

    @Test
    void refusesTheWrongNumberOfThresholds() {
        assertRejected(
                () -> RevenueSharePolicy.of(TierScale.keyOrOther(), List.of(Rate.percent(20), Rate.percent(10))),
                "thresholds",
                "1 for [Key > Other]",
                "got 2");
    }

    @Test
    void refusesDuplicateIds() {
        assertRejected(
                () -> RevenueSharePolicy.defaults().assign(List.of(figures("C-7", "1"), figures("C-7", "1"))),
                "duplicate",
                "C-7");
    }

    @Test
    void refusesMixedCurrencies() {
        assertThatThrownBy(() -> RevenueSharePolicy.defaults()
                        .assign(List.of(
                                figures("C-1", "1"), AccountFigures.of(AccountId.of("C-2"), Money.of("1", "RUB")))))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void refusesNulls() {
        assertNullRejected(() -> RevenueSharePolicy.keyAt(null), "keyThreshold");
        assertNullRejected(() -> RevenueSharePolicy.defaults().assign(null), "accounts");
        assertNullRejected(() -> RevenueSharePolicy.of(TierScale.abc(), null), "thresholds");
    }
}
