package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.testing.Gens.money;
import static io.github.kamsdk.core.testing.Gens.positiveFactors;
import static io.github.kamsdk.core.testing.Gens.rateSplits;
import static io.github.kamsdk.core.testing.Gens.remainderPolicies;
import static io.github.kamsdk.core.testing.Gens.splitTotals;
import static io.github.kamsdk.core.testing.Gens.weightLists;
import static io.github.kamsdk.core.testing.Gens.weightMaps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link Allocation}, checked over generated totals (every currency, either sign, tiny and
 * large), weights (zeros, decimals, 1 to 12 parties) and both remainder policies.
 */
class AllocationProperties {
    /** Precision of the independent computation of exact shares. */
    private static final MathContext DIGITS_30 = new MathContext(30, RoundingMode.HALF_EVEN);

    private static BigDecimal sum(List<BigDecimal> weights) {
        return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code total × w_i / Σw}, to 30 digits. */
    private static BigDecimal exactShare(Money total, List<BigDecimal> weights, int i) {
        return total.amount().multiply(weights.get(i)).divide(sum(weights), DIGITS_30);
    }

    private static BigDecimal minorUnit(Money money) {
        return BigDecimal.ONE.movePointLeft(money.currency().getDefaultFractionDigits());
    }

    private static List<BigDecimal> fractions(List<Rate> rates) {
        return rates.stream().map(Rate::fraction).toList();
    }

    private static void assertConserves(Money total, List<Money> parts, int expectedSize) {
        assertThat(parts).hasSize(expectedSize);
        assertThat(Money.sum(total.currency(), parts)).isEqualTo(total);
    }

