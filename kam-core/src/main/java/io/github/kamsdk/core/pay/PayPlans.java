package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which {@link CompensationPlan} applies to whom: a plan per manager, per role, or for everyone
 * else. A manager's own plan wins over their role's, which wins over the default.
 *
 * <pre>{@code
 * PayPlans plans = PayPlans.builder()
 *     .forRole(Role.JUNIOR_KAM, juniorPlan)
 *     .forRole(Role.SENIOR_KAM, seniorPlan)
 *     .forManager(ManagerId.of("ana"), anasPlan) // negotiated individually
 *     .build();
 * plans.planFor(ManagerId.of("luis"), Optional.of(Role.JUNIOR_KAM)); // juniorPlan
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class PayPlans {
    private final ImmutableSortedMap<ManagerId, CompensationPlan> byManager;
    private final Map<Role, CompensationPlan> byRole;
    private final @Nullable CompensationPlan fallback;

    private PayPlans(
            ImmutableSortedMap<ManagerId, CompensationPlan> byManager,
            Map<Role, CompensationPlan> byRole,
            @Nullable CompensationPlan fallback) {
        this.byManager = byManager;
        this.byRole = byRole;
        this.fallback = fallback;
    }

    /**
     * A builder with no plan.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * One plan for everyone.
     *
     * @param plan the plan, not null
     * @return the plans
     */
    public static PayPlans forEveryone(CompensationPlan plan) {
        return builder().forEveryoneElse(plan).build();
    }

    /**
     * The plan of a manager.
     *
     * @param manager the manager, not null
     * @param role the manager's role, if known, not null
     * @return the manager's own plan, else their role's, else the default; empty if none applies
     */
    public Optional<CompensationPlan> planFor(ManagerId manager, Optional<Role> role) {
        notNull(manager, "manager");
        notNull(role, "role");
        CompensationPlan own = byManager.get(manager);
        if (own != null) {
            return Optional.of(own);
        }
        if (role.isPresent() && byRole.containsKey(role.get())) {
            return Optional.of(byRole.get(role.get()));
        }
        return Optional.ofNullable(fallback);
    }

    /**
     * The managers with a plan of their own.
     *
     * @return the managers, in id order
     */
    public ImmutableSortedMap<ManagerId, CompensationPlan> byManager() {
        return byManager;
    }

    /**
     * The plan of a role, if one is set.
     *
     * @param role the role, not null
     * @return the plan, or empty
     */
    public Optional<CompensationPlan> forRole(Role role) {
        return Optional.ofNullable(byRole.get(notNull(role, "role")));
    }

    /**
     * The plan for everyone without a plan of their own or of their role.
     *
     * @return the plan, or empty
     */
    public Optional<CompensationPlan> fallback() {
        return Optional.ofNullable(fallback);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PayPlans that
                && byManager.equals(that.byManager)
                && byRole.equals(that.byRole)
                && Objects.equals(fallback, that.fallback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byManager, byRole, fallback);
    }

    @Override
    public String toString() {
        return "PayPlans{byManager=" + byManager.keySet() + ", byRole=" + byRole.keySet() + ", fallback="
                + (fallback == null ? "none" : fallback.id()) + "}";
    }

    /** Builds {@link PayPlans}; a builder is not thread-safe. */
    public static final class Builder {
        private final Map<ManagerId, CompensationPlan> byManager = new TreeMap<>();
        private final Map<Role, CompensationPlan> byRole = new EnumMap<>(Role.class);
        private @Nullable CompensationPlan fallback;

        Builder() {}

        /**
         * A manager's own plan.
         *
         * @param manager the manager, not null
         * @param plan the plan, not null
         * @return this builder
         * @throws IllegalArgumentException if the manager already has a plan here
         */
        public Builder forManager(ManagerId manager, CompensationPlan plan) {
            notNull(manager, "manager");
            notNull(plan, "plan");
            argument(
                    !byManager.containsKey(manager),
                    "manager %s has a plan already: %s",
                    manager,
                    byManager.get(manager) == null ? "" : byManager.get(manager).id());
            byManager.put(manager, plan);
            return this;
        }

        /**
         * A role's plan.
         *
         * @param role the role, not null
         * @param plan the plan, not null
         * @return this builder
         * @throws IllegalArgumentException if the role already has a plan here
         */
        public Builder forRole(Role role, CompensationPlan plan) {
            notNull(role, "role");
            notNull(plan, "plan");
            argument(
                    !byRole.containsKey(role),
                    "role %s has a plan already: %s",
                    role,
                    byRole.get(role) == null ? "" : byRole.get(role).id());
            byRole.put(role, plan);
            return this;
        }

        /**
         * The plan for everyone without one of their own or of their role.
         *
         * @param plan the plan, not null
         * @return this builder
         * @throws IllegalArgumentException if a default is set already
         */
        public Builder forEveryoneElse(CompensationPlan plan) {
            notNull(plan, "plan");
            argument(fallback == null, "a default plan is set already: %s", fallback == null ? "" : fallback.id());
            fallback = plan;
            return this;
        }

        /**
         * The plans.
         *
         * @return the plans
         */
        public PayPlans build() {
            return new PayPlans(ImmutableSortedMap.copyOf(byManager), new EnumMap<>(byRole), fallback);
        }
    }
}
