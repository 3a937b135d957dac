package io.github.kamsdk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.team.ManagerId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AvailabilityTest {
    private static final ManagerId M7 = ManagerId.of("M-7");
    private static final ManagerId M8 = ManagerId.of("M-8");

    private final Availability availability = Availability.builder()
            .weekly(M7, DayOfWeek.MONDAY, 4)
            .weekly(M7, DayOfWeek.TUESDAY, 4)
            .weekly(M7, DayOfWeek.FRIDAY, 2)
            .onDate(M7, LocalDate.of(2026, 3, 3), 0) // Tuesday 3 March: at a trade fair
            .onDate(M7, LocalDate.of(2026, 3, 7), 1) // Saturday 7 March: one call
            .build();

    @Test
    void aDateOverridesTheWeeklyPatternAndUnmentionedDaysHaveNoSlot() {
        assertThat(availability.slots(M7, LocalDate.of(2026, 3, 2))).isEqualTo(4); // Monday
        assertThat(availability.slots(M7, LocalDate.of(2026, 3, 3))).isZero(); // blocked Tuesday
        assertThat(availability.slots(M7, LocalDate.of(2026, 3, 10))).isEqualTo(4); // next Tuesday
        assertThat(availability.slots(M7, LocalDate.of(2026, 3, 4))).isZero(); // Wednesday: not given
        assertThat(availability.slots(M7, LocalDate.of(2026, 3, 6))).isEqualTo(2); // Friday
        assertThat(availability.slots(M7, LocalDate.of(2026, 3, 7))).isEqualTo(1); // that Saturday
        assertThat(availability.slots(M8, LocalDate.of(2026, 3, 2))).isZero(); // not mentioned at all
        assertThat(availability.managers()).containsExactly(M7);
    }

    @Test
    void weekdaysSetsMondayToFriday() {
        Availability weekdays = Availability.builder()
                .weekdays(M8, 3)
                .onDate(M7, LocalDate.of(2026, 3, 2), 0)
                .build();
        for (int d = 0; d < 7; d++) {
            LocalDate day = LocalDate.of(2026, 3, 2).plusDays(d);
            assertThat(weekdays.slots(M8, day)).as("%s", day).isEqualTo(d < 5 ? 3 : 0);
        }
        assertThat(weekdays.managers()).containsExactly(M7, M8);
        assertThat(Availability.none().slots(M8, LocalDate.of(2026, 3, 2))).isZero();
        assertThat(Availability.none().managers()).isEmpty();
    }

    @Test
    void equalityIsBySlots() {
        new EqualsTester()
                .addEqualityGroup(
                        Availability.builder().weekly(M7, DayOfWeek.MONDAY, 1).build(),
                        Availability.builder().weekly(M7, DayOfWeek.MONDAY, 1).build())
                .addEqualityGroup(
                        Availability.builder().weekly(M7, DayOfWeek.MONDAY, 2).build())
                .addEqualityGroup(Availability.builder()
                        .onDate(M7, LocalDate.of(2026, 3, 2), 1)
                        .build())
                .addEqualityGroup(Availability.none())
                .testEquals();
    }
}
