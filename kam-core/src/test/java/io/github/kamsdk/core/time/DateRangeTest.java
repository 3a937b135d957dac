package io.github.kamsdk.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RemainderPolicy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Worked examples of {@link DateRange}, each checked by hand. */
class DateRangeTest {
    private static final DateRange JANUARY = DateRange.ofMonth(2026, 1);
    private static final DateRange FEBRUARY = DateRange.ofMonth(2026, 2);
    private static final DateRange Q1 = DateRange.ofQuarter(2026, 1);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static DateRange r(String start, String endExclusive) {
        return DateRange.of(d(start), d(endExclusive));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Nested
    class Factories {
        @Test
        void firstQuarterOf2026IsJanuaryToAprilExclusiveAnd90Days() {
            assertThat(Q1.start()).isEqualTo(d("2026-01-01"));
            assertThat(Q1.endExclusive()).isEqualTo(d("2026-04-01"));
            assertThat(Q1.endInclusive()).isEqualTo(d("2026-03-31"));
            assertThat(Q1.lengthInDays()).isEqualTo(90);
        }

        @ParameterizedTest(name = "quarter {1} of {0} = [{2}, {3}), {4} days")
        @CsvSource({
            "2026, 1, 2026-01-01, 2026-04-01, 90",
            "2026, 2, 2026-04-01, 2026-07-01, 91",
            "2026, 3, 2026-07-01, 2026-10-01, 92",
            "2026, 4, 2026-10-01, 2027-01-01, 92",
            "2024, 1, 2024-01-01, 2024-04-01, 91",
        })
        void quarters(int year, int quarter, String start, String end, long days) {
            DateRange q = DateRange.ofQuarter(year, quarter);
            assertThat(q).isEqualTo(r(start, end));
            assertThat(q.lengthInDays()).isEqualTo(days);
        }

        @ParameterizedTest(name = "{0} has {1} days")
        @CsvSource({"2026, 365", "2028, 366", "2024, 366", "2100, 365", "2000, 366"})
        void yearLengths(int year, long days) {
            DateRange y = DateRange.ofYear(year);
            assertThat(y.start()).isEqualTo(LocalDate.of(year, 1, 1));
            assertThat(y.endExclusive()).isEqualTo(LocalDate.of(year + 1, 1, 1));
            assertThat(y.lengthInDays()).isEqualTo(days);
        }

        @ParameterizedTest(name = "{0}-{1} = [{2}, {3}), {4} days")
        @CsvSource({
            "2024, 2, 2024-02-01, 2024-03-01, 29",
            "2026, 2, 2026-02-01, 2026-03-01, 28",
            "2026, 1, 2026-01-01, 2026-02-01, 31",
            "2026, 4, 2026-04-01, 2026-05-01, 30",
            "2026, 12, 2026-12-01, 2027-01-01, 31",
        })
        void months(int year, int month, String start, String end, long days) {
            DateRange m = DateRange.ofMonth(year, month);
            assertThat(m).isEqualTo(r(start, end));
            assertThat(m.lengthInDays()).isEqualTo(days);
            assertThat(DateRange.ofMonth(YearMonth.of(year, month))).isEqualTo(m);
        }

        @Test
        void closedIncludesItsLastDay() {
            assertThat(DateRange.closed(d("2026-01-01"), d("2026-03-31"))).isEqualTo(Q1);
        }

        @Test
        void closedOfOneDayIsThatDay() {
            assertThat(DateRange.closed(d("2026-02-28"), d("2026-02-28"))).isEqualTo(DateRange.ofDay(d("2026-02-28")));
        }

        @Test
        void ofDayIsOneDayLong() {
            DateRange day = DateRange.ofDay(d("2026-02-28"));
            assertThat(day).isEqualTo(r("2026-02-28", "2026-03-01"));
            assertThat(day.lengthInDays()).isEqualTo(1);
            assertThat(day.endInclusive()).isEqualTo(day.start());
        }

        @Test
        void periodsAtTheEdgesOfLocalDateAreAccepted() {
            DateRange last = DateRange.of(LocalDate.MAX.minusDays(1), LocalDate.MAX);
            assertThat(last.lengthInDays()).isEqualTo(1);
            assertThat(DateRange.closed(LocalDate.MIN, LocalDate.MIN).start()).isEqualTo(LocalDate.MIN);
            assertThat(DateRange.ofMonth(999_999_999, 11).endExclusive()).isEqualTo(LocalDate.of(999_999_999, 12, 1));
            assertThat(DateRange.ofYear(-999_999_999).start()).isEqualTo(LocalDate.MIN);
        }
    }

    @Nested
    class Relations {
        @ParameterizedTest(name = "Q1 2026 contains {0}: {1}")
        @CsvSource({
            "2026-01-01, true", // the start is in
            "2026-03-31, true",
            "2026-02-15, true",
            "2026-04-01, false", // the exclusive end is not
            "2025-12-31, false",
        })
        void containsItsStartButNotItsEnd(String day, boolean expected) {
            assertThat(Q1.contains(d(day))).isEqualTo(expected);
        }

        @Test
        void enclosesAPeriodWithinIt() {
            assertThat(Q1.encloses(FEBRUARY)).isTrue();
            assertThat(Q1.encloses(Q1)).isTrue();
            assertThat(Q1.encloses(r("2026-03-15", "2026-04-15"))).isFalse();
            assertThat(FEBRUARY.encloses(Q1)).isFalse();
        }

        @Test
        void consecutivePeriodsDoNotOverlap() {
            assertThat(JANUARY.overlaps(FEBRUARY)).isFalse();
            assertThat(FEBRUARY.overlaps(JANUARY)).isFalse();
            assertThat(JANUARY.intersection(FEBRUARY)).isEmpty();
            assertThat(JANUARY.overlapInDays(FEBRUARY)).isZero();
        }

        @Test
        void periodsSharingOneDayOverlap() {
            DateRange toFebFirst = r("2026-01-15", "2026-02-02");
            assertThat(toFebFirst.overlaps(FEBRUARY)).isTrue();
            assertThat(toFebFirst.intersection(FEBRUARY)).contains(DateRange.ofDay(d("2026-02-01")));
            assertThat(toFebFirst.overlapInDays(FEBRUARY)).isEqualTo(1);
        }

        @Test
        void intersectionOfPartlyOverlappingPeriods() {
            DateRange a = r("2026-01-01", "2026-01-20");
            DateRange b = r("2026-01-10", "2026-02-01");
            assertThat(a.intersection(b)).contains(r("2026-01-10", "2026-01-20"));
            assertThat(a.overlapInDays(b)).isEqualTo(10);
        }

        @Test
        void intersectionWithAnEnclosedPeriodIsThatPeriod() {
            assertThat(r("2026-01-15", "2026-03-10").intersection(FEBRUARY)).contains(FEBRUARY);
            assertThat(Q1.overlapInDays(FEBRUARY)).isEqualTo(28);
        }

        @Test
        void spanCoversBothAndTheGapBetween() {
            DateRange march = DateRange.ofMonth(2026, 3);
            assertThat(JANUARY.span(march)).isEqualTo(Q1);
            assertThat(march.span(JANUARY)).isEqualTo(Q1);
            assertThat(Q1.span(FEBRUARY)).isEqualTo(Q1);
        }
    }

    @Nested
    class ProrationOf {
        @Test
        void lastTwentyOneDaysOfJanuaryAre21Of31() {
            Proration p = r("2026-01-11", "2026-02-01").prorationOf(JANUARY);
            assertThat(p).isEqualTo(Proration.ofDays(21, 31));
            assertThat(p.numerator()).hasToString("21");
            assertThat(p.denominator()).hasToString("31");
        }

        @Test
        void aPeriodOutsideIsZero() {
            assertThat(FEBRUARY.prorationOf(JANUARY)).isEqualTo(Proration.ZERO);
        }

        @Test
        void aPeriodCoveringTheWholeIsOne() {
            assertThat(Q1.prorationOf(JANUARY)).isEqualTo(Proration.ONE);
            assertThat(JANUARY.prorationOf(JANUARY).isOne()).isTrue();
        }

        @Test
        void daysOutsideTheWholeDoNotCount() {
            assertThat(r("2025-12-20", "2026-01-11").prorationOf(JANUARY)).isEqualTo(Proration.ofDays(10, 31));
        }
    }

    @Nested
    class Split {
        @Test
        void byMonthGivesPartialFirstAndLastMonths() {
            assertThat(r("2026-01-15", "2026-03-10").split(PeriodUnit.MONTH))
                    .containsExactly(
                            r("2026-01-15", "2026-02-01"),
                            r("2026-02-01", "2026-03-01"),
                            r("2026-03-01", "2026-03-10"));
        }

        @Test
        void aQuarterByMonthIsItsThreeMonths() {
            assertThat(Q1.split(PeriodUnit.MONTH)).containsExactly(JANUARY, FEBRUARY, DateRange.ofMonth(2026, 3));
        }

        @Test
        void byWeekAlignsToMondays() {
            assertThat(d("2026-11-23").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            // Friday 20 November to Saturday 5 December 2026 (exclusive).
            assertThat(r("2026-11-20", "2026-12-05").split(PeriodUnit.WEEK))
                    .containsExactly(
                            r("2026-11-20", "2026-11-23"),
                            r("2026-11-23", "2026-11-30"),
                            r("2026-11-30", "2026-12-05"));
        }

        @Test
        void byQuarterFollowsCalendarQuarters() {
            assertThat(r("2026-02-15", "2026-08-10").split(PeriodUnit.QUARTER))
                    .containsExactly(
                            r("2026-02-15", "2026-04-01"),
                            r("2026-04-01", "2026-07-01"),
                            r("2026-07-01", "2026-08-10"));
        }

        @Test
        void byYearFollowsCalendarYears() {
            assertThat(r("2025-11-01", "2027-02-01").split(PeriodUnit.YEAR))
                    .containsExactly(
                            r("2025-11-01", "2026-01-01"), DateRange.ofYear(2026), r("2027-01-01", "2027-02-01"));
        }

        @Test
        void byDayGivesEveryDay() {
            assertThat(r("2026-01-30", "2026-02-02").split(PeriodUnit.DAY))
                    .containsExactly(
                            DateRange.ofDay(d("2026-01-30")),
                            DateRange.ofDay(d("2026-01-31")),
                            DateRange.ofDay(d("2026-02-01")));
        }

        @ParameterizedTest
        @EnumSource(PeriodUnit.class)
        void aPeriodWithinOneUnitIsOnePiece(PeriodUnit unit) {
            DateRange day = DateRange.ofDay(d("2026-11-24"));
            assertThat(day.split(unit)).containsExactly(day);
        }

        @ParameterizedTest
        @EnumSource(PeriodUnit.class)
        void splitsUpToLocalDateMax(PeriodUnit unit) {
            DateRange last = DateRange.of(LocalDate.MAX.minusDays(40), LocalDate.MAX);
            List<DateRange> pieces = last.split(unit);
            assertThat(pieces.get(0).start()).isEqualTo(last.start());
            assertThat(pieces.get(pieces.size() - 1).endExclusive()).isEqualTo(LocalDate.MAX);
        }

        @Test
        void theLastMonthOfTimeSplitsByMonthIntoItsOwnPieces() {
            // 21 November to the last representable day (exclusive) of year 999,999,999.
            DateRange tail = DateRange.of(LocalDate.of(999_999_999, 11, 21), LocalDate.MAX);
            assertThat(tail.split(PeriodUnit.MONTH))
                    .containsExactly(
                            DateRange.of(LocalDate.of(999_999_999, 11, 21), LocalDate.of(999_999_999, 12, 1)),
                            DateRange.of(LocalDate.of(999_999_999, 12, 1), LocalDate.MAX));
        }
    }

    @Nested
    class SplitAt {
        @Test
        void januaryAtThe11th() {
            assertThat(JANUARY.splitAt(List.of(d("2026-01-11"))))
                    .containsExactly(r("2026-01-01", "2026-01-11"), r("2026-01-11", "2026-02-01"));
        }

        @Test
        void ignoresCutsOutsideOnTheStartOrEndAndDuplicatesInAnyOrder() {
            List<LocalDate> cuts = List.of(
                    d("2026-01-21"),
                    d("2025-12-15"), // before
                    d("2026-01-11"),
                    d("2026-01-01"), // on the start
                    d("2026-02-01"), // on the exclusive end
                    d("2026-03-01"), // after
                    d("2026-01-11")); // again
            assertThat(JANUARY.splitAt(cuts))
                    .containsExactly(
                            r("2026-01-01", "2026-01-11"),
                            r("2026-01-11", "2026-01-21"),
                            r("2026-01-21", "2026-02-01"));
        }

        @Test
        void aQuarterAtTheFirstOfEachMonthIsItsThreeMonths() {
            assertThat(Q1.splitAt(List.of(d("2026-01-01"), d("2026-02-01"), d("2026-03-01"))))
                    .containsExactly(JANUARY, FEBRUARY, DateRange.ofMonth(2026, 3));
        }

        @Test
        void noCutsGiveTheWholePeriod() {
            assertThat(JANUARY.splitAt(List.of())).containsExactly(JANUARY);
        }
    }

    @Nested
    class Prorate {
        private final List<DateRange> janAt11 = JANUARY.splitAt(List.of(d("2026-01-11")));

        @Test
        void eur3100OverJanuarySplitAtThe11th() {
            assertThat(JANUARY.prorate(eur("3100.00"), janAt11, RemainderPolicy.LARGEST_REMAINDER))
                    .containsExactly(eur("1000.00"), eur("2100.00"));
        }

        @Test
        void piecesGivenOutOfOrderGetTheirAmountsInTheOrderGiven() {
            List<DateRange> reversed = new ArrayList<>(janAt11);
            Collections.reverse(reversed);
            assertThat(JANUARY.prorate(eur("3100.00"), reversed, RemainderPolicy.LARGEST_REMAINDER))
                    .containsExactly(eur("2100.00"), eur("1000.00"));
        }

        @Test
        void aRefundIsSpreadLikeTheSale() {
            assertThat(JANUARY.prorate(eur("-3100.00"), janAt11, RemainderPolicy.FIRST_PARTIES))
                    .containsExactly(eur("-1000.00"), eur("-2100.00"));
        }

        // EUR 100.00 = 10,000 cents over 10, 10 and 11 days of January's 31:
        // 10/31 of 10,000 = 3,225 rest 25/31; 11/31 of 10,000 = 3,548 rest 12/31;
        // 3,225 + 3,225 + 3,548 = 9,998, so 2 cents are left over.
        private final List<DateRange> tenTenEleven =
                List.of(r("2026-01-01", "2026-01-11"), r("2026-01-11", "2026-01-21"), r("2026-01-21", "2026-02-01"));

        @ParameterizedTest
        @EnumSource(RemainderPolicy.class)
        void eur100OverTenTenAndElevenDays(RemainderPolicy policy) {
            // Both policies give the 2 cents to the 10-day pieces: the larger rests (25/31) and the
            // first pieces with a rest.
            assertThat(JANUARY.prorate(eur("100.00"), tenTenEleven, policy))
                    .containsExactly(eur("32.26"), eur("32.26"), eur("35.48"));
        }

        @Test
        void eur100OverElevenTenAndTenDaysByLargestRemainder() {
            List<DateRange> elevenFirst = List.of(tenTenEleven.get(2), tenTenEleven.get(0), tenTenEleven.get(1));
            // Rests 12/31, 25/31, 25/31: the two 10-day pieces get a cent each.
            assertThat(JANUARY.prorate(eur("100.00"), elevenFirst, RemainderPolicy.LARGEST_REMAINDER))
                    .containsExactly(eur("35.48"), eur("32.26"), eur("32.26"));
        }

        @Test
        void eur100OverElevenTenAndTenDaysByFirstParties() {
            List<DateRange> elevenFirst = List.of(tenTenEleven.get(2), tenTenEleven.get(0), tenTenEleven.get(1));
            // "First" means first in date order, not in the order given: the two 10-day pieces
            // (1-10 and 11-20 January) get a cent each, exactly as when the pieces come in date order.
            assertThat(JANUARY.prorate(eur("100.00"), elevenFirst, RemainderPolicy.FIRST_PARTIES))
                    .containsExactly(eur("35.48"), eur("32.26"), eur("32.26"));
        }

        @Test
        void onePieceGetsEverything() {
            assertThat(JANUARY.prorate(eur("123.45"), List.of(JANUARY), RemainderPolicy.LARGEST_REMAINDER))
                    .containsExactly(eur("123.45"));
        }

        @Test
        void worksWithASplitByWeek() {
            List<DateRange> weeks = JANUARY.split(PeriodUnit.WEEK);
            // Thu 1 to Sun 4 (4 days), three full weeks, Mon 26 to Sat 31 (6 days): 4 + 21 + 6 = 31.
            assertThat(weeks).extracting(DateRange::lengthInDays).containsExactly(4L, 7L, 7L, 7L, 6L);
            assertThat(Money.sum(JANUARY.prorate(eur("310.00"), weeks, RemainderPolicy.LARGEST_REMAINDER)))
                    .isEqualTo(eur("310.00"));
            assertThat(JANUARY.prorate(eur("310.00"), weeks, RemainderPolicy.LARGEST_REMAINDER))
                    .containsExactly(eur("40.00"), eur("70.00"), eur("70.00"), eur("70.00"), eur("60.00"));
        }
    }

    @Nested
    class OrderingEqualityAndText {
        @Test
        void ordersByStartThenEnd() {
            DateRange janToFeb = r("2026-01-01", "2026-02-01");
            DateRange janToApr = r("2026-01-01", "2026-04-01");
            DateRange secondDay = r("2026-01-02", "2026-01-03");
            List<DateRange> sorted = new ArrayList<>(Arrays.asList(secondDay, janToApr, janToFeb));
            Collections.sort(sorted);
            assertThat(sorted).containsExactly(janToFeb, janToApr, secondDay);
            assertThat(janToFeb.compareTo(r("2026-01-01", "2026-02-01"))).isZero();
            assertThat(janToApr.compareTo(janToFeb)).isPositive();
            assertThat(janToFeb.compareTo(secondDay)).isNegative();
        }

        @Test
        void toStringIsHalfOpen() {
            assertThat(Q1).hasToString("[2026-01-01, 2026-04-01)");
            assertThat(DateRange.ofDay(d("2026-02-28"))).hasToString("[2026-02-28, 2026-03-01)");
        }

        @Test
        void equalWhenSameStartAndEnd() {
            new EqualsTester()
                    .addEqualityGroup(
                            Q1, DateRange.closed(d("2026-01-01"), d("2026-03-31")), r("2026-01-01", "2026-04-01"))
                    .addEqualityGroup(JANUARY, DateRange.ofMonth(YearMonth.of(2026, 1)), r("2026-01-01", "2026-02-01"))
                    .addEqualityGroup(
                            DateRange.ofDay(d("2026-01-01")), DateRange.closed(d("2026-01-01"), d("2026-01-01")))
                    .addEqualityGroup(r("2026-01-02", "2026-04-01")) // same end, other start
                    .addEqualityGroup(DateRange.ofYear(2026))
                    .testEquals();
        }
    }
}
