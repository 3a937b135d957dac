package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A manager's plan for a period (R-KPI-6; 004 §2.1, §4.3): the three targets a KAM answers for, a
 * sales volume, an active client base and a number of new clients. Any of them may be left out,
 * but at least one is set. {@link PlanAttainment} compares the actual figures with them.
 *
 * <pre>{@code
 * SalesPlan plan = SalesPlan.builder()
 *     .manager(ManagerId.of("M-1"))
 *     .period(DateRange.ofQuarter(2026, 1))
 *     .salesVolume(Money.of("120000.00", "EUR"))
 *     .activeClients(20)
 *     .newClients(3)
 *     .build();
 * }</pre>
 *
 * <p><b>Rules</b>, checked by {@link Builder#build()}, each failure an {@link
 * IllegalArgumentException} naming the manager, the period and the value: at least one target; the
 * sales volume not negative; the client counts not negative. That the sales volume is in the
 * reporting currency is checked when a {@link PlanAttainment} formula uses the plan.
 *
 * <p>This class is immutable and thread-safe. Equal when all attributes are equal.
 */
@Value.Immutable
public abstract class SalesPlan {
    SalesPlan() {}

    /**
     * A builder: manager, period and at least one target are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The manager the plan is for.
     *
     * @return the manager
     */
    public abstract ManagerId manager();

    /**
     * The period the plan covers; a plan is used for a KPI context whose period equals it.
     *
     * @return the period
     */
    public abstract DateRange period();

    /**
     * The sales plan: net revenue to book in the period.
     *
     * @return the amount, not negative, or empty when there is no sales target
     */
    public abstract Optional<Money> salesVolume();

    /**
     * The active client base plan: clients active at the end of the period.
     *
     * @return the count, not negative, or empty when there is no such target
     */
    public abstract OptionalInt activeClients();

    /**
     * The new clients plan: clients placing their first order in the period.
     *
     * @return the count, not negative, or empty when there is no such target
     */
    public abstract OptionalInt newClients();

    @Value.Check
    void check() {
        argument(
                salesVolume().isPresent()
                        || activeClients().isPresent()
                        || newClients().isPresent(),
                "sales plan of %s for %s must set at least one target (salesVolume, activeClients, newClients)",
                manager(),
                period());
        salesVolume()
                .ifPresent(v -> argument(
                        v.isPositiveOrZero(),
                        "salesVolume of the sales plan of %s for %s must not be negative: %s",
                        manager(),
                        period(),
                        v));
        activeClients()
                .ifPresent(n -> argument(
                        n >= 0,
                        "activeClients of the sales plan of %s for %s must not be negative: %s",
                        manager(),
                        period(),
                        n));
        newClients()
                .ifPresent(n -> argument(
                        n >= 0,
                        "newClients of the sales plan of %s for %s must not be negative: %s",
                        manager(),
                        period(),
                        n));
    }

    /**
     * Builds a {@link SalesPlan}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute; {@link #build()} checks the rules. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableSalesPlan.Builder {
        Builder() {}
    }
}
