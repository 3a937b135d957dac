package io.github.kamsdk.rules.credit;

import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link CreditRule} sees: the request, the account's profile, the limit that applies and
 * where it came from, the exposure, the payment history and the overdue debt weighed by age. The
 * policy computes it once per request.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditContext {
    private final CreditRequest request;
    private final CreditProfile profile;
    private final CreditLimit limit;
    private final String limitSource;
    private final Exposure exposure;
    private final CreditHistory history;
    private final Money weightedOverdue;
    private final Money penalty;
    private final Money tolerance;
    private final int holdAfterDays;
    private final @Nullable Rate score;
    private final Rate limitFactor;

    CreditContext(
            CreditRequest request,
            CreditProfile profile,
            CreditLimit limit,
            String limitSource,
            Exposure exposure,
            CreditHistory history,
            Money weightedOverdue,
            Money penalty,
            Money tolerance,
            int holdAfterDays,
            @Nullable Rate score,
            Rate limitFactor) {
        this.request = request;
        this.profile = profile;
        this.limit = limit;
        this.limitSource = limitSource;
        this.exposure = exposure;
        this.history = history;
        this.weightedOverdue = weightedOverdue;
        this.penalty = penalty;
        this.tolerance = tolerance;
        this.holdAfterDays = holdAfterDays;
        this.score = score;
        this.limitFactor = limitFactor;
    }

    /**
     * The request.
     *
     * @return the request
     */
    public CreditRequest request() {
        return request;
    }

    /**
     * The account's profile.
     *
     * @return the profile
     */
    public CreditProfile profile() {
        return profile;
    }

    /**
     * The limit that applies: the account's, else its group's, else the company default.
     *
     * @return the limit
     */
    public CreditLimit limit() {
        return limit;
    }

    /**
     * Where the limit came from, in words.
     *
     * @return the source
     */
    public String limitSource() {
        return limitSource;
    }

    /**
     * The exposure with the new order.
     *
     * @return the exposure
     */
    public Exposure exposure() {
        return exposure;
    }

    /**
     * The payment history.
     *
     * @return the history
     */
    public CreditHistory history() {
        return history;
    }

    /**
     * The overdue debt weighed by age ({@link OverdueWeights}).
     *
     * @return the weighted overdue
     */
    public Money weightedOverdue() {
        return weightedOverdue;
    }

    /**
     * What the overdue debt takes off the room under the limit: the weighted overdue, or zero when
     * it is below the tolerance.
     *
     * @return the penalty
     */
    public Money overduePenalty() {
        return penalty;
    }

    /**
     * The weighted overdue below which overdue debt is ignored.
     *
     * @return the tolerance
     */
    public Money tolerance() {
        return tolerance;
    }

    /**
     * After how many days past due an invoice holds the account's orders (when the overdue debt is
     * not ignored).
     *
     * @return the days
     */
    public int holdAfterDays() {
        return holdAfterDays;
    }

    /**
     * The account's open invoices more than {@link #holdAfterDays()} past due.
     *
     * @return the oldest debts
     */
    public java.util.List<OpenInvoice> longOverdue() {
        return exposure.openInvoices().stream()
                .filter(o -> o.daysPastDue() > holdAfterDays)
                .toList();
    }

    /**
     * The credit score from the history.
     *
     * @return the score, or empty without scoring
     */
    public Optional<Rate> score() {
        return Optional.ofNullable(score);
    }

    /**
     * What the score scales the limit by.
     *
     * @return the factor, 100% without scoring
     */
    public Rate limitFactor() {
        return limitFactor;
    }
}
