package io.github.kamsdk.core.time;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fiscal calendar: the month its year starts in and how its years are named. Quarters are the
 * four three-month blocks from the start of the fiscal year.
 *
 * <pre>{@code
 * FiscalCalendar april = FiscalCalendar.of(Month.APRIL, FiscalYearNaming.START_YEAR);
 * april.year(2026);                               // [2026-04-01, 2027-04-01)
 * april.quarter(2026, 4);                         // [2027-01-01, 2027-04-01)
 * april.fiscalYearOf(LocalDate.of(2027, 2, 10));  // 2026
 * april.quarterOf(LocalDate.of(2027, 2, 10));     // 4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class FiscalCalendar {
    /** The calendar year: January to December, quarters January–March and so on. */
    public static final FiscalCalendar GREGORIAN = new FiscalCalendar(Month.JANUARY, FiscalYearNaming.END_YEAR);

    private final Month firstMonth;
    private final FiscalYearNaming naming;

    private FiscalCalendar(Month firstMonth, FiscalYearNaming naming) {
        this.firstMonth = firstMonth;
        this.naming = naming;
    }

    /**
     * A calendar whose year starts on the first day of {@code firstMonth}. A year starting in
     * January has one name whichever naming is asked for, so {@code of(JANUARY, …)} returns {@link
     * #GREGORIAN}, whose {@link #naming()} is {@link FiscalYearNaming#END_YEAR}.
     *
     * @param firstMonth the first month of the fiscal year, not null
     * @param naming whether a year is named by the calendar year it starts or ends in, not null
     * @return the calendar
     */
    public static FiscalCalendar of(Month firstMonth, FiscalYearNaming naming) {
        notNull(firstMonth, "firstMonth");
        notNull(naming, "naming");
        if (firstMonth == Month.JANUARY) {
            // Both namings agree for a January year; keep one canonical value for equality.
            return GREGORIAN;
        }
        return new FiscalCalendar(firstMonth, naming);
    }

    /**
     * The first month of each fiscal year.
     *
     * @return the month
     */
    public Month firstMonth() {
        return firstMonth;
    }

    /**
     * How the fiscal years are named.
     *
     * @return the naming
     */
    public FiscalYearNaming naming() {
        return naming;
    }

    /**
     * The fiscal year a day belongs to.
     *
     * @param day the day, not null
     * @return the fiscal year's number
     */
    public int fiscalYearOf(LocalDate day) {
        notNull(day, "day");
        int startYear = day.getMonthValue() >= firstMonth.getValue() ? day.getYear() : day.getYear() - 1;
        return naming == FiscalYearNaming.START_YEAR || firstMonth == Month.JANUARY ? startYear : startYear + 1;
    }

    /**
     * The fiscal quarter (1 to 4) a day belongs to.
     *
     * @param day the day, not null
     * @return the quarter
     */
    public int quarterOf(LocalDate day) {
        notNull(day, "day");
        return monthsIntoYear(day) / 3 + 1;
    }

    /** How many whole months of its fiscal year precede the day's month: 0 to 11. */
    private int monthsIntoYear(LocalDate day) {
        return Math.floorMod(day.getMonthValue() - firstMonth.getValue(), 12);
    }

    /**
     * The fiscal year.
     *
     * @param fiscalYear the year's number
     * @return its twelve months
     */
    public DateRange year(int fiscalYear) {
        return months("fiscalYear", fiscalYear, 0, 12);
    }

    /**
     * A fiscal quarter.
     *
     * @param fiscalYear the year's number
     * @param quarter the quarter, 1 to 4
     * @return its three months
     */
    public DateRange quarter(int fiscalYear, int quarter) {
        return quarter("fiscalYear", fiscalYear, quarter);
    }

    /** {@link #quarter(int, int)}, naming the year's argument {@code yearField} in messages. */
    DateRange quarter(String yearField, int fiscalYear, int quarter) {
        argument(quarter >= 1 && quarter <= 4, "quarter must be between 1 and 4: %s", quarter);
        return months(yearField, fiscalYear, 3 * (quarter - 1), 3);
    }

    /**
     * A month of the fiscal year, counted from its first month: month 1 of an April year is April.
     *
     * @param fiscalYear the year's number
     * @param fiscalMonth the month, 1 to 12
     * @return the month
     */
    public DateRange month(int fiscalYear, int fiscalMonth) {
        argument(fiscalMonth >= 1 && fiscalMonth <= 12, "fiscalMonth must be between 1 and 12: %s", fiscalMonth);
        return months("fiscalYear", fiscalYear, fiscalMonth - 1, 1);
    }

    /**
     * {@code count} months from the {@code offset}-th month of the fiscal year; a period beyond
     * {@link LocalDate}'s range is refused with a message naming the year's argument {@code
     * yearField}.
     */
    DateRange months(String yearField, int fiscalYear, int offset, int count) {
        int startYear =
                naming == FiscalYearNaming.START_YEAR || firstMonth == Month.JANUARY ? fiscalYear : fiscalYear - 1;
        return DateRange.safely(yearField, fiscalYear, () -> {
            LocalDate yearStart = LocalDate.of(startYear, firstMonth, 1);
            LocalDate from = yearStart.plusMonths(offset);
            return DateRange.of(from, from.plusMonths(count));
        });
    }

    /**
     * The period of the unit that contains a day: its ISO week, its month, its fiscal quarter or
     * year.
     *
     * @param day the day, not null
     * @param unit the unit, not null
     * @return the period containing {@code day}
     * @throws IllegalArgumentException if that period would reach beyond {@link LocalDate}'s range
     */
    public DateRange periodContaining(LocalDate day, PeriodUnit unit) {
        notNull(day, "day");
        notNull(unit, "unit");
        // From the day alone, so that a period beyond LocalDate's range is refused by naming the
        // day rather than a fiscal year the caller never gave.
        return DateRange.safely(
                "day", day, () -> DateRange.unchecked(periodStart(day, unit), nextPeriodStart(day, unit)));
    }

    /**
     * Splits a period at this calendar's boundaries of the unit; the first and last pieces may be
     * partial.
     *
     * @param range the period, not null
     * @param unit the unit, not null
     * @return consecutive periods covering {@code range} exactly, in order
     */
    public ImmutableList<DateRange> split(DateRange range, PeriodUnit unit) {
        notNull(range, "range");
        notNull(unit, "unit");
        ImmutableList.Builder<DateRange> pieces = ImmutableList.builder();
        LocalDate end = range.endExclusive();
        LocalDate from = range.start();
        while (from.isBefore(end)) {
            // The next boundary rather than periodContaining(from): near LocalDate.MIN or MAX the
            // unit's whole period may not be representable although its part in the range is.
            LocalDate to = end;
            try {
                LocalDate next = nextPeriodStart(from, unit);
                if (next.isBefore(end)) {
                    to = next;
                }
            } catch (DateTimeException e) {
                // The unit's period runs past LocalDate.MAX: the piece runs to the range's end.
            }
            pieces.add(DateRange.unchecked(from, to));
            from = to;
        }
        return pieces.build();
    }

    /**
     * The first day of the unit's period that contains the day.
     *
     * @throws DateTimeException if that day would fall before {@link LocalDate#MIN}
     */
    private LocalDate periodStart(LocalDate day, PeriodUnit unit) {
        return switch (unit) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).minusMonths(monthsIntoYear(day) % 3);
            case YEAR -> day.withDayOfMonth(1).minusMonths(monthsIntoYear(day));
        };
    }

    /**
     * The first day after the day on which a period of the unit starts: the exclusive end of the
     * unit's period that contains the day.
     *
     * @throws DateTimeException if that day would fall beyond {@link LocalDate#MAX}
     */
    private LocalDate nextPeriodStart(LocalDate day, PeriodUnit unit) {
        return switch (unit) {
            case DAY -> day.plusDays(1);
            case WEEK -> day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1).plusMonths(1);
            case QUARTER -> day.withDayOfMonth(1).plusMonths(3 - monthsIntoYear(day) % 3);
            case YEAR -> day.withDayOfMonth(1).plusMonths(12 - monthsIntoYear(day));
        };
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FiscalCalendar that && firstMonth == that.firstMonth && naming == that.naming;
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstMonth, naming);
    }

    /** E.g. {@code "FiscalCalendar[APRIL, START_YEAR]"}. */
    @Override
    public String toString() {
        return "FiscalCalendar[" + firstMonth + ", " + naming + "]";
    }
}
