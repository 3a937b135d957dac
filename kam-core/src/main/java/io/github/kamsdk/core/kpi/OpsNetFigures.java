package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;

/**
 * The accumulator of {@link RevenueGrowth} and {@link ProfitabilityGrowth}: net revenue or net
 * margin in the period and in the prior period, as two sums.
 */
final class OpsNetFigures implements KpiAccumulator {
    private final KpiDefinition definition;
    private final KpiContext context;
    private final boolean margin;
    private final String code;
    private BigDecimal currentRevenue = BigDecimal.ZERO;
    private BigDecimal priorRevenue = BigDecimal.ZERO;
    private BigDecimal currentMargin = BigDecimal.ZERO;
    private BigDecimal priorMargin = BigDecimal.ZERO;

    OpsNetFigures(KpiDefinition definition, KpiContext context, boolean margin, String code) {
        this.definition = definition;
        this.context = context;
        this.margin = margin;
        this.code = code;
    }

    @Override
    public void order(Order order, Rate share) {
        add(order, order.amount(), order.margin(), share, false);
    }

    @Override
    public void reversal(Reversal reversal, Rate share) {
        add(reversal, reversal.value(), reversal.margin(), share, true);
    }

    private void add(CommercialEvent event, Money amount, Money eventMargin, Rate share, boolean subtract) {
        boolean inPeriod = context.period().contains(event.date());
        boolean inPrior = context.priorPeriod().contains(event.date());
        if (!inPeriod && !inPrior) {
            return;
        }
        BigDecimal r = context.toReportingCurrency(amount, event.date(), event.id())
                .times(share)
                .amount();
        BigDecimal m = context.toReportingCurrency(eventMargin, event.date(), event.id())
                .times(share)
                .amount();
        if (subtract) {
            r = r.negate();
            m = m.negate();
        }
        if (inPeriod) {
            currentRevenue = currentRevenue.add(r);
            currentMargin = currentMargin.add(m);
        } else {
            priorRevenue = priorRevenue.add(r);
            priorMargin = priorMargin.add(m);
        }
    }

    @Override
    public void merge(KpiAccumulator other) {
        OpsNetFigures that = Accumulators.mergeable(
                OpsNetFigures.class,
                other,
                definition,
                context,
                other instanceof OpsNetFigures o ? o.context : context);
        argument(
                that.definition.equals(definition),
                "cannot merge an accumulator of kpi %s into one of kpi %s",
                that.definition.id(),
                definition.id());
        currentRevenue = currentRevenue.add(that.currentRevenue);
        priorRevenue = priorRevenue.add(that.priorRevenue);
        currentMargin = currentMargin.add(that.currentMargin);
        priorMargin = priorMargin.add(that.priorMargin);
    }

    @Override
    public KpiValue result() {
        return value(definition, margin, code);
    }

    /**
     * The growth of revenue or margin, for the formula with {@code definition}; this state holds
     * both, so {@link RevenueGrowth} and {@link ProfitabilityGrowth} can share it.
     */
    KpiValue value(KpiDefinition definition, boolean margin, String code) {
        BigDecimal current = margin ? currentMargin : currentRevenue;
        BigDecimal prior = margin ? priorMargin : priorRevenue;
        String what = margin ? "net margin" : "net revenue";
        DateRange period = context.period();
        BigDecimal change = current.subtract(prior);
        Explanation explanation = Explanation.of(
                Step.of(
                        code + ".current",
                        what + " in {period}: {amount}",
                        "period",
                        period,
                        "amount",
                        Money.of(current, context.currency())),
                Step.of(
                        code + ".prior",
                        what + " in the prior period {period}: {amount}",
                        "period",
                        context.priorPeriod(),
                        "amount",
                        Money.of(prior, context.currency())),
                Step.of(code + ".change", "change: {change}", "change", Money.of(change, context.currency())));
        if (prior.signum() <= 0) {
            return KpiValue.undefined(
                    definition,
                    period,
                    change,
                    prior,
                    margin ? "no positive margin in the prior period" : "no positive revenue in the prior period",
                    explanation);
        }
        return KpiValue.ratio(
                definition, period, change, prior, "unreachable: the prior figure is positive", explanation);
    }
}
