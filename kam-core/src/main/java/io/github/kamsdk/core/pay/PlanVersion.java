package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.time.DateRange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One version of a {@link CompensationPlan}: the days it is valid, the fixed pay per period
 * (R-PAY-1) and the variable components, in the order they apply.
 *
 * <pre>{@code
 * PlanVersion v1 = PlanVersion.builder()
 *     .validity(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
 *     .fixedPay(Money.of("6000.00", "EUR"))   // per statement period
 *     .addComponent(commission)
 *     .addComponent(bonus)
 *     .addComponent(planMiss)
 *     .build();
 * }</pre>
 *
 * <p>When a version starts or ends inside a statement's period, the period splits into pieces at
 * the change: each piece is computed with its own version, and every per-period amount (the fixed
 * pay, bonus targets, caps and floors) is prorated by the piece's days (see {@link
 * io.github.kamsdk.core.time.Proration}); transactions earn under the version in force on their
 * date.
 *
 * <p>Rules, checked when built, each an {@link IllegalArgumentException}: the fixed pay is not
 * negative; component ids are unique.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanVersion {
    PlanVersion() {}

    /**
     * A builder; validity and fixed pay are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The days the version is valid.
     *
     * @return the validity, half-open
     */
    public abstract DateRange validity();

    /**
     * The fixed pay for a whole statement period (zero for a plan that is variable only).
     *
     * @return not negative
     */
    public abstract Money fixedPay();

    /**
     * The variable components, in the order they apply.
     *
     * @return the components; ids unique
     */
    public abstract List<PayComponent> components();

    @Value.Check
    void check() {
        argument(
                fixedPay().isPositiveOrZero(),
                "fixedPay must not be negative: %s (version from %s)",
                fixedPay(),
                validity().start());
        Set<ComponentId> ids = new HashSet<>();
        for (PayComponent c : components()) {
            argument(
                    ids.add(c.id()),
                    "component ids must be unique: %s twice (version from %s)",
                    c.id(),
                    validity().start());
        }
    }

    /**
     * Builds a {@link PlanVersion}; a null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutablePlanVersion.Builder {
        Builder() {}
    }
}
