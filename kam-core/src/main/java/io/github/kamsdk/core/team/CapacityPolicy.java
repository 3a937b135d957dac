package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.Maps;
import io.github.kamsdk.core.team.CapacityLimit.Counts;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The capacity limit of each role (R-ROLE-2): capacity is policy, not a constant, so hosts configure
 * it; {@link #defaults()} gives the seeds' figures.
 *
 * <pre>{@code
 * CapacityPolicy policy = CapacityPolicy.defaults()
 *     .with(Role.SENIOR_KAM, CapacityLimit.atMost(CapacityLimit.Counts.KEY_ACCOUNTS, 4));
 * team.capacityBreaches(date, policy, keyAccounts);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class CapacityPolicy {
    private static final CapacityPolicy UNLIMITED = new CapacityPolicy(new EnumMap<>(Role.class));
    private static final CapacityPolicy DEFAULTS = UNLIMITED
            .with(Role.JUNIOR_KAM, CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 3))
            .with(Role.SENIOR_KAM, CapacityLimit.atMost(Counts.KEY_ACCOUNTS, 3))
            .with(Role.SALES_MANAGER, CapacityLimit.between(Counts.ALL_ACCOUNTS, 10, 25));

    private final Map<Role, CapacityLimit> limits;

    private CapacityPolicy(EnumMap<Role, CapacityLimit> limits) {
        this.limits = Maps.immutableEnumMap(limits);
    }

    /**
     * The seeds' figures (000): a junior or senior KAM holds at most 3 key accounts (a KAM focuses
     * on 2–3 key clients; fewer is not a breach), a sales manager 10 to 25 accounts of any kind, and
     * the head of sales and the commercial director are unlimited.
     *
     * @return the default policy
     */
    public static CapacityPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Every role unlimited.
     *
     * @return the policy no portfolio breaches
     */
    public static CapacityPolicy unlimited() {
        return UNLIMITED;
    }

    /**
     * This policy with one role's limit replaced.
     *
     * @param role the role, not null
     * @param limit its limit, not null
     * @return a new policy
     */
    public CapacityPolicy with(Role role, CapacityLimit limit) {
        notNull(role, "role");
        notNull(limit, "limit");
        EnumMap<Role, CapacityLimit> copy = new EnumMap<>(Role.class);
        copy.putAll(limits);
        copy.put(role, limit);
        return new CapacityPolicy(copy);
    }

    /**
     * A role's limit.
     *
     * @param role the role, not null
     * @return its limit, {@link CapacityLimit#unlimited()} unless configured
     */
    public CapacityLimit limit(Role role) {
        notNull(role, "role");
        return limits.getOrDefault(role, CapacityLimit.unlimited());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof CapacityPolicy that)) {
            return false;
        }
        for (Role role : Role.values()) {
            if (!limit(role).equals(that.limit(role))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (Role role : Role.values()) {
            hash = 31 * hash + limit(role).hashCode();
        }
        return hash;
    }

    /** E.g. {@code "{JUNIOR_KAM=0..3 KEY_ACCOUNTS, SENIOR_KAM=0..3 KEY_ACCOUNTS, ...}"}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (Role role : Role.values()) {
            out.append(out.length() > 1 ? ", " : "").append(role).append('=').append(limit(role));
        }
        return out.append('}').toString();
    }
}
