package io.github.kamsdk.core.time;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RemainderPolicy;
import io.github.kamsdk.core.money.RoundingPolicy;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every caller's mistake in the time package is an {@link IllegalArgumentException} whose message
 * names the argument and its bad value; no {@link NullPointerException}, {@link
 * java.time.DateTimeException} or {@link ArithmeticException} escapes.
 */
class TimeBadInputTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JAN_11 = LocalDate.of(2026, 1, 11);
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final DateRange JANUARY = DateRange.ofMonth(2026, 1);
    private static final FiscalCalendar APRIL = FiscalCalendar.of(Month.APRIL, FiscalYearNaming.START_YEAR);
    private static final FiscalCalendar OCTOBER_END = FiscalCalendar.of(Month.OCTOBER, FiscalYearNaming.END_YEAR);
    private static final Money EUR_100 = Money.of("100", "EUR");
    private static final RemainderPolicy LARGEST = RemainderPolicy.LARGEST_REMAINDER;

    /** The call fails with exactly an IllegalArgumentException whose message holds every fragment. */

    // --- DateRange: null arguments ---------------------------------------------------------

    @Test
    void ofNullStart() {
        assertNullRejected(() -> DateRange.of(null, FEB_1), "startInclusive");
    }

    @Test
    void ofNullEnd() {
        assertNullRejected(() -> DateRange.of(JAN_1, null), "endExclusive");
    }

    @Test
    void closedNullStart() {
        assertNullRejected(() -> DateRange.closed(null, FEB_1), "startInclusive");
    }

    @Test
    void closedNullEnd() {
        assertNullRejected(() -> DateRange.closed(JAN_1, null), "endInclusive");
    }

    @Test
    void ofDayNull() {
        assertNullRejected(() -> DateRange.ofDay(null), "day");
    }

    @Test
    void ofMonthNullYearMonth() {
        assertNullRejected(() -> DateRange.ofMonth(null), "month");
    }

    @Test
    void containsNull() {
        assertNullRejected(() -> JANUARY.contains(null), "day");
    }

    @Test
    void enclosesNull() {
        assertNullRejected(() -> JANUARY.encloses(null), "other");
    }

    @Test
    void overlapsNull() {
        assertNullRejected(() -> JANUARY.overlaps(null), "other");
    }

    @Test
    void intersectionNull() {
        assertNullRejected(() -> JANUARY.intersection(null), "other");
    }

    @Test
    void overlapInDaysNull() {
        assertNullRejected(() -> JANUARY.overlapInDays(null), "other");
    }

    @Test
    void spanNull() {
        assertNullRejected(() -> JANUARY.span(null), "other");
    }

    @Test
    void prorationOfNull() {
        assertNullRejected(() -> JANUARY.prorationOf(null), "whole");
    }

    @Test
    void splitNullUnit() {
        assertNullRejected(() -> JANUARY.split(null), "unit");
    }

    @Test
    void splitAtNullCuts() {
        assertNullRejected(() -> JANUARY.splitAt(null), "cuts");
    }

    @Test
    void splitAtNullCutNamesItsIndex() {
        assertNullRejected(() -> JANUARY.splitAt(Arrays.asList(JAN_11, null)), "cuts[1]");
    }

    @Test
    void splitAtFirstCutNull() {
        assertNullRejected(() -> JANUARY.splitAt(Arrays.asList(null, JAN_11)), "cuts[0]");
    }

    @Test
    void prorateNullAmount() {
        assertNullRejected(() -> JANUARY.prorate(null, List.of(JANUARY), LARGEST), "amount");
    }

    @Test
    void prorateNullPieces() {
        assertNullRejected(() -> JANUARY.prorate(EUR_100, null, LARGEST), "pieces");
    }

    @Test
    void prorateNullPolicy() {
        assertNullRejected(() -> JANUARY.prorate(EUR_100, List.of(JANUARY), null), "policy");
    }

    @Test
    void prorateNullPieceNamesItsIndex() {
        assertNullRejected(
                () -> JANUARY.prorate(EUR_100, Arrays.asList(DateRange.of(JAN_1, JAN_11), null), LARGEST), "pieces[1]");
    }

    @Test
    void compareToNull() {
        assertNullRejected(() -> JANUARY.compareTo(null), "other");
    }

    // --- DateRange: bad periods ------------------------------------------------------------

    @Test
    void reversedPeriod() {
        assertRejected(() -> DateRange.of(FEB_1, JAN_1), "endExclusive", "2026-02-01", "2026-01-01");
    }

    @Test
    void emptyPeriod() {
        assertRejected(() -> DateRange.of(JAN_1, JAN_1), "endExclusive", "2026-01-01");
    }

    @Test
    void closedEndBeforeStart() {
        assertRejected(() -> DateRange.closed(JAN_11, JAN_1), "endInclusive", "2026-01-11", "2026-01-01");
    }

    @Test
    void closedEndingOnLocalDateMax() {
        assertRejected(
                () -> DateRange.closed(LocalDate.MAX.minusDays(1), LocalDate.MAX),
                "endInclusive",
                LocalDate.MAX.toString());
    }

    @Test
    void ofDayOfLocalDateMax() {
        assertRejected(() -> DateRange.ofDay(LocalDate.MAX), "day", LocalDate.MAX.toString());
    }

    @Test
    void ofMonth13() {
        assertRejected(() -> DateRange.ofMonth(2026, 13), "month", "13");
    }

    @Test
    void ofMonth0() {
        assertRejected(() -> DateRange.ofMonth(2026, 0), "month", "0");
    }

    @Test
    void ofMonthOfAYearBeyondLocalDate() {
        assertRejected(() -> DateRange.ofMonth(1_000_000_000, 1), "year", "1000000000");
    }

    @Test
    void ofMonthWhoseEndIsBeyondLocalDateMax() {
        assertRejected(() -> DateRange.ofMonth(YearMonth.of(999_999_999, 12)), "month", "999999999-12");
    }

    @Test
    void ofQuarter5() {
        assertRejected(() -> DateRange.ofQuarter(2026, 5), "quarter", "5");
    }

    @Test
    void ofQuarter0() {
        assertRejected(() -> DateRange.ofQuarter(2026, 0), "quarter", "0");
    }

    @Test
    void ofQuarterOfAYearBeyondLocalDate() {
        assertRejected(() -> DateRange.ofQuarter(1_000_000_000, 1), "year", "1000000000");
    }

    @Test
    void ofYearBeyondLocalDate() {
        assertRejected(() -> DateRange.ofYear(1_000_000_000), "year", "1000000000");
    }

    @Test
    void ofYearEndingBeyondLocalDateMax() {
        assertRejected(() -> DateRange.ofYear(999_999_999), "year", "999999999");
    }

    @Test
    void ofYearIntegerMin() {
        assertRejected(() -> DateRange.ofYear(Integer.MIN_VALUE), "year", "-2147483648");
    }

    // --- DateRange.prorate: pieces that do not cover the period ----------------------------

    @Test
    void prorateWithAGap() {
        List<DateRange> pieces = List.of(DateRange.of(JAN_1, LocalDate.of(2026, 1, 10)), DateRange.of(JAN_11, FEB_1));
        assertRejected(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithOverlappingPieces() {
        List<DateRange> pieces = List.of(DateRange.of(JAN_1, LocalDate.of(2026, 1, 12)), DateRange.of(JAN_11, FEB_1));
        assertRejected(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithAPieceTwice() {
        List<DateRange> pieces =
                List.of(DateRange.of(JAN_1, JAN_11), DateRange.of(JAN_1, JAN_11), DateRange.of(JAN_11, FEB_1));
        assertRejected(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithAPieceReachingBeforeTheStart() {
        List<DateRange> pieces = List.of(DateRange.of(LocalDate.of(2025, 12, 25), JAN_11), DateRange.of(JAN_11, FEB_1));
        assertRejected(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithAPieceReachingBeyondTheEnd() {
        List<DateRange> pieces = List.of(DateRange.of(JAN_1, JAN_11), DateRange.of(JAN_11, LocalDate.of(2026, 2, 5)));
        assertRejected(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithPiecesFallingShortOfTheEnd() {
        List<DateRange> pieces = List.of(DateRange.of(JAN_1, JAN_11));
        assertRejected(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithNoPieces() {
        assertRejected(() -> JANUARY.prorate(EUR_100, List.of(), LARGEST), "pieces", "empty");
    }

    @Test
    void prorateAnAmountWithSubMinorDigits() {
        assertRejected(
                () -> JANUARY.prorate(Money.of("100.001", "EUR"), List.of(JANUARY), LARGEST), "amount", "EUR 100.001");
    }

    // --- FiscalCalendar --------------------------------------------------------------------

    @Test
    void fiscalCalendarNullFirstMonth() {
        assertNullRejected(() -> FiscalCalendar.of(null, FiscalYearNaming.START_YEAR), "firstMonth");
    }

    @Test
    void fiscalCalendarNullNaming() {
        assertNullRejected(() -> FiscalCalendar.of(Month.APRIL, null), "naming");
    }

    @Test
    void fiscalYearOfNull() {
        assertNullRejected(() -> APRIL.fiscalYearOf(null), "day");
    }

    @Test
    void quarterOfNull() {
        assertNullRejected(() -> APRIL.quarterOf(null), "day");
    }

    @Test
    void periodContainingNullDay() {
        assertNullRejected(() -> APRIL.periodContaining(null, PeriodUnit.MONTH), "day");
    }

    @Test
    void periodContainingNullUnit() {
        assertNullRejected(() -> APRIL.periodContaining(JAN_1, null), "unit");
    }

    @Test
    void fiscalSplitNullRange() {
        assertNullRejected(() -> APRIL.split(null, PeriodUnit.MONTH), "range");
    }

    @Test
    void fiscalSplitNullUnit() {
        assertNullRejected(() -> APRIL.split(JANUARY, null), "unit");
    }

    @Test
    void fiscalQuarter5() {
        assertRejected(() -> APRIL.quarter(2026, 5), "quarter", "5");
    }

    @Test
    void fiscalMonth0() {
        assertRejected(() -> APRIL.month(2026, 0), "fiscalMonth", "0");
    }

    @Test
    void fiscalMonth13() {
        assertRejected(() -> APRIL.month(2026, 13), "fiscalMonth", "13");
    }

    @Test
    void fiscalYearBeyondLocalDate() {
        assertRejected(() -> APRIL.year(1_000_000_000), "fiscalYear", "1000000000");
    }

    @Test
    void fiscalYearIntegerMinNamedByItsEnd() {
        // The year would start in Integer.MIN_VALUE - 1: that must not wrap around.
        assertRejected(() -> OCTOBER_END.month(Integer.MIN_VALUE, 1), "fiscalYear", "-2147483648");
    }

    @Test
    void periodContainingLocalDateMax() {
        assertRejected(() -> APRIL.periodContaining(LocalDate.MAX, PeriodUnit.WEEK), "day", LocalDate.MAX.toString());
    }

    @Test
    void dayContainingLocalDateMax() {
        assertRejected(() -> APRIL.periodContaining(LocalDate.MAX, PeriodUnit.DAY), "day", LocalDate.MAX.toString());
    }

    @Test
    void fiscalYearContainingLocalDateMinStartsBeforeIt() {
        assertRejected(() -> APRIL.periodContaining(LocalDate.MIN, PeriodUnit.YEAR), "day", LocalDate.MIN.toString());
    }

    // --- Proration -------------------------------------------------------------------------

    @Test
    void ofDaysTotalZero() {
        assertRejected(() -> Proration.ofDays(0, 0), "totalDays", "0");
    }

    @Test
    void ofDaysTotalNegative() {
        assertRejected(() -> Proration.ofDays(1, -5), "totalDays", "-5");
    }

    @Test
    void ofDaysMoreThanTotal() {
        assertRejected(() -> Proration.ofDays(32, 31), "days", "32");
    }

    @Test
    void ofDaysNegative() {
        assertRejected(() -> Proration.ofDays(-1, 31), "days", "-1");
    }

    @Test
    void plusNull() {
        assertNullRejected(() -> Proration.ONE.plus(null), "other");
    }

    @Test
    void toBigDecimalNull() {
        assertNullRejected(() -> Proration.ONE.toBigDecimal(null), "precision");
    }

    @Test
    void toBigDecimalUnlimited() {
        assertRejected(() -> Proration.ofDays(10, 31).toBigDecimal(MathContext.UNLIMITED), "precision", "precision=0");
    }

    @Test
    void toBigDecimalUnnecessaryRoundingThatIsNecessary() {
        assertRejected(
                () -> Proration.ofDays(10, 31).toBigDecimal(new MathContext(4, RoundingMode.UNNECESSARY)),
                "precision",
                "UNNECESSARY");
    }

    @Test
    void toRateNull() {
        assertNullRejected(() -> Proration.ONE.toRate(null), "precision");
    }

    @Test
    void toRateUnlimited() {
        assertRejected(() -> Proration.ofDays(1, 3).toRate(MathContext.UNLIMITED), "precision", "precision=0");
    }

    @Test
    void applyToNullAmount() {
        assertNullRejected(() -> Proration.ONE.applyTo(null, RoundingPolicy.DEFAULT), "amount");
    }

    @Test
    void applyToNullPolicy() {
        assertNullRejected(() -> Proration.ONE.applyTo(EUR_100, null), "policy");
    }

    @Test
    void prorationCompareToNull() {
        assertNullRejected(() -> Proration.ONE.compareTo(null), "other");
    }
}
