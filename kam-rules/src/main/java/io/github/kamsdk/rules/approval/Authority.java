package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one role may approve: a discount up to a share of the list price, a margin down to a share of
 * the net amount, an order value up to an amount.
 *
 * <pre>{@code
 * Authority kam = Authority.of(Rate.percent(5), Rate.percent(25), Money.of("50000", "EUR"));
 * kam.covers(request); // discount <= 5%, margin >= 25%, value <= 50,000
 * }</pre>
 *
 * <p>Bounds are inclusive: a discount of exactly the maximum, a margin of exactly the minimum and an
 * order of exactly the maximum value are covered. A request whose margin is unknown is covered only
 * by an authority with no margin limit (even a minimum of 0% does not cover an unknown margin, which
 * may be negative).
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Authority {
    private final Rate maxDiscount;
    private final @Nullable Rate minMargin;
    private final @Nullable Money maxOrderValue;

    private Authority(Rate maxDiscount, @Nullable Rate minMargin, @Nullable Money maxOrderValue) {
        this.maxDiscount = maxDiscount;
        this.minMargin = minMargin;
        this.maxOrderValue = maxOrderValue;
    }

    /**
     * An authority with every limit.
     *
     * @param maxDiscount the largest discount off list, 0% to 100%, not null
     * @param minMargin the smallest margin over net, -100% to 100%, not null
     * @param maxOrderValue the largest order value, not negative, not null
     * @return the authority
     */
    public static Authority of(Rate maxDiscount, Rate minMargin, Money maxOrderValue) {
        notNull(maxOrderValue, "maxOrderValue");
        argument(maxOrderValue.isPositiveOrZero(), "maxOrderValue must not be negative: %s", maxOrderValue);
        return new Authority(checkDiscount(maxDiscount), checkMargin(minMargin), maxOrderValue);
    }

    /**
     * An authority without a margin or order-value limit.
     *
     * @param maxDiscount the largest discount off list, 0% to 100%, not null
     * @return the authority
     */
    public static Authority unlimitedExceptDiscount(Rate maxDiscount) {
        return new Authority(checkDiscount(maxDiscount), null, null);
    }

    private static Rate checkDiscount(Rate r) {
        return notNull(r, "maxDiscount").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "maxDiscount");
    }

    private static Rate checkMargin(Rate r) {
        return notNull(r, "minMargin")
                .requireBetween(Rate.signedPercent("-100"), Rate.ONE_HUNDRED_PERCENT, "minMargin");
    }

    /**
     * The largest discount off the list price.
     *
     * @return the maximum
     */
    public Rate maxDiscount() {
        return maxDiscount;
    }

    /**
     * The smallest margin over the net amount.
     *
     * @return the minimum, or empty for no limit
     */
    public Optional<Rate> minMargin() {
        return Optional.ofNullable(minMargin);
    }

    /**
     * The largest order value.
     *
     * @return the maximum, or empty for no limit
     */
    public Optional<Money> maxOrderValue() {
        return Optional.ofNullable(maxOrderValue);
    }

    /**
     * Whether the authority covers a request.
     *
     * @param request the request, not null
     * @return true when every limit holds
     */
    public boolean covers(ApprovalRequest request) {
        return shortfalls(request).isEmpty();
    }

    /**
     * The limits a request breaks, in words.
     *
     * @param request the request, not null
     * @return the broken limits; empty when covered
     */
    public List<String> shortfalls(ApprovalRequest request) {
        notNull(request, "request");
        List<String> out = new ArrayList<>();
        if (request.discount().isGreaterThan(maxDiscount)) {
            out.add("discount " + request.discount() + " above " + maxDiscount);
        }
        if (minMargin != null) {
            if (request.margin().isEmpty()) {
                out.add("margin unknown, at least " + minMargin + " required");
            } else if (request.margin().get().isLessThan(minMargin)) {
                out.add("margin " + request.margin().get() + " below " + minMargin);
            }
        }
        if (maxOrderValue != null) {
            argument(
                    maxOrderValue.isSameCurrency(request.orderValue()),
                    "the request's order value %s is not in the authority's currency %s",
                    request.orderValue(),
                    maxOrderValue.currency().getCurrencyCode());
            if (request.orderValue().isGreaterThan(maxOrderValue)) {
                out.add("order value " + request.orderValue() + " above " + maxOrderValue);
            }
        }
        return out;
    }

    /** Whether this authority is at least as wide as another in every limit. */
    boolean includes(Authority other) {
        if (maxDiscount.isLessThan(other.maxDiscount)) {
            return false;
        }
        if (minMargin != null && (other.minMargin == null || minMargin.isGreaterThan(other.minMargin))) {
            return false;
        }
        if (maxOrderValue != null) {
            if (other.maxOrderValue == null) {
                return false;
            }
            return !maxOrderValue.isLessThan(other.maxOrderValue);
        }
        return true;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Authority that
                && maxDiscount.equals(that.maxDiscount)
                && Objects.equals(minMargin, that.minMargin)
                && Objects.equals(maxOrderValue, that.maxOrderValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDiscount, minMargin, maxOrderValue);
    }

    /**
     * The limits in words.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "discount up to " + maxDiscount + ", margin from " + (minMargin == null ? "any" : minMargin.toString())
                + ", orders up to " + (maxOrderValue == null ? "any value" : maxOrderValue.toString());
    }
}
