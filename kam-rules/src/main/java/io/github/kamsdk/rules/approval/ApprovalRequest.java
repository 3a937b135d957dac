package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.rules.pricing.PricingResult;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A discount, margin and order value that someone asks to have approved (R-DISC-2).
 *
 * <pre>{@code
 * ApprovalRequest request = ApprovalRequest.of(EventId.of("Q-104"), ManagerId.of("luis"), pricing);
 * request.discount();   // the quote's total discount off list
 * request.margin();     // its margin over the net amount, if the costs are known
 * request.orderValue(); // its net total
 * }</pre>
 *
 * <p>Rules: the discount may be negative (a surcharge needs no approval) but not above 100%; the
 * order value is not negative. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApprovalRequest {
    ApprovalRequest() {}

    /**
     * A builder: every attribute but the margin is required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The request for a priced quote: its discount rate (at most 100%), margin rate and net total (at
     * least zero: a quote that is mostly returns asks for an order of zero), on the quote's date.
     *
     * @param id the request's id, not null
     * @param requester who asks, not null
     * @param pricing the priced quote, complete, not null
     * @return the request
     * @throws IllegalArgumentException if a line of the quote is unpriced
     */
    public static ApprovalRequest of(EventId id, ManagerId requester, PricingResult pricing) {
        notNull(pricing, "pricing");
        argument(
                pricing.isComplete(),
                "quote %s has unpriced lines: it cannot be approved",
                pricing.quote().id());
        // A quote that is mostly returns nets below zero: it asks for no more than a full discount
        // and an order value of zero.
        Rate discount = pricing.discountRate().orElse(Rate.ZERO);
        Builder b = builder()
                .id(id)
                .requester(requester)
                .account(pricing.quote().account())
                .date(pricing.quote().date())
                .discount(discount.isGreaterThan(Rate.ONE_HUNDRED_PERCENT) ? Rate.ONE_HUNDRED_PERCENT : discount)
                .orderValue(Money.max(
                        pricing.netTotal(), Money.zero(pricing.netTotal().currency())));
        pricing.marginRate().ifPresent(b::margin);
        return b.build();
    }

    /**
     * The request's id.
     *
     * @return the id
     */
    public abstract EventId id();

    /**
     * Who asks.
     *
     * @return the requester
     */
    public abstract ManagerId requester();

    /**
     * The client account.
     *
     * @return the account
     */
    public abstract AccountId account();

    /**
     * The day the price is for.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * The total discount off the list price.
     *
     * @return at most 100%; negative for a surcharge
     */
    public abstract Rate discount();

    /**
     * The margin over the net amount, if known.
     *
     * @return the margin, or empty
     */
    public abstract Optional<Rate> margin();

    /**
     * The order's net value.
     *
     * @return not negative
     */
    public abstract Money orderValue();

    @Value.Check
    void check() {
        argument(
                !discount().isGreaterThan(Rate.ONE_HUNDRED_PERCENT),
                "discount must be at most 100%: %s (request %s)",
                discount(),
                id());
        argument(
                orderValue().isPositiveOrZero(),
                "orderValue must not be negative: %s (request %s)",
                orderValue(),
                id());
    }

    /**
     * Builds an {@link ApprovalRequest}; a null argument fails with an {@link
     * IllegalArgumentException} naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableApprovalRequest.Builder {
        Builder() {}
    }
}
