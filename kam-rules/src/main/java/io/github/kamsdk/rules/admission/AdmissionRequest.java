package io.github.kamsdk.rules.admission;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.rules.credit.CreditProfile;
import io.github.kamsdk.rules.pricing.PricingResult;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An order to admit: its pricing, who books it, the client's credit profile and ledger, and whether
 * it is prepaid.
 *
 * <pre>{@code
 * AdmissionRequest order = AdmissionRequest.builder()
 *     .id(EventId.of("SO-881"))
 *     .pricing(policy.price(quote))
 *     .requester(ManagerId.of("luis"))
 *     .profile(profile)
 *     .ledger(ledger)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdmissionRequest {
    AdmissionRequest() {}

    /**
     * A builder: id, pricing, requester, profile and ledger are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The order's id (also the approval request's).
     *
     * @return the id
     */
    public abstract EventId id();

    /**
     * The priced order.
     *
     * @return the pricing
     */
    public abstract PricingResult pricing();

    /**
     * Who books the order.
     *
     * @return the requester
     */
    public abstract ManagerId requester();

    /**
     * The client's credit profile.
     *
     * @return the profile
     */
    public abstract CreditProfile profile();

    /**
     * The client's commercial events.
     *
     * @return the ledger
     */
    public abstract Ledger ledger();

    /**
     * Whether the client pays before delivery.
     *
     * @return false by default
     */
    @Value.Default
    public boolean prepaid() {
        return false;
    }

    /**
     * Goods delivered but not billed outside the ledger.
     *
     * @return the amount, or empty for none
     */
    public abstract Optional<Money> deliveredUnbilled();

    /**
     * Builds an {@link AdmissionRequest}; a null argument fails with an {@link
     * IllegalArgumentException} naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableAdmissionRequest.Builder {
        Builder() {}
    }
}
