package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static io.github.kamsdk.core.pay.PayTypesExample.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CommissionBands}: the seeds' 15% / 5% schedule (R-PAY-2) and a four-band schedule, with
 * every boundary probed from below, on and above (lower bound inclusive, upper bound exclusive).
 *
 * <pre>
 * AGENCY_FEE  0: [0, 50000) 15%   1: [50000, ∞) 5%
 * FOUR        0: [0, 10000) 2%    1: [10000, 50000) 5%   2: [50000, 100000) 5%   3: [100000, ∞) 3%
 * </pre>
 */
class CommissionBandsTest {
    static final CommissionBands AGENCY_FEE = CommissionBands.startingAt(Money.zero(EUR), pct("15"))
            .from(eur("50000"), pct("5"))
            .build();
    static final CommissionBands FOUR = CommissionBands.startingAt(Money.zero(EUR), pct("2"))
            .from(eur("10000"), pct("5"))
            .from(eur("50000"), pct("5"))
            .from(eur("100000"), pct("3"))
            .build();

    @Test
    void theBuilderMakesContiguousBandsEndingOpen() {
        assertThat(AGENCY_FEE.bands())
                .containsExactly(
                        CommissionBand.of(eur("0"), eur("50000"), pct("15")),
                        CommissionBand.from(eur("50000"), pct("5")));
        assertThat(FOUR.bands())
                .containsExactly(
                        CommissionBand.of(eur("0"), eur("10000"), pct("2")),
                        CommissionBand.of(eur("10000"), eur("50000"), pct("5")),
                        CommissionBand.of(eur("50000"), eur("100000"), pct("5")),
                        CommissionBand.from(eur("100000"), pct("3")));
        assertThat(FOUR.currency()).isEqualTo(EUR);
    }

    @Test
    void ofAListEqualsTheBuilderOfTheSameThresholds() {
        CommissionBands listed = CommissionBands.of(List.of(
                CommissionBand.of(eur("0"), eur("50000"), pct("15")), CommissionBand.from(eur("50000"), pct("5"))));
        assertThat(listed).isEqualTo(AGENCY_FEE);
        assertThat(listed.bands()).isEqualTo(AGENCY_FEE.bands());
    }

    @Test
    void aFlatScheduleIsOneOpenBandFromZero() {
        CommissionBands flat = CommissionBands.flat(pct("10"), EUR);
        assertThat(flat.bands()).containsExactly(CommissionBand.from(eur("0"), pct("10")));
        assertThat(flat.bandIndex(eur("1000000"))).isZero();
        // 10% of 123.45 = 12.345, exact
        assertThat(flat.wholeAmount(eur("123.45"))).isEqualTo(eur("12.345"));
        assertThat(flat.graduated(eur("123.45"))).isEqualTo(eur("12.345"));
        assertThat(flat.cliffs()).isEmpty();
    }

    @Test
    void aBoundaryBelongsToTheBandThatStartsThere() {
        assertThat(AGENCY_FEE.bandIndex(eur("0.00"))).isZero();
        assertThat(AGENCY_FEE.bandIndex(eur("49999.99"))).isZero();
        assertThat(AGENCY_FEE.bandIndex(eur("49999.9999"))).isZero();
        assertThat(AGENCY_FEE.bandIndex(eur("50000.00"))).isEqualTo(1);
        assertThat(AGENCY_FEE.bandIndex(eur("50000.01"))).isEqualTo(1);
        assertThat(AGENCY_FEE.band(eur("49999.99")).rate()).isEqualTo(pct("15"));
        assertThat(AGENCY_FEE.band(eur("50000.00")).rate()).isEqualTo(pct("5"));
    }

