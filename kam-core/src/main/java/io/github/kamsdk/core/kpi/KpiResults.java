package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The values of several KPIs for one context, in the order the formulas were given to the {@link
 * KpiCalculator}.
 *
 * <pre>{@code
 * KpiResults results = calculator.compute(context, input);
 * results.get(KpiId.of("customer.retention", 1)).value();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiResults {
    private final KpiContext context;
    private final ImmutableMap<KpiId, KpiValue> values;

    KpiResults(KpiContext context, ImmutableMap<KpiId, KpiValue> values) {
        this.context = context;
        this.values = values;
    }

    /**
     * Results made from values computed elsewhere (a host's own formulas, stored figures).
     *
     * @param context the context they are for, not null
     * @param values the values, ids unique, not null
     * @return the results
     * @throws IllegalArgumentException if an id appears twice or a value is null
     */
    public static KpiResults of(KpiContext context, Iterable<KpiValue> values) {
        notNull(context, "context");
        notNull(values, "values");
        java.util.LinkedHashMap<KpiId, KpiValue> map = new java.util.LinkedHashMap<>();
        int i = 0;
        for (KpiValue v : values) {
            notNull(v, "values[" + i + "]");
            argument(map.put(v.id(), v) == null, "values hold kpi %s more than once", v.id());
            i++;
        }
        return new KpiResults(context, ImmutableMap.copyOf(map));
    }

    /**
     * The context the values are for.
     *
     * @return the context
     */
    public KpiContext context() {
        return context;
    }

    /**
     * The value of a KPI.
     *
     * @param id the KPI's id, not null
     * @return the value
     * @throws IllegalArgumentException if no such KPI was computed, naming it and those that were
     */
    public KpiValue get(KpiId id) {
        notNull(id, "id");
        KpiValue v = values.get(id);
        argument(v != null, "kpi %s was not computed; computed: %s", id, values.keySet());
        return v;
    }

    /**
     * The value of a KPI, if it was computed.
     *
     * @param id the KPI's id, not null
     * @return the value, or empty
     */
    public Optional<KpiValue> find(KpiId id) {
        return Optional.ofNullable(values.get(notNull(id, "id")));
    }

    /**
     * Every value, in formula order.
     *
     * @return the values
     */
    public ImmutableList<KpiValue> values() {
        return values.values().asList();
    }

    /**
     * Every value by id, in formula order.
     *
     * @return the values by id
     */
    public ImmutableMap<KpiId, KpiValue> byId() {
        return values;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof KpiResults that && context.equals(that.context) && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** The values, one per line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (KpiValue v : values.values()) {
            sb.append(v).append('\n');
        }
        return sb.toString();
    }
}
