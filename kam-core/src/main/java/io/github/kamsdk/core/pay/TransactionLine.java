package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a deal as variable pay sees it: what was sold (product and group, when known, so that
 * an {@link Eligibility} rule can exclude it), its amount and, when known, its cost.
 *
 * <pre>{@code
 * TransactionLine pumps = TransactionLine.builder()
 *     .product(ProductId.of("PUMP-7"))
 *     .group(ProductGroupId.of("PUMPS"))
 *     .amount(Money.of("750.00", "EUR"))
 *     .cost(Money.of("540.00", "EUR"))
 *     .build();
 * pumps.margin(); // Optional[EUR 210.00]
 * TransactionLine.of(OrderLine) // the same from a ledger order line
 * }</pre>
 *
 * <p>Rules, checked when built, each failure an {@link IllegalArgumentException} naming the field:
 * the amount and the cost are not negative and in one currency. A margin may be negative.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal (amounts by
 * value).
 */
@Value.Immutable
public abstract class TransactionLine {
    TransactionLine() {}

    /**
     * A builder; only the amount is required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A line of an amount only: no product, group or cost.
     *
     * @param amount the amount, not negative, not null
     * @return the line
     */
    public static TransactionLine of(Money amount) {
        return builder().amount(amount).build();
    }

    /**
     * The pay view of a ledger order line: its product, group, amount and cost.
     *
     * @param line the order line, not null
     * @return the line
     */
    public static TransactionLine of(OrderLine line) {
        notNull(line, "line");
        Builder b = builder().product(line.product()).amount(line.amount()).cost(line.cost());
        line.group().ifPresent(b::group);
        return b.build();
    }

    /**
     * The product or service, if known.
     *
     * @return the product, or empty
     */
    public abstract Optional<ProductId> product();

    /**
     * The product's group, if known.
     *
     * @return the group, or empty
     */
    public abstract Optional<ProductGroupId> group();

    /**
     * The line's amount for the whole deal.
     *
     * @return not negative
     */
    public abstract Money amount();

    /**
     * What the line cost the company, if known.
     *
     * @return not negative, in the amount's currency, or empty
     */
    public abstract Optional<Money> cost();

    /**
     * Amount minus cost, if the cost is known; may be negative.
     *
     * @return the margin, or empty
     */
    public Optional<Money> margin() {
        return cost().map(c -> amount().minus(c));
    }

    @Value.Check
    void check() {
        String line = product().map(p -> "product " + p).orElse("without product");
        argument(amount().isPositiveOrZero(), "amount must not be negative: %s (line %s)", amount(), line);
        cost().ifPresent(c -> {
            argument(c.isPositiveOrZero(), "cost must not be negative: %s (line %s)", c, line);
            argument(
                    c.isSameCurrency(amount()),
                    "cost must be in the amount's currency %s: %s (line %s)",
                    amount().currency(),
                    c,
                    line);
        });
    }

    /**
     * Builds a {@link TransactionLine}; a null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableTransactionLine.Builder {
        Builder() {}
    }
}
