package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.Sets;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.activity.ActivityKind;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The number of a manager's activities with clients in the period (R-KPI-4): calls, visits,
 * meetings, all contacts, or complaints.
 *
 * <pre>{@code
 * KpiCalculator calculator = KpiCalculator.of(ActivityCount.calls(), ActivityCount.contacts());
 * calculator.compute(context.forManager(ana), input).get(ActivityCount.CONTACTS).value(); // e.g. 17
 * }</pre>
 *
 * <p><b>Definition.</b> The count of activities whose {@link Activity#date()} (for a complaint, the
 * day it was opened) is in the period and whose kind is one of the formula's kinds, each counted
 * once. In a manager's scope the calculator offers only that manager's activities, so the count is
 * the manager's own; in the company scope it is everyone's. Always defined (zero when there were
 * none).
 *
 * <p><b>Why.</b> The source asks for "the number of meetings and calls with clients" (R-KPI-4), a
 * plain activity count is what CRM systems report and what a manager can check against the diary.
 * Complaints are counted by their opening day and are the one kind where fewer is better; how fast
 * they are resolved is {@link ComplaintResponseTime}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActivityCount implements KpiFormula {
    /** Calls: {@code activity.calls@1}. */
    public static final KpiId CALLS = KpiId.of("activity.calls", 1);

    /** Visits: {@code activity.visits@1}. */
    public static final KpiId VISITS = KpiId.of("activity.visits", 1);

    /** Meetings: {@code activity.meetings@1}. */
    public static final KpiId MEETINGS = KpiId.of("activity.meetings", 1);

    /** Contacts (calls, visits and meetings): {@code activity.contacts@1}. */
    public static final KpiId CONTACTS = KpiId.of("activity.contacts", 1);

    /** Complaints opened: {@code activity.complaints@1}. */
    public static final KpiId COMPLAINTS = KpiId.of("activity.complaints", 1);

    private static final ActivityCount CALL_COUNT =
            new ActivityCount(CALLS, "Calls", Sets.immutableEnumSet(ActivityKind.CALL), KpiDirection.HIGHER_IS_BETTER);
    private static final ActivityCount VISIT_COUNT = new ActivityCount(
            VISITS, "Visits", Sets.immutableEnumSet(ActivityKind.VISIT), KpiDirection.HIGHER_IS_BETTER);
    private static final ActivityCount MEETING_COUNT = new ActivityCount(
            MEETINGS, "Meetings", Sets.immutableEnumSet(ActivityKind.MEETING), KpiDirection.HIGHER_IS_BETTER);
    private static final ActivityCount CONTACT_COUNT = new ActivityCount(
            CONTACTS,
            "Contacts (calls, visits and meetings)",
            Sets.immutableEnumSet(ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING),
            KpiDirection.HIGHER_IS_BETTER);
    private static final ActivityCount COMPLAINT_COUNT = new ActivityCount(
            COMPLAINTS,
            "Complaints opened",
            Sets.immutableEnumSet(ActivityKind.COMPLAINT),
            KpiDirection.LOWER_IS_BETTER);

    private final KpiDefinition definition;
    private final Set<ActivityKind> kinds;

    private ActivityCount(KpiId id, String name, Set<ActivityKind> kinds, KpiDirection direction) {
        this.kinds = kinds;
        this.definition = KpiDefinition.builder()
                .id(id)
                .name(name)
                .unit(KpiUnit.COUNT)
                .direction(direction)
                .definition("number of activities of kind "
                        + String.join(" or ", kinds.stream().map(Enum::name).toList())
                        + " whose date (for a complaint, the day it was opened) is in the period, each counted once;"
                        + " in a manager's scope only the manager's own activities. Always defined (zero when none).")
                .build();
    }

    /**
     * Calls in the period.
     *
     * @return the formula, id {@link #CALLS}
     */
    public static ActivityCount calls() {
        return CALL_COUNT;
    }

    /**
     * Visits in the period.
     *
     * @return the formula, id {@link #VISITS}
     */
    public static ActivityCount visits() {
        return VISIT_COUNT;
    }

    /**
     * Meetings in the period.
     *
     * @return the formula, id {@link #MEETINGS}
     */
    public static ActivityCount meetings() {
        return MEETING_COUNT;
    }

    /**
     * Contacts in the period: calls, visits and meetings together.
     *
     * @return the formula, id {@link #CONTACTS}
     */
    public static ActivityCount contacts() {
        return CONTACT_COUNT;
    }

    /**
     * Complaints opened in the period; lower is better.
     *
     * @return the formula, id {@link #COMPLAINTS}
     */
    public static ActivityCount complaints() {
        return COMPLAINT_COUNT;
    }

    /**
     * The kinds counted.
     *
     * @return the kinds, in declaration order
     */
    public Set<ActivityKind> kinds() {
        return kinds;
    }

    @Override
    public KpiDefinition definition() {
        return definition;
    }

    @Override
    public KpiAccumulator newAccumulator(KpiContext context) {
        return new Acc(this, notNull(context, "context"));
    }

    private static final class Acc implements KpiAccumulator {
        private final ActivityCount formula;
        private final KpiContext context;
        private final Map<ActivityKind, Long> counts = new EnumMap<>(ActivityKind.class);

        Acc(ActivityCount formula, KpiContext context) {
            this.formula = formula;
            this.context = context;
        }

        @Override
        public void activity(Activity activity) {
            if (formula.kinds.contains(activity.kind()) && context.period().contains(activity.date())) {
                counts.merge(activity.kind(), 1L, Long::sum);
            }
        }

        @Override
        public void merge(KpiAccumulator other) {
            Acc that = Accumulators.mergeable(
                    Acc.class, other, formula.definition, context, other instanceof Acc a ? a.context : context);
            argument(
                    that.formula == formula,
                    "cannot merge an accumulator of kpi %s into one of kpi %s",
                    that.formula.definition.id(),
                    formula.definition.id());
            that.counts.forEach((k, n) -> counts.merge(k, n, Long::sum));
        }

        @Override
        public KpiValue result() {
            long total = 0;
            Explanation.Builder explanation = Explanation.builder();
            for (ActivityKind kind : formula.kinds) {
                long n = counts.getOrDefault(kind, 0L);
                total += n;
                explanation.addStep(Step.of(
                        "kpi.activity." + kind.name().toLowerCase(java.util.Locale.ROOT),
                        "{kind} in the period: {count}",
                        "kind",
                        kind,
                        "count",
                        n));
            }
            return KpiValue.of(formula.definition, context.period(), BigDecimal.valueOf(total), explanation.build());
        }
    }
}
