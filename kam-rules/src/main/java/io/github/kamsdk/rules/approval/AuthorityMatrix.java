package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.Role;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Each role's approval {@link Authority}, in escalation order (R-DISC-2): a request goes to the
 * lowest role in the order whose authority covers it.
 *
 * <pre>{@code
 * AuthorityMatrix matrix = AuthorityMatrix.defaults(Currency.getInstance("EUR"));
 * matrix.authority(Role.JUNIOR_KAM); // discount up to 5%, margin from 25%, orders up to EUR 50,000
 * matrix.lowestCovering(request);    // e.g. Optional[SENIOR_KAM]
 * }</pre>
 *
 * <p><b>Defaults</b> (the seeds give the order, not the figures: a KAM's authority is below a senior
 * KAM's, below the head of sales', below the commercial director's, and unusual situations go to
 * the head of the department; the figures are ours, to be configured):
 *
 * <table>
 *   <caption>Default authorities</caption>
 *   <tr><th>role</th><th>max discount</th><th>min margin</th><th>max order value</th></tr>
 *   <tr><td>JUNIOR_KAM</td><td>5%</td><td>25%</td><td>50,000</td></tr>
 *   <tr><td>SALES_MANAGER</td><td>7%</td><td>22%</td><td>100,000</td></tr>
 *   <tr><td>SENIOR_KAM</td><td>10%</td><td>20%</td><td>250,000</td></tr>
 *   <tr><td>HEAD_OF_SALES</td><td>20%</td><td>10%</td><td>1,000,000</td></tr>
 *   <tr><td>COMMERCIAL_DIRECTOR</td><td>35%</td><td>none</td><td>none</td></tr>
 * </table>
 *
 * <p>Rules: each role at most once; each role's authority includes the one before it in the order
 * (so "the lowest role that covers" is well defined); one currency.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class AuthorityMatrix {
    private final ImmutableList<Role> order;
    private final Map<Role, Authority> authorities;

    private AuthorityMatrix(ImmutableList<Role> order, Map<Role, Authority> authorities) {
        this.order = order;
        this.authorities = authorities;
    }

    /**
     * The defaults above, in a currency.
     *
     * @param currency the currency of the order-value limits, not null
     * @return the matrix
     */
    public static AuthorityMatrix defaults(Currency currency) {
        notNull(currency, "currency");
        return builder()
                .then(Role.JUNIOR_KAM, Authority.of(Rate.percent(5), Rate.percent(25), Money.of(50_000, currency)))
                .then(Role.SALES_MANAGER, Authority.of(Rate.percent(7), Rate.percent(22), Money.of(100_000, currency)))
                .then(Role.SENIOR_KAM, Authority.of(Rate.percent(10), Rate.percent(20), Money.of(250_000, currency)))
                .then(
                        Role.HEAD_OF_SALES,
                        Authority.of(Rate.percent(20), Rate.percent(10), Money.of(1_000_000, currency)))
                .then(Role.COMMERCIAL_DIRECTOR, Authority.unlimitedExceptDiscount(Rate.percent(35)))
                .build();
    }

    /**
     * A builder, in escalation order.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The roles in escalation order.
     *
     * @return the roles, lowest first
     */
    public ImmutableList<Role> order() {
        return order;
    }

    /**
     * A role's authority.
     *
     * @param role the role, not null
     * @return the authority, or empty when the role may approve nothing
     */
    public Optional<Authority> authority(Role role) {
        return Optional.ofNullable(authorities.get(notNull(role, "role")));
    }

    /**
     * Whether a role's authority covers a request.
     *
     * @param role the role, not null
     * @param request the request, not null
     * @return true if covered
     */
    public boolean covers(Role role, ApprovalRequest request) {
        return authority(role).map(a -> a.covers(request)).orElse(false);
    }

    /**
     * The lowest role in escalation order whose authority covers a request.
     *
     * @param request the request, not null
     * @return the role, or empty when the request is beyond every role's authority
     */
    public Optional<Role> lowestCovering(ApprovalRequest request) {
        notNull(request, "request");
        for (Role r : order) {
            if (authorities.get(r).covers(request)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AuthorityMatrix that
                && order.equals(that.order)
                && authorities.equals(that.authorities);
    }

    @Override
    public int hashCode() {
        return authorities.hashCode();
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Role r : order) {
            parts.add(r + ": " + authorities.get(r));
        }
        return "AuthorityMatrix{" + String.join("; ", parts) + "}";
    }

    /** Builds an {@link AuthorityMatrix}; a builder is not thread-safe. */
    public static final class Builder {
        private final List<Role> order = new ArrayList<>();
        private final Map<Role, Authority> authorities = new EnumMap<>(Role.class);

        Builder() {}

        /**
         * The next role up and its authority.
         *
         * @param role the role, not null, not yet in the matrix
         * @param authority its authority, including the previous role's, not null
         * @return this builder
         * @throws IllegalArgumentException if the role is there already or its authority is narrower
         *     than the previous role's in some limit
         */
        public Builder then(Role role, Authority authority) {
            notNull(role, "role");
            notNull(authority, "authority");
            argument(!authorities.containsKey(role), "role %s is in the matrix already", role);
            if (!order.isEmpty()) {
                Role previous = order.get(order.size() - 1);
                argument(
                        authority.includes(authorities.get(previous)),
                        "the authority of %s (%s) must include that of %s below it (%s)",
                        role,
                        authority,
                        previous,
                        authorities.get(previous));
            }
            order.add(role);
            authorities.put(role, authority);
            return this;
        }

        /**
         * The matrix.
         *
         * @return the matrix
         * @throws IllegalArgumentException if no role was given
         */
        public AuthorityMatrix build() {
            argument(!order.isEmpty(), "an authority matrix needs at least one role");
            return new AuthorityMatrix(ImmutableList.copyOf(order), new EnumMap<>(authorities));
        }
    }
}
