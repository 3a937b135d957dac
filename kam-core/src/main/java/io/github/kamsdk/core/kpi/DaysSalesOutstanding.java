package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import java.math.BigDecimal;

/**
 * Days sales outstanding (R-CRED-3): how many days of the period's invoicing are still unpaid at
 * its end.
 *
 * <pre>{@code
 * DSO = receivables open at the end / invoiced in the period x days in the period
 * }</pre>
 *
 * <ul>
 *   <li><b>Receivables open at the end</b>: the amount of every invoice dated before the period's
 *       exclusive end, minus what payments dated before that end applied to it.
 *   <li><b>Invoiced in the period</b>: the amount of every invoice dated in the period.
 *   <li><b>Days in the period</b>: {@code period.lengthInDays()}.
 * </ul>
 *
 * <p>The value's numerator is receivables x days and its denominator the amount invoiced; it is
 * not defined when nothing was invoiced in the period ("nothing was invoiced in the period").
 *
 * <p><b>Why this definition.</b> This is the standard (average-sales, "countback-free") DSO most
 * finance teams and credit insurers quote: it needs only two totals, so it streams in one pass and
 * splits and merges exactly, and the same figure can be re-checked by hand from the receivables
 * ledger. The countback method (walking back month by month until the invoicing exhausts the open
 * receivables) follows the sales mix more closely, but needs invoicing per sub-period, depends on
 * how the period is cut into months, and is harder to explain to a manager whose pay depends on
 * it.
 *
 * <p><b>Receivables rules</b> (shared with {@link OverdueShare} and {@link CollectionRate}):
 *
 * <ul>
 *   <li>every figure of an invoice, its amount and what was applied to it, is converted to the
 *       reporting currency at the rate of the invoice's date and weighted by the invoice's share of
 *       the scope (not the payment's: payments normally credit the invoice's managers, and this way
 *       a receivable never turns negative because of exchange-rate moves or differently credited
 *       payments); applications must be in the invoice's currency;
 *   <li>payments dated on or after the period's end are ignored; advances (unapplied parts) are not
 *       receivables and are ignored;
 *   <li>the applications to one invoice up to the period's end must not exceed its amount (compared
 *       unweighted, in the invoice's currency): otherwise {@link KpiAccumulator#result()} fails
 *       naming the invoice and both figures ("payments exceeding the invoice");
 *   <li>an application to an invoice that was not offered: in the company scope {@code result()}
 *       fails naming payment and invoice ("payment PAY-1 applies to unknown invoice INV-9"); in a
 *       manager's scope it is ignored, since the invoice credits someone else;
 *   <li>an invoice in another currency without exchange rates fails, naming the invoice.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DaysSalesOutstanding implements KpiFormula, SharingFormula {
    /** The id: {@code receivables.dso@1}. */
    public static final KpiId ID = KpiId.of("receivables.dso", 1);

    private static final KpiDefinition DEFINITION = KpiDefinition.builder()
            .id(ID)
            .name("Days sales outstanding")
            .unit(KpiUnit.DAYS)
            .direction(KpiDirection.LOWER_IS_BETTER)
            .definition("receivables open at the end of the period / amount invoiced in the period x days in the"
                    + " period. Receivables open at the end: amount of every invoice dated before the period's"
                    + " exclusive end minus what payments dated before that end applied to it. Invoiced: amount of"
                    + " invoices dated in the period. Each invoice's amount and applications are converted at the"
                    + " rate of the invoice's date and weighted by the invoice's share of the scope. Payments dated"
                    + " on or after the end and unapplied advances are ignored. Not defined when nothing was"
                    + " invoiced in the period. Fails on payments exceeding an invoice, on applications in another"
                    + " currency than the invoice's and, in the company scope, on applications to unknown invoices"
                    + " (ignored in a manager's scope).")
            .build();

    private static final DaysSalesOutstanding STANDARD = new DaysSalesOutstanding();

    private DaysSalesOutstanding() {}

    /**
     * The standard DSO.
     *
     * @return the formula
     */
    public static DaysSalesOutstanding standard() {
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
            long days = context.period().lengthInDays();
            Explanation explanation = Explanation.of(
                    Step.of(
                            "kpi.dso.receivables",
                            "receivables open at the end of the period: {receivables}",
                            "receivables",
                            f.money(f.openAtEnd())),
                    Step.of(
                            "kpi.dso.invoiced",
                            "invoiced in the period: {invoiced} on {invoices} invoices",
                            "invoiced",
                            f.money(f.invoicedInPeriod()),
                            "invoices",
                            f.invoicesInPeriod()),
                    Step.of("kpi.dso.days", "days in the period: {days}", "days", days));
            return KpiValue.ratio(
                    DEFINITION,
                    context.period(),
                    f.openAtEnd().multiply(BigDecimal.valueOf(days)),
                    f.invoicedInPeriod(),
                    "nothing was invoiced in the period",
                    explanation);
        }
    }
}