    private static void assertWithinAMinorUnitOfTheExactShares(
            Money total, List<BigDecimal> weights, List<Money> parts) {
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal distance = parts.get(i)
                    .amount()
                    .subtract(exactShare(total, weights, i))
                    .abs();
            assertThat(distance).as("part %s: %s", i, parts.get(i)).isLessThan(minorUnit(total));
        }
    }

    // Conservation

    @Test
    void byWeightsConservesTheTotal() {
        Props.qt()
                .forAll(splitTotals(), weightLists(), remainderPolicies())
                .checkAssert((total, weights, policy) ->
                        assertConserves(total, Allocation.byWeights(total, weights, policy), weights.size()));
    }

    @Test
    void evenlyConservesTheTotal() {
        Props.qt()
                .forAll(splitTotals(), integers().between(1, 40), remainderPolicies())
                .checkAssert((total, parties, policy) ->
                        assertConserves(total, Allocation.evenly(total, parties, policy), parties));
    }

    @Test
    void byRatesConservesTheTotal() {
        Props.qt()
                .forAll(splitTotals(), rateSplits(), remainderPolicies())
                .checkAssert((total, rates, policy) ->
                        assertConserves(total, Allocation.byRates(total, rates, policy), rates.size()));
    }

    @Test
    void keyedByWeightsConservesTheTotal() {
        Props.qt()
                .forAll(splitTotals(), weightMaps(), remainderPolicies())
                .checkAssert((total, weights, policy) -> assertConserves(
                        total,
                        List.copyOf(Allocation.byWeights(total, weights, policy).values()),
                        weights.size()));
    }

    // Closeness to the exact shares

    @Test
    void byWeightsNoPartIsAWholeMinorUnitFromItsExactShare() {
        Props.qt()
                .forAll(splitTotals(), weightLists(), remainderPolicies())
                .checkAssert((total, weights, policy) -> assertWithinAMinorUnitOfTheExactShares(
                        total, weights, Allocation.byWeights(total, weights, policy)));
    }

    @Test
    void byRatesNoPartIsAWholeMinorUnitFromItsExactShare() {
        Props.qt()
                .forAll(splitTotals(), rateSplits(), remainderPolicies())
                .checkAssert((total, rates, policy) -> assertWithinAMinorUnitOfTheExactShares(
                        total, fractions(rates), Allocation.byRates(total, rates, policy)));
    }

    @Test
    void evenlyPartsDifferByAtMostOneMinorUnit() {
        Props.qt()
                .forAll(splitTotals(), integers().between(1, 40), remainderPolicies())
                .checkAssert((total, parties, policy) -> {
                    List<Money> parts = Allocation.evenly(total, parties, policy);
                    Money max = parts.stream().max(Money::compareTo).orElseThrow();
                    Money min = parts.stream().min(Money::compareTo).orElseThrow();
                    assertThat(max.minus(min).amount()).isLessThanOrEqualTo(minorUnit(total));
                });
    }

    // Sign, zero weights, minor units

    @Test
    void everyPartHasTheSignOfTheTotalOrIsZero() {
        Props.qt().forAll(splitTotals(), weightLists(), remainderPolicies()).checkAssert((total, weights, policy) -> {
            for (Money part : Allocation.byWeights(total, weights, policy)) {
                assertThat(part.isZero()
                                || part.amount().signum() == total.amount().signum())
                        .as("%s of %s", part, total)
                        .isTrue();
            }
        });
    }

    @Test
    void zeroWeightPartiesGetZero() {
        Props.qt()
                .forAll(splitTotals(), weightLists(), integers().between(0, 12), remainderPolicies())
                .checkAssert((total, drawn, position, policy) -> {
                    List<BigDecimal> weights = new ArrayList<>(drawn);
                    weights.add(Math.min(position, weights.size()), BigDecimal.ZERO);
                    List<Money> parts = Allocation.byWeights(total, weights, policy);
                    for (int i = 0; i < weights.size(); i++) {
                        if (weights.get(i).signum() == 0) {
                            assertThat(parts.get(i)).as("part %s", i).isEqualTo(Money.zero(total.currency()));
                        }
                    }
                });
    }

    @Test
    void everyPartIsAWholeNumberOfMinorUnitsInTheTotalsCurrency() {
        Props.qt().forAll(splitTotals(), weightLists(), remainderPolicies()).checkAssert((total, weights, policy) -> {
            for (Money part : Allocation.byWeights(total, weights, policy)) {
                assertThat(part.currency()).isEqualTo(total.currency());
                assertThat(part.isRounded(RoundingPolicy.DEFAULT))
                        .as("%s", part)
                        .isTrue();
            }
        });
    }

    @Test
    void aNegativeTotalIsSplitLikeItsAbsoluteValueWithEveryPartNegated() {
        Props.qt().forAll(splitTotals(), weightLists(), remainderPolicies()).checkAssert((total, weights, policy) -> {
            List<Money> negated = Allocation.byWeights(total.negate(), weights, policy).stream()
                    .map(Money::negate)
                    .toList();
            assertThat(negated).isEqualTo(Allocation.byWeights(total, weights, policy));
        });
    }

    // Independence of representation

    @Test
    void keyedSplitIsIndependentOfTheMapsIterationOrder() {
        Props.qt()
                .forAll(splitTotals(), weightMaps(), longs().all(), remainderPolicies())
                .checkAssert((total, drawn, shuffleSeed, policy) -> {
                    List<String> keys = new ArrayList<>(drawn.keySet());
                    Collections.shuffle(keys, new Random(shuffleSeed));
                    Map<String, BigDecimal> shuffled = new LinkedHashMap<>();
                    keys.forEach(key -> shuffled.put(key, drawn.get(key)));
                    Collections.reverse(keys);
                    Map<String, BigDecimal> reversed = new LinkedHashMap<>();
                    keys.forEach(key -> reversed.put(key, drawn.get(key)));

                    Map<String, Money> expected = Allocation.byWeights(total, drawn, policy);
                    for (Map<String, BigDecimal> same : List.<Map<String, BigDecimal>>of(
                            shuffled, reversed, new HashMap<>(drawn), new TreeMap<>(drawn))) {
                        assertThat(Allocation.byWeights(total, same, policy))
                                .as("%s", same)
                                .containsExactlyEntriesOf(expected);
                    }
                });
    }

    @Test
    void keyedSplitIsTheListSplitOfTheWeightsInKeyOrder() {
        Props.qt().forAll(splitTotals(), weightMaps(), remainderPolicies()).checkAssert((total, weights, policy) -> {
            TreeMap<String, BigDecimal> sorted = new TreeMap<>(weights);
            Map<String, Money> parts = Allocation.byWeights(total, weights, policy);
            assertThat(parts.keySet()).containsExactlyElementsOf(sorted.keySet());
            assertThat(List.copyOf(parts.values()))
                    .isEqualTo(Allocation.byWeights(total, List.copyOf(sorted.values()), policy));
        });
    }

    @Test
    void scalingAllWeightsByAPositiveConstantDoesNotChangeTheResult() {
        Props.qt()
                .forAll(splitTotals(), weightLists(), positiveFactors(), remainderPolicies())
                .checkAssert((total, weights, factor, policy) -> {
                    List<BigDecimal> scaled =
                            weights.stream().map(w -> w.multiply(factor)).toList();
                    assertThat(Allocation.byWeights(total, scaled, policy))
                            .isEqualTo(Allocation.byWeights(total, weights, policy));
                });
    }

    @Test
    void byRatesIsByWeightsOfTheFractions() {
        Props.qt()
                .forAll(splitTotals(), rateSplits(), remainderPolicies())
                .checkAssert((total, rates, policy) -> assertThat(Allocation.byRates(total, rates, policy))
                        .isEqualTo(Allocation.byWeights(total, fractions(rates), policy)));
    }

    // Who gets the leftover units

    @Test
    void withLargestRemainderALargerWeightNeverGetsLess() {
        // For a negative total "gets" means in absolute value: the split mirrors the positive one.
        Props.qt().forAll(splitTotals(), weightLists()).checkAssert((total, weights) -> {
            List<Money> parts = Allocation.byWeights(total, weights, RemainderPolicy.LARGEST_REMAINDER);
            for (int i = 0; i < weights.size(); i++) {
                for (int j = 0; j < weights.size(); j++) {
                    if (weights.get(i).compareTo(weights.get(j)) > 0) {
                        assertThat(parts.get(i).abs())
                                .as("weight %s vs %s", weights.get(i), weights.get(j))
                                .isGreaterThanOrEqualTo(parts.get(j).abs());
                    }
                }
            }
        });
    }

    /**
     * The split an independent model expects before the leftover units: each party's share of the
     * absolute total in minor units, cut down, and what the cut lost (as a numerator over Σw).
     */
    private record Cut(BigInteger floor, BigDecimal remainder) {
        static List<Cut> of(Money total, List<BigDecimal> weights) {
            BigDecimal units =
                    total.amount().abs().movePointRight(total.currency().getDefaultFractionDigits());
            BigDecimal weightSum = sum(weights);
            List<Cut> cuts = new ArrayList<>();
            for (BigDecimal w : weights) {
                BigDecimal product = units.multiply(w);
                BigInteger floor =
                        product.divide(weightSum, 0, RoundingMode.DOWN).toBigIntegerExact();
                cuts.add(new Cut(floor, product.subtract(weightSum.multiply(new BigDecimal(floor)))));
            }
            return cuts;
        }
    }

    /** The extra unit each party got beyond its cut share: 0 or 1, and only where the share was cut. */
    private static List<Boolean> extras(Money total, List<Cut> cuts, List<Money> parts) {
        List<Boolean> extras = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            BigInteger units = parts.get(i)
                    .abs()
                    .amount()
                    .movePointRight(total.currency().getDefaultFractionDigits())
                    .toBigIntegerExact();
            BigInteger extra = units.subtract(cuts.get(i).floor());
            assertThat(extra).as("extra units of party %s", i).isBetween(BigInteger.ZERO, BigInteger.ONE);
            if (extra.signum() > 0) {
                assertThat(cuts.get(i).remainder().signum())
                        .as("party %s got a unit but its share was not cut", i)
                        .isPositive();
            }
            extras.add(extra.signum() > 0);
        }
        return extras;
    }

    @Test
    void firstPartiesGivesTheLeftoverUnitsToTheEarliestCutShares() {
        Props.qt().forAll(splitTotals(), weightLists()).checkAssert((total, weights) -> {
            List<Cut> cuts = Cut.of(total, weights);
            List<Boolean> extras =
                    extras(total, cuts, Allocation.byWeights(total, weights, RemainderPolicy.FIRST_PARTIES));
            // Once a cut party goes without, no later party gets a unit.
            boolean skipped = false;
            for (int i = 0; i < cuts.size(); i++) {
                if (extras.get(i)) {
                    assertThat(skipped)
                            .as("party %s got a unit after an earlier cut party", i)
                            .isFalse();
                } else if (cuts.get(i).remainder().signum() > 0) {
                    skipped = true;
                }
            }
        });
    }

    @Test
    void largestRemainderGivesTheLeftoverUnitsToTheLargestCutsEarlierFirstOnTies() {
        Props.qt().forAll(splitTotals(), weightLists()).checkAssert((total, weights) -> {
            List<Cut> cuts = Cut.of(total, weights);
            List<Boolean> extras =
                    extras(total, cuts, Allocation.byWeights(total, weights, RemainderPolicy.LARGEST_REMAINDER));
            for (int i = 0; i < cuts.size(); i++) {
                for (int j = 0; j < cuts.size(); j++) {
                    if (extras.get(i) && !extras.get(j)) {
                        int order =
                                cuts.get(i).remainder().compareTo(cuts.get(j).remainder());
                        assertThat(order > 0 || (order == 0 && i < j))
                                .as("party %s got a unit before party %s", i, j)
                                .isTrue();
                    }
                }
            }
        });
    }

    // Robustness

    /** Weight lists that may be empty, all zero, hold negatives and nulls (code −1 stands for null). */
    private static Gen<List<BigDecimal>> anyWeightLists() {
        return lists().of(integers().between(-3, 3)).ofSizeBetween(0, 5).map(codes -> {
            List<BigDecimal> weights = new ArrayList<>();
            for (int code : codes) {
                weights.add(code == -1 ? null : BigDecimal.valueOf(code, 1));
            }
            return weights;
        });
    }

    @Test
    void anyInputEitherSplitsOrFailsWithIllegalArgumentException() {
        // Totals with sub-minor digits, and weights that are empty, zero, negative or null.
        Props.qt().forAll(money(), anyWeightLists(), remainderPolicies()).checkAssert((total, weights, policy) -> {
            try {
                assertConserves(total, Allocation.byWeights(total, weights, policy), weights.size());
            } catch (IllegalArgumentException expected) {
                assertThat(expected).hasMessageContaining("must");
            }
            try {
                assertConserves(total, Allocation.evenly(total, weights.size(), policy), weights.size());
            } catch (IllegalArgumentException expected) {
                assertThat(expected).hasMessageContaining("must");
            }
        });
    }
}
