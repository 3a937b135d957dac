package io.github.kamsdk.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Worked examples of {@link FiscalCalendar}, each checked by hand. */
class FiscalCalendarTest {
    private static final FiscalCalendar APRIL_START = FiscalCalendar.of(Month.APRIL, FiscalYearNaming.START_YEAR);
    private static final FiscalCalendar APRIL_END = FiscalCalendar.of(Month.APRIL, FiscalYearNaming.END_YEAR);
    private static final FiscalCalendar US_FEDERAL = FiscalCalendar.of(Month.OCTOBER, FiscalYearNaming.END_YEAR);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static DateRange r(String start, String endExclusive) {
        return DateRange.of(d(start), d(endExclusive));
    }

    @Test
    void aprilYearNamedByItsStartYear() {
        assertThat(APRIL_START.year(2026)).isEqualTo(r("2026-04-01", "2027-04-01"));
        assertThat(APRIL_START.quarter(2026, 1)).isEqualTo(r("2026-04-01", "2026-07-01"));
        assertThat(APRIL_START.quarter(2026, 4)).isEqualTo(r("2027-01-01", "2027-04-01"));
        assertThat(APRIL_START.fiscalYearOf(d("2027-02-10"))).isEqualTo(2026);
        assertThat(APRIL_START.quarterOf(d("2027-02-10"))).isEqualTo(4);
    }

    @Test
    void aprilYearNamedByItsEndYear() {
        assertThat(APRIL_END.year(2027)).isEqualTo(r("2026-04-01", "2027-04-01"));
        assertThat(APRIL_END.quarter(2027, 4)).isEqualTo(r("2027-01-01", "2027-04-01"));
        assertThat(APRIL_END.fiscalYearOf(d("2027-02-10"))).isEqualTo(2027);
        assertThat(APRIL_END.quarterOf(d("2027-02-10"))).isEqualTo(4);
    }

    @Test
    void usFederalYearStartsInOctoberAndIsNamedByItsEndYear() {
        assertThat(US_FEDERAL.year(2027)).isEqualTo(r("2026-10-01", "2027-10-01"));
        assertThat(US_FEDERAL.quarter(2027, 1)).isEqualTo(r("2026-10-01", "2027-01-01"));
        assertThat(US_FEDERAL.quarter(2027, 4)).isEqualTo(r("2027-07-01", "2027-10-01"));
        assertThat(US_FEDERAL.month(2027, 1)).isEqualTo(DateRange.ofMonth(2026, 10));
        assertThat(US_FEDERAL.month(2027, 12)).isEqualTo(DateRange.ofMonth(2027, 9));
    }

    @Test
    void monthOneIsTheFirstMonthOfTheFiscalYear() {
        assertThat(APRIL_START.month(2026, 1)).isEqualTo(DateRange.ofMonth(2026, 4));
        assertThat(APRIL_START.month(2026, 10)).isEqualTo(DateRange.ofMonth(2027, 1));
        assertThat(APRIL_START.month(2026, 12)).isEqualTo(DateRange.ofMonth(2027, 3));
        assertThat(FiscalCalendar.GREGORIAN.month(2026, 2)).isEqualTo(DateRange.ofMonth(2026, 2));
    }

