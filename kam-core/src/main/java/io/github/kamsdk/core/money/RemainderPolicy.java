package io.github.kamsdk.core.money;

/**
 * Who receives the minor units left over when an amount is split and the exact shares are cut to
 * whole minor units.
 *
 * <p>Both policies first give every party its exact share cut towards zero; then the leftover units
 * (always fewer than the parties) go one each to parties whose share was cut, so that no part
 * differs from its exact share by a whole minor unit or more and the parts always add up to the
 * total. They differ only in which parties get the leftover units.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RemainderPolicy {
    /**
     * The parties whose shares lost the most in the cut get the leftover units (the Hamilton or
     * largest-remainder method); equal remainders go to the earlier party. The default: it keeps
     * every part as close as possible to its exact share.
     *
     * <p>Example: EUR 99.99 split 75/25. Exact shares 74.9925 and 24.9975; cut to 74.99 and 24.99,
     * one cent left over. The second party's cut (0.0075) is larger than the first's (0.0025), so
     * the parts are <b>EUR 74.99 and EUR 25.00</b>.
     */
    LARGEST_REMAINDER,

    /**
     * The leftover units go one each to the earliest parties whose share was cut, in the order the
     * parties are given (for keyed splits, in key order).
     *
     * <p>Example: EUR 99.99 split 75/25. Cut shares 74.99 and 24.99, one cent left over; it goes to
     * the first party: <b>EUR 75.00 and EUR 24.99</b>. Splitting EUR 0.05 in seven equal parts
     * gives one cent to each of the first five and nothing to the last two.
     */
    FIRST_PARTIES
}
