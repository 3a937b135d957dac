package io.github.kamsdk.core.money;

import static io.github.kamsdk.core.money.RemainderPolicy.FIRST_PARTIES;
import static io.github.kamsdk.core.money.RemainderPolicy.LARGEST_REMAINDER;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to {@link Allocation} fails with an {@link IllegalArgumentException} whose message
 * names the field and the bad value; never with a {@link NullPointerException}, an {@link
 * ArithmeticException} or another exception.
 */
class AllocationBadInputTest {
    private static final Money TOTAL = Money.of("100", "EUR");
    private static final List<BigDecimal> WEIGHTS = List.of(BigDecimal.ONE, BigDecimal.ONE);
    private static final List<Rate> RATES = List.of(Rate.percent(60), Rate.percent(40));

    private static Map<String, BigDecimal> keyed(Object... keysAndWeights) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < keysAndWeights.length; i += 2) {
            map.put((String) keysAndWeights[i], (BigDecimal) keysAndWeights[i + 1]);
        }
        return map;
    }

    // Nulls: byWeights (list)

    @Test
    void byWeightsNullTotal() {
        assertRejected(() -> Allocation.byWeights(null, WEIGHTS, LARGEST_REMAINDER), "total", "null");
    }

    @Test
    void byWeightsNullWeights() {
        assertRejected(
                () -> Allocation.byWeights(TOTAL, (List<BigDecimal>) null, LARGEST_REMAINDER), "weights", "null");
    }

    @Test
    void byWeightsNullElement() {
        assertRejected(
                () -> Allocation.byWeights(TOTAL, Arrays.asList(BigDecimal.ONE, null), LARGEST_REMAINDER),
                "weights[1]",
                "null");
    }

    @Test
    void byWeightsNullPolicy() {
        assertRejected(() -> Allocation.byWeights(TOTAL, WEIGHTS, null), "policy", "null");
    }

    // Nulls: evenly

    @Test
    void evenlyNullTotal() {
        assertRejected(() -> Allocation.evenly(null, 3, FIRST_PARTIES), "total", "null");
    }

    @Test
    void evenlyNullPolicy() {
        assertRejected(() -> Allocation.evenly(TOTAL, 3, null), "policy", "null");
    }

    // Nulls: byRates

    @Test
    void byRatesNullTotal() {
        assertRejected(() -> Allocation.byRates(null, RATES, LARGEST_REMAINDER), "total", "null");
    }

    @Test
    void byRatesNullRates() {
        assertRejected(() -> Allocation.byRates(TOTAL, null, LARGEST_REMAINDER), "rates", "null");
    }

    @Test
    void byRatesNullElement() {
        assertRejected(
                () -> Allocation.byRates(TOTAL, Arrays.asList(Rate.ONE_HUNDRED_PERCENT, null), LARGEST_REMAINDER),
                "rates[1]",
                "null");
    }

    @Test
    void byRatesNullPolicy() {
        assertRejected(() -> Allocation.byRates(TOTAL, RATES, null), "policy", "null");
    }

    // Nulls: byWeights (map)

    @Test
    void keyedNullTotal() {
        assertRejected(() -> Allocation.byWeights(null, keyed("a", BigDecimal.ONE), FIRST_PARTIES), "total", "null");
    }

    @Test
    void keyedNullWeights() {
        assertRejected(
                () -> Allocation.byWeights(TOTAL, (Map<String, BigDecimal>) null, FIRST_PARTIES), "weights", "null");
    }

    @Test
    void keyedNullKey() {
        assertRejected(
                () -> Allocation.byWeights(TOTAL, keyed("a", BigDecimal.ONE, null, BigDecimal.ONE), FIRST_PARTIES),
                "weights key",
                "null");
    }

    @Test
    void keyedNullValue() {
        assertRejected(
                () -> Allocation.byWeights(TOTAL, keyed("a", BigDecimal.ONE, "bob", null), FIRST_PARTIES),
                "weights[bob]",
                "null");
    }

    @Test
    void keyedNullPolicy() {
        assertRejected(() -> Allocation.byWeights(TOTAL, keyed("a", BigDecimal.ONE), null), "policy", "null");
    }

    // Empty and all-zero weights

    @Test
    void emptyWeights() {
        assertRejected(() -> Allocation.byWeights(TOTAL, List.of(), LARGEST_REMAINDER), "weights", "empty");
    }

    @Test
    void emptyKeyedWeights() {
        assertRejected(
                () -> Allocation.byWeights(TOTAL, new HashMap<String, BigDecimal>(), LARGEST_REMAINDER),
                "weights",
                "empty");
    }

    @Test
    void emptyRates() {
        // No rate adds up to 0%, not 100%.
        assertRejected(() -> Allocation.byRates(TOTAL, List.of(), LARGEST_REMAINDER), "rates", "100%", "0%");
    }

    @Test
    void allZeroWeights() {
        assertRejected(
                () -> Allocation.byWeights(TOTAL, List.of(BigDecimal.ZERO, new BigDecimal("0.00")), FIRST_PARTIES),
                "weights",
                "zero",
                "[0, 0.00]");
    }

    @Test
    void allZeroKeyedWeights() {
        assertRejected(
                () -> Allocation.byWeights(TOTAL, keyed("a", BigDecimal.ZERO, "b", BigDecimal.ZERO), FIRST_PARTIES),
                "weights",
                "zero",
                "[0, 0]");
    }

    // Negative weights and rates

    @Test
    void negativeWeightNamesItsIndex() {
        assertRejected(
                () -> Allocation.byWeights(
                        TOTAL, List.of(BigDecimal.ONE, new BigDecimal("-0.5"), BigDecimal.ONE), LARGEST_REMAINDER),
                "weights[1]",
                "negative",
                "-0.5");
    }

    @Test
    void negativeWeightThatStillSumsPositiveIsRefused() {
        assertRejected(
                () -> Allocation.byWeights(TOTAL, List.of(new BigDecimal("3"), new BigDecimal("-1")), FIRST_PARTIES),
                "weights[1]",
                "-1");
    }

    @Test
    void negativeKeyedWeightNamesItsKey() {
        assertRejected(
                () -> Allocation.byWeights(
                        TOTAL, keyed("alice", BigDecimal.ONE, "bob", new BigDecimal("-3")), LARGEST_REMAINDER),
                "weights[bob]",
                "negative",
                "-3");
    }

    @Test
    void negativeRateNamesItsIndex() {
        // 110% − 10% would add up to 100%: the sign is checked first.
        List<Rate> rates = List.of(Rate.percent(110), Rate.signedPercent("-10"));
        assertRejected(() -> Allocation.byRates(TOTAL, rates, LARGEST_REMAINDER), "rates[1]", "negative", "-10%");
    }

    // Rates not adding up to 100%

    @Test
    void ratesBelow100Percent() {
        List<Rate> rates = List.of(Rate.percent(60), Rate.percent(30));
        assertRejected(() -> Allocation.byRates(TOTAL, rates, LARGEST_REMAINDER), "rates", "100%", ": 90%");
    }

    @Test
    void ratesAbove100Percent() {
        List<Rate> rates = List.of(Rate.percent("60.5"), Rate.percent(40));
        assertRejected(() -> Allocation.byRates(TOTAL, rates, FIRST_PARTIES), "rates", "100%", ": 100.5%");
    }

    @Test
    void ratesSumMessageHasNoDoubledPercentSign() {
        List<Rate> rates = List.of(Rate.percent(50));
        assertThatThrownBy(() -> Allocation.byRates(TOTAL, rates, FIRST_PARTIES))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("rates must add up to 100%: 50%");
    }

    // Totals with digits below the minor unit

    @Test
    void byWeightsTotalWithSubMinorDigits() {
        assertRejected(
                () -> Allocation.byWeights(Money.of("10.005", "EUR"), WEIGHTS, LARGEST_REMAINDER),
                "total",
                "EUR 10.005");
    }

    @Test
    void evenlyTotalWithSubMinorDigits() {
        assertRejected(() -> Allocation.evenly(Money.of("10.005", "EUR"), 2, FIRST_PARTIES), "total", "EUR 10.005");
    }

    @Test
    void byRatesTotalWithSubMinorDigits() {
        assertRejected(
                () -> Allocation.byRates(Money.of("10.005", "EUR"), RATES, FIRST_PARTIES), "total", "EUR 10.005");
    }

    @Test
    void keyedTotalWithSubMinorDigits() {
        assertRejected(
                () -> Allocation.byWeights(Money.of("10.005", "EUR"), keyed("a", BigDecimal.ONE), FIRST_PARTIES),
                "total",
                "EUR 10.005");
    }

    @Test
    void jpyTotalWithDecimals() {
        assertRejected(() -> Allocation.evenly(Money.of("100.5", "JPY"), 2, FIRST_PARTIES), "total", "JPY 100.5");
    }

    // Parties

    @Test
    void evenlyWithZeroParties() {
        assertRejected(() -> Allocation.evenly(TOTAL, 0, FIRST_PARTIES), "parties", "0");
    }

    @Test
    void evenlyWithNegativeParties() {
        assertRejected(() -> Allocation.evenly(TOTAL, -2, LARGEST_REMAINDER), "parties", "-2");
    }

    @Test
    void weightOutOfRange() {
        assertRejected(
                () -> Allocation.byWeights(
                        Money.of("10", "EUR"),
                        List.of(BigDecimal.ONE, new BigDecimal("1E-2147483647")),
                        RemainderPolicy.LARGEST_REMAINDER),
                "weights[1]",
                "out of range",
                "1E-2147483647");
    }

    @Test
    void keyedWeightsWithKeysEqualByCompareTo() {
        // 1.0 and 1.00 are different map keys but the same by compareTo: their order would
        // depend on the map's iteration order.
        Map<BigDecimal, BigDecimal> weights = new java.util.HashMap<>();
        weights.put(new BigDecimal("1.0"), BigDecimal.ONE);
        weights.put(new BigDecimal("1.00"), BigDecimal.ONE);
        assertRejected(
                () -> Allocation.byWeights(Money.of("10", "EUR"), weights, RemainderPolicy.LARGEST_REMAINDER),
                "weights keys",
                "compareTo");
    }
}
