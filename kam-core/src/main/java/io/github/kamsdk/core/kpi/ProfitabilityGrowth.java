package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.notNull;

/**
 * Growth of net margin, period against prior period (R-KPI-5, "percentage increase in
 * profitability").
 *
 * <pre>{@code
 * growth = (M1 - M0) / M0
 * }</pre>
 *
 * <p><b>Definition.</b> {@code M1} is the net margin of the context's period and {@code M0} that of
 * its {@linkplain KpiContext#priorPeriod() prior period}: the margin (amount minus cost) of the
 * orders dated in the period x share, minus the margin (value minus cost) of the returns and
 * refusals dated in the period x share, each converted to the reporting currency at its event's
 * date. The value may be negative. The numerator is {@code M1 - M0}, the denominator {@code M0}.
 *
 * <p><b>Not defined when {@code M0} is zero or negative</b> ("no positive margin in the prior
 * period"): over a negative base the sign of the rate flips (a smaller loss would show as negative
 * growth, a bigger one as positive), so the figure would mislead and could pay for losses.
 *
 * <p><b>Why margin.</b> The source asks for the increase in profitability, and the variable pay can
 * be taken on the margin (R-PAY-2): margin growth rewards selling well, not only selling more.
 * Measuring the change in margin (rather than in the margin rate) keeps it additive and exact.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfitabilityGrowth implements KpiFormula, SharingFormula {
    /** The id: {@code margin.growth@1}. */
    public static final KpiId ID = KpiId.of("margin.growth", 1);

    private static final KpiDefinition DEFINITION = KpiDefinition.builder()
            .id(ID)
            .name("Profitability growth")
            .unit(KpiUnit.RATIO)
            .direction(KpiDirection.HIGHER_IS_BETTER)
            .definition("(M1 - M0) / M0, where M1 and M0 are the net margin of the period and of the prior period:"
                    + " margin of the orders dated in it x share minus margin (value minus cost) of the returns and"
                    + " refusals dated in it x share, in the reporting currency (each converted at its event's"
                    + " date). May be negative. Not defined when M0 is zero or negative.")
            .build();

    private static final ProfitabilityGrowth STANDARD = new ProfitabilityGrowth();

    private ProfitabilityGrowth() {}

    /**
     * The standard profitability growth.
     *
     * @return the formula
     */
    public static ProfitabilityGrowth standard() {
        return STANDARD;
    }

    @Override
    public KpiDefinition definition() {
        return DEFINITION;
    }

    @Override
    public KpiAccumulator newAccumulator(KpiContext context) {
        return new OpsNetFigures(DEFINITION, notNull(context, "context"), true, "kpi.margin_growth");
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
        return ((OpsNetFigures) state).value(DEFINITION, true, "kpi.margin_growth");
    }
}