    @Test
    void bandIndexAtAndAroundEveryBoundaryOfFourBands() {
        assertThat(FOUR.bandIndex(eur("0"))).isZero();
        assertThat(FOUR.bandIndex(eur("0.01"))).isZero();
        assertThat(FOUR.bandIndex(eur("9999.99"))).isZero();
        assertThat(FOUR.bandIndex(eur("10000.00"))).isEqualTo(1);
        assertThat(FOUR.bandIndex(eur("10000.01"))).isEqualTo(1);
        assertThat(FOUR.bandIndex(eur("49999.99"))).isEqualTo(1);
        assertThat(FOUR.bandIndex(eur("50000"))).isEqualTo(2);
        assertThat(FOUR.bandIndex(eur("50000.01"))).isEqualTo(2);
        assertThat(FOUR.bandIndex(eur("99999.99"))).isEqualTo(2);
        assertThat(FOUR.bandIndex(eur("100000"))).isEqualTo(3);
        assertThat(FOUR.bandIndex(eur("100000.01"))).isEqualTo(3);
        assertThat(FOUR.bandIndex(eur("123456789.00"))).isEqualTo(3);
        // every index agrees with the band's own half-open contains
        for (String a : List.of("0", "9999.99", "10000", "49999.99", "50000", "99999.99", "100000", "1000000")) {
            Money amount = eur(a);
            assertThat(FOUR.band(amount).contains(amount)).as(a).isTrue();
        }
    }

    @Test
    void aNegativeAmountIsInTheFirstBand() {
        assertThat(AGENCY_FEE.bandIndex(eur("-0.01"))).isZero();
        assertThat(FOUR.bandIndex(eur("-100000"))).isZero();
    }

    @Test
    void wholeAmountAppliesTheBandsRateToAllOfIt() {
        // 15% of 40000 = 6000
        assertThat(AGENCY_FEE.wholeAmount(eur("40000"))).isEqualTo(eur("6000.00"));
        // 15% of 49999.99 = 7499.9985, exact (not rounded here)
        assertThat(AGENCY_FEE.wholeAmount(eur("49999.99"))).isEqualTo(eur("7499.9985"));
        // 5% of 50000 = 2500: the cliff of the class Javadoc
        assertThat(AGENCY_FEE.wholeAmount(eur("50000.00"))).isEqualTo(eur("2500.00"));
        // 5% of 60000 = 3000 (BandMode's worked example)
        assertThat(AGENCY_FEE.wholeAmount(eur("60000"))).isEqualTo(eur("3000.00"));
        assertThat(AGENCY_FEE.wholeAmount(eur("0"))).isEqualTo(eur("0.00"));
        // FOUR: 2% of 9999.99 = 199.9998; 5% of 10000 = 500; 3% of 100000 = 3000
        assertThat(FOUR.wholeAmount(eur("9999.99"))).isEqualTo(eur("199.9998"));
        assertThat(FOUR.wholeAmount(eur("10000"))).isEqualTo(eur("500"));
        assertThat(FOUR.wholeAmount(eur("99999.99"))).isEqualTo(eur("4999.9995"));
        assertThat(FOUR.wholeAmount(eur("100000"))).isEqualTo(eur("3000"));
    }

    @Test
    void graduatedPricesEachSliceAtItsOwnBand() {
        // 15% of 50000 + 5% of 10000 = 7500 + 500 = 8000 (BandMode's worked example)
        assertThat(AGENCY_FEE.graduated(eur("60000"))).isEqualTo(eur("8000.00"));
        assertThat(AGENCY_FEE.graduated(eur("40000"))).isEqualTo(eur("6000.00"));
        assertThat(AGENCY_FEE.graduated(eur("0"))).isEqualTo(eur("0.00"));
        // FOUR at 120000: 2% x 10000 + 5% x 40000 + 5% x 50000 + 3% x 20000 = 200 + 2000 + 2500 + 600 = 5300
        assertThat(FOUR.graduated(eur("120000"))).isEqualTo(eur("5300"));
    }

