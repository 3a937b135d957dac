package io.github.kamsdk.rules.pricing;

/**
 * How {@link VolumeBreaks} price a quantity (R-DISC-4).
 *
 * <p>Worked example with breaks 0–9 at list, 10–49 at 5% off, 50 and more at 10% off, a list price
 * of EUR 100.00 and 60 units: {@link #RANGE} prices all 60 at 10% off (EUR 5,400.00); {@link #SLAB}
 * prices 10 at list, 40 at 5% off and 10 at 10% off (1,000 + 3,800 + 900 = EUR 5,700.00).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BreakSemantics {
    /** Each quantity band's units at that band's price ("slab", "graduated", "tiered"). */
    SLAB,
    /** The whole quantity at the price of the band the quantity reaches ("range", "all units"). */
    RANGE
}
