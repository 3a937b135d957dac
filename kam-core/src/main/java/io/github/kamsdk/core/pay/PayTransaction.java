package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.immutables.value.Value;

/**
 * One credit of a deal to the managers it names: what variable pay earns on.
 *
 * <p>A transaction carries the whole deal's {@link #lines() lines} and the {@link #portion()} of
 * the deal it credits: 100% for a booked order, the billed share for an invoice, the paid share for
 * a payment. The deal's full size chooses the commission band, so that splitting a deal into
 * invoices, payments or credit shares never moves it into another band; what is credited is the
 * portion of it.
 *
 * <pre>{@code
 * PayTransaction sale = PayTransaction.builder()
 *     .id(EventId.of("SO-1"))
 *     .account(AccountId.of("C-1"))
 *     .credits(Credits.solely(ManagerId.of("ana")))
 *     .date(LocalDate.of(2026, 2, 10))
 *     .addLine(TransactionLine.of(Money.of("40000.00", "EUR")))
 *     .build();
 * sale.amount(); // EUR 40000.00; basis BOOKED, deal SO-1, portion 100%
 *
 * PayTransaction firstHalfPaid = PayTransaction.builder()
 *     .id(EventId.of("PAY-1/INV-1"))
 *     .deal(EventId.of("SO-1"))
 *     .basis(CreditingBasis.COLLECTED)
 *     // … account, credits, date, the deal's lines as above
 *     .portion(Rate.percent(50))
 *     .build();
 * firstHalfPaid.amount(); // EUR 20000.00
 * }</pre>
 *
 * <p>Rules, checked when built, each failure an {@link IllegalArgumentException} naming the field
 * and the transaction: at least one line; all lines in one currency; the portion above 0% and at
 * most 100%.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
@Value.Immutable
public abstract class PayTransaction {
    PayTransaction() {}

    /**
     * A builder: id, account, credits, date and at least one line are required; the deal defaults
     * to the id, the basis to {@link CreditingBasis#BOOKED}, the portion to 100%.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A ledger order as a booked transaction: its id, account, credits, date and lines, in full.
     *
     * @param order the order, not null
     * @return the transaction
     */
    public static PayTransaction booked(Order order) {
        notNull(order, "order");
        Builder b = builder()
                .id(order.id())
                .account(order.account())
                .credits(order.credits())
                .date(order.date())
                .basis(CreditingBasis.BOOKED);
        for (OrderLine line : order.lines()) {
            b.addLine(TransactionLine.of(line));
        }
        return b.build();
    }

    /**
     * The id of this credit, unique among the transactions of one calculation (an order id, an
     * invoice id, or a payment's application such as {@code "PAY-1/INV-1"}).
     *
     * @return the id
     */
    public abstract EventId id();

    /**
     * The deal this transaction credits a part of: the order, or the invoice when there is no
     * order. Clawbacks and commission records are kept per deal.
     *
     * @return the deal; the id by default
     */
    @Value.Default
    public EventId deal() {
        return id();
    }

    /**
     * The client account.
     *
     * @return the account
     */
    public abstract AccountId account();

    /**
     * Who is credited, with what share.
     *
     * @return the credits
     */
    public abstract Credits credits();

    /**
     * The day the transaction earns: the booking, invoice or payment date, by its basis.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * On which basis this transaction credits its deal.
     *
     * @return the basis; {@link CreditingBasis#BOOKED} by default
     */
    @Value.Default
    public CreditingBasis basis() {
        return CreditingBasis.BOOKED;
    }

    /**
     * The whole deal's lines.
     *
     * @return at least one line, all in one currency
     */
    public abstract List<TransactionLine> lines();

    /**
     * The share of the deal this transaction credits.
     *
     * @return above 0% and at most 100%; 100% by default
     */
    @Value.Default
    public Rate portion() {
        return Rate.ONE_HUNDRED_PERCENT;
    }

    /**
     * The currency of the lines.
     *
     * @return the currency
     */
    @Value.Derived
    @Value.Auxiliary
    public Currency currency() {
        argument(!lines().isEmpty(), "lines must not be empty (transaction %s)", id());
        return lines().get(0).amount().currency();
    }

    /**
     * The whole deal's amount: the sum of the lines.
     *
     * @return the deal's amount
     */
    @Value.Derived
    @Value.Auxiliary
    public Money dealAmount() {
        Money total = Money.zero(currency());
        for (TransactionLine line : lines()) {
            argument(
                    line.amount().isSameCurrency(total),
                    "lines must all be in %s: a line of %s (transaction %s)",
                    currency().getCurrencyCode(),
                    line.amount(),
                    id());
            total = total.plus(line.amount());
        }
        return total;
    }

    /**
     * What this transaction credits: the deal's amount times the portion, exact.
     *
     * @return the amount credited
     */
    public Money amount() {
        return dealAmount().times(portion());
    }

    @Value.Check
    void check() {
        argument(
                portion().isPositive() && !portion().isGreaterThan(Rate.ONE_HUNDRED_PERCENT),
                "portion must be above 0% and at most 100%: %s (transaction %s)",
                portion(),
                id());
    }

    /**
     * Builds a {@link PayTransaction}; a null argument fails with an {@link IllegalArgumentException}
     * naming the attribute, and {@link #build()} checks the rules. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutablePayTransaction.Builder {
        Builder() {}
    }
}
