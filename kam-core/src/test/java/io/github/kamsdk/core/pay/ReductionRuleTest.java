package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link ReductionRule}: a fixed share per missed plan, or a factor on the shortfall, at most 100%. */
class ReductionRuleTest {
    static BigDecimal a(String attainment) {
        return new BigDecimal(attainment);
    }

    @Test
    void aFixedRuleTakesItsShareWhateverTheShortfall() {
        ReductionRule tenPercent = ReductionRule.fixed(pct("10"));
        assertThat(tenPercent.isProportional()).isFalse();
        assertThat(tenPercent.rate()).isEqualTo(pct("10"));
        assertThat(tenPercent.reduction(a("0.99"))).isEqualTo(pct("10"));
        assertThat(tenPercent.reduction(a("0.10"))).isEqualTo(pct("10"));
        assertThat(tenPercent.reduction(a("-1"))).isEqualTo(pct("10"));
    }

    @Test
    void aProportionalRuleTakesTheFactorTimesTheShortfall() {
        ReductionRule half = ReductionRule.proportional(pct("50"));
        assertThat(half.isProportional()).isTrue();
        assertThat(half.rate()).isEqualTo(pct("50"));
        // the Javadoc: 50% x (100% - 80%) = 10%
        assertThat(half.reduction(a("0.80"))).isEqualTo(pct("10"));
        // 50% x (100% - 85.5%) = 7.25%
        assertThat(half.reduction(a("0.855"))).isEqualTo(pct("7.25"));
        ReductionRule pointForPoint = ReductionRule.proportional(pct("100"));
        // 100% x 15% = 15% (PlanMissReduction's example: sales at 85%)
        assertThat(pointForPoint.reduction(a("0.85"))).isEqualTo(pct("15"));
    }

    @Test
    void noShortfallTakesNothingAndANegativeAttainmentCountsAsZero() {
        ReductionRule half = ReductionRule.proportional(pct("50"));
        assertThat(half.reduction(a("1"))).isEqualTo(Rate.ZERO);
        assertThat(half.reduction(a("1.30"))).isEqualTo(Rate.ZERO);
        // attainment -40% counts as 0%: 50% x 100% = 50%
        assertThat(half.reduction(a("-0.40"))).isEqualTo(pct("50"));
        assertThat(half.reduction(a("0"))).isEqualTo(pct("50"));
    }

    @Test
    void aProportionalReductionIsAtMostOneHundredPercent() {
        ReductionRule triple = ReductionRule.proportional(pct("300"));
        // 300% x 20% = 60%
        assertThat(triple.reduction(a("0.80"))).isEqualTo(pct("60"));
        // 300% x 70% = 210% -> 100%
        assertThat(triple.reduction(a("0.30"))).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        // the largest factor allowed, 10,000%: 100 x 1% = 100%
        assertThat(ReductionRule.proportional(pct("10000")).reduction(a("0.99")))
                .isEqualTo(Rate.ONE_HUNDRED_PERCENT);
    }

    @Test
    void theBoundsOfTheRatesAreAllowed() {
        assertThat(ReductionRule.fixed(Rate.ZERO).reduction(a("0"))).isEqualTo(Rate.ZERO);
        assertThat(ReductionRule.fixed(Rate.ONE_HUNDRED_PERCENT).reduction(a("0")))
                .isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        assertThat(ReductionRule.proportional(Rate.ZERO).reduction(a("0"))).isEqualTo(Rate.ZERO);
    }

    @Test
    void toStringSaysTheRule() {
        assertThat(ReductionRule.fixed(pct("10"))).hasToString("10% per missed plan");
        assertThat(ReductionRule.proportional(pct("50"))).hasToString("50% of the shortfall");
    }

    @Test
    void equalityIsByKindAndRate() {
        new EqualsTester()
                .addEqualityGroup(ReductionRule.fixed(pct("10")), ReductionRule.fixed(Rate.ofFraction("0.100")))
                .addEqualityGroup(ReductionRule.proportional(pct("10")))
                .addEqualityGroup(ReductionRule.fixed(pct("11")))
                .testEquals();
    }
}
