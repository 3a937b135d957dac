package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Rate;

/** The accumulator of a {@link SharingFormula} used on its own: its state, not shared. */
final class SharedView implements KpiAccumulator {
    private final SharingFormula formula;
    private final KpiAccumulator state;
    private final KpiContext context;

    SharedView(SharingFormula formula, KpiAccumulator state, KpiContext context) {
        this.formula = formula;
        this.state = state;
        this.context = context;
    }

    @Override
    public void order(Order order, Rate share) {
        state.order(order, share);
    }

    @Override
    public void invoice(Invoice invoice, Rate share) {
        state.invoice(invoice, share);
    }

    @Override
    public void payment(Payment payment, Rate share) {
        state.payment(payment, share);
    }

    @Override
    public void reversal(Reversal reversal, Rate share) {
        state.reversal(reversal, share);
    }

    @Override
    public void activity(Activity activity) {
        state.activity(activity);
    }

    @Override
    public void competitorLoss(CompetitorLoss loss) {
        state.competitorLoss(loss);
    }

    @Override
    public void merge(KpiAccumulator other) {
        notNull(other, "other");
        argument(
                other instanceof SharedView,
                "cannot merge a %s accumulator into one of kpi %s",
                other.getClass().getSimpleName(),
                formula.definition().id());
        SharedView that = (SharedView) other;
        argument(
                that.formula.stateKey().equals(formula.stateKey())
                        && that.formula.definition().equals(formula.definition()),
                "cannot merge an accumulator of kpi %s (%s) into one of kpi %s (%s)",
                that.formula.definition().id(),
                that.formula.stateKey(),
                formula.definition().id(),
                formula.stateKey());
        argument(
                that.context.equals(context),
                "cannot merge accumulators of kpi %s made for different contexts: %s and %s",
                formula.definition().id(),
                context,
                that.context);
        argument(that != this, "an accumulator cannot be merged into itself");
        state.merge(that.state);
    }

    @Override
    public KpiValue result() {
        return formula.result(state, context);
    }
}
