package io.github.kamsdk.core.kpi;

/** Whether a higher or a lower value of a KPI is better; a scorecard turns values into attainment with it. */
public enum KpiDirection {
    /** More is better: retention, revenue growth, plan attainment, collection rate. */
    HIGHER_IS_BETTER,
    /** Less is better: churn, days sales outstanding, return rate, complaint response time. */
    LOWER_IS_BETTER
}
