package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A priced quote: every line's pricing, the totals, the margin, the conflicts and an explanation.
 * This is what an approval request and the order-admission check read.
 *
 * <pre>{@code
 * PricingResult r = policy.price(quote);
 * r.listTotal();     // EUR 7500.00
 * r.netTotal();      // EUR 6348.00 = the sum of the lines' rounded net amounts
 * r.discountRate();  // Optional[15.36%] off the list price
 * r.marginRate();    // Optional[14.93%] of the net amount
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; equality ignores the explanation.
 */
public final class PricingResult {
    /** Decimal places of the discount and margin rates. */
    public static final int SCALE = 10;

    private final Quote quote;
    private final PriceColumn column;
    private final String columnReason;
    private final ImmutableList<LinePricing> lines;
    private final Money listTotal;
    private final Money netTotal;
    private final @Nullable Money costTotal;

    PricingResult(Quote quote, PriceColumn column, String columnReason, ImmutableList<LinePricing> lines, Money zero) {
        this.quote = quote;
        this.column = column;
        this.columnReason = columnReason;
        this.lines = lines;
        // One pass over the lines into arrays, then Money.sum, which adds compact amounts as longs
        // and makes one total each rather than one per line.
        Currency currency = zero.currency();
        int n = lines.size();
        Money[] list = new Money[n];
        Money[] net = new Money[n];
        Money[] cost = new Money[n];
        int costs = 0;
        boolean costKnown = true;
        for (int i = 0; i < n; i++) {
            LinePricing l = lines.get(i);
            list[i] = l.listAmount();
            net[i] = l.netAmount();
            Money c = l.costOrNull();
            if (c != null) {
                cost[costs++] = c;
            } else if (l.unpricedOrNull() == null) {
                costKnown = false; // a priced line without a cost: the quote's cost is unknown
            }
        }
        this.listTotal = Money.sum(currency, Arrays.asList(list));
        this.netTotal = Money.sum(currency, Arrays.asList(net));
        this.costTotal = costKnown ? Money.sum(currency, Arrays.asList(cost).subList(0, costs)) : null;
    }

    /**
     * The quote priced.
     *
     * @return the quote
     */
    public Quote quote() {
        return quote;
    }

    /**
     * The column the account buys from.
     *
     * @return the column
     */
    public PriceColumn column() {
        return column;
    }

    /**
     * The lines, in the quote's order.
     *
     * @return the lines
     */
    public ImmutableList<LinePricing> lines() {
        return lines;
    }

    /**
     * One line.
     *
     * @param lineNumber the line's number
     * @return the line
     * @throws IllegalArgumentException if the quote has no such line
     */
    public LinePricing line(int lineNumber) {
        for (LinePricing l : lines) {
            if (l.lineNumber() == lineNumber) {
                return l;
            }
        }
        argument(false, "quote %s has no line %s", quote.id(), lineNumber);
        throw new AssertionError();
    }

    /**
     * The sum of the lines' list amounts.
     *
     * @return the list total
     */
    public Money listTotal() {
        return listTotal;
    }

    /**
     * The sum of the lines' net amounts (each rounded once).
     *
     * @return the net total
     */
    public Money netTotal() {
        return netTotal;
    }

    /**
     * List total minus net total.
     *
     * @return the total discount (negative when surcharges outweigh discounts)
     */
    public Money discountTotal() {
        return listTotal.minus(netTotal);
    }

    /**
     * The total discount as a share of the list total.
     *
     * @return the rate, or empty when the list total is zero
     */
    public Optional<Rate> discountRate() {
        if (listTotal.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Rate.signedFraction(
                discountTotal().amount().divide(listTotal.amount(), SCALE, RoundingMode.HALF_EVEN)));
    }

    /**
     * What the goods cost, when every priced line's cost is known.
     *
     * @return the cost, or empty
     */
    public Optional<Money> costTotal() {
        return Optional.ofNullable(costTotal);
    }

    /**
     * Net total minus cost.
     *
     * @return the margin, or empty when a cost is unknown
     */
    public Optional<Money> margin() {
        return costTotal == null ? Optional.empty() : Optional.of(netTotal.minus(costTotal));
    }

    /**
     * The margin as a share of the net total.
     *
     * @return the rate, or empty when a cost is unknown or the net total is zero
     */
    public Optional<Rate> marginRate() {
        if (costTotal == null || netTotal.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Rate.signedFraction(
                netTotal.minus(costTotal).amount().divide(netTotal.amount(), SCALE, RoundingMode.HALF_EVEN)));
    }

    /**
     * Every line's conflicts.
     *
     * @return the conflicts, by line
     */
    public ImmutableList<PricingConflict> conflicts() {
        return lines.stream().flatMap(l -> l.conflicts().stream()).collect(ImmutableList.toImmutableList());
    }

    /**
     * Whether every line could be priced.
     *
     * @return true when no line is unpriced
     */
    public boolean isComplete() {
        return lines.stream().allMatch(l -> l.unpricedReason().isEmpty());
    }

    /**
     * The column chosen, each line's steps, and the totals.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        Explanation.Builder e = Explanation.builder();
        e.addStep(Step.of(
                "pricing.quote",
                "quote {quote} for account {account} on {date}: {column}",
                "quote",
                quote.id().value(),
                "account",
                quote.account().value(),
                "date",
                quote.date(),
                "column",
                columnReason));
        for (LinePricing l : lines) {
            e.addStep(Step.builder()
                    .code("pricing.line")
                    .template("line {line} {product} x {quantity}: net {net}")
                    .putParameter("line", l.lineNumber())
                    .putParameter("product", l.product().value())
                    .putParameter("quantity", l.quantity())
                    .putParameter("net", l.netAmount())
                    .addAllChildren(l.explanation().steps())
                    .build());
        }
        e.addStep(Step.of(
                "pricing.total",
                "list {list} − discounts {discount} = net {net}",
                "list",
                listTotal,
                "discount",
                discountTotal(),
                "net",
                netTotal));
        return e.build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PricingResult that
                && quote.equals(that.quote)
                && column.equals(that.column)
                && lines.equals(that.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return "PricingResult{" + quote.id() + ": list " + listTotal + ", net " + netTotal + ", " + lines.size()
                + " lines}";
    }
}
