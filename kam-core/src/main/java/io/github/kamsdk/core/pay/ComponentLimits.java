package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.money.Money;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** What the standard components share: the checks of their cap and floor, and their records. */
final class ComponentLimits {
    private ComponentLimits() {}

    /**
     * A component's cap and floor are in its currency, not negative, and the floor is not above the
     * cap; each failure an {@link IllegalArgumentException} naming the field, value and component.
     */
    static void check(@Nullable Money cap, @Nullable Money floor, Currency currency, ComponentId id) {
        check(cap, "cap", currency, id);
        check(floor, "floor", currency, id);
        if (cap != null && floor != null) {
            argument(!floor.isGreaterThan(cap), "floor %s must not be above cap %s (component %s)", floor, cap, id);
        }
    }

    private static void check(@Nullable Money m, String field, Currency currency, ComponentId id) {
        if (m == null) {
            return;
        }
        argument(
                m.currency().equals(currency),
                "%s must be in the component's currency %s: %s (component %s)",
                field,
                currency.getCurrencyCode(),
                m,
                id);
        argument(m.isPositiveOrZero(), "%s must not be negative: %s (component %s)", field, m, id);
    }

    /** One transaction's earning under a component, for {@link ComponentAccumulator#records()}. */
    static CommissionRecord earned(ComponentContext ctx, ComponentId component, PayTransaction tx, Money amount) {
        return CommissionRecord.builder()
                .manager(ctx.manager())
                .component(component)
                .kind(CommissionRecord.Kind.EARNED)
                .deal(tx.deal())
                .transaction(tx.id())
                .dealAmount(tx.dealAmount())
                .basis(tx.basis())
                .date(tx.date())
                .period(ctx.period())
                .amount(amount)
                .build();
    }
}
