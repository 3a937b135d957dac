package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;

import org.immutables.value.Value;

/**
 * What a KPI is: its stable {@link KpiId}, a name for people, its unit, whether higher or lower is
 * better, and the exact definition in words (which formula, which events count, what happens at
 * the edges), so that a figure can be re-checked by hand.
 *
 * <pre>{@code
 * KpiDefinition def = KpiDefinition.builder()
 *     .id(KpiId.of("customer.retention", 1))
 *     .name("Customer retention rate")
 *     .unit(KpiUnit.RATIO)
 *     .direction(KpiDirection.HIGHER_IS_BETTER)
 *     .definition("(E - N) / S, where ...")
 *     .build();
 * }</pre>
 *
 * <p>The name and definition are not blank. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class KpiDefinition {
    KpiDefinition() {}

    /**
     * A builder: every attribute is required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The stable id and version.
     *
     * @return the id
     */
    public abstract KpiId id();

    /**
     * A short name for people, e.g. "Customer retention rate".
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The unit of the value.
     *
     * @return the unit
     */
    public abstract KpiUnit unit();

    /**
     * Whether higher or lower values are better.
     *
     * @return the direction
     */
    public abstract KpiDirection direction();

    /**
     * The exact definition in words.
     *
     * @return the definition
     */
    public abstract String definition();

    @Value.Check
    void check() {
        argument(!name().isBlank(), "name of kpi %s must not be blank", id());
        argument(!definition().isBlank(), "definition of kpi %s must not be blank", id());
    }

    /**
     * Builds a {@link KpiDefinition}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableKpiDefinition.Builder {
        Builder() {}
    }
}
