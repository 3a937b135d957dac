package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs several {@link KpiFormula}s over one pass of the input: for the company, for one manager, or
 * for many managers at once.
 *
 * <pre>{@code
 * KpiCalculator calculator = KpiCalculator.of(
 *     CustomerRetention.standard(), CustomerChurn.standard(), DaysSalesOutstanding.standard());
 * KpiResults company = calculator.compute(context, input);
 * ImmutableSortedMap<ManagerId, KpiResults> perManager =
 *     calculator.computeByManager(context, List.of(ana, luis), input); // still one pass
 * }</pre>
 *
 * <p>Memory: the calculator never holds the input; each formula keeps only its own running state
 * (see {@link KpiAccumulator}). This class is immutable and thread-safe; build it once and use it
 * for any number of calculations.
 */
public final class KpiCalculator {
    private final ImmutableList<KpiFormula> formulas;

    private KpiCalculator(ImmutableList<KpiFormula> formulas) {
        this.formulas = formulas;
    }

    /**
     * A calculator for some formulas.
     *
     * @param formulas the formulas, at least one, distinct ids, not null
     * @return the calculator
     * @throws IllegalArgumentException if there is none, one is null or two share an id
     */
    public static KpiCalculator of(KpiFormula... formulas) {
        notNull(formulas, "formulas");
        return of(Arrays.asList(formulas));
    }

    /**
     * A calculator for some formulas.
     *
     * @param formulas the formulas, at least one, distinct ids, not null
     * @return the calculator
     * @throws IllegalArgumentException if there is none, one is null or two share an id
     */
    public static KpiCalculator of(Iterable<? extends KpiFormula> formulas) {
        notNull(formulas, "formulas");
        ImmutableList.Builder<KpiFormula> list = ImmutableList.builder();
        Set<KpiId> ids = new HashSet<>();
        int i = 0;
        for (KpiFormula f : formulas) {
            notNull(f, "formulas[" + i + "]");
            KpiId id =
                    notNull(f.definition(), "definition of formulas[" + i + "]").id();
            argument(ids.add(id), "formulas hold kpi %s more than once", id);
            list.add(f);
            i++;
        }
        argument(i > 0, "formulas must hold at least one formula");
        return new KpiCalculator(list.build());
    }

    /**
     * The formulas, in the order given.
     *
     * @return the formulas
     */
    public ImmutableList<KpiFormula> formulas() {
        return formulas;
    }

    /**
     * Starts an incremental run for a context.
     *
     * @param context the context, not null
     * @return an empty run
     */
    public KpiRun start(KpiContext context) {
        return new KpiRun(this, notNull(context, "context"));
    }

    /**
     * Computes every formula over the input in one pass.
     *
     * @param context the context (company or one manager), not null
     * @param input the input, not null
     * @return the results, in formula order
     * @throws IllegalArgumentException if an input is null or inconsistent, naming it
     */
    public KpiResults compute(KpiContext context, KpiInput input) {
        return start(context).addAll(notNull(input, "input")).results();
    }

    /**
     * Computes every formula for each of several managers, in one pass over the input: each event
     * goes to the runs of the managers it credits, each activity to its manager's run, each
     * competitor loss to every run.
     *
     * @param context the context; its manager, if any, is replaced by each of {@code managers}; not
     *     null
     * @param managers the managers, not null, no null element (duplicates count once)
     * @param input the input, not null
     * @return each manager's results, in manager-id order
     * @throws IllegalArgumentException if an argument or input element is null or inconsistent
     */
    public ImmutableSortedMap<ManagerId, KpiResults> computeByManager(
            KpiContext context, Iterable<ManagerId> managers, KpiInput input) {
        notNull(context, "context");
        notNull(managers, "managers");
        notNull(input, "input");
        Map<ManagerId, KpiRun> runs = new HashMap<>();
        int i = 0;
        for (ManagerId m : managers) {
            notNull(m, "managers[" + i + "]");
            runs.computeIfAbsent(m, id -> start(context.forManager(id)));
            i++;
        }
        i = 0;
        for (CommercialEvent e : input.events()) {
            argument(e != null, "events[%s] must not be null", i);
            for (Map.Entry<ManagerId, Rate> credit : e.credits().shares().entrySet()) {
                KpiRun run = runs.get(credit.getKey());
                if (run != null) {
                    run.dispatch(e, credit.getValue());
                }
            }
            i++;
        }
        i = 0;
        for (Activity a : input.activities()) {
            argument(a != null, "activities[%s] must not be null", i);
            KpiRun run = runs.get(a.manager());
            if (run != null) {
                run.add(a);
            }
            i++;
        }
        i = 0;
        for (CompetitorLoss l : input.competitorLosses()) {
            argument(l != null, "competitorLosses[%s] must not be null", i);
            for (KpiRun run : runs.values()) {
                run.add(l);
            }
            i++;
        }
        Map<ManagerId, KpiResults> results = new TreeMap<>();
        runs.forEach((m, run) -> results.put(m, run.results()));
        return ImmutableSortedMap.copyOfSorted(new TreeMap<>(results));
    }
}
