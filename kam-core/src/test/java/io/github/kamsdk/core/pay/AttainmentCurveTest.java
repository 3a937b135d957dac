package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@link AttainmentCurve}: the Javadoc's curve, nothing below the threshold, straight lines between
 * points, an extended accelerator, the cap, and interpolation rounded to 10 places half even.
 *
 * <pre>
 * CURVE: (80%, 50%) (100%, 100%) (120%, 160%), last slope extended, capped at 200%
 *   80..100%:  50% + (a - 80%) x 2.5       (50 points of payout over 20 points of attainment)
 *   above 100%: 100% + (a - 100%) x 3      (60 points over 20), also above 120%
 *   the cap is reached at 100% + 100%/3 = 133.33...%
 * </pre>
 */
class AttainmentCurveTest {
    static final AttainmentCurve CURVE = AttainmentCurve.builder()
            .point("0.80", "0.50")
            .point("1.00", "1.00")
            .point("1.20", "1.60")
            .extendBeyondLast()
            .cap("2.00")
            .build();

    static Rate pct(String p) {
        return Rate.percent(p);
    }

    @Test
    void theJavadocExample() {
        assertThat(CURVE.payout(pct("90"))).isEqualTo(pct("75"));
        assertThat(CURVE.payout(pct("79"))).isEqualTo(Rate.ZERO);
        assertThat(CURVE.payout(pct("150"))).isEqualTo(pct("200"));
    }

    @Test
    void nothingIsPaidBelowTheThresholdAndTheThresholdItselfPays() {
        assertThat(CURVE.payout(pct("0"))).isEqualTo(Rate.ZERO);
        assertThat(CURVE.payout(pct("79.99"))).isEqualTo(Rate.ZERO);
        assertThat(CURVE.payout(Rate.ofFraction("0.7999999999"))).isEqualTo(Rate.ZERO);
        // at the threshold: the first point's payout, 50%
        assertThat(CURVE.payout(pct("80"))).isEqualTo(pct("50"));
        // a negative score pays nothing
        assertThat(CURVE.payout(Rate.signedPercent("-20"))).isEqualTo(Rate.ZERO);
    }

    @Test
    void betweenPointsThePayoutIsOnTheStraightLine() {
        // 50% + (85% - 80%) x 2.5 = 62.5%
        assertThat(CURVE.payout(pct("85"))).isEqualTo(pct("62.5"));
        // on the points themselves
        assertThat(CURVE.payout(pct("100"))).isEqualTo(pct("100"));
        assertThat(CURVE.payout(pct("120"))).isEqualTo(pct("160"));
        // 100% + (110% - 100%) x 3 = 130%
        assertThat(CURVE.payout(pct("110"))).isEqualTo(pct("130"));
        // 100% + 0.01% x 3 = 100.03%
        assertThat(CURVE.payout(pct("100.01"))).isEqualTo(pct("100.03"));
    }

    @Test
    void anExtendedAcceleratorKeepsTheLastSlopeUpToTheCap() {
        // 160% + (130% - 120%) x 3 = 190%
        assertThat(CURVE.payout(pct("130"))).isEqualTo(pct("190"));
        // 100% + 33% x 3 = 199%, just under the cap
        assertThat(CURVE.payout(pct("133"))).isEqualTo(pct("199"));
        // 100% + 34% x 3 = 202% -> capped at 200%
        assertThat(CURVE.payout(pct("134"))).isEqualTo(pct("200"));
        assertThat(CURVE.payout(pct("1000"))).isEqualTo(pct("200"));
    }

    @Test
    void withoutExtensionThePayoutStaysAtTheLastPoint() {
        AttainmentCurve flatAbove = AttainmentCurve.builder()
                .point("0.80", "0.50")
                .point("1.00", "1.00")
                .point("1.20", "1.60")
                .build();
        assertThat(flatAbove.payout(pct("120"))).isEqualTo(pct("160"));
        assertThat(flatAbove.payout(pct("150"))).isEqualTo(pct("160"));
        assertThat(flatAbove.extendsBeyondLast()).isFalse();
        assertThat(flatAbove.cap()).isEmpty();
    }

    @Test
    void withoutCapTheAcceleratorIsOpen() {
        AttainmentCurve open = AttainmentCurve.builder()
                .point("0.80", "0.50")
                .point("1.00", "1.00")
                .point("1.20", "1.60")
                .extendBeyondLast()
                .build();
        // 1.60 + 3 x 0.30 = 2.50: the Javadoc's figure before its cap
        assertThat(open.payout(pct("150"))).isEqualTo(pct("250"));
    }

    @Test
    void aCapBelowAPointCutsThePointToo() {
        AttainmentCurve capped = AttainmentCurve.builder()
                .point("0", "0")
                .point("2", "2")
                .cap("1.5")
                .build();
        assertThat(capped.payout(pct("100"))).isEqualTo(pct("100"));
        assertThat(capped.payout(pct("200"))).isEqualTo(pct("150"));
        assertThat(capped.cap()).contains(new BigDecimal("1.5"));
    }

    @Test
    void aFlatSegmentIsAllowed() {
        AttainmentCurve plateau = AttainmentCurve.builder()
                .point("0.80", "0.50")
                .point("1.00", "0.50")
                .point("1.10", "1.00")
                .build();
        assertThat(plateau.payout(pct("90"))).isEqualTo(pct("50"));
        // 50% + (105% - 100%) x 5 = 75%
        assertThat(plateau.payout(pct("105"))).isEqualTo(pct("75"));
    }

