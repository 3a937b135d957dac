package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The average time it took to resolve a client's complaint, in hours: how quickly the manager's
 * customer service answers (next to the complaint count of {@link ActivityCount#complaints()}).
 *
 * <pre>{@code
 * average hours = total resolution time of the complaints resolved in the period / number resolved
 * }</pre>
 *
 * <p><b>Definition.</b> Over the complaints <em>resolved</em> in the period (the date of {@link
 * Activity#resolvedAt()} is in the period, whenever they were opened), the average of {@code
 * resolvedAt - when}. The value's numerator is the total resolution time in whole seconds (any
 * fraction of a second is dropped) and its denominator 3600 x the number resolved, so the value is
 * the average in hours, rounded once to {@value KpiValue#SCALE} decimal places (a total in hours
 * could not be an exact decimal: 1 minute is 0.01666... hours). Not defined when no complaint was
 * resolved in the period ("no complaint was resolved in the period"). The explanation also counts
 * the complaints still open at the period's end (opened before its exclusive end and not resolved
 * by then). In a manager's scope only the manager's own complaints count.
 *
 * <p><b>Why.</b> Counting by resolution date closes each complaint's figure once and for all: a
 * complaint counts in exactly one period, when its duration is known. Averaging only resolved
 * complaints rewards slow handling of nothing: a complaint left open does not improve the figure,
 * and the explanation shows the open ones next to it so they are not hidden.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplaintResponseTime implements KpiFormula {
    /** The id: {@code complaints.response_time@1}. */
    public static final KpiId ID = KpiId.of("complaints.response_time", 1);

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private static final KpiDefinition DEFINITION = KpiDefinition.builder()
            .id(ID)
            .name("Complaint response time")
            .unit(KpiUnit.HOURS)
            .direction(KpiDirection.LOWER_IS_BETTER)
            .definition("average hours from opening (when) to resolution (resolvedAt) of the complaints whose"
                    + " resolvedAt date is in the period: total resolution time in whole seconds / (3600 x number"
                    + " resolved). Complaints still open are not averaged; the explanation counts those open at the"
                    + " period's end. Not defined when no complaint was resolved in the period.")
            .build();

    private static final ComplaintResponseTime STANDARD = new ComplaintResponseTime();

    private ComplaintResponseTime() {}

    /**
     * The standard complaint response time.
     *
     * @return the formula
     */
    public static ComplaintResponseTime standard() {
        return STANDARD;
    }

    @Override
    public KpiDefinition definition() {
        return DEFINITION;
    }

    @Override
    public KpiAccumulator newAccumulator(KpiContext context) {
        return new Acc(notNull(context, "context"));
    }

    private static final class Acc implements KpiAccumulator {
        private final KpiContext context;
        private final LocalDateTime end;
        private long resolved;
        private BigDecimal seconds = BigDecimal.ZERO;
        private long openAtEnd;

        Acc(KpiContext context) {
            this.context = context;
            this.end = context.period().endExclusive().atStartOfDay();
        }

        @Override
        public void activity(Activity activity) {
            if (!activity.isComplaint()) {
                return;
            }
            LocalDateTime resolvedAt = activity.resolvedAt().orElse(null);
            if (resolvedAt != null && context.period().contains(resolvedAt.toLocalDate())) {
                resolved++;
                seconds = seconds.add(BigDecimal.valueOf(
                        Duration.between(activity.when(), resolvedAt).getSeconds()));
            }
            if (activity.when().isBefore(end) && activity.isOpenAt(end)) {
                openAtEnd++;
            }
        }

        @Override
        public void merge(KpiAccumulator other) {
            Acc that = Accumulators.mergeable(
                    Acc.class, other, DEFINITION, context, other instanceof Acc a ? a.context : context);
            resolved += that.resolved;
            seconds = seconds.add(that.seconds);
            openAtEnd += that.openAtEnd;
        }

        @Override
        public KpiValue result() {
            Explanation explanation = Explanation.of(
                    Step.of(
                            "kpi.complaints.resolved",
                            "complaints resolved in the period: {resolved}, taking {seconds} seconds in all",
                            "resolved",
                            resolved,
                            "seconds",
                            seconds),
                    Step.of(
                            "kpi.complaints.open_at_end",
                            "complaints still open at the end of the period: {open}",
                            "open",
                            openAtEnd));
            return KpiValue.ratio(
                    DEFINITION,
                    context.period(),
                    seconds,
                    SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(resolved)),
                    "no complaint was resolved in the period",
                    explanation);
        }
    }
}
