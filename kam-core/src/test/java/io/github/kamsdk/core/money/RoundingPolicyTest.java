package io.github.kamsdk.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Worked examples for {@link RoundingPolicy}, applied through {@link Money#round(RoundingPolicy)}. */
class RoundingPolicyTest {
    private static final Currency CHF = Currency.getInstance("CHF");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Money chf(String amount) {
        return Money.of(amount, "CHF");
    }

    private static Money round(String amount, String code, RoundingPolicy policy) {
        return Money.of(amount, code).round(policy);
    }

    private static RoundingPolicy minor(RoundingMode mode) {
        return RoundingPolicy.toMinorUnit(mode);
    }

    private static RoundingPolicy swiss(RoundingMode mode) {
        return RoundingPolicy.toIncrement(new BigDecimal("0.05"), mode);
    }

    @Test
    void defaultIsHalfEvenToTheMinorUnit() {
        assertThat(RoundingPolicy.DEFAULT.mode()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(RoundingPolicy.DEFAULT).isEqualTo(minor(RoundingMode.HALF_EVEN));
        assertThat(RoundingPolicy.DEFAULT).hasToString("HALF_EVEN to the minor unit");
    }

    @Test
    void defaultRoundsEachCurrencyToItsOwnDecimals() {
        // EUR 2 decimals: 2.345 → 2.34 (tie, 4 is even). JPY 0: 1234.5 → 1234, 1235.5 → 1236.
        // BHD 3: 1.2345 → 1.234, 1.2355 → 1.236.
        assertThat(round("2.345", "EUR", RoundingPolicy.DEFAULT)).isEqualTo(eur("2.34"));
        assertThat(round("1234.5", "JPY", RoundingPolicy.DEFAULT)).isEqualTo(Money.of("1234", "JPY"));
        assertThat(round("1235.5", "JPY", RoundingPolicy.DEFAULT)).isEqualTo(Money.of("1236", "JPY"));
        assertThat(round("1.2345", "BHD", RoundingPolicy.DEFAULT)).isEqualTo(Money.of("1.234", "BHD"));
        assertThat(round("1.2355", "BHD", RoundingPolicy.DEFAULT)).isEqualTo(Money.of("1.236", "BHD"));
    }

    @Test
    void toMinorUnitEveryModeOnAPositiveTie() {
        // EUR 2.345 lies exactly between 2.34 and 2.35.
        assertThat(eur("2.345").round(minor(RoundingMode.UP))).isEqualTo(eur("2.35"));
        assertThat(eur("2.345").round(minor(RoundingMode.DOWN))).isEqualTo(eur("2.34"));
        assertThat(eur("2.345").round(minor(RoundingMode.CEILING))).isEqualTo(eur("2.35"));
        assertThat(eur("2.345").round(minor(RoundingMode.FLOOR))).isEqualTo(eur("2.34"));
        assertThat(eur("2.345").round(minor(RoundingMode.HALF_UP))).isEqualTo(eur("2.35"));
        assertThat(eur("2.345").round(minor(RoundingMode.HALF_DOWN))).isEqualTo(eur("2.34"));
        assertThat(eur("2.345").round(minor(RoundingMode.HALF_EVEN))).isEqualTo(eur("2.34"));
    }

    @Test
    void toMinorUnitEveryModeOnANegativeTie() {
        // EUR −2.345 lies between −2.35 and −2.34; UP and HALF_UP go away from zero.
        assertThat(eur("-2.345").round(minor(RoundingMode.UP))).isEqualTo(eur("-2.35"));
        assertThat(eur("-2.345").round(minor(RoundingMode.DOWN))).isEqualTo(eur("-2.34"));
        assertThat(eur("-2.345").round(minor(RoundingMode.CEILING))).isEqualTo(eur("-2.34"));
        assertThat(eur("-2.345").round(minor(RoundingMode.FLOOR))).isEqualTo(eur("-2.35"));
        assertThat(eur("-2.345").round(minor(RoundingMode.HALF_UP))).isEqualTo(eur("-2.35"));
        assertThat(eur("-2.345").round(minor(RoundingMode.HALF_DOWN))).isEqualTo(eur("-2.34"));
        assertThat(eur("-2.345").round(minor(RoundingMode.HALF_EVEN))).isEqualTo(eur("-2.34"));
    }

    @Test
    void halfModesAgreeAwayFromATie() {
        // 2.3451 is past the middle: every HALF mode goes up; 2.3449 is before it: every one goes down.
        for (RoundingMode mode :
                new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}) {
            assertThat(eur("2.3451").round(minor(mode))).isEqualTo(eur("2.35"));
            assertThat(eur("2.3449").round(minor(mode))).isEqualTo(eur("2.34"));
        }
    }

    @Test
    void toMinorUnitKeepsTheMode() {
        assertThat(minor(RoundingMode.CEILING).mode()).isEqualTo(RoundingMode.CEILING);
        assertThat(minor(RoundingMode.HALF_UP)).hasToString("HALF_UP to the minor unit");
    }

    @Test
    void toMinorUnitOfJpyAndBhd() {
        assertThat(round("1234.5", "JPY", minor(RoundingMode.HALF_UP))).isEqualTo(Money.of("1235", "JPY"));
        assertThat(round("1234.1", "JPY", minor(RoundingMode.CEILING))).isEqualTo(Money.of("1235", "JPY"));
        assertThat(round("1.2341", "BHD", minor(RoundingMode.UP))).isEqualTo(Money.of("1.235", "BHD"));
    }

    @Test
    void toScaleIgnoresTheCurrencyDecimals() {
        RoundingPolicy fourDecimals = RoundingPolicy.toScale(4, RoundingMode.HALF_UP);

        // A unit price to four decimals: 1.23455 → 1.2346 (HALF_UP at the tie).
        assertThat(eur("1.23455").round(fourDecimals).amount()).isEqualTo(new BigDecimal("1.2346"));
        // JPY to two decimals even though the yen has none: 1234.567 → 1234.57.
        assertThat(round("1234.567", "JPY", RoundingPolicy.toScale(2, RoundingMode.HALF_UP)))
                .isEqualTo(Money.of("1234.57", "JPY"));
        // EUR to whole euros: 2.5 → 3 (HALF_UP), 2.5 → 2 (HALF_EVEN).
        assertThat(eur("2.5").round(RoundingPolicy.toScale(0, RoundingMode.HALF_UP)))
                .isEqualTo(eur("3"));
        assertThat(eur("2.5").round(RoundingPolicy.toScale(0, RoundingMode.HALF_EVEN)))
                .isEqualTo(eur("2"));
    }

    @Test
    void toScaleAcceptsZeroToEighteen() {
        assertThat(RoundingPolicy.toScale(0, RoundingMode.DOWN)).hasToString("DOWN to 0 decimals");
        assertThat(RoundingPolicy.toScale(18, RoundingMode.DOWN)).hasToString("DOWN to 18 decimals");
        // 1/3 as 0.333…(20 threes) to 18 decimals DOWN keeps 18 threes.
        assertThat(eur("0.33333333333333333333")
                        .round(RoundingPolicy.toScale(18, RoundingMode.DOWN))
                        .amount())
                .isEqualTo(new BigDecimal("0.333333333333333333"));
    }

    @Test
    void toScaleKeepsTheMode() {
        assertThat(RoundingPolicy.toScale(4, RoundingMode.FLOOR).mode()).isEqualTo(RoundingMode.FLOOR);
        assertThat(RoundingPolicy.toScale(4, RoundingMode.HALF_UP)).hasToString("HALF_UP to 4 decimals");
    }

    @Test
    void swissCashRoundingToFiveRappen() {
        // 10.024 = 200.48 steps of 0.05 → 200 → 10.00; 10.025 = 200.5 steps → HALF_UP 201 → 10.05.
        assertThat(chf("10.024").round(swiss(RoundingMode.HALF_UP))).isEqualTo(chf("10.00"));
        assertThat(chf("10.025").round(swiss(RoundingMode.HALF_UP))).isEqualTo(chf("10.05"));
        // 10.074 = 201.48 steps → 201 → 10.05; 10.075 = 201.5 steps → 202 → 10.10.
        assertThat(chf("10.074").round(swiss(RoundingMode.HALF_UP))).isEqualTo(chf("10.05"));
        assertThat(chf("10.075").round(swiss(RoundingMode.HALF_UP))).isEqualTo(chf("10.10"));
        // HALF_EVEN at the ties: 200.5 → 200 (10.00), 201.5 → 202 (10.10).
        assertThat(chf("10.025").round(swiss(RoundingMode.HALF_EVEN))).isEqualTo(chf("10.00"));
        assertThat(chf("10.075").round(swiss(RoundingMode.HALF_EVEN))).isEqualTo(chf("10.10"));
        // Directed: 10.01 UP → 10.05, 10.04 DOWN → 10.00; −10.01 FLOOR → −10.05.
        assertThat(chf("10.01").round(swiss(RoundingMode.UP))).isEqualTo(chf("10.05"));
        assertThat(chf("10.04").round(swiss(RoundingMode.DOWN))).isEqualTo(chf("10.00"));
        assertThat(chf("-10.01").round(swiss(RoundingMode.FLOOR))).isEqualTo(chf("-10.05"));
    }

    @Test
    void swissRoundedAmountKeepsTwoDecimals() {
        assertThat(chf("10.024").round(swiss(RoundingMode.HALF_UP)).amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(chf("10.024").round(swiss(RoundingMode.HALF_UP)).currency()).isEqualTo(CHF);
    }

    @Test
    void quarterAndHundredIncrements() {
        RoundingPolicy quarter = RoundingPolicy.toIncrement(new BigDecimal("0.25"), RoundingMode.HALF_UP);
        RoundingPolicy hundreds = RoundingPolicy.toIncrement(new BigDecimal("100"), RoundingMode.HALF_UP);

        // 1.13 = 4.52 quarters → 5 → 1.25; 1.12 = 4.48 quarters → 4 → 1.00.
        assertThat(eur("1.13").round(quarter)).isEqualTo(eur("1.25"));
        assertThat(eur("1.12").round(quarter)).isEqualTo(eur("1.00"));
        // 1234.56 = 12.35 hundreds → 12 → 1200; 1250 = 12.5 → HALF_UP 13 → 1300.
        assertThat(eur("1234.56").round(hundreds)).isEqualTo(eur("1200"));
        assertThat(eur("1250").round(hundreds)).isEqualTo(eur("1300"));
        // JPY 149 = 1.49 hundreds → 1 → 100.
        assertThat(round("149", "JPY", hundreds)).isEqualTo(Money.of("100", "JPY"));
    }

    @Test
    void toIncrementShowsTheStepPlainly() {
        assertThat(swiss(RoundingMode.HALF_UP)).hasToString("HALF_UP to 0.05");
        assertThat(RoundingPolicy.toIncrement(new BigDecimal("0.050"), RoundingMode.HALF_UP))
                .hasToString("HALF_UP to 0.05");
        assertThat(RoundingPolicy.toIncrement(new BigDecimal("100"), RoundingMode.CEILING))
                .hasToString("CEILING to 100");
        assertThat(swiss(RoundingMode.DOWN).mode()).isEqualTo(RoundingMode.DOWN);
    }

    @Test
    void equalsAndHashCodeByKindStepAndMode() {
        new EqualsTester()
                .addEqualityGroup(RoundingPolicy.DEFAULT, minor(RoundingMode.HALF_EVEN), minor(RoundingMode.HALF_EVEN))
                .addEqualityGroup(minor(RoundingMode.HALF_UP))
                // Same step as the minor unit of EUR, but not the same policy: it differs for JPY.
                .addEqualityGroup(
                        RoundingPolicy.toScale(2, RoundingMode.HALF_EVEN),
                        RoundingPolicy.toScale(2, RoundingMode.HALF_EVEN))
                .addEqualityGroup(RoundingPolicy.toScale(3, RoundingMode.HALF_EVEN))
                .addEqualityGroup(
                        swiss(RoundingMode.HALF_UP),
                        RoundingPolicy.toIncrement(new BigDecimal("0.050"), RoundingMode.HALF_UP),
                        RoundingPolicy.toIncrement(new BigDecimal("0.0500000"), RoundingMode.HALF_UP))
                .addEqualityGroup(swiss(RoundingMode.HALF_EVEN))
                .addEqualityGroup(RoundingPolicy.toIncrement(new BigDecimal("0.01"), RoundingMode.HALF_EVEN))
                .addEqualityGroup(
                        RoundingPolicy.toIncrement(new BigDecimal("100"), RoundingMode.HALF_UP),
                        RoundingPolicy.toIncrement(new BigDecimal("1E+2"), RoundingMode.HALF_UP),
                        RoundingPolicy.toIncrement(new BigDecimal("100.00"), RoundingMode.HALF_UP))
                .testEquals();
    }

    @Test
    void equalPoliciesShareAHashCode() {
        assertThat(RoundingPolicy.toIncrement(new BigDecimal("0.050"), RoundingMode.HALF_UP)
                        .hashCode())
                .isEqualTo(swiss(RoundingMode.HALF_UP).hashCode());
        assertThat(RoundingPolicy.DEFAULT.hashCode())
                .isEqualTo(minor(RoundingMode.HALF_EVEN).hashCode());
    }
}
