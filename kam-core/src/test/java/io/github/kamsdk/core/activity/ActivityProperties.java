package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.testing.ActivityGens.activities;
import static io.github.kamsdk.core.testing.ActivityGens.times;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.testing.Props;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Invariants of {@link Activity}: resolution only for complaints, never negative, half-open. */
class ActivityProperties {
    @Test
    void onlyResolvedComplaintsHaveAResolutionTimeAndItIsNeverNegative() {
        Props.qt().forAll(activities()).checkAssert(a -> {
            assertThat(a.resolutionTime().isPresent())
                    .isEqualTo(a.isComplaint() && a.resolvedAt().isPresent());
            a.resolutionTime().ifPresent(d -> {
                assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO);
                assertThat(a.when().plus(d)).isEqualTo(a.resolvedAt().orElseThrow());
            });
            assertThat(a.isContact()).isEqualTo(!a.isComplaint());
            assertThat(a.date()).isEqualTo(a.when().toLocalDate());
        });
    }

    @Test
    void aComplaintIsOpenExactlyFromItsOpeningUntilItsResolutionExcluded() {
        Props.qt().forAll(activities(), times()).checkAssert((a, t) -> {
            boolean expected = a.isComplaint()
                    && !t.isBefore(a.when())
                    && a.resolvedAt().map(t::isBefore).orElse(true);
            assertThat(a.isOpenAt(t)).isEqualTo(expected);
            assertThat(a.isOpenAt(a.when()))
                    .isEqualTo(a.isComplaint() && !a.resolvedAt().equals(java.util.Optional.of(a.when())));
            a.resolvedAt().ifPresent(r -> assertThat(a.isOpenAt(r)).isFalse());
        });
    }
}