    @Test
    void oneCurveOfOnePointIsAStep() {
        AttainmentCurve step = AttainmentCurve.builder().point("1", "1").build();
        assertThat(step.payout(pct("99.99"))).isEqualTo(Rate.ZERO);
        assertThat(step.payout(pct("100"))).isEqualTo(pct("100"));
        assertThat(step.payout(pct("180"))).isEqualTo(pct("100"));
    }

    @Test
    void interpolatedPayoutsAreRoundedToTenPlacesHalfEven() {
        // (0, 0) to (3, 2): at 100%, 2 x 1 / 3 = 0.666666666666... -> 0.6666666667
        AttainmentCurve thirds =
                AttainmentCurve.builder().point("0", "0").point("3", "2").build();
        assertThat(thirds.payout(pct("100")).fraction()).isEqualByComparingTo("0.6666666667");
        assertThat(thirds.payout(pct("100")).fraction().scale()).isEqualTo(AttainmentCurve.SCALE);
        // (0, 0) to (2, 0.000000001): at 0.1, 0.000000001 x 0.1 / 2 = 0.00000000005 -> half even 0.0000000000
        AttainmentCurve tiny = AttainmentCurve.builder()
                .point("0", "0")
                .point("2", "0.000000001")
                .build();
        assertThat(tiny.payout(Rate.ofFraction("0.1"))).isEqualTo(Rate.ZERO);
        // at 0.3: 0.00000000015 -> half even 0.0000000002
        assertThat(tiny.payout(Rate.ofFraction("0.3")).fraction()).isEqualByComparingTo("0.0000000002");
        // at 0.5: 0.00000000025 -> half even 0.0000000002
        assertThat(tiny.payout(Rate.ofFraction("0.5")).fraction()).isEqualByComparingTo("0.0000000002");
    }

    @Test
    void anInterpolatedPayoutNeverHasMoreThanTenPlaces() {
        // (0, 0.000000000001) to (1, 1): at 50%, 0.000000000001 + 0.999999999999 x 0.5 = 0.5000000000005
        // -> 10 places: 0.5000000000; the code gives 0.000000000001 + round10(0.4999999999995) = 0.500000000001
        AttainmentCurve c = AttainmentCurve.builder()
                .point("0", "0.000000000001")
                .point("1", "1")
                .build();
        assertThat(c.payout(pct("50")).fraction().stripTrailingZeros().scale())
                .isLessThanOrEqualTo(AttainmentCurve.SCALE);
    }

    @Test
    void theLinearCurvePaysTheAttainmentWithoutThresholdOrCap() {
        AttainmentCurve linear = AttainmentCurve.linear();
        assertThat(linear.payout(pct("0"))).isEqualTo(Rate.ZERO);
        assertThat(linear.payout(pct("42.5"))).isEqualTo(pct("42.5"));
        assertThat(linear.payout(pct("100"))).isEqualTo(pct("100"));
        assertThat(linear.payout(pct("250"))).isEqualTo(pct("250"));
        assertThat(linear.payout(Rate.signedPercent("-5"))).isEqualTo(Rate.ZERO);
        assertThat(linear.cap()).isEmpty();
        assertThat(linear.extendsBeyondLast()).isTrue();
    }

    @Test
    void theAccessorsGiveThePointsAsBuilt() {
        assertThat(CURVE.attainments())
                .containsExactly(new BigDecimal("0.80"), new BigDecimal("1.00"), new BigDecimal("1.20"));
        assertThat(CURVE.payouts())
                .containsExactly(new BigDecimal("0.50"), new BigDecimal("1.00"), new BigDecimal("1.60"));
        assertThat(CURVE.extendsBeyondLast()).isTrue();
        assertThat(CURVE.cap()).contains(new BigDecimal("2.00"));
        // text is stripped before parsing
        AttainmentCurve spaced = AttainmentCurve.builder().point(" 1 ", " 0.5 ").build();
        assertThat(spaced.attainments()).containsExactly(BigDecimal.ONE);
        assertThat(spaced.payouts()).containsExactly(new BigDecimal("0.5"));
    }

    @Test
    void toStringDescribesTheCurve() {
        assertThat(CURVE)
                .hasToString("attainment curve: nothing below 80%, straight lines through (80%, 50%), (100%, 100%),"
                        + " (120%, 160%), the last slope continued above the last point, capped at 200%");
        assertThat(AttainmentCurve.builder().point("0", "0").point("1", "1").build())
                .hasToString("attainment curve: nothing below 0%, straight lines through (0%, 0%), (100%, 100%),"
                        + " flat above the last point, no cap");
    }

    @Test
    void equalityIsByPointsExtensionAndCap() {
        new EqualsTester()
                .addEqualityGroup(
                        CURVE,
                        AttainmentCurve.builder()
                                .point("0.80", "0.50")
                                .point("1.00", "1.00")
                                .point("1.20", "1.60")
                                .extendBeyondLast()
                                .cap("2.00")
                                .build())
                .addEqualityGroup(AttainmentCurve.builder()
                        .point("0.80", "0.50")
                        .point("1.00", "1.00")
                        .point("1.20", "1.60")
                        .cap("2.00")
                        .build())
                .addEqualityGroup(AttainmentCurve.builder()
                        .point("0.80", "0.50")
                        .point("1.00", "1.00")
                        .point("1.20", "1.60")
                        .extendBeyondLast()
                        .build())
                .addEqualityGroup(AttainmentCurve.builder()
                        .point("0.80", "0.50")
                        .point("1.00", "1.00")
                        .point("1.20", "1.70")
                        .extendBeyondLast()
                        .cap("2.00")
                        .build())
                .addEqualityGroup(AttainmentCurve.linear())
                .testEquals();
    }
}
