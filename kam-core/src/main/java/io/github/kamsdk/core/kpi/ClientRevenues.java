package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Rate;

/**
 * The shared state of {@link RevenueRetention} and {@link RevenueConcentration}: net revenue per
 * account in the prior period and in the period ({@link ClientRevenue} each).
 */
final class ClientRevenues implements KpiAccumulator {
    private final KpiContext context;
    final ClientRevenue prior;
    final ClientRevenue current;

    ClientRevenues(KpiContext context) {
        this.context = context;
        this.prior = new ClientRevenue(context, context.priorPeriod());
        this.current = new ClientRevenue(context, context.period());
    }

    @Override
    public void order(Order order, Rate share) {
        prior.order(order, share);
        current.order(order, share);
    }

    @Override
    public void reversal(Reversal reversal, Rate share) {
        prior.reversal(reversal, share);
        current.reversal(reversal, share);
    }

    @Override
    public void merge(KpiAccumulator other) {
        ClientRevenues that = Accumulators.mergeable(
                ClientRevenues.class,
                other,
                "the revenue per account",
                context,
                other instanceof ClientRevenues r ? r.context : context);
        argument(that != this, "the revenue per account cannot be merged into itself");
        prior.merge(that.prior);
        current.merge(that.current);
    }

    /** Not used: the formulas read {@link #prior} and {@link #current}. */
    @Override
    public KpiValue result() {
        throw new IllegalStateException("the revenue per account is shared state; ask the formulas for values");
    }
}
