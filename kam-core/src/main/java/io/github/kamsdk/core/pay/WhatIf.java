package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;

/**
 * How a manager's pay would change if a hypothetical transaction were added: the statement as it
 * is, the statement with the transaction, and the line-by-line change.
 *
 * <pre>{@code
 * WhatIf w = calculator.whatIf(ana, q1, input, bigDeal);
 * w.change();           // EUR 1500.00 more
 * w.changes().lines();  // which lines moved (a commission band, the bonus, a cap …)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WhatIf {
    private final PayStatement before;
    private final PayStatement after;
    private final PayAdjustment changes;

    WhatIf(PayStatement before, PayStatement after) {
        this.before = before;
        this.after = after;
        this.changes = PayAdjustment.between(before, after);
    }

    /**
     * The manager.
     *
     * @return the manager
     */
    public ManagerId manager() {
        return before.manager();
    }

    /**
     * The statement without the transaction.
     *
     * @return the statement
     */
    public PayStatement before() {
        return before;
    }

    /**
     * The statement with the transaction.
     *
     * @return the statement
     */
    public PayStatement after() {
        return after;
    }

    /**
     * The lines that change, as adjustment lines.
     *
     * @return the changes
     */
    public PayAdjustment changes() {
        return changes;
    }

    /**
     * The change in total pay: {@code after.total() − before.total()}.
     *
     * @return the change
     */
    public Money change() {
        return after.total().minus(before.total());
    }

    @Override
    public String toString() {
        return "WhatIf{" + manager() + ": " + before.total() + " -> " + after.total() + "}";
    }
}
