package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.money.RemainderPolicy.FIRST_PARTIES;
import static io.github.kamsdk.core.money.RemainderPolicy.LARGEST_REMAINDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link Allocation}, each checked by hand in its comment. */
class AllocationTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static List<BigDecimal> weights(String... weights) {
        List<BigDecimal> list = new ArrayList<>();
        for (String w : weights) {
            list.add(new BigDecimal(w));
        }
        return list;
    }

    private static List<Money> cents(long... units) {
        List<Money> list = new ArrayList<>();
        for (long u : units) {
            list.add(Money.ofMinor(u, EUR));
        }
        return list;
    }

    // The Javadoc examples of RemainderPolicy

    @Test
    void split7525OfEur9999WithLargestRemainderGivesTheCentToTheSecondParty() {
        // 9999 cents × 75/100 = 7499.25, × 25/100 = 2499.75; cut 7499 + 2499 = 9998, 1 cent left.
        // The second cut (0.75) beats the first (0.25): 74.99 / 25.00.
        assertThat(Allocation.byWeights(eur("99.99"), weights("75", "25"), LARGEST_REMAINDER))
                .containsExactly(eur("74.99"), eur("25.00"));
    }

    @Test
    void split7525OfEur9999WithFirstPartiesGivesTheCentToTheFirstParty() {
        // Same cuts 7499 + 2499, 1 cent left; the first cut party takes it: 75.00 / 24.99.
        assertThat(Allocation.byWeights(eur("99.99"), weights("75", "25"), FIRST_PARTIES))
                .containsExactly(eur("75.00"), eur("24.99"));
    }

    @Test
    void byRatesGivesTheSameAsTheJavadocExample() {
        // 75% and 25% are the weights 0.75 and 0.25: the same shares as 75/25.
        List<Rate> rates = List.of(Rate.percent(75), Rate.percent(25));
        assertThat(Allocation.byRates(eur("99.99"), rates, FIRST_PARTIES)).containsExactly(eur("75.00"), eur("24.99"));
        assertThat(Allocation.byRates(eur("99.99"), rates, LARGEST_REMAINDER))
                .containsExactly(eur("74.99"), eur("25.00"));
    }

    @Test
    void eur100EvenlyInThreeIs3334And3333And3333() {
        // 10000 cents / 3 = 3333.33 each; cut 3 × 3333 = 9999, 1 cent left; all remainders equal,
        // so the earliest party takes it under both policies.
        for (RemainderPolicy policy : RemainderPolicy.values()) {
            assertThat(Allocation.evenly(eur("100.00"), 3, policy))
                    .as("%s", policy)
                    .containsExactly(eur("33.34"), eur("33.33"), eur("33.33"));
        }
    }

    @Test
    void byEqualWeightsIsTheSameAsEvenly() {
        assertThat(Allocation.byWeights(eur("100"), weights("1", "1", "1"), LARGEST_REMAINDER))
                .containsExactly(eur("33.34"), eur("33.33"), eur("33.33"));
    }

    @Test
    void fiveCentsInSevenEqualPartsWithFirstPartiesGivesACentToEachOfTheFirstFive() {
        // 5 cents / 7 = 0.71 each; all cut to 0, 5 cents left; one each to the first five.
        assertThat(Allocation.evenly(eur("0.05"), 7, FIRST_PARTIES))
                .containsExactlyElementsOf(cents(1, 1, 1, 1, 1, 0, 0));
    }

    @Test
    void fiveCentsInSevenEqualPartsWithLargestRemainderBreaksTiesTowardsEarlierParties() {
        // Seven equal remainders (5/7 each): the ties go to the earlier parties.
        assertThat(Allocation.evenly(eur("0.05"), 7, LARGEST_REMAINDER))
                .containsExactlyElementsOf(cents(1, 1, 1, 1, 1, 0, 0));
    }

    @Test
    void aSplitInOnePartIsTheTotal() {
        assertThat(Allocation.evenly(eur("123.45"), 1, FIRST_PARTIES)).containsExactly(eur("123.45"));
        assertThat(Allocation.byWeights(eur("-0.01"), weights("0.001"), LARGEST_REMAINDER))
                .containsExactly(eur("-0.01"));
    }

    @Test
    void aZeroTotalGivesZeroParts() {
        assertThat(Allocation.byWeights(eur("0"), weights("3", "1"), FIRST_PARTIES))
                .containsExactly(eur("0"), eur("0"));
    }

    // Zero weights

    @Test
    void aZeroWeightGetsZero() {
        // 1000 cents × 1/2 = 500 for each weighted party, nothing left; the zero weight gets 0.
        assertThat(Allocation.byWeights(eur("10.00"), weights("1", "0", "1"), LARGEST_REMAINDER))
                .containsExactly(eur("5.00"), eur("0.00"), eur("5.00"));
    }

    @Test
    void aZeroWeightFirstInLineNeverGetsTheLeftoverUnit() {
        // 1 cent over weights 0/1/1: shares 0, 0.5, 0.5; cut to 0, 0, 0, 1 cent left. The zero-weight
        // party's share was not cut, so even FIRST_PARTIES gives the cent to the second party.
        for (RemainderPolicy policy : RemainderPolicy.values()) {
            assertThat(Allocation.byWeights(eur("0.01"), weights("0", "1", "1"), policy))
                    .as("%s", policy)
                    .containsExactlyElementsOf(cents(0, 1, 0));
        }
    }

    // Negative totals

    @Test
    void aNegativeTotalMirrorsThePositiveSplit() {
        // −99.99 is split like 99.99 (74.99 / 25.00 with LARGEST_REMAINDER) and each part negated.
        assertThat(Allocation.byWeights(eur("-99.99"), weights("75", "25"), LARGEST_REMAINDER))
                .containsExactly(eur("-74.99"), eur("-25.00"));
        assertThat(Allocation.byWeights(eur("-99.99"), weights("75", "25"), FIRST_PARTIES))
                .containsExactly(eur("-75.00"), eur("-24.99"));
        assertThat(Allocation.evenly(eur("-100"), 3, LARGEST_REMAINDER))
                .containsExactly(eur("-33.34"), eur("-33.33"), eur("-33.33"));
    }

    // Currencies with 0 and 3 decimals

    @Test
    void jpyHasNoMinorUnitsBelowTheYen() {
        Money total = Money.of("1000", "JPY");
        // 1000 / 3 = 333.33 each; cut 999, 1 yen left to the first: 334 / 333 / 333.
        assertThat(Allocation.evenly(total, 3, LARGEST_REMAINDER))
                .containsExactly(Money.of("334", "JPY"), Money.of("333", "JPY"), Money.of("333", "JPY"));
        // Weights 1:2: 333.33 and 666.67; cut 333 + 666 = 999, 1 yen left. The second cut (0.67)
        // is larger: 333 / 667; FIRST_PARTIES gives it to the first: 334 / 666.
        assertThat(Allocation.byWeights(total, weights("1", "2"), LARGEST_REMAINDER))
                .containsExactly(Money.of("333", "JPY"), Money.of("667", "JPY"));
        assertThat(Allocation.byWeights(total, weights("1", "2"), FIRST_PARTIES))
                .containsExactly(Money.of("334", "JPY"), Money.of("666", "JPY"));
    }

    @Test
    void bhdSplitsToTheFils() {
        // BHD has 3 decimals: 10.000 is 10000 fils; / 3 = 3333.33; 1 fils left: 3.334 / 3.333 / 3.333.
        assertThat(Allocation.evenly(Money.of("10", "BHD"), 3, FIRST_PARTIES))
                .containsExactly(Money.of("3.334", "BHD"), Money.of("3.333", "BHD"), Money.of("3.333", "BHD"));
        // 10 fils by 1:2: 3.33 and 6.67; cut 3 + 6, 1 fils left to the larger cut: 0.003 / 0.007.
        List<Money> parts = Allocation.byWeights(Money.of("0.010", "BHD"), weights("1", "2"), LARGEST_REMAINDER);
        assertThat(parts).containsExactly(Money.of("0.003", "BHD"), Money.of("0.007", "BHD"));
        assertThat(parts.get(0).amount().scale()).isEqualTo(3);
    }

    // byRates

    @Test
    void byRates60And40() {
        // 123457 cents × 0.6 = 74074.2, × 0.4 = 49382.8; cut 74074 + 49382 = 123456, 1 cent left.
        // LARGEST_REMAINDER: the second cut (0.8) is larger: 740.74 / 493.83. FIRST_PARTIES: 740.75 / 493.82.
        List<Rate> rates = List.of(Rate.percent(60), Rate.percent(40));
        assertThat(Allocation.byRates(eur("1234.57"), rates, LARGEST_REMAINDER))
                .containsExactly(eur("740.74"), eur("493.83"));
        assertThat(Allocation.byRates(eur("1234.57"), rates, FIRST_PARTIES))
                .containsExactly(eur("740.75"), eur("493.82"));
    }

    @Test
    void byRatesThreeWay3333And3333And3334() {
        List<Rate> rates = List.of(Rate.percent("33.33"), Rate.percent("33.33"), Rate.percent("33.34"));
        // EUR 100.00: 10000 × 0.3333 = 3333 twice and × 0.3334 = 3334; nothing left over.
        assertThat(Allocation.byRates(eur("100.00"), rates, FIRST_PARTIES))
                .containsExactly(eur("33.33"), eur("33.33"), eur("33.34"));
        // EUR 10.00: 1000 × 0.3333 = 333.3 twice, × 0.3334 = 333.4; cut 999, 1 cent left.
        // LARGEST_REMAINDER: the third cut (0.4) beats 0.3 and 0.3: 3.33 / 3.33 / 3.34.
        assertThat(Allocation.byRates(eur("10.00"), rates, LARGEST_REMAINDER))
                .containsExactly(eur("3.33"), eur("3.33"), eur("3.34"));
        // FIRST_PARTIES: the first cut party takes it: 3.34 / 3.33 / 3.33.
        assertThat(Allocation.byRates(eur("10.00"), rates, FIRST_PARTIES))
                .containsExactly(eur("3.34"), eur("3.33"), eur("3.33"));
    }

    @Test
    void byRatesWithAZeroRateGivesThatPartyZero() {
        List<Rate> rates = List.of(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT);
        assertThat(Allocation.byRates(eur("0.01"), rates, FIRST_PARTIES)).containsExactly(eur("0"), eur("0.01"));
    }

    // Keyed splits

    @Test
    void keyedSplitIsTheSameWhateverTheMapsIterationOrderAndIsReturnedInKeyOrder() {
        Map<String, BigDecimal> hashMap = new HashMap<>();
        hashMap.put("carol", BigDecimal.ONE);
        hashMap.put("alice", BigDecimal.ONE);
        hashMap.put("bob", BigDecimal.ONE);
        List<String> reversedKeys = new ArrayList<>(List.of("alice", "bob", "carol"));
        Collections.reverse(reversedKeys);
        Map<String, BigDecimal> reversed = new LinkedHashMap<>();
        reversedKeys.forEach(key -> reversed.put(key, BigDecimal.ONE));

        // 10000 cents / 3: 3333 each, 1 cent left, equal remainders: the lowest key takes it.
        ImmutableMap<String, Money> expected =
                ImmutableMap.of("alice", eur("33.34"), "bob", eur("33.33"), "carol", eur("33.33"));
        for (RemainderPolicy policy : RemainderPolicy.values()) {
            ImmutableMap<String, Money> fromHash = Allocation.byWeights(eur("100.00"), hashMap, policy);
            ImmutableMap<String, Money> fromReversed = Allocation.byWeights(eur("100.00"), reversed, policy);
            assertThat(fromHash).as("%s", policy).containsExactlyEntriesOf(expected);
            assertThat(fromReversed).as("%s", policy).containsExactlyEntriesOf(expected);
            assertThat(fromHash.keySet()).containsExactly("alice", "bob", "carol");
            assertThat(fromReversed.keySet()).containsExactly("alice", "bob", "carol");
        }
    }

    @Test
    void keyedSplitByUnequalWeights() {
        // 9999 cents: zoe 75 → 7499.25, adam 25 → 2499.75; 1 cent left to the larger cut (adam),
        // or with FIRST_PARTIES to the lowest key (adam again, since keys go in order).
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("zoe", new BigDecimal("75"));
        weights.put("adam", new BigDecimal("25"));
        assertThat(Allocation.byWeights(eur("99.99"), weights, LARGEST_REMAINDER))
                .containsExactlyEntriesOf(ImmutableMap.of("adam", eur("25.00"), "zoe", eur("74.99")));
        assertThat(Allocation.byWeights(eur("99.99"), weights, FIRST_PARTIES))
                .containsExactlyEntriesOf(ImmutableMap.of("adam", eur("25.00"), "zoe", eur("74.99")));
    }

    // Ties under LARGEST_REMAINDER

    @Test
    void largestRemainderTiesGoToTheEarlierParty() {
        // 2 cents / 3: 0.67 each, cut to 0, 2 cents left, three equal remainders: first two parties.
        assertThat(Allocation.evenly(eur("0.02"), 3, LARGEST_REMAINDER)).containsExactlyElementsOf(cents(1, 1, 0));
        // 1 cent by 2/1/2: shares 0.4, 0.2, 0.4; the tie between the first and the third goes to the first.
        assertThat(Allocation.byWeights(eur("0.01"), weights("2", "1", "2"), LARGEST_REMAINDER))
                .containsExactlyElementsOf(cents(1, 0, 0));
    }

    @Test
    void largestRemainderTiesGoToTheLowerKey() {
        // 1 cent between "b" and "a" with equal weight: the lower key "a" takes it.
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("b", BigDecimal.ONE);
        weights.put("a", BigDecimal.ONE);
        assertThat(Allocation.byWeights(eur("0.01"), weights, LARGEST_REMAINDER))
                .containsExactlyEntriesOf(ImmutableMap.of("a", eur("0.01"), "b", eur("0.00")));
    }

    @Test
    void largestRemainderPrefersTheLargerCutOverAnEarlierParty() {
        // 10 cents by 1/1/1/4 (sum 7): 1.43, 1.43, 1.43, 5.71; cut 1+1+1+5 = 8, 2 cents left.
        // Remainders 3/7, 3/7, 3/7, 5/7: the fourth first, then the tie among the first three to the first.
        assertThat(Allocation.byWeights(eur("0.10"), weights("1", "1", "1", "4"), LARGEST_REMAINDER))
                .containsExactlyElementsOf(cents(2, 1, 1, 6));
        // FIRST_PARTIES: the first two cut parties: 2, 2, 1, 5.
        assertThat(Allocation.byWeights(eur("0.10"), weights("1", "1", "1", "4"), FIRST_PARTIES))
                .containsExactlyElementsOf(cents(2, 2, 1, 5));
    }

    @Test
    void decimalWeightsAreExact() {
        // Weights 0.1 and 0.2 (sum 0.3, no binary fractions): 100 cents → 33.33 and 66.67, 1 cent left
        // to the larger cut (0.67): 0.33 / 0.67.
        assertThat(Allocation.byWeights(eur("1.00"), weights("0.1", "0.2"), LARGEST_REMAINDER))
                .containsExactly(eur("0.33"), eur("0.67"));
    }

    @Test
    void theResultIsImmutableAndTheInputIsLeftAlone() {
        List<BigDecimal> ws = weights("3", "1");
        List<Money> parts = Allocation.byWeights(eur("1.00"), ws, FIRST_PARTIES);
        assertThat(ws).containsExactly(new BigDecimal("3"), new BigDecimal("1"));
        assertThat(parts).isInstanceOf(ImmutableList.class);
    }
}
