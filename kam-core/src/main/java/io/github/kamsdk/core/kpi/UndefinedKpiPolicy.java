package io.github.kamsdk.core.kpi;

/**
 * What a {@link Scorecard} does with a KPI whose value is not defined for the period (a retention
 * rate when no client was active at the start, attainment of a plan that does not exist).
 *
 * <p>The default is {@link #EXCLUDE}: an undefined KPI means there was nothing to measure, which
 * is neither a success nor a failure of the manager, so the score stays a weighted average of what
 * could be measured. A host that wants "no figure, no credit" chooses {@link #ZERO}. Either way the
 * scorecard's lines and explanation say which KPI was undefined, why, and what was done with it.
 */
public enum UndefinedKpiPolicy {
    /**
     * The KPI is left out: its weight is 0 and the weights of the remaining KPIs are renormalised,
     * so the score is the same as that of a scorecard without the entry. When every KPI is left out
     * the score is not defined.
     */
    EXCLUDE,
    /**
     * The KPI counts with its entry's floor attainment (0% with the default floor) at its full
     * weight.
     */
    ZERO
}
