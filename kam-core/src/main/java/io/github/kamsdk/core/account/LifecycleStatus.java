package io.github.kamsdk.core.account;

/**
 * Where a client account stands in its life with the company (R-ACC-2): a prospect becomes active
 * with its first purchase, may lapse when it stops buying regularly, and may be lost to a
 * competitor. The last two are the two kinds of churn of R-KPI-2.
 *
 * <p>The SDK does not move an account between statuses by itself: the host decides (e.g. "no
 * order for 12 months" means lapsed) and records the status on the {@link Account}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LifecycleStatus {
    /** A potential client that has not bought yet; it has no purchase dates. */
    PROSPECT,
    /** A client that buys regularly. */
    ACTIVE,
    /** A client that stopped buying regularly, without a known competitor taking it. */
    LAPSED,
    /** A client that went to a competitor. */
    LOST_TO_COMPETITOR;

    /**
     * Whether the status counts as churn (R-KPI-2): lapsed or lost to a competitor.
     *
     * @return true for {@link #LAPSED} and {@link #LOST_TO_COMPETITOR}
     */
    public boolean isChurned() {
        return this == LAPSED || this == LOST_TO_COMPETITOR;
    }
}
