package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.money.ExchangeRate;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A transaction as one manager's statement sees it: whom it credits and with what share, how it
 * reaches this statement, the exchange rate into the plan's currency, and the part a retro clawback
 * leaves of it. The calculator makes these; components read them.
 *
 * <p>The transaction credits {@link #factor()} of its deal to this statement: {@code portion ×
 * share × retained}. A 50/50 split of a deal invoiced in full gives each manager a factor of 50%,
 * so that the credited bases of all the managers add up to exactly the deal's (R-PAY-5).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditedTransaction {
    private final PayTransaction transaction;
    private final ManagerId manager;
    private final ManagerId creditedTo;
    private final CreditRelation relation;
    private final Rate share;
    private final @Nullable ExchangeRate conversion;
    private final Rate retained;
    private final Rate factor;

    CreditedTransaction(
            PayTransaction transaction,
            ManagerId manager,
            ManagerId creditedTo,
            CreditRelation relation,
            Rate share,
            @Nullable ExchangeRate conversion,
            Rate retained) {
        this.transaction = transaction;
        this.manager = manager;
        this.creditedTo = creditedTo;
        this.relation = relation;
        this.share = share;
        this.conversion = conversion;
        this.retained = retained;
        Rate f = transaction.portion();
        if (share.compareTo(Rate.ONE_HUNDRED_PERCENT) != 0) {
            f = f.times(share);
        }
        if (retained.compareTo(Rate.ONE_HUNDRED_PERCENT) != 0) {
            f = f.times(retained);
        }
        this.factor = f;
    }

    /**
     * The transaction.
     *
     * @return the transaction
     */
    public PayTransaction transaction() {
        return transaction;
    }

    /**
     * The manager whose statement this is.
     *
     * @return the statement's manager
     */
    public ManagerId manager() {
        return manager;
    }

    /**
     * The manager the transaction credits: the statement's manager, or for {@link
     * CreditRelation#SUBORDINATE} someone they supervise.
     *
     * @return the credited manager
     */
    public ManagerId creditedTo() {
        return creditedTo;
    }

    /**
     * How the transaction reaches this statement.
     *
     * @return the relation
     */
    public CreditRelation relation() {
        return relation;
    }

    /**
     * The credited manager's share of the transaction.
     *
     * @return above 0% and at most 100%
     */
    public Rate share() {
        return share;
    }

    /**
     * The exchange rate from the transaction's currency into the plan's, on the transaction's date.
     *
     * @return the rate, or empty when the transaction is in the plan's currency
     */
    public Optional<ExchangeRate> conversion() {
        return Optional.ofNullable(conversion);
    }

    /**
     * The part of the deal a retro clawback leaves standing (100% unless the plan recomputes
     * periods and the deal was returned, refused or left unpaid).
     *
     * @return 0% to 100%
     */
    public Rate retained() {
        return retained;
    }

    /**
     * The part of the deal credited to this statement: {@code portion × share × retained}, exact.
     *
     * @return the factor
     */
    public Rate factor() {
        return factor;
    }

    /**
     * An amount of the transaction in the plan's currency, converted exactly at {@link
     * #conversion()}.
     *
     * @param amount an amount in the transaction's currency, not null
     * @return the amount in the plan's currency
     */
    public Money toPayout(Money amount) {
        return conversion == null ? amount : conversion.convert(amount);
    }

    @Override
    public String toString() {
        return transaction.id() + " credited to " + creditedTo + " (" + relation + ", share " + share + ", factor "
                + factor + ")";
    }
}
