package io.github.kamsdk.core.kpi;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;

/** A host-style formula for the calculator's tests: orders dated in the period, counted whole. */
final class OrderCountFormula implements KpiFormula {
    static final KpiDefinition DEFINITION = KpiDefinition.builder()
            .id(KpiId.of("test.orders", 1))
            .name("Orders")
            .unit(KpiUnit.COUNT)
            .direction(KpiDirection.HIGHER_IS_BETTER)
            .definition("orders dated in the period")
            .build();

    @Override
    public KpiDefinition definition() {
        return DEFINITION;
    }

    @Override
    public KpiAccumulator newAccumulator(KpiContext context) {
        return new Acc(context);
    }

    private static final class Acc implements KpiAccumulator {
        private final KpiContext context;
        private long count;

        Acc(KpiContext context) {
            this.context = context;
        }

        @Override
        public void order(Order order, Rate share) {
            if (context.period().contains(order.date())) {
                count++;
            }
        }

        @Override
        public void merge(KpiAccumulator other) {
            Acc that = Accumulators.mergeable(Acc.class, other, DEFINITION, context, context);
            Accumulators.mergeable(Acc.class, other, DEFINITION, context, that.context);
            count += that.count;
        }

        @Override
        public KpiValue result() {
            return KpiValue.of(
                    DEFINITION,
                    context.period(),
                    BigDecimal.valueOf(count),
                    Explanation.of(Step.of("test.orders", "{count} orders", "count", count)));
        }
    }
}
