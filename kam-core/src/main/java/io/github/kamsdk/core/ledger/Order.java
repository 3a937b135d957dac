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
 * A client's order: booked revenue and margin, line by line.
 *
 * <pre>{@code
 * Order order = Order.builder()
 *     .id(EventId.of("SO-1"))
 *     .account(AccountId.of("C-1"))
 *     .credits(Credits.solely(ManagerId.of("M-7")))
 *     .date(LocalDate.of(2026, 3, 2))
 *     .currency(Currency.getInstance("EUR"))
 *     .addLine(OrderLine.builder().lineNumber(1).product(ProductId.of("PUMP-7"))
 *         .quantity(new BigDecimal("3")).unitPrice(Money.of("250.00", "EUR"))
 *         .unitCost(Money.of("180.00", "EUR")).build())
 *     .addLine(OrderLine.builder().lineNumber(2).product(ProductId.of("INSTALL"))
 *         .quantity(BigDecimal.ONE).unitPrice(Money.of("120.00", "EUR"))
 *         .unitCost(Money.of("60.00", "EUR")).additionalService(true).build())
 *     .build();
 * order.amount();                   // EUR 870.00
 * order.margin();                   // EUR 270.00
 * order.additionalServiceAmount();  // EUR 120.00
 * }</pre>
 *
 * <p><b>Consistency rules</b>, checked by {@link Builder#build()}, each failure an {@link
 * IllegalArgumentException} naming the order and the value: at least one line; line numbers
 * unique; every line's prices in the order's currency. Lines are kept in line-number order, so the
 * order in which they were added does not matter.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
public final class Order implements CommercialEvent {
    private final EventId id;
    private final AccountId account;
    private final Credits credits;
    private final LocalDate date;
    private final Currency currency;
    private final ImmutableList<OrderLine> lines;
    private final Money amount;
    private final Money cost;
    private final Money additionalServiceAmount;
    private final int additionalServiceLines;

    private Order(Builder b, ImmutableList<OrderLine> lines) {
        this.id = b.id;
        this.account = b.account;
        this.credits = b.credits;
        this.date = b.date;
        this.currency = b.currency;
        this.lines = lines;
        Money total = Money.zero(currency);
        Money totalCost = Money.zero(currency);
        Money extra = Money.zero(currency);
        int extraLines = 0;
        for (OrderLine line : lines) {
            total = total.plus(line.amount());
            totalCost = totalCost.plus(line.cost());
            if (line.additionalService()) {
                extra = extra.plus(line.amount());
                extraLines++;
            }
        }
        this.amount = total;
        this.cost = totalCost;
        this.additionalServiceAmount = extra;
        this.additionalServiceLines = extraLines;
    }

    /**
     * A builder: id, account, credits, date, currency and at least one line are required.
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

    /** The day the order was booked. */
    @Override
    public LocalDate date() {
        return date;
    }

    @Override
    public Currency currency() {
        return currency;
    }

    /** Always {@link EventKind#ORDER}. */
    @Override
    public EventKind kind() {
        return EventKind.ORDER;
    }

    /**
     * The lines, in line-number order.
     *
     * @return at least one line
     */
    public ImmutableList<OrderLine> lines() {
        return lines;
    }

    /**
     * The sum of the lines' amounts, exact.
     *
     * @return the order's amount
     */
    public Money amount() {
        return amount;
    }

    /**
     * The sum of the lines' costs, exact.
     *
     * @return the order's cost
     */
    public Money cost() {
        return cost;
    }

    /**
     * Amount minus cost; may be negative.
     *
     * @return the order's margin
     */
    public Money margin() {
        return amount.minus(cost);
    }

    /**
     * The amount of the lines marked as additional services.
     *
     * @return zero if there are none
     */
    public Money additionalServiceAmount() {
        return additionalServiceAmount;
    }

    /**
     * How many lines are additional services.
     *
     * @return 0 or more
     */
    public int additionalServiceLines() {
        return additionalServiceLines;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Order that
                && id.equals(that.id)
                && account.equals(that.account)
                && credits.equals(that.credits)
                && date.equals(that.date)
                && currency.equals(that.currency)
                && lines.equals(that.lines);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + lines.hashCode();
    }

    /** For example {@code Order{SO-1, C-1, 2026-03-02, EUR 870.00, 2 lines}}. */
    @Override
    public String toString() {
        return "Order{" + id + ", " + account + ", " + date + ", " + amount + ", " + lines.size()
                + (lines.size() == 1 ? " line}" : " lines}");
    }

    /**
     * Builds an {@link Order}. A null argument fails at once with an {@link IllegalArgumentException}
     * naming the attribute; {@link #build()} checks the consistency rules. A builder is not
     * thread-safe.
     */
    public static final class Builder {
        private @Nullable EventId id;
        private @Nullable AccountId account;
        private @Nullable Credits credits;
        private @Nullable LocalDate date;
        private @Nullable Currency currency;
        private final List<OrderLine> lines = new ArrayList<>();

        Builder() {}

        /**
         * Sets the order's id.
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(EventId id) {
            this.id = notNull(id, "id");
            return this;
        }

        /**
         * Sets the client account.
         *
         * @param account the account, not null
         * @return this builder
         */
        public Builder account(AccountId account) {
            this.account = notNull(account, "account");
            return this;
        }

        /**
         * Sets who is credited with the order.
         *
         * @param credits the credits, not null
         * @return this builder
         */
        public Builder credits(Credits credits) {
            this.credits = notNull(credits, "credits");
            return this;
        }

        /**
         * Sets the day the order was booked.
         *
         * @param date the date, not null
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = notNull(date, "date");
            return this;
        }

        /**
         * Sets the order's currency.
         *
         * @param currency the currency, not null
         * @return this builder
         */
        public Builder currency(Currency currency) {
            this.currency = notNull(currency, "currency");
            return this;
        }

        /**
         * Adds a line.
         *
         * @param line the line, not null
         * @return this builder
         */
        public Builder addLine(OrderLine line) {
            lines.add(notNull(line, "line"));
            return this;
        }

        /**
         * Adds lines.
         *
         * @param lines the lines, not null, no null element
         * @return this builder
         */
        public Builder addLines(Iterable<OrderLine> lines) {
            notNull(lines, "lines");
            int i = 0;
            for (OrderLine line : lines) {
                this.lines.add(notNull(line, "lines[" + i + "]"));
                i++;
            }
            return this;
        }

        /**
         * Builds the order after checking the consistency rules.
         *
         * @return the order
         * @throws IllegalArgumentException naming the attribute or rule that fails
         */
        public Order build() {
            notNull(id, "id");
            argument(account != null, "account must not be null (order %s)", id);
            argument(credits != null, "credits must not be null (order %s)", id);
            argument(date != null, "date must not be null (order %s)", id);
            argument(currency != null, "currency must not be null (order %s)", id);
            argument(!lines.isEmpty(), "order %s must have at least one line", id);
            Set<Integer> numbers = new HashSet<>();
            for (OrderLine line : lines) {
                argument(
                        numbers.add(line.lineNumber()),
                        "order %s has line number %s more than once",
                        id,
                        line.lineNumber());
                argument(
                        line.unitPrice().currency().equals(currency),
                        "order %s line %s is in %s, not the order's currency %s",
                        id,
                        line.lineNumber(),
                        line.unitPrice().currency(),
                        currency);
            }
            List<OrderLine> sorted = new ArrayList<>(lines);
            sorted.sort(Comparator.comparingInt(OrderLine::lineNumber));
            return new Order(this, ImmutableList.copyOf(sorted));
        }
    }
}
