package io.github.kamsdk.core.time;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.money.Allocation;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RemainderPolicy;
import io.github.kamsdk.core.money.RoundingPolicy;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A period of whole days, half-open: it contains its start and not its end, {@code [start, end)}.
 * The first quarter of 2026 is {@code [2026-01-01, 2026-04-01)}: 90 days, and the next quarter
 * starts exactly where it ends, so consecutive periods never overlap nor leave a gap.
 *
 * <pre>{@code
 * DateRange q1 = DateRange.ofQuarter(2026, 1);          // [2026-01-01, 2026-04-01)
 * q1.lengthInDays();                                    // 90
 * q1.split(PeriodUnit.MONTH);                           // Jan, Feb, Mar
 * DateRange.of(LocalDate.of(2026, 1, 11), q1.endExclusive()).prorationOf(DateRange.ofMonth(2026, 1)); // 21/31
 * }</pre>
 *
 * <p>A period is never empty: its end is after its start. Dates anywhere in {@link LocalDate}'s
 * range are accepted; a period whose end would fall beyond {@link LocalDate#MAX} is refused.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class DateRange implements Comparable<DateRange> {
    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * The period from {@code startInclusive} up to but not including {@code endExclusive}.
     *
     * @param startInclusive the first day, not null
     * @param endExclusive the day after the last, after {@code startInclusive}, not null
     * @return the period
     */
    public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
        notNull(startInclusive, "startInclusive");
        notNull(endExclusive, "endExclusive");
        argument(
                endExclusive.isAfter(startInclusive),
                "endExclusive must be after startInclusive: [%s, %s)",
                startInclusive,
                endExclusive);
        return new DateRange(startInclusive, endExclusive);
    }

    /**
     * The period from the first to the last day, both included, as contracts and ERP validity
     * fields usually state it: {@code closed(2026-01-01, 2026-03-31)} is {@code [2026-01-01,
     * 2026-04-01)}.
     *
     * @param startInclusive the first day, not null
     * @param endInclusive the last day, not before {@code startInclusive}, not {@link
     *     LocalDate#MAX}, not null
     * @return the period
     */
    public static DateRange closed(LocalDate startInclusive, LocalDate endInclusive) {
        notNull(startInclusive, "startInclusive");
        notNull(endInclusive, "endInclusive");
        argument(
                !endInclusive.isBefore(startInclusive),
                "endInclusive must not be before startInclusive: [%s, %s]",
                startInclusive,
                endInclusive);
        return new DateRange(startInclusive, dayAfter(endInclusive, "endInclusive"));
    }

    /**
     * The single day.
     *
     * @param day the day, not {@link LocalDate#MAX}, not null
     * @return {@code [day, day + 1)}
     */
    public static DateRange ofDay(LocalDate day) {
        notNull(day, "day");
        return new DateRange(day, dayAfter(day, "day"));
    }

    /**
     * The calendar month.
     *
     * @param month the month, not null
     * @return e.g. {@code [2026-02-01, 2026-03-01)} for February 2026
     */
    public static DateRange ofMonth(YearMonth month) {
        notNull(month, "month");
        return safely(
                "month",
                month,
                () -> new DateRange(month.atDay(1), month.plusMonths(1).atDay(1)));
    }

    /**
     * The calendar month.
     *
     * @param year the year
     * @param month the month, 1 to 12
     * @return e.g. {@code [2026-02-01, 2026-03-01)} for (2026, 2)
     */
    public static DateRange ofMonth(int year, int month) {
        argument(month >= 1 && month <= 12, "month must be between 1 and 12: %s", month);
        return safely("year", year, () -> ofMonth(YearMonth.of(year, month)));
    }

    /**
     * The calendar quarter.
     *
     * @param year the year
     * @param quarter the quarter, 1 to 4
     * @return e.g. {@code [2026-04-01, 2026-07-01)} for (2026, 2)
     */
    public static DateRange ofQuarter(int year, int quarter) {
        return FiscalCalendar.GREGORIAN.quarter("year", year, quarter);
    }

    /**
     * The calendar year.
     *
     * @param year the year
     * @return e.g. {@code [2026-01-01, 2027-01-01)}
     */
    public static DateRange ofYear(int year) {
        return FiscalCalendar.GREGORIAN.months("year", year, 0, 12);
    }

    /**
     * The first day, included.
     *
     * @return the start
     */
    public LocalDate start() {
        return start;
    }

    /**
     * The day after the last day, excluded.
     *
     * @return the exclusive end
     */
    public LocalDate endExclusive() {
        return end;
    }

    /**
     * The last day, included.
     *
     * @return the day before {@link #endExclusive()}
     */
    public LocalDate endInclusive() {
        return end.minusDays(1);
    }

    /**
     * The number of days: 90 for the first quarter of 2026, 366 for the year 2028.
     *
     * @return at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /**
     * Whether the day lies in the period: the start does, the exclusive end does not.
     *
     * @param day the day, not null
     * @return {@code start <= day < end}
     */
    public boolean contains(LocalDate day) {
        notNull(day, "day");
        return !day.isBefore(start) && day.isBefore(end);
    }

    /**
     * Whether the other period lies wholly within this one.
     *
     * @param other the period, not null
     * @return true if every day of {@code other} is in this period
     */
    public boolean encloses(DateRange other) {
        notNull(other, "other");
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * Whether the two periods share at least one day. Consecutive periods ({@code [Jan, Feb)} and
     * {@code [Feb, Mar)}) do not overlap.
     *
     * @param other the period, not null
     * @return true if they share a day
     */
    public boolean overlaps(DateRange other) {
        notNull(other, "other");
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /**
     * The days the two periods share.
     *
     * @param other the period, not null
     * @return the overlap, or empty if they share no day
     */
    public Optional<DateRange> intersection(DateRange other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = end.isBefore(other.end) ? end : other.end;
        return Optional.of(new DateRange(s, e));
    }

    /**
     * The number of days the two periods share.
     *
     * @param other the period, not null
     * @return 0 if they do not overlap
     */
    public long overlapInDays(DateRange other) {
        return intersection(other).map(DateRange::lengthInDays).orElse(0L);
    }

    /**
     * The smallest period that covers both (including any gap between them).
     *
     * @param other the period, not null
     * @return the span
     */
    public DateRange span(DateRange other) {
        notNull(other, "other");
        return new DateRange(
                start.isBefore(other.start) ? start : other.start, end.isAfter(other.end) ? end : other.end);
    }

    /**
     * The share of {@code whole} that this period covers, in days: {@code [2026-01-11, 2026-02-01)}
     * of January 2026 is 21/31. Days of this period outside {@code whole} do not count.
     *
     * @param whole the period to prorate over, not null
     * @return overlap days / days of {@code whole}, between 0 and 1
     */
    public Proration prorationOf(DateRange whole) {
        notNull(whole, "whole");
        return Proration.ofDays(overlapInDays(whole), whole.lengthInDays());
    }

    /**
     * Splits the period at the boundaries of the calendar unit: a period from 15 January to 10 March
     * splits by month into {@code [01-15, 02-01)}, {@code [02-01, 03-01)}, {@code [03-01, 03-10)}.
     * Calendar quarters and years; see {@link FiscalCalendar#split} for fiscal ones.
     *
     * @param unit the unit, not null
     * @return consecutive periods covering this one exactly, in order
     */
    public ImmutableList<DateRange> split(PeriodUnit unit) {
        return FiscalCalendar.GREGORIAN.split(this, unit);
    }

    /**
     * Splits the period at the given days; days outside the period or on its start are ignored, so
     * splitting a quarter at the first of each month gives its three months.
     *
     * @param cuts the days on which a new piece starts, not null
     * @return consecutive periods covering this one exactly, in order
     */
    public ImmutableList<DateRange> splitAt(Collection<LocalDate> cuts) {
        notNull(cuts, "cuts");
        TreeSet<LocalDate> inside = new TreeSet<>();
        int i = 0;
        for (LocalDate cut : cuts) {
            notNull(cut, "cuts[" + i++ + "]");
            if (cut.isAfter(start) && cut.isBefore(end)) {
                inside.add(cut);
            }
        }
        ImmutableList.Builder<DateRange> pieces = ImmutableList.builderWithExpectedSize(inside.size() + 1);
        LocalDate from = start;
        for (LocalDate cut : inside) {
            pieces.add(new DateRange(from, cut));
            from = cut;
        }
        return pieces.add(new DateRange(from, end)).build();
    }

    /**
     * Spreads an amount over the pieces of this period in proportion to their days, so that the
     * pieces add up to the amount to the cent: EUR 3,100.00 over January split at the 11th is EUR
     * 1,000.00 (10 days) and EUR 2,100.00 (21 days).
     *
     * @param amount the amount for the whole period, a whole number of minor units, not null
     * @param pieces consecutive periods that cover this one exactly (as {@link #split} or {@link
     *     #splitAt} give), in any order, not null
     * @param policy who gets leftover minor units, the pieces taken in date order whatever order
     *     they are given in (so equal remainders favour the earlier piece), not null
     * @return one amount per piece, in the order given, adding up to {@code amount}
     * @throws IllegalArgumentException if the pieces overlap, leave a gap or reach outside
     */
    public ImmutableList<Money> prorate(Money amount, List<DateRange> pieces, RemainderPolicy policy) {
        notNull(amount, "amount");
        argument(
                amount.isRounded(RoundingPolicy.DEFAULT),
                "amount must be a whole number of minor units (round it first): %s",
                amount);
        notNull(pieces, "pieces");
        notNull(policy, "policy");
        List<DateRange> sorted = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            sorted.add(notNull(pieces.get(i), "pieces[" + i + "]"));
        }
        argument(!sorted.isEmpty(), "pieces must not be empty");
        sorted.sort(null);
        LocalDate expected = start;
        for (DateRange piece : sorted) {
            argument(piece.start.equals(expected), "pieces must cover %s without gap or overlap: %s", this, pieces);
            expected = piece.end;
        }
        argument(expected.equals(end), "pieces must cover %s without gap or overlap: %s", this, pieces);
        // Allocate in date order, so the cents do not depend on the order the pieces are given in.
        Map<DateRange, BigDecimal> days = new HashMap<>();
        for (DateRange piece : sorted) {
            days.put(piece, BigDecimal.valueOf(piece.lengthInDays()));
        }
        Map<DateRange, Money> byPiece = Allocation.byWeights(amount, days, policy);
        ImmutableList.Builder<Money> result = ImmutableList.builderWithExpectedSize(pieces.size());
        for (DateRange piece : pieces) {
            result.add(byPiece.get(piece));
        }
        return result.build();
    }

    /**
     * Orders by start, then by end.
     *
     * @param other the period, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(DateRange other) {
        notNull(other, "other");
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DateRange that && start.equals(that.start) && end.equals(that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    /** The half-open form, e.g. {@code "[2026-01-01, 2026-04-01)"}. */
    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }

    static DateRange unchecked(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    private static LocalDate dayAfter(LocalDate day, String field) {
        argument(!day.equals(LocalDate.MAX), "%s must be before LocalDate.MAX: %s", field, day);
        return day.plusDays(1);
    }

    static <T> T safely(String field, Object value, Supplier<T> computation) {
        try {
            return computation.get();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " is outside the supported dates: " + value, e);
        }
    }
}
