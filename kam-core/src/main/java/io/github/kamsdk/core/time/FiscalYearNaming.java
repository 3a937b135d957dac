package io.github.kamsdk.core.time;

/**
 * How a fiscal year that does not start in January is named: by the calendar year it starts in or
 * the one it ends in. For a year starting in April 2026 and ending in March 2027, {@link
 * #START_YEAR} calls it 2026 (as in Japan or India's "FY2026-27") and {@link #END_YEAR} calls it
 * 2027 (as in the US federal "FY2027"). For a year starting in January both name it by its calendar
 * year.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FiscalYearNaming {
    /** The fiscal year carries the number of the calendar year in which it starts. */
    START_YEAR,
    /** The fiscal year carries the number of the calendar year in which it ends. */
    END_YEAR
}
