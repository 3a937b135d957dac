package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.notNull;

/**
 * A standard formula whose running state other formulas of the same run can share: DSO, overdue
 * share and collection rate read one per-invoice ledger; retention, churn and the client counts read
 * one per-account table. A {@link KpiRun} makes one state per {@link #stateKey()}, offers each input
 * to it once, and asks every formula with that key for its value from it, so adding a related KPI
 * to a calculator costs its final arithmetic, not another pass over the state.
 *
 * <p>Used on its own ({@link #newAccumulator}), such a formula gets its own state behind a {@link
 * SharedView}, so it obeys the {@link KpiAccumulator} contract like any other formula.
 */
interface SharingFormula extends KpiFormula {
    /**
     * What identifies the state: formulas whose keys are equal (for the same context) can share one
     * state. The key includes every setting the state depends on (e.g. the inactivity window).
     *
     * @return the key, with value equality
     */
    Object stateKey();

    /**
     * A new, empty state: it receives the inputs and merges; its {@code result()} is not used.
     *
     * @param context the context
     * @return the state
     */
    KpiAccumulator newState(KpiContext context);

    /**
     * The value from a state made by a formula with an equal key, for the same context.
     *
     * @param state the state
     * @param context the context
     * @return the value
     */
    KpiValue result(KpiAccumulator state, KpiContext context);

    @Override
    default KpiAccumulator newAccumulator(KpiContext context) {
        notNull(context, "context");
        return new SharedView(this, newState(context), context);
    }
}
