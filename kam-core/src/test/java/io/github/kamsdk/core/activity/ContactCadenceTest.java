package io.github.kamsdk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.account.TierScale;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactCadenceTest {
    @Test
    void aCallEveryTwoWeeksFallsDueFourteenDaysAfterTheLastContact() {
        ContactCadence cadence = ContactCadence.of(ActivityKind.CALL, 2);
        assertThat(cadence.kind()).isEqualTo(ActivityKind.CALL);
        assertThat(cadence.everyWeeks()).isEqualTo(2);
        assertThat(cadence.intervalDays()).isEqualTo(14);
        assertThat(cadence.dueAfter(LocalDate.of(2026, 2, 25))).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(cadence).hasToString("a CALL every 2 weeks").isEqualTo(ContactCadence.callEvery(2));
    }

    @Test
    void aWeeklyVisit() {
        ContactCadence weekly = ContactCadence.visitEvery(1);
        assertThat(weekly.dueAfter(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(weekly).hasToString("a VISIT every week");
        assertThat(ContactCadence.visitEvery(ContactCadence.MAX_WEEKS).intervalDays())
                .isEqualTo(728);
    }

    @Test
    void equalityIsByKindAndInterval() {
        new EqualsTester()
                .addEqualityGroup(ContactCadence.callEvery(1), ContactCadence.of(ActivityKind.CALL, 1))
                .addEqualityGroup(ContactCadence.visitEvery(1))
                .addEqualityGroup(ContactCadence.callEvery(2))
                .testEquals();
    }

    @Test
    void theStandardPolicyVisitsStrategicWeeklyAndCallsKeyFortnightly() {
        TierScale scale = TierScale.standard();
        CadencePolicy standard = CadencePolicy.standard();
        assertThat(standard.scale()).isEqualTo(scale);
        assertThat(standard.cadence(scale.tier("Strategic"))).contains(ContactCadence.visitEvery(1));
        assertThat(standard.cadence(scale.tier("Key"))).contains(ContactCadence.callEvery(2));
        assertThat(standard.cadence(scale.tier("Growth"))).isEmpty();
        assertThat(standard.cadence(scale.tier("Maintain"))).isEmpty();
        assertThat(standard.cadences())
                .containsExactly(
                        Map.entry(scale.tier("Strategic"), ContactCadence.visitEvery(1)),
                        Map.entry(scale.tier("Key"), ContactCadence.callEvery(2)));
        assertThat(standard)
                .hasToString("{Strategic=a VISIT every week, Key=a CALL every 2 weeks} of"
                        + " [Strategic > Key > Growth > Maintain]");
    }

    @Test
    void policiesAreEqualByScaleAndCadences() {
        TierScale abc = TierScale.abc();
        new EqualsTester()
                .addEqualityGroup(
                        CadencePolicy.standard(),
                        CadencePolicy.builder(TierScale.standard())
                                .cadence(TierScale.standard().tier("Key"), ContactCadence.callEvery(2))
                                .cadence(TierScale.standard().tier("Strategic"), ContactCadence.visitEvery(1))
                                .build())
                .addEqualityGroup(CadencePolicy.builder(abc).build())
                .addEqualityGroup(CadencePolicy.builder(abc)
                        .cadence(abc.tier("A"), ContactCadence.callEvery(1))
                        .build())
                .testEquals();
    }
}
