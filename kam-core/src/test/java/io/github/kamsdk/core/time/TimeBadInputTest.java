package io.github.kamsdk.core.time;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
    private static void assertRefused(ThrowingCallable call, String... fragments) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(fragments);
    }

    private static void assertNullRefused(ThrowingCallable call, String field) {
        assertRefused(call, field, "null");
    }

    // --- DateRange: null arguments ---------------------------------------------------------

    @Test
    void ofNullStart() {
        assertNullRefused(() -> DateRange.of(null, FEB_1), "startInclusive");
    }

    @Test
    void ofNullEnd() {
        assertNullRefused(() -> DateRange.of(JAN_1, null), "endExclusive");
    }

    @Test
    void closedNullStart() {
        assertNullRefused(() -> DateRange.closed(null, FEB_1), "startInclusive");
    }

    @Test
    void closedNullEnd() {
        assertNullRefused(() -> DateRange.closed(JAN_1, null), "endInclusive");
    }

    @Test
    void ofDayNull() {
        assertNullRefused(() -> DateRange.ofDay(null), "day");
    }

    @Test
    void ofMonthNullYearMonth() {
        assertNullRefused(() -> DateRange.ofMonth(null), "month");
    }

    @Test
    void containsNull() {
        assertNullRefused(() -> JANUARY.contains(null), "day");
    }

    @Test
    void enclosesNull() {
        assertNullRefused(() -> JANUARY.encloses(null), "other");
    }

    @Test
    void overlapsNull() {
        assertNullRefused(() -> JANUARY.overlaps(null), "other");
    }

    @Test
    void intersectionNull() {
        assertNullRefused(() -> JANUARY.intersection(null), "other");
    }

    @Test
    void overlapInDaysNull() {
        assertNullRefused(() -> JANUARY.overlapInDays(null), "other");
    }

    @Test
    void spanNull() {
        assertNullRefused(() -> JANUARY.span(null), "other");
    }

    @Test
    void prorationOfNull() {
        assertNullRefused(() -> JANUARY.prorationOf(null), "whole");
    }

    @Test
    void splitNullUnit() {
        assertNullRefused(() -> JANUARY.split(null), "unit");
    }

    @Test
    void splitAtNullCuts() {
        assertNullRefused(() -> JANUARY.splitAt(null), "cuts");
    }

    @Test
    void splitAtNullCutNamesItsIndex() {
        assertNullRefused(() -> JANUARY.splitAt(Arrays.asList(JAN_11, null)), "cuts[1]");
    }

    @Test
    void splitAtFirstCutNull() {
        assertNullRefused(() -> JANUARY.splitAt(Arrays.asList(null, JAN_11)), "cuts[0]");
    }

    @Test
    void prorateNullAmount() {
        assertNullRefused(() -> JANUARY.prorate(null, List.of(JANUARY), LARGEST), "amount");
    }

    @Test
    void prorateNullPieces() {
        assertNullRefused(() -> JANUARY.prorate(EUR_100, null, LARGEST), "pieces");
    }

    @Test
    void prorateNullPolicy() {
        assertNullRefused(() -> JANUARY.prorate(EUR_100, List.of(JANUARY), null), "policy");
    }

    @Test
    void prorateNullPieceNamesItsIndex() {
        assertNullRefused(
                () -> JANUARY.prorate(EUR_100, Arrays.asList(DateRange.of(JAN_1, JAN_11), null), LARGEST), "pieces[1]");
    }

    @Test
    void compareToNull() {
        assertNullRefused(() -> JANUARY.compareTo(null), "other");
    }

    // --- DateRange: bad periods ------------------------------------------------------------

    @Test
    void reversedPeriod() {
        assertRefused(() -> DateRange.of(FEB_1, JAN_1), "endExclusive", "2026-02-01", "2026-01-01");
    }

    @Test
    void emptyPeriod() {
        assertRefused(() -> DateRange.of(JAN_1, JAN_1), "endExclusive", "2026-01-01");
    }

    @Test
    void closedEndBeforeStart() {
        assertRefused(() -> DateRange.closed(JAN_11, JAN_1), "endInclusive", "2026-01-11", "2026-01-01");
    }

    @Test
    void closedEndingOnLocalDateMax() {
        assertRefused(
                () -> DateRange.closed(LocalDate.MAX.minusDays(1), LocalDate.MAX),
                "endInclusive",
                LocalDate.MAX.toString());
    }

    @Test
    void ofDayOfLocalDateMax() {
        assertRefused(() -> DateRange.ofDay(LocalDate.MAX), "day", LocalDate.MAX.toString());
    }

    @Test
    void ofMonth13() {
        assertRefused(() -> DateRange.ofMonth(2026, 13), "month", "13");
    }

    @Test
    void ofMonth0() {
        assertRefused(() -> DateRange.ofMonth(2026, 0), "month", "0");
    }

    @Test
    void ofMonthOfAYearBeyondLocalDate() {
        assertRefused(() -> DateRange.ofMonth(1_000_000_000, 1), "year", "1000000000");
    }

    @Test
    void ofMonthWhoseEndIsBeyondLocalDateMax() {
        assertRefused(() -> DateRange.ofMonth(YearMonth.of(999_999_999, 12)), "month", "999999999-12");
    }

    @Test
    void ofQuarter5() {
        assertRefused(() -> DateRange.ofQuarter(2026, 5), "quarter", "5");
    }

    @Test
    void ofQuarter0() {
        assertRefused(() -> DateRange.ofQuarter(2026, 0), "quarter", "0");
    }

    @Test
    void ofQuarterOfAYearBeyondLocalDate() {
        assertRefused(() -> DateRange.ofQuarter(1_000_000_000, 1), "year", "1000000000");
    }

    @Test
    void ofYearBeyondLocalDate() {
        assertRefused(() -> DateRange.ofYear(1_000_000_000), "year", "1000000000");
    }

    @Test
    void ofYearEndingBeyondLocalDateMax() {
        assertRefused(() -> DateRange.ofYear(999_999_999), "year", "999999999");
    }

    @Test
    void ofYearIntegerMin() {
        assertRefused(() -> DateRange.ofYear(Integer.MIN_VALUE), "year", "-2147483648");
    }

    // --- DateRange.prorate: pieces that do not cover the period ----------------------------

    @Test
    void prorateWithAGap() {
        List<DateRange> pieces = List.of(DateRange.of(JAN_1, LocalDate.of(2026, 1, 10)), DateRange.of(JAN_11, FEB_1));
        assertRefused(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithOverlappingPieces() {
        List<DateRange> pieces = List.of(DateRange.of(JAN_1, LocalDate.of(2026, 1, 12)), DateRange.of(JAN_11, FEB_1));
        assertRefused(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithAPieceTwice() {
        List<DateRange> pieces =
                List.of(DateRange.of(JAN_1, JAN_11), DateRange.of(JAN_1, JAN_11), DateRange.of(JAN_11, FEB_1));
        assertRefused(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithAPieceReachingBeforeTheStart() {
        List<DateRange> pieces = List.of(DateRange.of(LocalDate.of(2025, 12, 25), JAN_11), DateRange.of(JAN_11, FEB_1));
        assertRefused(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithAPieceReachingBeyondTheEnd() {
        List<DateRange> pieces = List.of(DateRange.of(JAN_1, JAN_11), DateRange.of(JAN_11, LocalDate.of(2026, 2, 5)));
        assertRefused(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithPiecesFallingShortOfTheEnd() {
        List<DateRange> pieces = List.of(DateRange.of(JAN_1, JAN_11));
        assertRefused(() -> JANUARY.prorate(EUR_100, pieces, LARGEST), "pieces", pieces.toString());
    }

    @Test
    void prorateWithNoPieces() {
        assertRefused(() -> JANUARY.prorate(EUR_100, List.of(), LARGEST), "pieces", "empty");
    }

    @Test
    void prorateAnAmountWithSubMinorDigits() {
        assertRefused(
                () -> JANUARY.prorate(Money.of("100.001", "EUR"), List.of(JANUARY), LARGEST), "amount", "EUR 100.001");
    }

    // --- FiscalCalendar --------------------------------------------------------------------

    @Test
    void fiscalCalendarNullFirstMonth() {
        assertNullRefused(() -> FiscalCalendar.of(null, FiscalYearNaming.START_YEAR), "firstMonth");
    }

    @Test
    void fiscalCalendarNullNaming() {
        assertNullRefused(() -> FiscalCalendar.of(Month.APRIL, null), "naming");
    }

    @Test
    void fiscalYearOfNull() {
        assertNullRefused(() -> APRIL.fiscalYearOf(null), "day");
    }

    @Test
    void quarterOfNull() {
        assertNullRefused(() -> APRIL.quarterOf(null), "day");
    }

    @Test
    void periodContainingNullDay() {
        assertNullRefused(() -> APRIL.periodContaining(null, PeriodUnit.MONTH), "day");
    }

    @Test
    void periodContainingNullUnit() {
        assertNullRefused(() -> APRIL.periodContaining(JAN_1, null), "unit");
    }

    @Test
    void fiscalSplitNullRange() {
        assertNullRefused(() -> APRIL.split(null, PeriodUnit.MONTH), "range");
    }

    @Test
    void fiscalSplitNullUnit() {
        assertNullRefused(() -> APRIL.split(JANUARY, null), "unit");
    }

    @Test
    void fiscalQuarter5() {
        assertRefused(() -> APRIL.quarter(2026, 5), "quarter", "5");
    }

    @Test
    void fiscalMonth0() {
        assertRefused(() -> APRIL.month(2026, 0), "fiscalMonth", "0");
    }

    @Test
    void fiscalMonth13() {
        assertRefused(() -> APRIL.month(2026, 13), "fiscalMonth", "13");
    }

    @Test
    void fiscalYearBeyondLocalDate() {
        assertRefused(() -> APRIL.year(1_000_000_000), "fiscalYear", "1000000000");
    }

    @Test
    void fiscalYearIntegerMinNamedByItsEnd() {
        // The year would start in Integer.MIN_VALUE - 1: that must not wrap around.
        assertRefused(() -> OCTOBER_END.month(Integer.MIN_VALUE, 1), "fiscalYear", "-2147483648");
    }

    @Test
    void periodContainingLocalDateMax() {
        assertRefused(() -> APRIL.periodContaining(LocalDate.MAX, PeriodUnit.WEEK), "day", LocalDate.MAX.toString());
    }

    @Test
    void dayContainingLocalDateMax() {
        assertRefused(() -> APRIL.periodContaining(LocalDate.MAX, PeriodUnit.DAY), "day", LocalDate.MAX.toString());
    }

    @Test
    void fiscalYearContainingLocalDateMinStartsBeforeIt() {
        assertRefused(() -> APRIL.periodContaining(LocalDate.MIN, PeriodUnit.YEAR), "day", LocalDate.MIN.toString());
    }

    // --- Proration -------------------------------------------------------------------------

    @Test
    void ofDaysTotalZero() {
        assertRefused(() -> Proration.ofDays(0, 0), "totalDays", "0");
    }

    @Test
    void ofDaysTotalNegative() {
        assertRefused(() -> Proration.ofDays(1, -5), "totalDays", "-5");
    }

    @Test
    void ofDaysMoreThanTotal() {
        assertRefused(() -> Proration.ofDays(32, 31), "days", "32");
    }

    @Test
    void ofDaysNegative() {
        assertRefused(() -> Proration.ofDays(-1, 31), "days", "-1");
    }

    @Test
    void plusNull() {
        assertNullRefused(() -> Proration.ONE.plus(null), "other");
    }

    @Test
    void toBigDecimalNull() {
        assertNullRefused(() -> Proration.ONE.toBigDecimal(null), "precision");
    }

    @Test
    void toBigDecimalUnlimited() {
        assertRefused(() -> Proration.ofDays(10, 31).toBigDecimal(MathContext.UNLIMITED), "precision", "precision=0");
    }

    @Test
    void toBigDecimalUnnecessaryRoundingThatIsNecessary() {
        assertRefused(
                () -> Proration.ofDays(10, 31).toBigDecimal(new MathContext(4, RoundingMode.UNNECESSARY)),
                "precision",
                "UNNECESSARY");
    }

    @Test
    void toRateNull() {
        assertNullRefused(() -> Proration.ONE.toRate(null), "precision");
    }

    @Test
    void toRateUnlimited() {
        assertRefused(() -> Proration.ofDays(1, 3).toRate(MathContext.UNLIMITED), "precision", "precision=0");
    }

    @Test
    void applyToNullAmount() {
        assertNullRefused(() -> Proration.ONE.applyTo(null, RoundingPolicy.DEFAULT), "amount");
    }

    @Test
    void applyToNullPolicy() {
        assertNullRefused(() -> Proration.ONE.applyTo(EUR_100, null), "policy");
    }

    @Test
    void prorationCompareToNull() {
        assertNullRefused(() -> Proration.ONE.compareTo(null), "other");
    }
}
