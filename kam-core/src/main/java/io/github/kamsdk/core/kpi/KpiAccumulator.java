package io.github.kamsdk.core.kpi;

import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Rate;

/**
 * The running state of one {@link KpiFormula} over one pass of the input: it is offered every
 * input once, in any order, can absorb another accumulator of the same formula and context (the
 * partial result of another slice of the input), and finally yields the {@link KpiValue}.
 *
 * <p>Every input method does nothing by default, so a formula implements only what it reads.
 * Events come with the scope's {@code share} of them: 100% for the company, the manager's share of
 * the event's {@link io.github.kamsdk.core.ledger.Credits} in a manager's scope (never 0%: events
 * that do not credit the manager are not offered). Formulas weight amounts by the share and count
 * events whole.
 *
 * <p><b>Contract</b> (held by {@code KpiFormulaContract} in the tests): the result does not depend
 * on the order of the inputs; splitting the input in two, accumulating each part and merging gives
 * the same result as accumulating all of it; the accumulator keeps only what its formula needs
 * (sums, and per account or per invoice state where the definition requires it), never the events
 * themselves. An accumulator is mutable and not thread-safe; {@link #result()} may be called more
 * than once and does not change the state.
 */
public interface KpiAccumulator {
    /**
     * Offers an order.
     *
     * @param order the order
     * @param share the scope's share of it, above 0% and at most 100%
     */
    default void order(Order order, Rate share) {}

    /**
     * Offers an invoice.
     *
     * @param invoice the invoice
     * @param share the scope's share of it, above 0% and at most 100%
     */
    default void invoice(Invoice invoice, Rate share) {}

    /**
     * Offers a payment.
     *
     * @param payment the payment
     * @param share the scope's share of it, above 0% and at most 100%
     */
    default void payment(Payment payment, Rate share) {}

    /**
     * Offers a return or a refusal.
     *
     * @param reversal the reversal
     * @param share the scope's share of it, above 0% and at most 100%
     */
    default void reversal(Reversal reversal, Rate share) {}

    /**
     * Offers an activity (of the scope's manager, or of anyone in the company scope).
     *
     * @param activity the activity
     */
    default void activity(Activity activity) {}

    /**
     * Offers a competitor loss (every one, in any scope).
     *
     * @param loss the loss
     */
    default void competitorLoss(CompetitorLoss loss) {}

    /**
     * Absorbs the state of another accumulator of the same formula and context, as if this one had
     * also seen the other's inputs. The other accumulator must not be used afterwards.
     *
     * @param other an accumulator made by the same formula for the same context
     * @throws IllegalArgumentException if {@code other} comes from another formula or context
     */
    void merge(KpiAccumulator other);

    /**
     * The value for everything seen so far.
     *
     * @return the value, possibly not defined (with the reason)
     * @throws IllegalArgumentException if the input was inconsistent in a way only the whole input
     *     shows (e.g. payments exceeding an invoice), naming the items and figures
     */
    KpiValue result();
}
