package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.money.Rate;
import org.junit.jupiter.api.Test;

/** {@link CommissionBand}: half-open {@code [from, to)} bands, their bounds, rate and text. */
class CommissionBandTest {
    static final CommissionBand MEDIUM = CommissionBand.of(eur("10000"), eur("50000"), pct("15"));
    static final CommissionBand LARGE = CommissionBand.from(eur("50000"), pct("5"));

    @Test
    void aBoundedBandKeepsItsBoundsAndRate() {
        assertThat(MEDIUM.fromInclusive()).isEqualTo(eur("10000.00"));
        assertThat(MEDIUM.toExclusive()).contains(eur("50000.00"));
        assertThat(MEDIUM.rate()).isEqualTo(pct("15"));
    }

    @Test
    void anOpenEndedBandHasNoUpperBound() {
        assertThat(LARGE.fromInclusive()).isEqualTo(eur("50000"));
        assertThat(LARGE.toExclusive()).isEmpty();
        assertThat(LARGE.rate()).isEqualTo(pct("5"));
    }

    @Test
    void theLowerBoundIsInTheBandAndTheUpperBoundIsNot() {
        // [10000, 50000): 9999.99 below, 10000.00 in, 49999.99 in, 50000.00 out
        assertThat(MEDIUM.contains(eur("9999.99"))).isFalse();
        assertThat(MEDIUM.contains(eur("10000.00"))).isTrue();
        assertThat(MEDIUM.contains(eur("30000"))).isTrue();
        assertThat(MEDIUM.contains(eur("49999.99"))).isTrue();
        assertThat(MEDIUM.contains(eur("49999.9999"))).isTrue();
        assertThat(MEDIUM.contains(eur("50000.00"))).isFalse();
        // the upper bound starts the next band
        assertThat(LARGE.contains(eur("50000.00"))).isTrue();
    }

    @Test
    void anOpenEndedBandContainsEverythingFromItsLowerBound() {
        assertThat(LARGE.contains(eur("49999.99"))).isFalse();
        assertThat(LARGE.contains(eur("50000"))).isTrue();
        assertThat(LARGE.contains(eur("999999999999.99"))).isTrue();
    }

    @Test
    void ratesFromZeroToOneHundredPercentAreAllowed() {
        assertThat(CommissionBand.from(eur("0"), Rate.ZERO).rate()).isEqualTo(Rate.ZERO);
        assertThat(CommissionBand.from(eur("0"), Rate.ONE_HUNDRED_PERCENT).rate())
                .isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        // a band one cent wide is not empty
        assertThat(CommissionBand.of(eur("0.00"), eur("0.01"), pct("1")).contains(eur("0.00")))
                .isTrue();
    }

    @Test
    void toStringShowsTheHalfOpenRangeAndRate() {
        assertThat(MEDIUM).hasToString("[EUR 10000.00, EUR 50000.00) at 15%");
        assertThat(LARGE).hasToString("[EUR 50000.00, ∞) at 5%");
        assertThat(CommissionBand.of(eur("0"), eur("100"), pct("12.5"))).hasToString("[EUR 0.00, EUR 100.00) at 12.5%");
    }

    @Test
    void equalityIsByBoundsAndRateByValue() {
        new EqualsTester()
                .addEqualityGroup(
                        MEDIUM, CommissionBand.of(eur("10000.00"), eur("50000.000"), Rate.ofFraction("0.150")))
                .addEqualityGroup(CommissionBand.of(eur("10000"), eur("50000"), pct("14")))
                .addEqualityGroup(CommissionBand.of(eur("10000"), eur("60000"), pct("15")))
                .addEqualityGroup(CommissionBand.of(eur("0"), eur("50000"), pct("15")))
                // an open-ended band is not the bounded one with the same start
                .addEqualityGroup(CommissionBand.from(eur("10000"), pct("15")))
                .addEqualityGroup(LARGE, CommissionBand.from(eur("50000.00"), pct("5.0")))
                .testEquals();
    }
}