    @ParameterizedTest(name = "{0} {1}: {2} is in FY{3} Q{4}")
    @CsvSource({
        "APRIL, START_YEAR, 2026-04-01, 2026, 1",
        "APRIL, START_YEAR, 2026-03-31, 2025, 4",
        "APRIL, START_YEAR, 2026-07-01, 2026, 2",
        "APRIL, START_YEAR, 2026-12-31, 2026, 3",
        "APRIL, END_YEAR, 2026-04-01, 2027, 1",
        "APRIL, END_YEAR, 2026-03-31, 2026, 4",
        "OCTOBER, END_YEAR, 2026-10-01, 2027, 1",
        "OCTOBER, END_YEAR, 2026-09-30, 2026, 4",
        "OCTOBER, END_YEAR, 2027-01-15, 2027, 2",
        "OCTOBER, START_YEAR, 2027-01-15, 2026, 2",
        "JANUARY, START_YEAR, 2026-12-31, 2026, 4",
        "JANUARY, END_YEAR, 2026-01-01, 2026, 1",
        "JANUARY, END_YEAR, 2026-05-01, 2026, 2",
        "FEBRUARY, START_YEAR, 2026-01-31, 2025, 4",
        "FEBRUARY, START_YEAR, 2026-02-01, 2026, 1",
        "DECEMBER, END_YEAR, 2026-12-01, 2027, 1",
        "DECEMBER, END_YEAR, 2026-11-30, 2026, 4",
    })
    void fiscalYearAndQuarterOfADay(Month first, FiscalYearNaming naming, String day, int fiscalYear, int quarter) {
        FiscalCalendar calendar = FiscalCalendar.of(first, naming);
        assertThat(calendar.fiscalYearOf(d(day))).isEqualTo(fiscalYear);
        assertThat(calendar.quarterOf(d(day))).isEqualTo(quarter);
        assertThat(calendar.year(fiscalYear).contains(d(day))).isTrue();
        assertThat(calendar.quarter(fiscalYear, quarter).contains(d(day))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // Wednesday 10 February 2027, in the April (START_YEAR) calendar.
        "DAY, 2027-02-10, 2027-02-11",
        "WEEK, 2027-02-08, 2027-02-15",
        "MONTH, 2027-02-01, 2027-03-01",
        "QUARTER, 2027-01-01, 2027-04-01",
        "YEAR, 2026-04-01, 2027-04-01",
    })
    void periodContainingADayInAnAprilCalendar(PeriodUnit unit, String start, String end) {
        assertThat(APRIL_START.periodContaining(d("2027-02-10"), unit)).isEqualTo(r(start, end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // Monday 23 November 2026 in the calendar year.
        "DAY, 2026-11-23, 2026-11-24",
        "WEEK, 2026-11-23, 2026-11-30",
        "MONTH, 2026-11-01, 2026-12-01",
        "QUARTER, 2026-10-01, 2027-01-01",
        "YEAR, 2026-01-01, 2027-01-01",
    })
    void periodContainingADayInTheGregorianCalendar(PeriodUnit unit, String start, String end) {
        assertThat(FiscalCalendar.GREGORIAN.periodContaining(d("2026-11-23"), unit))
                .isEqualTo(r(start, end));
    }

    @Test
    void weekContainingASundayStartsOnTheMondayBefore() {
        assertThat(FiscalCalendar.GREGORIAN.periodContaining(d("2026-11-29"), PeriodUnit.WEEK))
                .isEqualTo(r("2026-11-23", "2026-11-30"));
    }

    @Test
    void splitsByFiscalQuarter() {
        assertThat(APRIL_START.split(r("2026-03-01", "2026-08-01"), PeriodUnit.QUARTER))
                .containsExactly(
                        r("2026-03-01", "2026-04-01"), r("2026-04-01", "2026-07-01"), r("2026-07-01", "2026-08-01"));
    }

    @Test
    void splitsTheCalendarYearByQuartersStartingInFebruary() {
        FiscalCalendar february = FiscalCalendar.of(Month.FEBRUARY, FiscalYearNaming.START_YEAR);
        assertThat(february.split(DateRange.ofYear(2026), PeriodUnit.QUARTER))
                .containsExactly(
                        r("2026-01-01", "2026-02-01"),
                        r("2026-02-01", "2026-05-01"),
                        r("2026-05-01", "2026-08-01"),
                        r("2026-08-01", "2026-11-01"),
                        r("2026-11-01", "2027-01-01"));
    }

    @Test
    void splitsTheCalendarYearByFiscalYear() {
        assertThat(APRIL_END.split(DateRange.ofYear(2026), PeriodUnit.YEAR))
                .containsExactly(r("2026-01-01", "2026-04-01"), r("2026-04-01", "2027-01-01"));
    }

    @Test
    void gregorianSplitIsDateRangeSplit() {
        DateRange range = r("2025-11-15", "2027-02-10");
        for (PeriodUnit unit : PeriodUnit.values()) {
            assertThat(FiscalCalendar.GREGORIAN.split(range, unit)).isEqualTo(range.split(unit));
        }
    }

    @ParameterizedTest
    @EnumSource(PeriodUnit.class)
    void splitsFromLocalDateMinInAnAprilYear(PeriodUnit unit) {
        // The fiscal year containing LocalDate.MIN would start before it; its part in range is fine.
        DateRange first = DateRange.of(LocalDate.MIN, LocalDate.MIN.plusDays(120));
        List<DateRange> pieces = APRIL_START.split(first, unit);
        assertThat(pieces.get(0).start()).isEqualTo(LocalDate.MIN);
        assertThat(pieces.get(pieces.size() - 1).endExclusive()).isEqualTo(first.endExclusive());
    }

    @Test
    void splitsTheLastDaysOfTimeByFiscalYear() {
        DateRange tail = DateRange.of(LocalDate.of(999_999_999, 3, 1), LocalDate.MAX);
        assertThat(APRIL_START.split(tail, PeriodUnit.YEAR))
                .containsExactly(
                        DateRange.of(LocalDate.of(999_999_999, 3, 1), LocalDate.of(999_999_999, 4, 1)),
                        DateRange.of(LocalDate.of(999_999_999, 4, 1), LocalDate.MAX));
    }

    @Test
    void accessorsAndText() {
        assertThat(APRIL_START.firstMonth()).isEqualTo(Month.APRIL);
        assertThat(APRIL_START.naming()).isEqualTo(FiscalYearNaming.START_YEAR);
        assertThat(APRIL_START).hasToString("FiscalCalendar[APRIL, START_YEAR]");
        assertThat(FiscalCalendar.GREGORIAN.firstMonth()).isEqualTo(Month.JANUARY);
    }

    @Test
    void aJanuaryCalendarIsGregorianWhateverItsNaming() {
        assertThat(FiscalCalendar.of(Month.JANUARY, FiscalYearNaming.START_YEAR))
                .isSameAs(FiscalCalendar.GREGORIAN);
        assertThat(FiscalCalendar.of(Month.JANUARY, FiscalYearNaming.END_YEAR)).isSameAs(FiscalCalendar.GREGORIAN);
        assertThat(FiscalCalendar.GREGORIAN.year(2026)).isEqualTo(DateRange.ofYear(2026));
        assertThat(FiscalCalendar.GREGORIAN.quarter(2026, 3)).isEqualTo(DateRange.ofQuarter(2026, 3));
    }

    @Test
    void equalWhenSameFirstMonthAndNaming() {
        new EqualsTester()
                .addEqualityGroup(
                        FiscalCalendar.GREGORIAN,
                        FiscalCalendar.of(Month.JANUARY, FiscalYearNaming.START_YEAR),
                        FiscalCalendar.of(Month.JANUARY, FiscalYearNaming.END_YEAR))
                .addEqualityGroup(APRIL_START, FiscalCalendar.of(Month.APRIL, FiscalYearNaming.START_YEAR))
                .addEqualityGroup(APRIL_END, FiscalCalendar.of(Month.APRIL, FiscalYearNaming.END_YEAR))
                .addEqualityGroup(US_FEDERAL)
                .addEqualityGroup(FiscalCalendar.of(Month.OCTOBER, FiscalYearNaming.START_YEAR))
                .testEquals();
    }
}
