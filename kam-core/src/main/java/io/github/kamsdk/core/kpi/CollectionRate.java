package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;

/**
 * The collection rate (R-CRED-3): of what could be collected in the period, the part that was.
 *
 * <pre>{@code
 * collection rate = collected in the period / (receivables open at the start + invoiced in the period)
 * }</pre>
 *
 * <ul>
 *   <li><b>Collected</b>: what payments dated in the period applied to invoices dated before the
 *       period's exclusive end (an application to an invoice dated later, a prepayment, is not
 *       collected in this period);
 *   <li><b>Open at the start</b>: the amount of every invoice dated before the period's start minus
 *       what payments dated before the start applied to it;
 *   <li><b>Invoiced</b>: the amount of every invoice dated in the period.
 * </ul>
 *
 * <p>Not defined when the denominator is zero ("nothing was open or invoiced in the period"). For
 * consistent input (no invoice paid beyond its amount, which the formula checks) the value is
 * between 0 and 1.
 *
 * <p><b>Why this definition.</b> A rate over "open at the start plus invoiced" counts every euro
 * the manager could have collected once, whether it was billed before or during the period, so a
 * manager is neither rewarded for invoicing late nor punished for old debt collected now; unlike
 * "payments / invoicing", it cannot exceed 100%.
 *
 * <p>The receivables rules (conversion at the invoice's date, the invoice's share, payments after
 * the period ignored, failures on payments exceeding an invoice, on applications in another
 * currency and, in the company scope, on unknown invoices) are those of {@link
 * DaysSalesOutstanding}. This class is immutable and thread-safe.
 */
public final class CollectionRate implements KpiFormula, SharingFormula {
    /** The id: {@code receivables.collection_rate@1}. */
    public static final KpiId ID = KpiId.of("receivables.collection_rate", 1);

    private static final KpiDefinition DEFINITION = KpiDefinition.builder()
            .id(ID)
            .name("Collection rate")
            .unit(KpiUnit.RATIO)
            .direction(KpiDirection.HIGHER_IS_BETTER)
            .definition("collected in the period / (receivables open at the start + invoiced in the period)."
                    + " Collected: what payments dated in the period applied to invoices dated before the period's"
                    + " exclusive end. Open at the start: amount of invoices dated before the start minus what"
                    + " payments dated before the start applied to them. Invoiced: amount of invoices dated in the"
                    + " period. Each invoice's figures are converted at the rate of its date and weighted by its"
                    + " share of the scope. Unapplied advances are ignored. Not defined when the denominator is"
                    + " zero. Between 0 and 1 for consistent input. Fails as days sales outstanding does on"
                    + " inconsistent payments.")
            .build();

    private static final CollectionRate STANDARD = new CollectionRate();

    private CollectionRate() {}

    /**
     * The standard collection rate.
     *
     * @return the formula
     */
    public static CollectionRate standard() {
        return STANDARD;
    }

    @Override
    public KpiDefinition definition() {
        return DEFINITION;
    }

    /** Shares the per-invoice ledger with the other receivables formulas. */
    @Override
    public Object stateKey() {
        return ReceivableLedger.class;
    }

    /** A new per-invoice ledger. */
    @Override
    public KpiAccumulator newState(KpiContext context) {
        return new ReceivableLedger(notNull(context, "context"));
    }

    /** The value from the ledger's figures. */
    @Override
    public KpiValue result(KpiAccumulator state, KpiContext context) {
        return value(((ReceivableLedger) state).figures(), context);
    }

    private static KpiValue value(ReceivableLedger.Figures f, KpiContext context) {
        {
            Explanation explanation = Explanation.of(
                    Step.of(
                            "kpi.collection.collected",
                            "collected in the period: {collected}",
                            "collected",
                            f.money(f.collectedInPeriod())),
                    Step.of(
                            "kpi.collection.open_at_start",
                            "receivables open at the start of the period: {openAtStart}",
                            "openAtStart",
                            f.money(f.openAtStart())),
                    Step.of(
                            "kpi.collection.invoiced",
                            "invoiced in the period: {invoiced} on {invoices} invoices",
                            "invoiced",
                            f.money(f.invoicedInPeriod()),
                            "invoices",
                            f.invoicesInPeriod()));
            return KpiValue.ratio(
                    DEFINITION,
                    context.period(),
                    f.collectedInPeriod(),
                    f.openAtStart().add(f.invoicedInPeriod()),
                    "nothing was open or invoiced in the period",
                    explanation);
        }
    }
}
