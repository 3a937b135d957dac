package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.testing.AccountGens.EUR;
import static io.github.kamsdk.core.testing.AccountGens.figureLists;
import static io.github.kamsdk.core.testing.AccountGens.fullFigureLists;
import static io.github.kamsdk.core.testing.Gens.seeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws every tiering policy keeps, over generated populations of 0 to 30 accounts. */
class TieringProperties {
    private static final List<TieringPolicy> REVENUE_POLICIES = List.of(
            ParetoPolicy.defaults(),
            ParetoPolicy.of(TierScale.standard(), List.of(Rate.percent(50), Rate.percent(80), Rate.percent(95))),
            RevenueSharePolicy.defaults(),
            RevenueSharePolicy.of(
                    TierScale.of("Strategic", "Key", "Other"), List.of(Rate.percent(25), Rate.percent(5))));

    private static final List<TieringPolicy> MONOTONE_POLICIES = REVENUE_POLICIES;

    private static final WeightedScorePolicy WEIGHTED = WeightedScorePolicy.builder()
            .weight(WeightedScorePolicy.REVENUE, BigDecimal.valueOf(3))
            .weight(WeightedScorePolicy.MARGIN, BigDecimal.ONE)
            .weight(WeightedScorePolicy.GROWTH_POTENTIAL, BigDecimal.ONE)
            .weight("strategicFit", new BigDecimal("0.5"))
            .build();

    private static Gen<TieringPolicy> revenuePolicies() {
        return Generate.pick(REVENUE_POLICIES);
    }

    private static void assertEveryAccountHasExactlyOneTier(Tiering tiering, List<AccountFigures> figures) {
        Set<AccountId> ids = new HashSet<>();
        figures.forEach(f -> ids.add(f.account()));
        assertThat(tiering.size()).isEqualTo(figures.size());
        assertThat(tiering.tiers().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        List<AccountId> union = new ArrayList<>();
        int counted = 0;
        for (Tier tier : tiering.scale().tiers()) {
            union.addAll(tiering.accountsIn(tier));
            counted += tiering.counts().get(tier);
        }
        assertThat(union).hasSize(figures.size()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(counted).isEqualTo(figures.size());
        for (AccountId id : ids) {
            assertThat(tiering.scale().contains(tiering.tierOf(id))).isTrue();
            assertThat(tiering.accountsIn(tiering.tierOf(id))).contains(id);
        }
    }

    private static List<AccountFigures> shuffled(List<AccountFigures> figures, long seed) {
        List<AccountFigures> copy = new ArrayList<>(figures);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    @Test
    void everyAccountGetsExactlyOneTier() {
        Props.qt().forAll(revenuePolicies(), figureLists()).checkAssert((policy, figures) -> {
            assertEveryAccountHasExactlyOneTier(policy.assign(figures), figures);
        });
    }

    @Test
    void everyAccountGetsExactlyOneWeightedTier() {
        Props.qt().forAll(fullFigureLists()).checkAssert(figures -> {
            assertEveryAccountHasExactlyOneTier(WEIGHTED.assign(figures), figures);
        });
    }

    @Test
    void tieringDoesNotDependOnInputOrder() {
        Props.qt().forAll(revenuePolicies(), figureLists(), seeds()).checkAssert((policy, figures, seed) -> {
            Tiering original = policy.assign(figures);
            Tiering other = policy.assign(shuffled(figures, seed));
            assertThat(other.tiers()).containsExactlyEntriesOf(original.tiers());
            assertThat(other.assignments()).isEqualTo(original.assignments());
        });
    }

    @Test
    void weightedTieringDoesNotDependOnInputOrder() {
        Props.qt().forAll(fullFigureLists(), seeds()).checkAssert((figures, seed) -> {
            Tiering original = WEIGHTED.assign(figures);
            Tiering other = WEIGHTED.assign(shuffled(figures, seed));
            assertThat(other.tiers()).containsExactlyEntriesOf(original.tiers());
            assertThat(other.assignments()).isEqualTo(original.assignments());
        });
    }

    @Test
    void raisingOneAccountsRevenueNeverLowersItsTier() {
        Props.qt()
                .forAll(
                        Generate.pick(MONOTONE_POLICIES),
                        figureLists(EUR),
                        integers().between(0, 29),
                        longs().between(1, 2_000_000_000L))
                .checkAssert((policy, figures, index, raiseCents) -> {
                    if (figures.isEmpty()) {
                        return;
                    }
                    int i = index % figures.size();
                    AccountFigures before = figures.get(i);
                    List<AccountFigures> raised = new ArrayList<>(figures);
                    raised.set(
                            i,
                            AccountFigures.of(before.account(), before.revenue().plus(Money.ofMinor(raiseCents, EUR))));
                    Tier was = policy.assign(figures).tierOf(before.account());
                    Tier now = policy.assign(raised).tierOf(before.account());
                    assertThat(now.isAtLeast(was))
                            .as("%s: %s raised by %s cents went from %s to %s", policy, before, raiseCents, was, now)
                            .isTrue();
                });
    }

    @Test
    void revenueTiersFollowRevenue() {
        // An account with more revenue than another is never in a lower tier.
        Props.qt().forAll(revenuePolicies(), figureLists()).checkAssert((policy, figures) -> {
            Tiering tiering = policy.assign(figures);
            for (AccountFigures a : figures) {
                for (AccountFigures b : figures) {
                    if (a.revenue().isGreaterThan(b.revenue())) {
                        assertThat(tiering.tierOf(a.account()).isAtLeast(tiering.tierOf(b.account())))
                                .isTrue();
                    }
                }
            }
        });
    }

    @Test
    void paretoTopTierIsTheSmallestPrefixReachingTheFirstCutPoint() {
        // With the accounts by revenue (ties by id), A is a prefix: the revenue before its last member
        // is below 80% of the total and the revenue of all its members reaches 80% (or A is everyone).
        Props.qt().forAll(figureLists(EUR)).checkAssert(figures -> {
            Tiering tiering = ParetoPolicy.defaults().assign(figures);
            Money total =
                    Money.sum(EUR, figures.stream().map(AccountFigures::revenue).toList());
            if (total.isZero()) {
                assertThat(tiering.count(TierScale.abc().tier("A"))).isZero();
                return;
            }
            List<AccountFigures> sorted = new ArrayList<>(figures);
            sorted.sort((x, y) -> {
                int byRevenue = y.revenue().compareTo(x.revenue());
                return byRevenue != 0 ? byRevenue : x.account().compareTo(y.account());
            });
            int a = tiering.count(TierScale.abc().tier("A"));
            Money eighty = total.times(Rate.percent(80));
            Money inA = Money.zero(EUR);
            for (int k = 0; k < sorted.size(); k++) {
                boolean isA = tiering.tierOf(sorted.get(k).account()).name().equals("A");
                assertThat(isA).isEqualTo(k < a);
                if (k < a) {
                    assertThat(inA.isLessThan(eighty)).isTrue();
                    inA = inA.plus(sorted.get(k).revenue());
                }
            }
            assertThat(a == sorted.size() || !inA.isLessThan(eighty)).isTrue();
        });
    }
}
