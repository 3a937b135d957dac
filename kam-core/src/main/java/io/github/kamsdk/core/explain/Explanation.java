package io.github.kamsdk.core.explain;

import static io.github.kamsdk.core.internal.Checks.notNull;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a result came about: an ordered list of {@link Step}s, each of which may hold sub-steps,
 * enough for a person to re-check every figure by hand.
 *
 * <pre>{@code
 * Explanation why = Explanation.of(
 *     Step.of("pay.commission.line", "{rate} of {base} = {amount}",
 *         "rate", Rate.percent(15), "base", Money.of("1000", "EUR"), "amount", Money.of("150", "EUR")),
 *     Step.of("money.round", "rounded to {rounded}", "rounded", Money.of("150", "EUR")));
 * System.out.print(why.render());
 * // 15% of EUR 1000.00 = EUR 150.00  [pay.commission.line]
 * // rounded to EUR 150.00  [money.round]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Explanation {
    private static final Explanation EMPTY = builder().build();

    Explanation() {}

    /**
     * A builder for an explanation.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An explanation of the given steps, in order.
     *
     * @param steps the steps, not null, no null element
     * @return the explanation
     */
    public static Explanation of(Step... steps) {
        return builder().addSteps(steps).build();
    }

    /**
     * An explanation of the given steps, in order.
     *
     * @param steps the steps, not null, no null element
     * @return the explanation
     */
    public static Explanation of(Iterable<? extends Step> steps) {
        return builder().addAllSteps(steps).build();
    }

    /**
     * The explanation with no step, for results that need none (a bulk mode, say).
     *
     * @return the empty explanation
     */
    public static Explanation empty() {
        return EMPTY;
    }

    /**
     * The top-level steps, in order.
     *
     * @return the steps
     */
    @Value.Parameter
    public abstract List<Step> steps();

    /**
     * Whether there is no step.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return steps().isEmpty();
    }

    /**
     * This explanation followed by one more step.
     *
     * @param step the step to append, not null
     * @return a new explanation
     */
    public Explanation plus(Step step) {
        notNull(step, "step");
        return builder().addAllSteps(steps()).addStep(step).build();
    }

    /**
     * This explanation followed by another's steps.
     *
     * @param other the explanation to append, not null
     * @return a new explanation
     */
    public Explanation plus(Explanation other) {
        notNull(other, "other");
        return builder().addAllSteps(steps()).addAllSteps(other.steps()).build();
    }

    /**
     * Every step with the code, at any depth, in the order a reader meets them (depth first).
     *
     * @param code the code to look for, not null
     * @return the matching steps, possibly none
     */
    public List<Step> find(String code) {
        notNull(code, "code");
        List<Step> found = new ArrayList<>();
        collect(steps(), code, found);
        return List.copyOf(found);
    }

    private static void collect(List<Step> steps, String code, List<Step> found) {
        for (Step step : steps) {
            if (step.code().equals(code)) {
                found.add(step);
            }
            collect(step.children(), code, found);
        }
    }

    /**
     * The steps as indented plain text, one step a line (see {@link Step#render()}).
     *
     * @return the rendering, empty for an empty explanation
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Step step : steps()) {
            step.render(out, 0);
        }
        return out.toString();
    }

    /**
     * Builds an {@link Explanation}. A null argument fails with an {@link IllegalArgumentException}
     * naming it. A builder is not thread-safe.
     */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        Builder() {}

        /**
         * Appends a step.
         *
         * @param step the step, not null
         * @return this builder
         */
        public Builder addStep(Step step) {
            steps.add(notNull(step, "steps[" + steps.size() + "]"));
            return this;
        }

        /**
         * Appends steps, in order.
         *
         * @param steps the steps, not null, no null element
         * @return this builder
         */
        public Builder addSteps(Step... steps) {
            notNull(steps, "steps");
            for (Step step : steps) {
                addStep(step);
            }
            return this;
        }

        /**
         * Appends steps, in order.
         *
         * @param steps the steps, not null, no null element
         * @return this builder
         */
        public Builder addAllSteps(Iterable<? extends Step> steps) {
            notNull(steps, "steps");
            steps.forEach(this::addStep);
            return this;
        }

        /**
         * The explanation.
         *
         * @return the explanation of the steps added so far
         */
        public Explanation build() {
            return ImmutableExplanation.of(steps);
        }
    }
}
