package io.github.kamsdk.core.time;

/**
 * The calendar units a period can be split into or looked up by. Weeks are ISO weeks (Monday to
 * Sunday); quarters and years follow the {@link FiscalCalendar} in use (calendar quarters and years
 * for {@link FiscalCalendar#GREGORIAN}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PeriodUnit {
    /** One day. */
    DAY,
    /** An ISO week, Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH,
    /** Three months from the start of the (fiscal) year. */
    QUARTER,
    /** Twelve months from the (fiscal) year's first month. */
    YEAR
}
