package io.github.kamsdk.core.kpi;

/** What a {@link KpiValue}'s number measures. */
public enum KpiUnit {
    /** A fraction: 0.25 is 25%. Rates, shares, growth (which may be negative) and attainment. */
    RATIO,
    /** A whole count: clients, calls, services sold. */
    COUNT,
    /** An amount in the context's reporting currency. */
    MONEY,
    /** A number of days, possibly with decimals (days sales outstanding). */
    DAYS,
    /** A number of hours, possibly with decimals (complaint response time). */
    HOURS,
    /** A dimensionless index (the Herfindahl index, from 0 to 1). */
    INDEX
}
