package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;

/**
 * The overdue share of receivables (R-CRED-3): of the receivables open at the period's end, the
 * part that is past due.
 *
 * <pre>{@code
 * overdue share = overdue receivables at the end / receivables open at the end
 * }</pre>
 *
 * <p><b>Receivables open at the end</b> are as in {@link DaysSalesOutstanding} (invoices dated before
 * the period's exclusive end minus applications of payments dated before it). The <b>overdue</b> part
 * is that of the invoices whose due date is before {@code period.endInclusive()}, i.e. at least one
 * day past due on the period's last day (an invoice due on the last day is still on time). Not
 * defined when nothing is open ("no receivables were open at the end of the period"). The value is
 * between 0 and 1.
 *
 * <p><b>Why this definition.</b> Measuring by amount (not by number of invoices) weighs a large
 * overdue invoice as the risk it is; measuring at the period's last day matches the ageing report
 * a credit controller reads at the close. "At least one day past due" follows {@link
 * io.github.kamsdk.core.ledger.Invoice#daysPastDue}: a payment on the due date is on time.
 *
 * <p>The receivables rules (conversion at the invoice's date, the invoice's share, payments after
 * the period ignored, failures on payments exceeding an invoice, on applications in another
 * currency and, in the company scope, on unknown invoices) are those of {@link
 * DaysSalesOutstanding}. This class is immutable and thread-safe.
 */
public final class OverdueShare implements KpiFormula, SharingFormula {
    /** The id: {@code receivables.overdue_share@1}. */
    public static final KpiId ID = KpiId.of("receivables.overdue_share", 1);

    private static final KpiDefinition DEFINITION = KpiDefinition.builder()
            .id(ID)
            .name("Overdue share of receivables")
            .unit(KpiUnit.RATIO)
            .direction(KpiDirection.LOWER_IS_BETTER)
            .definition("overdue receivables at the end of the period / receivables open at the end. Receivables"
                    + " open at the end: amount of every invoice dated before the period's exclusive end minus"
                    + " what payments dated before that end applied to it; overdue: the open part of invoices"
                    + " whose due date is before the period's last day (at least one day past due on it). Each"
                    + " invoice's figures are converted at the rate of its date and weighted by its share of the"
                    + " scope. Payments dated on or after the end and unapplied advances are ignored. Not defined"
                    + " when nothing is open. Fails as days sales outstanding does on inconsistent payments.")
            .build();

    private static final OverdueShare STANDARD = new OverdueShare();

    private OverdueShare() {}

    /**
     * The standard overdue share.
     *
     * @return the formula
     */
    public static OverdueShare standard() {
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
                            "kpi.overdue.overdue",
                            "overdue at {day}: {overdue} on {overdueInvoices} invoices",
                            "day",
                            context.period().endInclusive(),
                            "overdue",
                            f.money(f.overdueAtEnd()),
                            "overdueInvoices",
                            f.overdueInvoicesAtEnd()),
                    Step.of(
                            "kpi.overdue.receivables",
                            "receivables open at the end of the period: {receivables} on {openInvoices} invoices",
                            "receivables",
                            f.money(f.openAtEnd()),
                            "openInvoices",
                            f.openInvoicesAtEnd()));
            return KpiValue.ratio(
                    DEFINITION,
                    context.period(),
                    f.overdueAtEnd(),
                    f.openAtEnd(),
                    "no receivables were open at the end of the period",
                    explanation);
        }
    }
}
