package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.PayGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link AttainmentCurve#payout} over {@link PayGens#attainmentCurves()} (1 to 5 points,
 * thresholds, flat and steep segments, extended or flat beyond the last point, capped or not) at
 * {@link PayGens#attainmentsFor} the curve: its points, next to them, and anywhere from -0.5 to 3.5.
 */
class AttainmentCurveProperties {
    /** A curve and two attainments to read it at. */
    record Reading(AttainmentCurve curve, Rate a, Rate b) {}

    private static Gen<Reading> readings() {
        return PayGens.attainmentCurves()
                .flatMap(curve -> PayGens.attainmentsFor(curve)
                        .zip(PayGens.attainmentsFor(curve), (a, b) -> new Reading(curve, a, b)));
    }

    @Test
    void payoutNeverFallsAsAttainmentRises() {
        Props.qt().forAll(readings()).checkAssert(r -> {
            Rate lo = r.a().isLessThan(r.b()) ? r.a() : r.b();
            Rate hi = r.a().isLessThan(r.b()) ? r.b() : r.a();
            assertThat(r.curve().payout(lo)).isLessThanOrEqualTo(r.curve().payout(hi));
        });
    }

    @Test
    void payoutNeverFallsAsAttainmentRisesEvenWithPayoutsOfTwelveDecimals() {
        Gen<Reading> fine = PayGens.attainmentCurves(12)
                .flatMap(curve -> PayGens.attainmentsFor(curve)
                        .zip(PayGens.attainmentsFor(curve), (a, b) -> new Reading(curve, a, b)));
        Props.qt().forAll(fine).checkAssert(r -> {
            Rate lo = r.a().isLessThan(r.b()) ? r.a() : r.b();
            Rate hi = r.a().isLessThan(r.b()) ? r.b() : r.a();
            assertThat(r.curve().payout(lo)).isLessThanOrEqualTo(r.curve().payout(hi));
        });
    }

    @Test
    void payoutIsZeroBelowTheFirstPoint() {
        Props.qt().forAll(readings()).checkAssert(r -> {
            BigDecimal threshold = r.curve().attainments().get(0);
            if (r.a().fraction().compareTo(threshold) < 0) {
                assertThat(r.curve().payout(r.a())).isEqualTo(Rate.ZERO);
            }
            assertThat(r.curve().payout(r.a()).isNegative()).isFalse();
        });
    }

    @Test
    void payoutIsNeverAboveTheCap() {
        Props.qt().forAll(readings()).checkAssert(r -> {
            r.curve()
                    .cap()
                    .ifPresent(cap ->
                            assertThat(r.curve().payout(r.a()).fraction()).isLessThanOrEqualTo(cap));
        });
    }

    @Test
    void payoutAtAPointIsThePointsPayoutCapped() {
        Props.qt().forAll(PayGens.attainmentCurves()).checkAssert(curve -> {
            List<BigDecimal> as = curve.attainments();
            for (int i = 0; i < as.size(); i++) {
                BigDecimal p = curve.payouts().get(i);
                BigDecimal expected = curve.cap().map(p::min).orElse(p);
                assertThat(curve.payout(Rate.ofFraction(as.get(i))).fraction()).isEqualByComparingTo(expected);
            }
        });
    }

    @Test
    void payoutBetweenTwoPointsIsOnTheStraightLineThroughThem() {
        Props.qt().forAll(readings()).checkAssert(r -> {
            List<BigDecimal> as = r.curve().attainments();
            List<BigDecimal> ps = r.curve().payouts();
            BigDecimal a = r.a().fraction();
            for (int i = 0; i + 1 < as.size(); i++) {
                if (a.compareTo(as.get(i)) > 0 && a.compareTo(as.get(i + 1)) < 0) {
                    // (p - p_i) × (a_(i+1) - a_i) = (p_(i+1) - p_i) × (a - a_i), to the curve's rounding
                    BigDecimal p = r.curve().payout(r.a()).fraction();
                    BigDecimal line = ps.get(i)
                            .add(ps.get(i + 1)
                                    .subtract(ps.get(i))
                                    .multiply(a.subtract(as.get(i)))
                                    .divide(as.get(i + 1).subtract(as.get(i)), 20, java.math.RoundingMode.HALF_EVEN));
                    BigDecimal expected = r.curve().cap().map(line::min).orElse(line);
                    assertThat(p.subtract(expected).abs())
                            .isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(AttainmentCurve.SCALE));
                }
            }
        });
    }

    @Test
    void payoutAboveTheLastPointIsFlatUnlessTheLastSlopeIsExtended() {
        Props.qt().forAll(readings()).checkAssert(r -> {
            List<BigDecimal> as = r.curve().attainments();
            BigDecimal last = as.get(as.size() - 1);
            if (r.a().fraction().compareTo(last) > 0 && !r.curve().extendsBeyondLast()) {
                assertThat(r.curve().payout(r.a())).isEqualTo(r.curve().payout(Rate.ofFraction(last)));
            }
        });
    }
}
