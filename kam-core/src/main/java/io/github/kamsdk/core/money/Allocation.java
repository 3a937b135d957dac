package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount into parts that add up to it exactly, to the last minor unit.
 *
 * <p>This is how a commission is shared between managers or a total is spread over periods: each
 * part is the exact share cut to whole minor units, and the few units left over are handed out by
 * an explicit {@link RemainderPolicy}. No part differs from its exact share by a whole minor unit
 * or more, and the parts always sum to the total.
 *
 * <pre>{@code
 * Allocation.byWeights(Money.of("100", "EUR"), List.of(ONE, ONE, ONE), LARGEST_REMAINDER)
 *     // [EUR 33.34, EUR 33.33, EUR 33.33]
 * Allocation.byRates(Money.of("99.99", "EUR"), List.of(percent(75), percent(25)), FIRST_PARTIES)
 *     // [EUR 75.00, EUR 24.99]
 * }</pre>
 *
 * <p>The total must be a whole number of minor units (round it first). A negative total is split
 * like its absolute value and every part negated, so a split of a refund mirrors the split of the
 * sale. Weights must not be negative and must not all be zero; a party with weight zero gets zero.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Allocation {
    private Allocation() {}

    /**
     * Splits the total in proportion to the weights, in the weights' order.
     *
     * @param total the amount to split, a whole number of minor units, not null
     * @param weights one non-negative weight per party, not all zero, not null
     * @param policy who gets the leftover minor units, not null
     * @return one part per weight, in the same order, adding up to the total
     */
    public static ImmutableList<Money> byWeights(Money total, List<BigDecimal> weights, RemainderPolicy policy) {
        notNull(total, "total");
        notNull(weights, "weights");
        notNull(policy, "policy");
        BigDecimal[] w = weights.toArray(new BigDecimal[0]);
        for (int i = 0; i < w.length; i++) {
            decimal(w[i], "weights[" + i + "]");
            argument(w[i].signum() >= 0, "weights[%s] must not be negative: %s", i, w[i].toPlainString());
        }
        return ImmutableList.copyOf(split(total, w, policy));
    }

    /**
     * Splits the total in parts of equal weight: EUR 100.00 in 3 is 33.34 / 33.33 / 33.33.
     *
     * @param total the amount to split, a whole number of minor units, not null
     * @param parties how many parts, at least 1
     * @param policy who gets the leftover minor units, not null
     * @return the parts, adding up to the total
     */
    public static ImmutableList<Money> evenly(Money total, int parties, RemainderPolicy policy) {
        argument(parties >= 1, "parties must be at least 1: %s", parties);
        BigDecimal[] w = new BigDecimal[parties];
        Arrays.fill(w, BigDecimal.ONE);
        notNull(total, "total");
        notNull(policy, "policy");
        return ImmutableList.copyOf(split(total, w, policy));
    }

    /**
     * Splits the total by rates that add up to exactly 100%, e.g. a commission credited 60/40.
     *
     * @param total the amount to split, a whole number of minor units, not null
     * @param rates one non-negative rate per party, summing to 100%, not null
     * @param policy who gets the leftover minor units, not null
     * @return one part per rate, in the same order, adding up to the total
     */
    public static ImmutableList<Money> byRates(Money total, List<Rate> rates, RemainderPolicy policy) {
        notNull(rates, "rates");
        List<BigDecimal> weights = new ArrayList<>(rates.size());
        Rate sum = Rate.ZERO;
        for (int i = 0; i < rates.size(); i++) {
            Rate rate = notNull(rates.get(i), "rates[" + i + "]");
            argument(!rate.isNegative(), "rates[%s] must not be negative: %s", i, rate);
            sum = sum.plus(rate);
            weights.add(rate.fraction());
        }
        argument(sum.equals(Rate.ONE_HUNDRED_PERCENT), "rates must add up to 100%: %s", sum);
        return byWeights(total, weights, policy);
    }

    /**
     * Splits the total among keyed parties, e.g. managers by their share of a deal. Parties are
     * taken in key order, so the result does not depend on the map's iteration order; the returned
     * map iterates in key order.
     *
     * @param <K> the party's key type, comparable
     * @param total the amount to split, a whole number of minor units, not null
     * @param weights each party's non-negative weight, not all zero, keys distinct by {@code
     *     compareTo}, not null
     * @param policy who gets the leftover minor units; ties and "first" follow key order; not null
     * @return each party's part, adding up to the total
     */
    public static <K extends Comparable<? super K>> ImmutableMap<K, Money> byWeights(
            Money total, Map<K, BigDecimal> weights, RemainderPolicy policy) {
        notNull(weights, "weights");
        List<K> keys = new ArrayList<>(weights.size());
        for (Map.Entry<K, BigDecimal> e : weights.entrySet()) {
            K key = notNull(e.getKey(), "weights key");
            decimal(e.getValue(), "weights[" + key + "]");
            keys.add(key);
        }
        keys.sort(Comparator.naturalOrder());
        for (int i = 1; i < keys.size(); i++) {
            // Keys equal by compareTo (BigDecimal 1.0 and 1.00) would be ordered by the map's
            // iteration order, and the split would depend on it.
            argument(
                    keys.get(i - 1).compareTo(keys.get(i)) != 0,
                    "weights keys must be distinct by compareTo: %s and %s",
                    keys.get(i - 1),
                    keys.get(i));
        }
        List<BigDecimal> ordered = new ArrayList<>(keys.size());
        for (K key : keys) {
            BigDecimal weight = weights.get(key);
            argument(weight.signum() >= 0, "weights[%s] must not be negative: %s", key, weight.toPlainString());
            ordered.add(weight);
        }
        List<Money> parts = byWeights(total, ordered, policy);
        ImmutableMap.Builder<K, Money> result = ImmutableMap.builderWithExpectedSize(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), parts.get(i));
        }
        return result.buildOrThrow();
    }

    private static List<Money> split(Money total, BigDecimal[] weights, RemainderPolicy policy) {
        argument(weights.length > 0, "weights must not be empty");
        BigDecimal weightSum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            weightSum = weightSum.add(w);
        }
        argument(weightSum.signum() > 0, "weights must not all be zero: %s", Arrays.asList(weights));
        int scale = total.currency().getDefaultFractionDigits();
        // Checked here rather than left to Money.minorUnitsExact, whose message names "amount".
        argument(
                total.amount().stripTrailingZeros().scale() <= scale,
                "total must be a whole number of minor units (round it first): %s",
                total);
        BigInteger units = total.minorUnitsExact();
        BigDecimal whole = new BigDecimal(units.abs());

        // share_i = whole * w_i / sum = floor_i + remainder_i / sum, with 0 <= remainder_i < sum.
        BigInteger[] parts = new BigInteger[weights.length];
        BigDecimal[] remainders = new BigDecimal[weights.length];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal[] qr = whole.multiply(weights[i]).divideAndRemainder(weightSum);
            parts[i] = qr[0].toBigIntegerExact();
            remainders[i] = qr[1];
            given = given.add(parts[i]);
        }
        int leftover = units.abs().subtract(given).intValueExact();
        for (int index : receivers(remainders, leftover, policy)) {
            parts[index] = parts[index].add(BigInteger.ONE);
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (BigInteger part : parts) {
            BigInteger signed = units.signum() < 0 ? part.negate() : part;
            result.add(Money.of(new BigDecimal(signed, scale), total.currency()));
        }
        return result;
    }

    /** The indexes of the parties that receive one leftover unit each. */
    private static int[] receivers(BigDecimal[] remainders, int leftover, RemainderPolicy policy) {
        // The remainders add up to leftover * sum and each is below sum, so at least `leftover`
        // of them are positive: both policies find enough receivers among the cut shares.
        Integer[] order = new Integer[remainders.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (policy == RemainderPolicy.LARGEST_REMAINDER) {
            // Stable sort: equal remainders keep the earlier party first.
            Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
        }
        int[] chosen = new int[leftover];
        int n = 0;
        for (int i = 0; i < order.length && n < leftover; i++) {
            if (remainders[order[i]].signum() > 0) {
                chosen[n++] = order[i];
            }
        }
        return chosen;
    }
}
