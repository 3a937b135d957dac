package io.github.kamsdk.core.time;

import static io.github.kamsdk.core.time.DateRangeProperties.assertCoversExactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The laws of {@link FiscalCalendar}, checked on every kind of calendar and generated days. */
class FiscalCalendarProperties {
    /** Fiscal years whose periods lie in the years {@link Gens#dates()} covers. */
    private static Gen<Integer> fiscalYears() {
        return integers().between(1990, 2125);
    }

    /** Months other than January, where the two namings differ. */
    private static Gen<Month> nonJanuaryMonths() {
        return Generate.enumValues(Month.class).assuming(m -> m != Month.JANUARY);
    }

    @Test
    void splitByEveryCalendarAndUnitCoversTheRangeWithoutGapOrOverlap() {
        Props.qt()
                .forAll(Gens.fiscalCalendars(), Gens.dateRanges(), Gens.periodUnits())
                .checkAssert((calendar, range, unit) -> assertCoversExactly(range, calendar.split(range, unit)));
    }

    @Test
    void eachPieceOfAFiscalSplitLiesWithinOnePeriodOfTheUnit() {
        Props.qt()
                .forAll(Gens.fiscalCalendars(), Gens.dateRanges(), Gens.periodUnits())
                .checkAssert((calendar, range, unit) -> {
                    for (DateRange piece : calendar.split(range, unit)) {
                        DateRange period = calendar.periodContaining(piece.start(), unit);
                        assertThat(period.encloses(piece))
                                .as("%s within %s", piece, period)
                                .isTrue();
                        // Cut at every boundary: the piece is all of the range within the period.
                        assertThat(range.intersection(period)).contains(piece);
                    }
                });
    }

    @Test
    void splitNearTheLimitsOfLocalDateCoversTheRange() {
        Props.qt()
                .forAll(Gens.fiscalCalendars(), Gens.dateRangesAtLimits(), Gens.periodUnits())
                .checkAssert((calendar, range, unit) -> assertCoversExactly(range, calendar.split(range, unit)));
    }

    @Test
    void theFiscalYearOfADayContainsIt() {
        Props.qt()
                .forAll(Gens.fiscalCalendars(), Gens.dates())
                .checkAssert((calendar, day) -> assertThat(
                                calendar.year(calendar.fiscalYearOf(day)).contains(day))
                        .isTrue());
    }

    @Test
    void theFiscalQuarterOfADayContainsIt() {
        Props.qt().forAll(Gens.fiscalCalendars(), Gens.dates()).checkAssert((calendar, day) -> {
            DateRange quarter = calendar.quarter(calendar.fiscalYearOf(day), calendar.quarterOf(day));
            assertThat(quarter.contains(day)).as("%s in %s", day, quarter).isTrue();
        });
    }

    @Test
    void theFourQuartersOfAFiscalYearPartitionIt() {
        Props.qt().forAll(Gens.fiscalCalendars(), fiscalYears()).checkAssert((calendar, fiscalYear) -> {
            List<DateRange> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                quarters.add(calendar.quarter(fiscalYear, q));
            }
            assertCoversExactly(calendar.year(fiscalYear), quarters);
        });
    }

    @Test
    void theTwelveMonthsOfAFiscalYearPartitionItFromItsFirstMonth() {
        Props.qt().forAll(Gens.fiscalCalendars(), fiscalYears()).checkAssert((calendar, fiscalYear) -> {
            List<DateRange> months = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                DateRange month = calendar.month(fiscalYear, m);
                assertThat(month).isEqualTo(DateRange.ofMonth(YearMonth.from(month.start())));
                months.add(month);
            }
            assertCoversExactly(calendar.year(fiscalYear), months);
            assertThat(months.get(0).start().getMonth()).isEqualTo(calendar.firstMonth());
        });
    }

    @Test
    void aFiscalYearIsNamedTheSameFromItsFirstToItsLastDay() {
        Props.qt().forAll(Gens.fiscalCalendars(), fiscalYears()).checkAssert((calendar, fiscalYear) -> {
            DateRange year = calendar.year(fiscalYear);
            assertThat(calendar.fiscalYearOf(year.start())).isEqualTo(fiscalYear);
            assertThat(calendar.fiscalYearOf(year.endInclusive())).isEqualTo(fiscalYear);
            assertThat(calendar.fiscalYearOf(year.endExclusive())).isEqualTo(fiscalYear + 1);
        });
    }

    @Test
    void periodContainingADayContainsItForEveryUnit() {
        Props.qt()
                .forAll(Gens.fiscalCalendars(), Gens.dates(), Gens.periodUnits())
                .checkAssert((calendar, day, unit) -> assertThat(
                                calendar.periodContaining(day, unit).contains(day))
                        .isTrue());
    }

    @Test
    void periodContainingADayIsItsDayWeekMonthFiscalQuarterOrYear() {
        Props.qt().forAll(Gens.fiscalCalendars(), Gens.dates()).checkAssert((calendar, day) -> {
            assertThat(calendar.periodContaining(day, PeriodUnit.DAY)).isEqualTo(DateRange.ofDay(day));
            DateRange week = calendar.periodContaining(day, PeriodUnit.WEEK);
            assertThat(week.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(week.lengthInDays()).isEqualTo(7);
            assertThat(calendar.periodContaining(day, PeriodUnit.MONTH))
                    .isEqualTo(DateRange.ofMonth(YearMonth.from(day)));
            assertThat(calendar.periodContaining(day, PeriodUnit.QUARTER))
                    .isEqualTo(calendar.quarter(calendar.fiscalYearOf(day), calendar.quarterOf(day)));
            assertThat(calendar.periodContaining(day, PeriodUnit.YEAR))
                    .isEqualTo(calendar.year(calendar.fiscalYearOf(day)));
        });
    }

    @Test
    void endYearNamesEveryYearOneAfterStartYearOutsideJanuary() {
        Props.qt().forAll(nonJanuaryMonths(), Gens.dates()).checkAssert((first, day) -> {
            FiscalCalendar byStart = FiscalCalendar.of(first, FiscalYearNaming.START_YEAR);
            FiscalCalendar byEnd = FiscalCalendar.of(first, FiscalYearNaming.END_YEAR);
            int startName = byStart.fiscalYearOf(day);
            assertThat(byEnd.fiscalYearOf(day)).isEqualTo(startName + 1);
            assertThat(byEnd.year(startName + 1)).isEqualTo(byStart.year(startName));
            assertThat(byEnd.quarterOf(day)).isEqualTo(byStart.quarterOf(day));
        });
    }
}
