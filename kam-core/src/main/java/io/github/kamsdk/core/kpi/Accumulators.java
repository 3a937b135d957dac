package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

/** Helpers shared by the standard formulas' accumulators. */
final class Accumulators {
    private Accumulators() {}

    /**
     * The other accumulator of a merge, checked to be of the expected class and made for the same
     * context.
     */
    static <T extends KpiAccumulator> T mergeable(
            Class<T> type,
            KpiAccumulator other,
            KpiDefinition definition,
            KpiContext context,
            KpiContext otherContext) {
        return mergeable(type, other, "kpi " + definition.id(), context, otherContext);
    }

    /** As above, for state that belongs to several formulas, named by {@code what}. */
    static <T extends KpiAccumulator> T mergeable(
            Class<T> type, KpiAccumulator other, String what, KpiContext context, KpiContext otherContext) {
        notNull(other, "other");
        argument(
                type.isInstance(other),
                "cannot merge a %s accumulator into one of %s",
                other.getClass().getSimpleName(),
                what);
        argument(
                context.equals(otherContext),
                "cannot merge accumulators of %s made for different contexts: %s and %s",
                what,
                context,
                otherContext);
        return type.cast(other);
    }
}
