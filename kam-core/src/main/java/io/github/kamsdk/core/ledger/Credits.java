package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who is credited with a commercial event, and with what share: one manager with 100%, or a split
 * such as 60% to the junior who made the sale and 40% to the senior who closed it (R-PAY-5).
 *
 * <pre>{@code
 * Credits solo = Credits.solely(ManagerId.of("M-7"));
 * Credits split = Credits.split(Map.of(
 *     ManagerId.of("M-7"), Rate.percent(60),
 *     ManagerId.of("M-2"), Rate.percent(40)));
 * split.shareOf(ManagerId.of("M-2")); // 40%
 * split.shareOf(ManagerId.of("M-9")); // 0%
 * }</pre>
 *
 * <p>Rules: at least one manager; every share above 0% and at most 100%; the shares add up to
 * exactly 100% (no rounding tolerance: 33.33% three times is refused, use fractions such as {@code
 * Rate.ofFraction("0.3333333333")} and a remainder, or whole percentages). Managers are kept in id
 * order, so two splits with the same shares are equal whatever order they were given in.
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class Credits {
    private final ImmutableSortedMap<ManagerId, Rate> shares;

    private Credits(ImmutableSortedMap<ManagerId, Rate> shares) {
        this.shares = shares;
    }

    /**
     * All the credit to one manager.
     *
     * @param manager the manager, not null
     * @return 100% to {@code manager}
     */
    public static Credits solely(ManagerId manager) {
        notNull(manager, "manager");
        return new Credits(ImmutableSortedMap.of(manager, Rate.ONE_HUNDRED_PERCENT));
    }

    /**
     * Credit split among managers.
     *
     * @param shares each manager's share, above 0% and adding up to exactly 100%; not null, no null
     *     keys or values
     * @return the split
     * @throws IllegalArgumentException if the map is empty, holds a null, a share is not above 0% or
     *     above 100%, or the shares do not add up to 100%
     */
    public static Credits split(Map<ManagerId, Rate> shares) {
        notNull(shares, "shares");
        argument(!shares.isEmpty(), "credits must name at least one manager: %s", shares);
        ImmutableSortedMap.Builder<ManagerId, Rate> builder = ImmutableSortedMap.naturalOrder();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<ManagerId, Rate> e : shares.entrySet()) {
            ManagerId manager = notNull(e.getKey(), "credits manager");
            Rate share = notNull(e.getValue(), "credits share of " + manager);
            argument(share.isPositive(), "credits share of %s must be above 0%: %s", manager, share);
            argument(
                    share.compareTo(Rate.ONE_HUNDRED_PERCENT) <= 0,
                    "credits share of %s must be at most 100%: %s",
                    manager,
                    share);
            total = total.add(share.fraction());
            builder.put(manager, share);
        }
        argument(
                total.compareTo(BigDecimal.ONE) == 0,
                "credits shares must add up to exactly 100%, got %s%: %s",
                total.movePointRight(2).stripTrailingZeros().toPlainString(),
                shares);
        return new Credits(builder.build());
    }

    /**
     * The managers credited, in id order.
     *
     * @return the managers, never empty
     */
    public ImmutableSortedSet<ManagerId> managers() {
        return shares.keySet();
    }

    /**
     * Each credited manager's share, in id order.
     *
     * @return the shares, adding up to 100%
     */
    public ImmutableSortedMap<ManagerId, Rate> shares() {
        return shares;
    }

    /**
     * A manager's share.
     *
     * @param manager the manager, not null
     * @return the share, or 0% if the manager is not credited
     */
    public Rate shareOf(ManagerId manager) {
        notNull(manager, "manager");
        Rate share = shares.get(manager);
        return share == null ? Rate.ZERO : share;
    }

    /**
     * Whether a manager is credited at all.
     *
     * @param manager the manager, not null
     * @return true if the manager has a share
     */
    public boolean includes(ManagerId manager) {
        return shares.containsKey(notNull(manager, "manager"));
    }

    /**
     * Whether one manager has all the credit.
     *
     * @return true for a single manager
     */
    public boolean isSole() {
        return shares.size() == 1;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Credits that && shares.equals(that.shares);
    }

    @Override
    public int hashCode() {
        return shares.hashCode();
    }

    /** The shares, e.g. {@code {M-2=40%, M-7=60%}}. */
    @Override
    public String toString() {
        return shares.toString();
    }
}
