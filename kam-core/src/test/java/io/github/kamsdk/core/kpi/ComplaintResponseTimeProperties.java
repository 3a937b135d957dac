package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of {@link ComplaintResponseTime}: the naive average, and bounds. */
class ComplaintResponseTimeProperties {
    @Test
    void equalsTheNaiveAverageAndLiesWithinTheLongestResolution() {
        Props.qt().forAll(Gens.seeds()).checkAssert(seed -> {
            List<Activity> activities = LedgerGens.activities(seed, 40);
            long n = 0;
            long seconds = 0;
            long longest = 0;
            for (Activity a : activities) {
                if (a.isComplaint()
                        && a.resolvedAt().isPresent()
                        && LedgerGens.QUARTER.contains(a.resolvedAt().get().toLocalDate())) {
                    n++;
                    long s = Duration.between(a.when(), a.resolvedAt().get()).getSeconds();
                    seconds += s;
                    longest = Math.max(longest, s);
                }
            }
            KpiValue v = KpiCalculator.of(ComplaintResponseTime.standard())
                    .compute(CONTEXT, KpiInput.builder().activities(activities).build())
                    .get(ComplaintResponseTime.ID);
            assertThat(v.isDefined()).isEqualTo(n > 0);
            assertThat(v.numerator()).isEqualByComparingTo(BigDecimal.valueOf(seconds));
            assertThat(v.denominator()).isEqualByComparingTo(BigDecimal.valueOf(3600 * n));
            if (n > 0) {
                assertThat(v.valueOrThrow())
                        .isBetween(
                                BigDecimal.ZERO,
                                BigDecimal.valueOf(longest)
                                        .divide(BigDecimal.valueOf(3600), 10, java.math.RoundingMode.CEILING));
            }
        });
    }
}
