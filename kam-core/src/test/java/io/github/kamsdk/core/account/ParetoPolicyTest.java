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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoPolicyTest {
    static AccountFigures figures(String id, String revenue) {
        return AccountFigures.of(AccountId.of(id), Money.of(revenue, "EUR"));
    }

    /** Revenues 50, 30, 10, 6, 4 (total 100), given out of order. */
    static final List<AccountFigures> FIVE = List.of(
            figures("C-4", "6"), figures("C-1", "50"), figures("C-5", "4"), figures("C-3", "10"), figures("C-2", "30"));

    private static String tierOf(Tiering tiering, String id) {
        return tiering.tierOf(AccountId.of(id)).name();
    }

    @Test
    void theAccountThatCrosses80PercentIsStillA() {
        // Shares before each: 0%, 50%, 80%, 90%, 96% → A, A, B, B, C
        Tiering tiering = ParetoPolicy.defaults().assign(FIVE);
        assertThat(tiering.scale()).isEqualTo(TierScale.abc());
        assertThat(tiering.tiers().values()).extracting(Tier::name).containsExactly("A", "A", "B", "B", "C");
        assertThat(ParetoPolicy.defaults().cutPoints()).containsExactly(Rate.percent(80), Rate.percent(95));
    }

    @Test
    void explainsTheCumulativeShareAndTheCutPoint() {
        Explanation why = ParetoPolicy.defaults()
                .assign(FIVE)
                .assignment(AccountId.of("C-3"))
                .explanation();
        Step cumulative = why.find("tier.pareto.cumulative").get(0);
        assertThat(cumulative.parameter("position", Integer.class)).isEqualTo(3);
        assertThat(cumulative.parameter("before", Money.class)).isEqualTo(Money.of("80", "EUR"));
        assertThat(cumulative.parameter("total", Money.class)).isEqualTo(Money.of("100", "EUR"));
        assertThat(cumulative.parameter("shareBefore", Rate.class)).isEqualTo(Rate.percent(80));
        assertThat(why.render())
                .isEqualTo("C-3 is number 3 of 5 by revenue (EUR 10.00); the accounts before it bring EUR 80.00 of"
                        + " EUR 100.00, 80%  [tier.pareto.cumulative]\n"
                        + "80% is below the cut point 95% of tier B  [tier.pareto.cut]\n");
        Explanation last = ParetoPolicy.defaults()
                .assign(FIVE)
                .assignment(AccountId.of("C-5"))
                .explanation();
        assertThat(last.find("tier.pareto.lowest").get(0).text())
                .isEqualTo("96% reaches the last cut point 95%: lowest tier C");
    }

    @Test
    void equalRevenuesAreOrderedById() {
        // 40, 40, 20 with cut points 40% / 95%: C-1 comes first (share before 0%) and is A;
        // C-2 has 40% before it and is B, however the input is ordered.
        ParetoPolicy policy = ParetoPolicy.of(TierScale.abc(), List.of(Rate.percent(40), Rate.percent(95)));
        Tiering tiering = policy.assign(List.of(figures("C-2", "40"), figures("C-3", "20"), figures("C-1", "40")));
        assertThat(tierOf(tiering, "C-1")).isEqualTo("A");
        assertThat(tierOf(tiering, "C-2")).isEqualTo("B");
        assertThat(tierOf(tiering, "C-3")).isEqualTo("B");
    }

    @Test
    void takesAnyScaleWithMatchingCutPoints() {
        // Strategic < 50%, Key < 80%, Growth < 95%: shares before 0, 50, 80, 90, 96
        ParetoPolicy policy =
                ParetoPolicy.of(TierScale.standard(), List.of(Rate.percent(50), Rate.percent(80), Rate.percent(95)));
        assertThat(policy.assign(FIVE).tiers().values())
                .extracting(Tier::name)
                .containsExactly("Strategic", "Key", "Growth", "Growth", "Maintain");
        Tiering single = ParetoPolicy.of(TierScale.of("All"), List.of()).assign(FIVE);
        assertThat(single.count(single.scale().highest())).isEqualTo(5);
        assertThat(single.assignment(AccountId.of("C-1")).explanation().render())
                .contains("one tier: All");
    }

    @Test
    void aZeroTotalPutsEveryoneInTheLowestTier() {
        Tiering tiering = ParetoPolicy.defaults().assign(List.of(figures("C-1", "0"), figures("C-2", "0")));
        assertThat(tiering.tiers().values()).extracting(Tier::name).containsExactly("C", "C");
        assertThat(tiering.assignment(AccountId.of("C-2")).explanation().find("tier.pareto.zero_total"))
                .hasSize(1);
        assertThat(ParetoPolicy.defaults().assign(List.of()).size()).isZero();
    }

    @Test
    void isAValue() {
        assertThat(ParetoPolicy.of(TierScale.abc(), List.of(Rate.percent(80), Rate.percent(95))))
                .isEqualTo(ParetoPolicy.defaults())
                .hasSameHashCodeAs(ParetoPolicy.defaults())
                .hasToString("ParetoPolicy[A > B > C] at [80%, 95%]");
    }

    @Test
    void refusesCutPointsThatDoNotIncrease() {
        assertRejected(
                () -> ParetoPolicy.of(TierScale.abc(), List.of(Rate.percent(95), Rate.percent(80))),
                "cutPoints",
                "increasing",
                "80%",
                "95%");
        assertRejected(
                () -> ParetoPolicy.of(TierScale.abc(), List.of(Rate.percent(80), Rate.percent(80))),
                "cutPoints",
                "increasing");
    }

    @Test
    void refusesCutPointsOutside0To100Percent() {
        assertRejected(
                () -> ParetoPolicy.of(TierScale.abc(), List.of(Rate.ZERO, Rate.percent(95))), "cutPoints[0]", "0%");
        assertRejected(
                () -> ParetoPolicy.of(TierScale.abc(), List.of(Rate.percent(80), Rate.percent(101))),
                "cutPoints[1]",
                "101%");
    }

    @Test
    void refusesTheWrongNumberOfCutPoints() {
        assertRejected(
                () -> ParetoPolicy.of(TierScale.abc(), List.of(Rate.percent(80))),
                "cutPoints",
                "2",
                "[A > B > C]",
                "1");
    }

    @Test
    void refusesDuplicateIds() {
        assertRejected(
                () -> ParetoPolicy.defaults().assign(List.of(figures("C-1", "1"), figures("C-1", "2"))),
                "duplicate",
                "C-1");
    }

    @Test
    void refusesMixedCurrencies() {
        assertThatThrownBy(() -> ParetoPolicy.defaults()
                        .assign(List.of(
                                figures("C-1", "1"), AccountFigures.of(AccountId.of("C-2"), Money.of("1", "USD")))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }

    @Test
    void refusesNulls() {
        assertNullRejected(() -> ParetoPolicy.defaults().assign(null), "accounts");
        List<AccountFigures> withNull = new ArrayList<>(Arrays.asList(figures("C-1", "1"), null));
        assertNullRejected(() -> ParetoPolicy.defaults().assign(withNull), "accounts[1]");
        assertNullRejected(() -> ParetoPolicy.of(null, List.of()), "scale");
        assertNullRejected(() -> ParetoPolicy.of(TierScale.abc(), null), "cutPoints");
        assertNullRejected(
                () -> ParetoPolicy.of(TierScale.abc(), Arrays.asList(Rate.percent(1), null)), "cutPoints[1]");
    }
}
