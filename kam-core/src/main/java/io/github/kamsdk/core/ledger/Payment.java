package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A client's payment: applied in full or in part to one or more invoices; whatever is not applied
 * is an advance (a down payment or money on account) (R-CRED-3).
 *
 * <pre>{@code
 * Payment p = Payment.builder()
 *     .id(EventId.of("PAY-1"))
 *     .account(AccountId.of("C-1"))
 *     .credits(Credits.solely(ManagerId.of("M-7")))
 *     .date(LocalDate.of(2026, 3, 30))
 *     .amount(Money.of("1000.00", "EUR"))
 *     .apply(EventId.of("INV-1"), Money.of("870.00", "EUR"))
 *     .build();
 * p.applied();   // EUR 870.00
 * p.unapplied(); // EUR 130.00, an advance
 * }</pre>
 *
 * <p><b>Consistency rules</b>, checked by {@link Builder#build()}, each failure an {@link
 * IllegalArgumentException} naming the payment and the value: the amount is above zero; every
 * application is in the payment's currency and names a different invoice; the applications add up
 * to at most the amount. Applications are kept in invoice-id order. That each invoice exists,
 * belongs to the same account and is not paid beyond its amount is checked where events are
 * brought together.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
public final class Payment implements CommercialEvent {
    private final EventId id;
    private final AccountId account;
    private final Credits credits;
    private final LocalDate date;
    private final Money amount;
    private final ImmutableList<PaymentApplication> applications;
    private final Money applied;

    private Payment(Builder b, Money amount, ImmutableList<PaymentApplication> applications, Money applied) {
        this.id = b.id;
        this.account = b.account;
        this.credits = b.credits;
        this.date = b.date;
        this.amount = amount;
        this.applications = applications;
        this.applied = applied;
    }

    /**
     * A builder: id, account, credits, date and amount are required; applications are optional.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventId id() {
        return id;
    }

    @Override
    public AccountId account() {
        return account;
    }

    @Override
    public Credits credits() {
        return credits;
    }

    /** The day the money was received. */
    @Override
    public LocalDate date() {
        return date;
    }

    /** The amount's currency. */
    @Override
    public Currency currency() {
        return amount.currency();
    }

    /** Always {@link EventKind#PAYMENT}. */
    @Override
    public EventKind kind() {
        return EventKind.PAYMENT;
    }

    /**
     * The amount received.
     *
     * @return above zero
     */
    public Money amount() {
        return amount;
    }

    /**
     * The parts applied to invoices, in invoice-id order.
     *
     * @return the applications, possibly empty (an advance)
     */
    public ImmutableList<PaymentApplication> applications() {
        return applications;
    }

    /**
     * The sum of the applications.
     *
     * @return at most {@link #amount()}
     */
    public Money applied() {
        return applied;
    }

    /**
     * The part not applied to any invoice: an advance.
     *
     * @return amount minus applied, not negative
     */
    public Money unapplied() {
        return amount.minus(applied);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Payment that
                && id.equals(that.id)
                && account.equals(that.account)
                && credits.equals(that.credits)
                && date.equals(that.date)
                && amount.equals(that.amount)
                && applications.equals(that.applications);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + amount.hashCode();
    }

    /** For example {@code Payment{PAY-1, C-1, 2026-03-30, EUR 1000.00, applied EUR 870.00}}. */
    @Override
    public String toString() {
        return "Payment{" + id + ", " + account + ", " + date + ", " + amount + ", applied " + applied + "}";
    }

    /**
     * Builds a {@link Payment}. A null argument fails at once with an {@link
     * IllegalArgumentException} naming the attribute; {@link #build()} checks the consistency rules.
     * A builder is not thread-safe.
     */
    public static final class Builder {
        private @Nullable EventId id;
        private @Nullable AccountId account;
        private @Nullable Credits credits;
        private @Nullable LocalDate date;
        private @Nullable Money amount;
        private final List<PaymentApplication> applications = new ArrayList<>();

        Builder() {}

        /**
         * Sets the payment's id.
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(EventId id) {
            this.id = notNull(id, "id");
            return this;
        }

        /**
         * Sets the paying account.
         *
         * @param account the account, not null
         * @return this builder
         */
        public Builder account(AccountId account) {
            this.account = notNull(account, "account");
            return this;
        }

        /**
         * Sets who is credited with the payment (usually the invoices' managers).
         *
         * @param credits the credits, not null
         * @return this builder
         */
        public Builder credits(Credits credits) {
            this.credits = notNull(credits, "credits");
            return this;
        }

        /**
         * Sets the day the money was received.
         *
         * @param date the date, not null
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = notNull(date, "date");
            return this;
        }

        /**
         * Sets the amount received.
         *
         * @param amount the amount, not null
         * @return this builder
         */
        public Builder amount(Money amount) {
            this.amount = notNull(amount, "amount");
            return this;
        }

        /**
         * Applies part of the payment to an invoice.
         *
         * @param invoice the invoice's id, not null
         * @param amount the amount applied, above zero, not null
         * @return this builder
         */
        public Builder apply(EventId invoice, Money amount) {
            applications.add(PaymentApplication.of(invoice, amount));
            return this;
        }

        /**
         * Adds an application.
         *
         * @param application the application, not null
         * @return this builder
         */
        public Builder addApplication(PaymentApplication application) {
            applications.add(notNull(application, "application"));
            return this;
        }

        /**
         * Builds the payment after checking the consistency rules.
         *
         * @return the payment
         * @throws IllegalArgumentException naming the attribute or rule that fails
         */
        public Payment build() {
            notNull(id, "id");
            argument(account != null, "account must not be null (payment %s)", id);
            argument(credits != null, "credits must not be null (payment %s)", id);
            argument(date != null, "date must not be null (payment %s)", id);
            argument(amount != null, "amount must not be null (payment %s)", id);
            Money total = amount;
            argument(total.isPositive(), "amount of payment %s must be above zero: %s", id, total);
            Set<EventId> invoices = new HashSet<>();
            Money applied = Money.zero(total.currency());
            for (PaymentApplication a : applications) {
                argument(
                        a.amount().isSameCurrency(total),
                        "payment %s applies %s to invoice %s, not in the payment's currency %s",
                        id,
                        a.amount(),
                        a.invoice(),
                        total.currency());
                argument(invoices.add(a.invoice()), "payment %s applies to invoice %s more than once", id, a.invoice());
                applied = applied.plus(a.amount());
            }
            argument(
                    applied.isLessThanOrEqualTo(total),
                    "payment %s applies %s to invoices, more than its amount %s",
                    id,
                    applied,
                    total);
            List<PaymentApplication> sorted = new ArrayList<>(applications);
            sorted.sort(Comparator.comparing(PaymentApplication::invoice));
            return new Payment(this, total, ImmutableList.copyOf(sorted), applied);
        }
    }
}
