package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.notNull;

/**
 * Growth of net revenue, period against prior period (R-KPI-5, "percentage increase in ... other
 * targets").
 *
 * <pre>{@code
 * growth = (R1 - R0) / R0
 * }</pre>
 *
 * <p><b>Definition.</b> {@code R1} is the net revenue of the context's period and {@code R0} that of
 * its {@linkplain KpiContext#priorPeriod() prior period}: the amount of the orders dated in the
 * period x share, minus the value of the returns and refusals dated in the period x share, each
 * converted to the reporting currency at its event's date. A return is subtracted in the period it
 * is dated in, whichever order it belongs to. The value may be negative (a decline). The numerator
 * is {@code R1 - R0}, the denominator {@code R0}.
 *
 * <p><b>Not defined when {@code R0} is zero or negative</b> ("no positive revenue in the prior
 * period"): over zero there is no rate; over a negative base (more returned than ordered) the sign
 * flips, so a further fall would show as growth and a recovery as decline, and a manager would be
 * paid for making things worse. A new account or manager therefore has no growth figure in its
 * first period, rather than an infinite one.
 *
 * <p><b>Why net revenue.</b> Orders minus returns and refusals is the revenue the company kept;
 * growth of gross orders would reward sales that come back. Orders (not invoices) date the revenue
 * because that is when the manager's work shows, and it is the definition every revenue KPI of the
 * SDK shares.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevenueGrowth implements KpiFormula, SharingFormula {
    /** The id: {@code revenue.growth@1}. */
    public static final KpiId ID = KpiId.of("revenue.growth", 1);

    private static final KpiDefinition DEFINITION = KpiDefinition.builder()
            .id(ID)
            .name("Revenue growth")
            .unit(KpiUnit.RATIO)
            .direction(KpiDirection.HIGHER_IS_BETTER)
            .definition("(R1 - R0) / R0, where R1 and R0 are the net revenue of the period and of the prior period:"
                    + " amount of the orders dated in it x share minus value of the returns and refusals dated in it"
                    + " x share, in the reporting currency (each converted at its event's date). May be negative."
                    + " Not defined when R0 is zero or negative.")
            .build();

    private static final RevenueGrowth STANDARD = new RevenueGrowth();

    private RevenueGrowth() {}

    /**
     * The standard revenue growth.
     *
     * @return the formula
     */
    public static RevenueGrowth standard() {
        return STANDARD;
    }

    @Override
    public KpiDefinition definition() {
        return DEFINITION;
    }

    @Override
    public KpiAccumulator newAccumulator(KpiContext context) {
        return new OpsNetFigures(DEFINITION, notNull(context, "context"), false, "kpi.revenue_growth");
    }

    /** Shares the net revenue and margin sums with the other growth formula. */
    @Override
    public Object stateKey() {
        return OpsNetFigures.class;
    }

    /** New net revenue and margin sums. */
    @Override
    public KpiAccumulator newState(KpiContext context) {
        return newAccumulator(context);
    }

    /** The value from shared sums. */
    @Override
    public KpiValue result(KpiAccumulator state, KpiContext context) {
        return ((OpsNetFigures) state).value(DEFINITION, false, "kpi.revenue_growth");
    }
}
