package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.testing.ActivityGens.cadences;
import static io.github.kamsdk.core.testing.ActivityGens.policies;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.testing.ActivityGens;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Invariants of {@link ContactCadence} and {@link CadencePolicy}. */
class ContactCadenceProperties {
    @Test
    void theDueDateIsWholeWeeksLaterOnTheSameDayOfTheWeek() {
        Props.qt().forAll(cadences(), Gens.dates()).checkAssert((cadence, last) -> {
            assertThat(ChronoUnit.DAYS.between(last, cadence.dueAfter(last))).isEqualTo(7L * cadence.everyWeeks());
            assertThat(cadence.dueAfter(last).getDayOfWeek()).isEqualTo(last.getDayOfWeek());
            assertThat(cadence.kind().isPlannable()).isTrue();
            assertThat(ContactCadence.of(cadence.kind(), cadence.everyWeeks())).isEqualTo(cadence);
        });
    }

    @Test
    void aPolicyGivesBackTheCadencesItWasBuiltWith() {
        Props.qt().forAll(policies()).checkAssert(policy -> {
            CadencePolicy.Builder rebuilt = CadencePolicy.builder(policy.scale());
            for (Tier tier : ActivityGens.SCALE.tiers()) {
                assertThat(policy.cadence(tier))
                        .isEqualTo(
                                java.util.Optional.ofNullable(policy.cadences().get(tier)));
                policy.cadence(tier).ifPresent(c -> rebuilt.cadence(tier, c));
            }
            assertThat(rebuilt.build()).isEqualTo(policy);
        });
    }
}
