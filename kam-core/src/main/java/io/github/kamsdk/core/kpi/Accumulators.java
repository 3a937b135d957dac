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
        notNull(other, "other");
        argument(
                type.isInstance(other),
                "cannot merge a %s accumulator into one of kpi %s",
                other.getClass().getSimpleName(),
                definition.id());
        argument(
                context.equals(otherContext),
                "cannot merge accumulators of kpi %s made for different contexts: %s and %s",
                definition.id(),
                context,
                otherContext);
        return type.cast(other);
    }
}
