package io.github.kamsdk.core.ledger;

/** Whether a {@link Reversal} is a return or a refusal (R-KPI-7, 004 §2.11). */
public enum ReversalKind {
    /** The client accepted the goods and later sent (some of) them back. */
    RETURN,
    /** The client refused (some of) the goods at delivery. */
    REFUSAL;

    /**
     * The event kind that matches.
     *
     * @return {@link EventKind#RETURN} or {@link EventKind#REFUSAL}
     */
    public EventKind eventKind() {
        return this == RETURN ? EventKind.RETURN : EventKind.REFUSAL;
    }
}
