package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.kpi.DaysSalesOutstandingProperties.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invariants of {@link ActivityCount} and {@link ComplaintResponseTime}: naive recomputation,
 * contacts = calls + visits + meetings, managers' counts add up to the company's, response time
 * not negative.
 */
class ActivityCountProperties {
    static long count(KpiFormula f, KpiContext c, List<Activity> a) {
        return KpiCalculator.of(f)
                .compute(c, KpiInput.builder().activities(a).build())
                .get(f.definition().id())
                .valueOrThrow()
                .longValueExact();
    }

    @Test
    void countsEqualTheNaiveModelAndAddUp() {
        Props.qt().forAll(Gens.seeds()).checkAssert(seed -> {
            List<Activity> activities = LedgerGens.activities(seed, 30);
            for (ActivityKind kind : ActivityKind.values()) {
                long naive = activities.stream()
                        .filter(a -> a.kind() == kind && LedgerGens.QUARTER.contains(a.date()))
                        .count();
                ActivityCount f = switch (kind) {
                    case CALL -> ActivityCount.calls();
                    case VISIT -> ActivityCount.visits();
                    case MEETING -> ActivityCount.meetings();
                    case COMPLAINT -> ActivityCount.complaints();
                };
                assertThat(count(f, CONTEXT, activities)).isEqualTo(naive);
                long byManagers = 0;
                for (ManagerId m : LedgerGens.MANAGERS) {
                    byManagers += count(f, CONTEXT.forManager(m), activities);
                }
                assertThat(byManagers).isEqualTo(naive);
            }
            assertThat(count(ActivityCount.contacts(), CONTEXT, activities))
                    .isEqualTo(count(ActivityCount.calls(), CONTEXT, activities)
                            + count(ActivityCount.visits(), CONTEXT, activities)
                            + count(ActivityCount.meetings(), CONTEXT, activities));
        });
    }
}
