package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One incremental pass of a {@link KpiCalculator}'s formulas for one context: feed it inputs in any
 * order, merge it with runs over other slices of the input (another file, another partition of a
 * table), and read the results.
 *
 * <pre>{@code
 * KpiRun january = calculator.start(context);
 * januaryEvents.forEach(january::add);
 * KpiRun february = calculator.start(context);
 * februaryEvents.forEach(february::add);
 * january.merge(february);
 * KpiResults results = january.results(); // as if computed over both at once
 * }</pre>
 *
 * <p>Formulas that read the same running state (the SDK's receivables formulas share one
 * per-invoice ledger, the client-base formulas one per-account table) share one copy of it in a
 * run, fed once per input.
 *
 * <p>A run is mutable and not thread-safe; give each thread its own run and merge them. Scope: in a
 * manager's context only the events that credit the manager (at their share) and the manager's
 * activities are offered to the formulas; see {@link KpiAccumulator}.
 */
public final class KpiRun {
    private final KpiCalculator calculator;
    private final KpiContext context;
    private final Optional<ManagerId> manager;
    /** What receives the inputs: each shared state once, and every other formula's accumulator. */
    private final KpiAccumulator[] accumulators;
    /** For formula i, the accumulator or shared state its value comes from. */
    private final KpiAccumulator[] sources;

    private boolean merged;

    KpiRun(KpiCalculator calculator, KpiContext context) {
        this.calculator = calculator;
        this.context = context;
        this.manager = context.manager();
        ImmutableList<KpiFormula> formulas = calculator.formulas();
        this.sources = new KpiAccumulator[formulas.size()];
        List<KpiAccumulator> receivers = new ArrayList<>();
        Map<Object, KpiAccumulator> states = new HashMap<>();
        for (int i = 0; i < sources.length; i++) {
            KpiFormula f = formulas.get(i);
            if (f instanceof SharingFormula sharing) {
                KpiAccumulator state = states.get(sharing.stateKey());
                if (state == null) {
                    state = sharing.newState(context);
                    states.put(sharing.stateKey(), state);
                    receivers.add(state);
                }
                sources[i] = state;
            } else {
                KpiAccumulator acc = notNull(
                        f.newAccumulator(context),
                        "accumulator of kpi " + f.definition().id());
                receivers.add(acc);
                sources[i] = acc;
            }
        }
        this.accumulators = receivers.toArray(new KpiAccumulator[0]);
    }

    /**
     * The context of this run.
     *
     * @return the context
     */
    public KpiContext context() {
        return context;
    }

    /**
     * Offers a commercial event to every formula (in a manager's scope, only if it credits the
     * manager).
     *
     * @param event the event, not null
     * @return this run
     */
    public KpiRun add(CommercialEvent event) {
        notNull(event, "event");
        checkOpen();
        Rate share = manager.isPresent() ? event.credits().shareOf(manager.get()) : Rate.ONE_HUNDRED_PERCENT;
        if (!share.isZero()) {
            dispatch(event, share);
        }
        return this;
    }

    void dispatch(CommercialEvent event, Rate share) {
        KpiAccumulator[] accs = accumulators;
        switch (event.kind()) {
            case ORDER -> {
                Order o = (Order) event;
                for (KpiAccumulator a : accs) {
                    a.order(o, share);
                }
            }
            case INVOICE -> {
                Invoice inv = (Invoice) event;
                for (KpiAccumulator a : accs) {
                    a.invoice(inv, share);
                }
            }
            case PAYMENT -> {
                Payment p = (Payment) event;
                for (KpiAccumulator a : accs) {
                    a.payment(p, share);
                }
            }
            case RETURN, REFUSAL -> {
                Reversal r = (Reversal) event;
                for (KpiAccumulator a : accs) {
                    a.reversal(r, share);
                }
            }
        }
    }

    /**
     * Offers an activity to every formula (in a manager's scope, only the manager's own).
     *
     * @param activity the activity, not null
     * @return this run
     */
    public KpiRun add(Activity activity) {
        notNull(activity, "activity");
        checkOpen();
        if (manager.isEmpty() || manager.get().equals(activity.manager())) {
            for (KpiAccumulator a : accumulators) {
                a.activity(activity);
            }
        }
        return this;
    }

    /**
     * Offers a competitor loss to every formula.
     *
     * @param loss the loss, not null
     * @return this run
     */
    public KpiRun add(CompetitorLoss loss) {
        notNull(loss, "loss");
        checkOpen();
        for (KpiAccumulator a : accumulators) {
            a.competitorLoss(loss);
        }
        return this;
    }

    /**
     * Offers every input of a {@link KpiInput}.
     *
     * @param input the input, not null
     * @return this run
     * @throws IllegalArgumentException if an element is null, naming its position
     */
    public KpiRun addAll(KpiInput input) {
        notNull(input, "input");
        int i = 0;
        for (CommercialEvent e : input.events()) {
            argument(e != null, "events[%s] must not be null", i);
            add(e);
            i++;
        }
        i = 0;
        for (Activity a : input.activities()) {
            argument(a != null, "activities[%s] must not be null", i);
            add(a);
            i++;
        }
        i = 0;
        for (CompetitorLoss l : input.competitorLosses()) {
            argument(l != null, "competitorLosses[%s] must not be null", i);
            add(l);
            i++;
        }
        return this;
    }

    /**
     * Absorbs another run of the same calculator and context; the other run cannot be used
     * afterwards.
     *
     * @param other the other run, not null, not this
     * @return this run
     * @throws IllegalArgumentException if the other run comes from another calculator or context,
     *     is this run, or was already merged
     */
    public KpiRun merge(KpiRun other) {
        notNull(other, "other");
        checkOpen();
        argument(other != this, "a run cannot be merged into itself");
        argument(other.calculator == calculator, "the runs come from different calculators");
        argument(other.context.equals(context), "the runs have different contexts: %s and %s", context, other.context);
        argument(!other.merged, "the other run was already merged into another and cannot be merged again");
        for (int i = 0; i < accumulators.length; i++) {
            accumulators[i].merge(other.accumulators[i]);
        }
        other.merged = true;
        return this;
    }

    /**
     * The value of every formula for what has been offered so far.
     *
     * @return the results, in formula order
     * @throws IllegalArgumentException if a formula finds the input inconsistent
     */
    public KpiResults results() {
        checkOpen();
        ImmutableList<KpiFormula> formulas = calculator.formulas();
        ImmutableMap.Builder<KpiId, KpiValue> values = ImmutableMap.builderWithExpectedSize(formulas.size());
        for (int i = 0; i < sources.length; i++) {
            KpiFormula f = formulas.get(i);
            KpiValue v = notNull(
                    f instanceof SharingFormula sharing ? sharing.result(sources[i], context) : sources[i].result(),
                    "result of kpi " + f.definition().id());
            argument(
                    v.id().equals(formulas.get(i).definition().id()),
                    "formula %s returned a value for kpi %s",
                    formulas.get(i).definition().id(),
                    v.id());
            values.put(v.id(), v);
        }
        return new KpiResults(context, values.build());
    }

    private void checkOpen() {
        if (merged) {
            throw new IllegalStateException("this run was merged into another and cannot be used");
        }
    }
}
