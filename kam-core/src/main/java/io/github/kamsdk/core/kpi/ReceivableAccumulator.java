package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;

import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.money.Rate;

/**
 * The accumulator the receivables formulas share: it keeps a {@link ReceivableLedger} and leaves
 * the value to the formula.
 */
abstract class ReceivableAccumulator implements KpiAccumulator {
    final KpiDefinition definition;
    final KpiContext context;
    private final ReceivableLedger ledger;

    ReceivableAccumulator(KpiDefinition definition, KpiContext context) {
        this.definition = definition;
        this.context = context;
        this.ledger = new ReceivableLedger(context);
    }

    @Override
    public final void invoice(Invoice invoice, Rate share) {
        ledger.invoice(invoice, share);
    }

    @Override
    public final void payment(Payment payment, Rate share) {
        ledger.payment(payment, share);
    }

    @Override
    public final void merge(KpiAccumulator other) {
        ReceivableAccumulator that = Accumulators.mergeable(
                ReceivableAccumulator.class,
                other,
                definition,
                context,
                other instanceof ReceivableAccumulator r ? r.context : context);
        argument(
                that.definition.equals(definition),
                "cannot merge an accumulator of kpi %s into one of kpi %s",
                that.definition.id(),
                definition.id());
        ledger.merge(that.ledger);
    }

    @Override
    public final KpiValue result() {
        return result(ledger.figures());
    }

    abstract KpiValue result(ReceivableLedger.Figures figures);
}
