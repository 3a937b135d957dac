package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The rate of returns or of refusals (R-KPI-7, 004 §2.11), by value or by count.
 *
 * <pre>{@code
 * by value = value of the reversals of the kind dated in the period / amount of the orders dated in the period
 * by count = number of the reversals of the kind dated in the period / number of the orders dated in the period
 * }</pre>
 *
 * <p><b>Definition.</b> By value, every amount is converted to the reporting currency at the rate of
 * its event's date and weighted by the scope's share of the event; by count, events count whole.
 * Returns and refusals are separate KPIs ({@link ReversalKind}). Not defined when there were no
 * orders in the period ("no orders in the period"). Lower is better.
 *
 * <p>A return dated in the period may belong to an order of an earlier period, so in a quiet
 * period the rate can exceed 100%; that is deliberate: the formula reports what came back when it
 * came back, as a returns report does, and needs no per-order state (it streams in one pass). For
 * the same reason the formula does not check references: that a reversal's order exists, belongs to
 * the same account and is not reversed beyond its amount is checked by the ledger ({@code
 * io.github.kamsdk.core.ledger.Ledger}), not here.
 *
 * <p><b>Why both.</b> By value shows what the returns cost in revenue; by count shows how often
 * deliveries go wrong regardless of their size. The source asks for returns and refusals to be
 * analysed per client; both figures are computed per scope, and per client by filtering the input.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReversalRate implements KpiFormula {
    /** Returns by value: {@code returns.rate.value@1}. */
    public static final KpiId RETURNS_BY_VALUE = KpiId.of("returns.rate.value", 1);

    /** Returns by count: {@code returns.rate.count@1}. */
    public static final KpiId RETURNS_BY_COUNT = KpiId.of("returns.rate.count", 1);

    /** Refusals by value: {@code refusals.rate.value@1}. */
    public static final KpiId REFUSALS_BY_VALUE = KpiId.of("refusals.rate.value", 1);

    /** Refusals by count: {@code refusals.rate.count@1}. */
    public static final KpiId REFUSALS_BY_COUNT = KpiId.of("refusals.rate.count", 1);

    private static final ReversalRate RETURNS_VALUE = new ReversalRate(RETURNS_BY_VALUE, ReversalKind.RETURN, true);
    private static final ReversalRate RETURNS_COUNT = new ReversalRate(RETURNS_BY_COUNT, ReversalKind.RETURN, false);
    private static final ReversalRate REFUSALS_VALUE = new ReversalRate(REFUSALS_BY_VALUE, ReversalKind.REFUSAL, true);
    private static final ReversalRate REFUSALS_COUNT = new ReversalRate(REFUSALS_BY_COUNT, ReversalKind.REFUSAL, false);

    private final KpiDefinition definition;
    private final ReversalKind kind;
    private final boolean byValue;

    private ReversalRate(KpiId id, ReversalKind kind, boolean byValue) {
        this.kind = kind;
        this.byValue = byValue;
        String what = kind == ReversalKind.RETURN ? "returns" : "refusals";
        this.definition = KpiDefinition.builder()
                .id(id)
                .name((kind == ReversalKind.RETURN ? "Return" : "Refusal") + " rate by "
                        + (byValue ? "value" : "count"))
                .unit(KpiUnit.RATIO)
                .direction(KpiDirection.LOWER_IS_BETTER)
                .definition(
                        byValue
                                ? "value of the " + what
                                        + " dated in the period x share / amount of the orders dated in the"
                                        + " period x share, in the reporting currency (each amount converted at its event's"
                                        + " date). A " + kind.name().toLowerCase(Locale.ROOT)
                                        + " may belong to an earlier"
                                        + " order, so the rate can exceed 1. Not defined when there were no orders in the"
                                        + " period. References to orders are checked by the ledger, not here."
                                : "number of the " + what
                                        + " dated in the period / number of the orders dated in the period,"
                                        + " events counted whole. A "
                                        + kind.name().toLowerCase(Locale.ROOT) + " may belong"
                                        + " to an earlier order, so the rate can exceed 1. Not defined when there were no"
                                        + " orders in the period. References to orders are checked by the ledger, not here.")
                .build();
    }

    /**
     * Returns by value.
     *
     * @return the formula, id {@link #RETURNS_BY_VALUE}
     */
    public static ReversalRate returnsByValue() {
        return RETURNS_VALUE;
    }

    /**
     * Returns by count.
     *
     * @return the formula, id {@link #RETURNS_BY_COUNT}
     */
    public static ReversalRate returnsByCount() {
        return RETURNS_COUNT;
    }

    /**
     * Refusals by value.
     *
     * @return the formula, id {@link #REFUSALS_BY_VALUE}
     */
    public static ReversalRate refusalsByValue() {
        return REFUSALS_VALUE;
    }

    /**
     * Refusals by count.
     *
     * @return the formula, id {@link #REFUSALS_BY_COUNT}
     */
    public static ReversalRate refusalsByCount() {
        return REFUSALS_COUNT;
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
        private final ReversalRate formula;
        private final KpiContext context;
        private long orders;
        private BigDecimal orderAmount = BigDecimal.ZERO;
        private long reversals;
        private BigDecimal reversalValue = BigDecimal.ZERO;

        Acc(ReversalRate formula, KpiContext context) {
            this.formula = formula;
            this.context = context;
        }

        @Override
        public void order(Order order, Rate share) {
            if (context.period().contains(order.date())) {
                orders++;
                if (formula.byValue) {
                    orderAmount = orderAmount.add(weighted(order.amount(), order, share));
                }
            }
        }

        @Override
        public void reversal(Reversal reversal, Rate share) {
            if (reversal.reversalKind() == formula.kind && context.period().contains(reversal.date())) {
                reversals++;
                if (formula.byValue) {
                    reversalValue = reversalValue.add(weighted(reversal.value(), reversal, share));
                }
            }
        }

        private BigDecimal weighted(Money amount, io.github.kamsdk.core.ledger.CommercialEvent event, Rate share) {
            return context.toReportingCurrency(amount, event.date(), event.id())
                    .times(share)
                    .amount();
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
            orders += that.orders;
            orderAmount = orderAmount.add(that.orderAmount);
            reversals += that.reversals;
            reversalValue = reversalValue.add(that.reversalValue);
        }

        @Override
        public KpiValue result() {
            String what = formula.kind.name().toLowerCase(Locale.ROOT);
            Explanation explanation;
            BigDecimal numerator;
            BigDecimal denominator;
            if (formula.byValue) {
                numerator = reversalValue;
                denominator = orderAmount;
                explanation = Explanation.of(
                        Step.of(
                                "kpi.reversals." + what + ".value",
                                "value of the {kind}s in the period: {value} ({count})",
                                "kind",
                                formula.kind,
                                "value",
                                Money.of(reversalValue, context.currency()),
                                "count",
                                reversals),
                        Step.of(
                                "kpi.reversals.orders.amount",
                                "amount of the orders in the period: {amount} ({count})",
                                "amount",
                                Money.of(orderAmount, context.currency()),
                                "count",
                                orders));
            } else {
                numerator = BigDecimal.valueOf(reversals);
                denominator = BigDecimal.valueOf(orders);
                explanation = Explanation.of(
                        Step.of(
                                "kpi.reversals." + what + ".count",
                                "{kind}s in the period: {count}",
                                "kind",
                                formula.kind,
                                "count",
                                reversals),
                        Step.of("kpi.reversals.orders.count", "orders in the period: {count}", "count", orders));
            }
            if (orders == 0) {
                return KpiValue.undefined(
                        formula.definition,
                        context.period(),
                        numerator,
                        denominator,
                        "no orders in the period",
                        explanation);
            }
            return KpiValue.ratio(
                    formula.definition,
                    context.period(),
                    numerator,
                    denominator,
                    "the orders of the period amount to zero",
                    explanation);
        }
    }
}
