package io.github.kamsdk.core.ledger;

import io.github.kamsdk.core.account.AccountId;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What every commercial event has: an id, the client account, the managers credited with it, a
 * date and a currency. The SDK's four kinds are {@link Order}, {@link Invoice}, {@link Payment} and
 * {@link Reversal} (a return or a refusal); {@link #kind()} says which, so engines can switch on it.
 *
 * <p>The interface is sealed: engines rely on knowing every kind. Hosts map their ERP documents
 * onto these types; an event in a currency other than the one a calculation reports in is
 * converted only with exchange rates the host passes, never silently.
 */
public sealed interface CommercialEvent permits Order, Invoice, Payment, Reversal {
    /**
     * The host's id of the event, unique among all events of a ledger.
     *
     * @return the id
     */
    EventId id();

    /**
     * The client account.
     *
     * @return the account
     */
    AccountId account();

    /**
     * The managers credited with the event and their shares.
     *
     * @return the credits
     */
    Credits credits();

    /**
     * The day the event happened (ordered, invoiced, paid, returned or refused).
     *
     * @return the date
     */
    LocalDate date();

    /**
     * The currency of every amount of the event.
     *
     * @return the currency
     */
    Currency currency();

    /**
     * What kind of event this is.
     *
     * @return the kind
     */
    EventKind kind();
}
