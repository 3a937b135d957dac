package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActiveClientRuleTest {
    private static final LocalDate D = LocalDate.of(2026, 4, 1);
    private final ActiveClientRule rule = ActiveClientRule.standard();

    @Test
    void standardWindowIsNinetyDays() {
        assertThat(rule.windowDays()).isEqualTo(90);
        assertThat(rule).isEqualTo(ActiveClientRule.ofWindowDays(90)).hasToString("ActiveClientRule{90 days}");
    }

    @Test
    void anOrderOnTheFirstDayOfTheWindowCounts() {
        // 2026-04-01 minus 90 days = 2026-01-01 (31 + 28 + 31 = 90 days of Jan..Mar)
        assertThat(rule.isActiveOn(D, Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty()))
                .isTrue();
        assertThat(rule.isActiveOn(D, Optional.of(LocalDate.of(2025, 12, 31)), Optional.empty()))
                .isFalse();
        assertThat(rule.isActiveOn(D, Optional.empty(), Optional.empty())).isFalse();
    }

    @Test
    void aLossOnOrAfterTheLatestOrderMakesItInactiveAndALaterOrderWinsItBack() {
        LocalDate march1 = LocalDate.of(2026, 3, 1);
        assertThat(rule.isActiveOn(D, Optional.of(march1), Optional.of(march1))).isFalse();
        assertThat(rule.isActiveOn(D, Optional.of(march1), Optional.of(march1.plusDays(1))))
                .isFalse();
        assertThat(rule.isActiveOn(D, Optional.of(march1.plusDays(1)), Optional.of(march1)))
                .isTrue();
    }

    @Test
    void aShorterWindowLapsesSooner() {
        ActiveClientRule thirty = ActiveClientRule.ofWindowDays(30);
        // 2026-04-01 minus 30 days = 2026-03-02
        assertThat(thirty.isActiveOn(D, Optional.of(LocalDate.of(2026, 3, 2)), Optional.empty()))
                .isTrue();
        assertThat(thirty.isActiveOn(D, Optional.of(LocalDate.of(2026, 3, 1)), Optional.empty()))
                .isFalse();
    }
}
