package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.id;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.time.DateRange;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link CompensationPlan}: the Javadoc's plan with a version change on 1 April, its defaults, its
 * timeline in date order whatever order the versions came in, and the version in force on a day.
 *
 * <pre>
 * V1 [2026-01-01, 2026-04-01) fixed 6000.00, commission 10%
 * V2 [2026-04-01, 2026-07-01) fixed 6500.00, commission 12%
 * (no version from 2026-07-01 to 2026-09-01: a gap)
 * V3 [2026-09-01, 2027-01-01) fixed 7000.00, commission 12%
 * </pre>
 */
class CompensationPlanTest {
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);
    static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
    static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    static final LocalDate JAN_1_2027 = LocalDate.of(2027, 1, 1);

    static TransactionCommission commission(String percent) {
        return TransactionCommission.builder()
                .id(id("commission"))
                .bands(CommissionBands.flat(pct(percent), EUR))
                .build();
    }

    static final PlanVersion V1 = PlanTypes.version(DateRange.of(JAN_1, APR_1), "6000.00", commission("10"));
    static final PlanVersion V2 = PlanTypes.version(DateRange.of(APR_1, JUL_1), "6500.00", commission("12"));
    static final PlanVersion V3 = PlanTypes.version(DateRange.of(SEP_1, JAN_1_2027), "7000.00", commission("12"));

    /** Shorthand for the versions above. */
    static final class PlanTypes {
        static PlanVersion version(DateRange validity, String fixed, PayComponent c) {
            return PlanVersion.builder()
                    .validity(validity)
                    .fixedPay(eur(fixed))
                    .addComponent(c)
                    .build();
        }
    }

    static CompensationPlan.Builder kam() {
        return CompensationPlan.builder().id("kam-2026").currency(EUR);
    }

    @Test
    void thePlanKeepsItsSettingsAndDefaults() {
        CompensationPlan plan = kam().addVersion(V1).build();
        assertThat(plan.id()).isEqualTo("kam-2026");
        assertThat(plan.currency()).isEqualTo(EUR);
        assertThat(plan.rounding()).isEqualTo(RoundingPolicy.DEFAULT);
        assertThat(plan.versions()).containsExactly(V1);
        assertThat(plan.clawback()).isEmpty();
        assertThat(plan.variableCap()).isEmpty();
        assertThat(plan.variableFloor()).isEmpty();
        assertThat(plan.draw()).isEmpty();
    }

    @Test
    void theJavadocPlanWithEveryPlanLevelRule() {
        CompensationPlan plan = kam().addVersion(V1)
                .addVersion(V2)
                .rounding(RoundingPolicy.toMinorUnit(RoundingMode.HALF_UP))
                .clawback(ClawbackPolicy.netForward())
                .variableCap(eur("30000.00"))
                .variableFloor(eur("500.00"))
                .draw(Draw.recoverable(eur("1500.00")))
                .build();
        assertThat(plan.rounding()).isEqualTo(RoundingPolicy.toMinorUnit(RoundingMode.HALF_UP));
        assertThat(plan.clawback()).contains(ClawbackPolicy.netForward());
        assertThat(plan.variableCap()).contains(eur("30000"));
        assertThat(plan.variableFloor()).contains(eur("500"));
        assertThat(plan.draw()).contains(Draw.recoverable(eur("1500")));
    }

    @Test
    void aFloorEqualToTheCapIsAllowed() {
        CompensationPlan plan = kam().addVersion(V1)
                .variableCap(eur("1000"))
                .variableFloor(eur("1000.00"))
                .build();
        assertThat(plan.variableFloor()).isEqualTo(plan.variableCap());
    }

    @Test
    void theTimelineIsInDateOrderAndTheVersionsAsGiven() {
        CompensationPlan plan =
                kam().addVersion(V3).addVersion(V1).addVersion(V2).build();
        assertThat(plan.versions()).containsExactly(V3, V1, V2);
        assertThat(plan.timeline()).containsExactly(V1, V2, V3);
    }

    @Test
    void theVersionOnADayIsTheOneWhoseHalfOpenValidityContainsIt() {
        CompensationPlan plan =
                kam().addVersion(V3).addVersion(V2).addVersion(V1).build();
        assertThat(plan.versionOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(plan.versionOn(JAN_1)).contains(V1);
        assertThat(plan.versionOn(LocalDate.of(2026, 3, 31))).contains(V1);
        // 1 April ends V1 (exclusive) and starts V2 (inclusive)
        assertThat(plan.versionOn(APR_1)).contains(V2);
        assertThat(plan.versionOn(LocalDate.of(2026, 6, 30))).contains(V2);
        // the gap between V2 and V3
        assertThat(plan.versionOn(JUL_1)).isEmpty();
        assertThat(plan.versionOn(LocalDate.of(2026, 8, 31))).isEmpty();
        assertThat(plan.versionOn(SEP_1)).contains(V3);
        assertThat(plan.versionOn(LocalDate.of(2026, 12, 31))).contains(V3);
        assertThat(plan.versionOn(JAN_1_2027)).isEmpty();
    }

    @Test
    void componentsWithoutACurrencyOfTheirOwnFitAnyPlan() {
        PayComponent host = new PayComponent() {
            @Override
            public ComponentId id() {
                return ComponentId.of("host");
            }

            @Override
            public String description() {
                return "a host component";
            }

            @Override
            public ComponentAccumulator newAccumulator(ComponentContext context) {
                throw new UnsupportedOperationException("not calculated here");
            }
        };
        CompensationPlan plan = kam().addVersion(PlanTypes.version(DateRange.ofYear(2026), "0", host))
                .build();
        assertThat(plan.versionOn(JAN_1).orElseThrow().components()).containsExactly(host);
    }

    @Test
    void toStringNamesTheIdAndCurrency() {
        assertThat(kam().addVersion(V1).build().toString()).contains("CompensationPlan{", "kam-2026", "EUR");
    }

    @Test
    void equalityIsByEveryAttributeButTheDerivedTimeline() {
        new EqualsTester()
                .addEqualityGroup(
                        kam().addVersion(V1).build(), kam().addVersion(V1).build())
                // the same versions in another order are other versions() and so another plan
                .addEqualityGroup(kam().addVersion(V1).addVersion(V2).build())
                .addEqualityGroup(kam().addVersion(V2).addVersion(V1).build())
                .addEqualityGroup(CompensationPlan.builder()
                        .id("kam-2027")
                        .currency(EUR)
                        .addVersion(V1)
                        .build())
                .addEqualityGroup(
                        kam().addVersion(V1).clawback(ClawbackPolicy.retro()).build())
                .addEqualityGroup(kam().addVersion(V1).variableCap(eur("100")).build())
                .addEqualityGroup(kam().addVersion(V1).variableFloor(eur("100")).build())
                .addEqualityGroup(kam().addVersion(V1)
                        .draw(Draw.nonRecoverable(eur("100")))
                        .build())
                .addEqualityGroup(kam().addVersion(V1)
                        .rounding(RoundingPolicy.toMinorUnit(RoundingMode.DOWN))
                        .build())
                .testEquals();
    }
}
