package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Take}: counted, ignored, or not counted for a reason. */
class TakeTest {
    @Test
    void earnedIsCountedWithoutReason() {
        assertThat(Take.EARNED.isEarned()).isTrue();
        assertThat(Take.EARNED.reason()).isEmpty();
        assertThat(Take.EARNED.detail()).isEmpty();
        assertThat(Take.EARNED).hasToString("EARNED");
    }

    @Test
    void ignoredIsNotCountedAndHasNoReason() {
        assertThat(Take.IGNORED.isEarned()).isFalse();
        assertThat(Take.IGNORED.reason()).isEmpty();
        assertThat(Take.IGNORED.detail()).isEqualTo("ignored");
        assertThat(Take.IGNORED).hasToString("IGNORED");
    }

    @Test
    void notCountedCarriesItsReasonAndDetail() {
        Take t = Take.notCounted(UnpaidReason.NOT_ELIGIBLE, "group FREIGHT is excluded");
        assertThat(t.isEarned()).isFalse();
        assertThat(t.reason()).contains(UnpaidReason.NOT_ELIGIBLE);
        assertThat(t.detail()).isEqualTo("group FREIGHT is excluded");
        assertThat(t).hasToString("NOT_ELIGIBLE: group FREIGHT is excluded");
        // an empty detail is allowed
        assertThat(Take.notCounted(UnpaidReason.ZERO_BASE, "").detail()).isEmpty();
    }
}