    @Test
    void graduatedIsContinuousAtEveryBoundary() {
        // AGENCY_FEE at 50000: 15% x 49999.99 = 7499.9985; 7500; 7500 + 5% x 0.01 = 7500.0005
        assertThat(AGENCY_FEE.graduated(eur("49999.99"))).isEqualTo(eur("7499.9985"));
        assertThat(AGENCY_FEE.graduated(eur("50000.00"))).isEqualTo(eur("7500.00"));
        assertThat(AGENCY_FEE.graduated(eur("50000.01"))).isEqualTo(eur("7500.0005"));
        // FOUR at 10000: 199.9998 | 200 | 200 + 5% x 0.01 = 200.0005
        assertThat(FOUR.graduated(eur("9999.99"))).isEqualTo(eur("199.9998"));
        assertThat(FOUR.graduated(eur("10000"))).isEqualTo(eur("200"));
        assertThat(FOUR.graduated(eur("10000.01"))).isEqualTo(eur("200.0005"));
        // at 50000: 200 + 5% x 39999.99 = 2199.9995 | 2200 | 2200.0005
        assertThat(FOUR.graduated(eur("49999.99"))).isEqualTo(eur("2199.9995"));
        assertThat(FOUR.graduated(eur("50000"))).isEqualTo(eur("2200"));
        assertThat(FOUR.graduated(eur("50000.01"))).isEqualTo(eur("2200.0005"));
        // at 100000: 2200 + 5% x 49999.99 = 4699.9995 | 4700 | 4700 + 3% x 0.01 = 4700.0003
        assertThat(FOUR.graduated(eur("99999.99"))).isEqualTo(eur("4699.9995"));
        assertThat(FOUR.graduated(eur("100000"))).isEqualTo(eur("4700"));
        assertThat(FOUR.graduated(eur("100000.01"))).isEqualTo(eur("4700.0003"));
    }

    @Test
    void slicesAreTheGraduatedCommissionBandByBand() {
        assertThat(AGENCY_FEE.slices(eur("60000"))).containsExactly(eur("7500"), eur("500"));
        // a band above the amount gets zero
        assertThat(AGENCY_FEE.slices(eur("40000"))).containsExactly(eur("6000"), eur("0"));
        assertThat(AGENCY_FEE.slices(eur("50000"))).containsExactly(eur("7500"), eur("0"));
        assertThat(FOUR.slices(eur("120000"))).containsExactly(eur("200"), eur("2000"), eur("2500"), eur("600"));
        assertThat(FOUR.slices(eur("10000.01"))).containsExactly(eur("200"), eur("0.0005"), eur("0"), eur("0"));
        assertThat(FOUR.slices(eur("0"))).containsExactly(eur("0"), eur("0"), eur("0"), eur("0"));
        // they add up to graduated
        assertThat(Money.sum(FOUR.slices(eur("77777.77")))).isEqualTo(FOUR.graduated(eur("77777.77")));
    }

    @Test
    void cliffsAreTheBandsWhoseRateDiffersFromTheOneBefore() {
        assertThat(AGENCY_FEE.cliffs()).containsExactly(1);
        // FOUR: 2% -> 5% at band 1, 5% -> 5% at band 2 (no cliff), 5% -> 3% at band 3
        assertThat(FOUR.cliffs()).containsExactly(1, 3);
        // a rate equal by value is no cliff: 5% and 5.00%
        CommissionBands same = CommissionBands.startingAt(eur("0"), pct("5"))
                .from(eur("100"), Rate.ofFraction("0.0500"))
                .build();
        assertThat(same.cliffs()).isEmpty();
    }

    @Test
    void anAmountInAnotherCurrencyIsACurrencyMismatch() {
        assertThatThrownBy(() -> AGENCY_FEE.bandIndex(usd("100")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContainingAll("EUR", "USD");
        assertThatThrownBy(() -> AGENCY_FEE.slices(usd("100"))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> AGENCY_FEE.wholeAmount(usd("100"))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> AGENCY_FEE.graduated(usd("100"))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void toStringListsTheBands() {
        assertThat(AGENCY_FEE).hasToString("[[EUR 0.00, EUR 50000.00) at 15%, [EUR 50000.00, ∞) at 5%]");
    }

    @Test
    void equalityIsByTheBands() {
        new EqualsTester()
                .addEqualityGroup(
                        AGENCY_FEE,
                        CommissionBands.startingAt(eur("0.00"), Rate.ofFraction("0.15"))
                                .from(eur("50000.00"), pct("5"))
                                .build())
                .addEqualityGroup(CommissionBands.startingAt(eur("0"), pct("15"))
                        .from(eur("50000"), pct("6"))
                        .build())
                .addEqualityGroup(CommissionBands.startingAt(eur("0"), pct("15"))
                        .from(eur("40000"), pct("5"))
                        .build())
                .addEqualityGroup(CommissionBands.flat(pct("15"), EUR))
                .addEqualityGroup(FOUR)
                .testEquals();
    }
}
