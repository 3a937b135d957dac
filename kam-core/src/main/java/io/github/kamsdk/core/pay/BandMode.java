package io.github.kamsdk.core.pay;

/**
 * How a {@link TransactionCommission} uses its {@link CommissionBands} (R-PAY-2).
 *
 * <p>Worked example with 15% below EUR 50,000 and 5% from EUR 50,000, on a deal of EUR 60,000:
 * {@link #WHOLE_AMOUNT} pays EUR 3,000.00 (5% of 60,000); {@link #GRADUATED} pays EUR 8,000.00 (15%
 * of 50,000 + 5% of 10,000). {@link #PERIOD_TO_DATE} with two deals of EUR 30,000 in the period pays
 * 15% on the first 50,000 of the manager's volume and 5% on the rest: EUR 8,000.00 whichever deal
 * came first.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BandMode {
    /**
     * The band is chosen by the size of the deal (its full eligible base, whatever portion or
     * credit share a transaction carries) and its rate applies to the whole amount credited. The
     * commission jumps where the rate changes: the statement's explanation flags those cliffs.
     */
    WHOLE_AMOUNT,

    /**
     * Each slice of the deal's eligible base earns its own band's rate; a transaction earns its
     * portion and credit share of the deal's graduated commission. Continuous and never falling as
     * the deal grows.
     */
    GRADUATED,

    /**
     * The band is chosen by the manager's volume in the period so far: the manager's credited base
     * of the period is laid end to end in date order (ties by transaction id), and each slice earns
     * the rate of the band its position falls in. The period's total is therefore graduated pricing
     * of the period's volume, whatever order the transactions arrive in; a plan change within the
     * period keeps the volume reached and prices the following slices with the new version's bands.
     */
    PERIOD_TO_DATE
}
