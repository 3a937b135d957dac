package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;

/**
 * Additional services sold (R-KPI-3, upsell and cross-sell): how many, or for how much.
 *
 * <pre>{@code
 * count = number of order lines marked additionalService on the orders dated in the period
 * value = sum of their amounts x share, in the reporting currency
 * }</pre>
 *
 * <p><b>Definition.</b> Only {@link OrderLine#additionalService()} lines count, on orders whose date
 * is in the period. {@link #count()} counts lines whole (an order split between managers counts its
 * lines for each of them); {@link #value()} converts each order's additional-service amount to the
 * reporting currency at the order's date and weights it by the scope's share, so the managers'
 * values add up to the company's. Always defined (zero when none). Returns of services are not
 * subtracted: a reversal does not say which lines came back; see {@link ReversalRate}.
 *
 * <p><b>Why lines.</b> The source counts "additional services sold to the client"; a line is the
 * unit a host marks as a service and the one a manager can point to on an order, whereas quantities
 * mix units (hours of training, years of maintenance).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdditionalServices implements KpiFormula {
    /** The count: {@code services.additional.count@1}. */
    public static final KpiId COUNT = KpiId.of("services.additional.count", 1);

    /** The value: {@code services.additional.value@1}. */
    public static final KpiId VALUE = KpiId.of("services.additional.value", 1);

    private static final AdditionalServices COUNT_FORMULA = new AdditionalServices(false);
    private static final AdditionalServices VALUE_FORMULA = new AdditionalServices(true);

    private final KpiDefinition definition;
    private final boolean byValue;

    private AdditionalServices(boolean byValue) {
        this.byValue = byValue;
        this.definition = byValue
                ? KpiDefinition.builder()
                        .id(VALUE)
                        .name("Additional services sold (value)")
                        .unit(KpiUnit.MONEY)
                        .direction(KpiDirection.HIGHER_IS_BETTER)
                        .definition("sum of the amounts of the order lines marked additionalService on the orders"
                                + " dated in the period, x share, each order converted to the reporting currency at"
                                + " its date. Reversals are not subtracted. Always defined (zero when none).")
                        .build()
                : KpiDefinition.builder()
                        .id(COUNT)
                        .name("Additional services sold (count)")
                        .unit(KpiUnit.COUNT)
                        .direction(KpiDirection.HIGHER_IS_BETTER)
                        .definition("number of order lines marked additionalService on the orders dated in the"
                                + " period, counted whole whatever the share. Reversals are not subtracted. Always"
                                + " defined (zero when none).")
                        .build();
    }

    /**
     * The number of additional-service lines sold in the period.
     *
     * @return the formula, id {@link #COUNT}
     */
    public static AdditionalServices count() {
        return COUNT_FORMULA;
    }

    /**
     * The amount of additional services sold in the period, in the reporting currency.
     *
     * @return the formula, id {@link #VALUE}
     */
    public static AdditionalServices value() {
        return VALUE_FORMULA;
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
        private final AdditionalServices formula;
        private final KpiContext context;
        private long lines;
        private long orders;
        private BigDecimal amount = BigDecimal.ZERO;

        Acc(AdditionalServices formula, KpiContext context) {
            this.formula = formula;
            this.context = context;
        }

        @Override
        public void order(Order order, Rate share) {
            if (!context.period().contains(order.date()) || order.additionalServiceLines() == 0) {
                return;
            }
            lines += order.additionalServiceLines();
            orders++;
            if (formula.byValue) {
                amount = amount.add(
                        context.toReportingCurrency(order.additionalServiceAmount(), order.date(), order.id())
                                .times(share)
                                .amount());
            }
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
            lines += that.lines;
            orders += that.orders;
            amount = amount.add(that.amount);
        }

        @Override
        public KpiValue result() {
            if (formula.byValue) {
                return KpiValue.money(
                        formula.definition,
                        context.period(),
                        amount,
                        context.currency(),
                        Explanation.of(Step.of(
                                "kpi.services.value",
                                "additional services sold in the period: {amount} on {lines} lines of {orders} orders",
                                "amount",
                                Money.of(amount, context.currency()),
                                "lines",
                                lines,
                                "orders",
                                orders)));
            }
            return KpiValue.of(
                    formula.definition,
                    context.period(),
                    BigDecimal.valueOf(lines),
                    Explanation.of(Step.of(
                            "kpi.services.count",
                            "additional services sold in the period: {lines} lines on {orders} orders",
                            "lines",
                            lines,
                            "orders",
                            orders)));
        }
    }
}
