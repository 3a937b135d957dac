package io.github.kamsdk.core.kpi;

/**
 * A KPI formula: a strategy that, for a {@link KpiContext}, turns the events, activities and
 * competitor losses of a period (and the prior period where it needs one) into a {@link KpiValue}
 * with numerator, denominator, unit and explanation.
 *
 * <pre>{@code
 * KpiFormula retention = CustomerRetention.standard();
 * KpiValue v = KpiCalculator.of(retention).compute(context, input).get(retention.definition().id());
 * }</pre>
 *
 * <p>The SDK's standard formulas document their exact definition in {@link #definition()} and in
 * their Javadoc, and keep their {@link KpiId} stable: a changed definition gets a new version.
 * Hosts add their own formulas by implementing this interface; {@link KpiCalculator} runs any mix
 * of them over one pass of the input. Implementations are immutable and thread-safe; the
 * accumulators they make are not.
 */
public interface KpiFormula {
    /**
     * What this formula computes.
     *
     * @return the definition, the same on every call
     */
    KpiDefinition definition();

    /**
     * A new, empty accumulator for a context.
     *
     * @param context the period, currency and scope, not null
     * @return a new accumulator
     */
    KpiAccumulator newAccumulator(KpiContext context);
}
