package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Revenue retention (R-KPI-1 in money): how much of the prior period's revenue from existing
 * clients the period kept. Two variants with their own ids: {@link #net()} (NRR, expansion counts)
 * and {@link #gross()} (GRR, capped at what each client brought before).
 *
 * <p><b>Definition.</b> R0(a) and R1(a) are account a's net revenue in {@link
 * KpiContext#priorPeriod()} and in {@link KpiContext#period()}: orders dated in the period at
 * {@code amount × share} minus returns and refusals dated in it at {@code value × share}, in the
 * reporting currency (in a manager's scope the share is the manager's credit, else 100%). Over the
 * accounts with R0(a) &gt; 0 only:
 *
 * <ul>
 *   <li>NRR = sum R1(a) / sum R0(a) (may exceed 1; may be negative when returns exceed orders);
 *   <li>GRR = sum min(max(R1(a), 0), R0(a)) / sum R0(a) (between 0 and 1; at most NRR unless returns
 *       make some account's R1 negative, which GRR counts as 0 and NRR as the negative amount).
 * </ul>
 *
 * <p>Accounts that first buy in the period (R0 = 0) are excluded: that is what makes it retention.
 * Not defined, with the reason "no revenue in the prior period", when sum R0 = 0.
 *
 * <pre>{@code
 * // Q4 2025: C-1 EUR 1000, C-2 EUR 500; Q1 2026: C-1 EUR 1200, C-2 EUR 200, C-3 EUR 900 (new)
 * // NRR = (1200 + 200) / 1500 = 0.9333333333; GRR = (1000 + 200) / 1500 = 0.8
 * }</pre>
 *
 * <p><b>Why this definition.</b> NRR and GRR are the two revenue-retention figures in common use
 * (subscription businesses made them standard); GRR isolates losses and downgrades, NRR shows
 * whether growth in kept accounts outweighs them. Both count per account, so one client's growth
 * cannot hide in GRR another client's loss.
 */
public final class RevenueRetention implements KpiFormula, SharingFormula {
    /** The id of net revenue retention: {@code revenue.retention.net@1}. */
    public static final KpiId NET_ID = KpiId.of("revenue.retention.net", 1);

    /** The id of gross revenue retention: {@code revenue.retention.gross@1}. */
    public static final KpiId GROSS_ID = KpiId.of("revenue.retention.gross", 1);

    static final String NO_PRIOR_REVENUE = "no revenue in the prior period";

    private static final String COMMON = " R0(a), R1(a) = account a's net revenue in the prior period and in the"
            + " period: orders dated in it at amount x share minus returns and refusals dated in it at value x"
            + " share, in the reporting currency (share = the scope's credit share, 100% for the company). Only"
            + " accounts with R0(a) > 0 count; accounts first buying in the period are excluded. Not defined"
            + " when sum R0 = 0: " + NO_PRIOR_REVENUE + ".";

    private static final RevenueRetention NET = new RevenueRetention(
            false,
            KpiDefinition.builder()
                    .id(NET_ID)
                    .name("Net revenue retention")
                    .unit(KpiUnit.RATIO)
                    .direction(KpiDirection.HIGHER_IS_BETTER)
                    .definition("NRR = sum R1(a) / sum R0(a) over accounts with R0(a) > 0." + COMMON)
                    .build());

    private static final RevenueRetention GROSS = new RevenueRetention(
            true,
            KpiDefinition.builder()
                    .id(GROSS_ID)
                    .name("Gross revenue retention")
                    .unit(KpiUnit.RATIO)
                    .direction(KpiDirection.HIGHER_IS_BETTER)
                    .definition(
                            "GRR = sum min(max(R1(a), 0), R0(a)) / sum R0(a) over accounts with R0(a) > 0." + COMMON)
                    .build());

    private final boolean gross;
    private final KpiDefinition definition;

    private RevenueRetention(boolean gross, KpiDefinition definition) {
        this.gross = gross;
        this.definition = definition;
    }

    /**
     * Net revenue retention (NRR).
     *
     * @return the formula
     */
    public static RevenueRetention net() {
        return NET;
    }

    /**
     * Gross revenue retention (GRR).
     *
     * @return the formula
     */
    public static RevenueRetention gross() {
        return GROSS;
    }

    @Override
    public KpiDefinition definition() {
        return definition;
    }

    @Override
    public KpiAccumulator newAccumulator(KpiContext context) {
        return new Acc(this, notNull(context, "context"));
    }

    /** Shares the revenue per account with the other revenue-retention and concentration formulas. */
    @Override
    public Object stateKey() {
        return ClientRevenues.class;
    }

    /** New revenue per account, for the prior period and the period. */
    @Override
    public KpiAccumulator newState(KpiContext context) {
        return new ClientRevenues(notNull(context, "context"));
    }

    /** The value from shared revenue per account. */
    @Override
    public KpiValue result(KpiAccumulator state, KpiContext context) {
        return new Acc(this, context, (ClientRevenues) state).result();
    }

    private static final class Acc implements KpiAccumulator {
        private final RevenueRetention formula;
        private final KpiContext context;
        private final ClientRevenue prior;
        private final ClientRevenue current;

        Acc(RevenueRetention formula, KpiContext context) {
            this.formula = formula;
            this.context = context;
            this.prior = new ClientRevenue(context, context.priorPeriod());
            this.current = new ClientRevenue(context, context.period());
        }

        Acc(RevenueRetention formula, KpiContext context, ClientRevenues state) {
            this.formula = formula;
            this.context = context;
            this.prior = state.prior;
            this.current = state.current;
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
            Acc that = Accumulators.mergeable(
                    Acc.class, other, formula.definition, context, other instanceof Acc a ? a.context : context);
            argument(
                    formula == that.formula,
                    "cannot merge a %s accumulator into one of kpi %s",
                    that.formula.definition.id(),
                    formula.definition.id());
            prior.merge(that.prior);
            current.merge(that.current);
        }

        @Override
        public KpiValue result() {
            Map<AccountId, BigDecimal> r1 = current.byAccount();
            BigDecimal sumR0 = BigDecimal.ZERO;
            BigDecimal numerator = BigDecimal.ZERO;
            int accounts = 0;
            Step.Builder perAccount = Step.builder()
                    .code("kpi.revenue_retention.accounts")
                    .template("{count} accounts had revenue in the prior period {prior}")
                    .putParameter("prior", context.priorPeriod());
            for (Map.Entry<AccountId, BigDecimal> e : prior.byAccount().entrySet()) {
                BigDecimal before = e.getValue();
                if (before.signum() <= 0) {
                    continue;
                }
                accounts++;
                BigDecimal now = r1.getOrDefault(e.getKey(), BigDecimal.ZERO);
                BigDecimal counted = formula.gross ? now.max(BigDecimal.ZERO).min(before) : now;
                sumR0 = sumR0.add(before);
                numerator = numerator.add(counted);
                perAccount.addChild(Step.of(
                        "kpi.revenue_retention.account",
                        "{account}: R0 = {before}, R1 = {now}, counted {counted}",
                        "account",
                        e.getKey().value(),
                        "before",
                        prior.money(before),
                        "now",
                        current.money(now),
                        "counted",
                        current.money(counted)));
            }
            perAccount.putParameter("count", accounts);
            Step total = Step.of(
                    formula.gross ? "kpi.revenue_retention.gross" : "kpi.revenue_retention.net",
                    formula.gross
                            ? "GRR = sum min(max(R1, 0), R0) / sum R0 = {numerator} / {denominator}"
                            : "NRR = sum R1 / sum R0 = {numerator} / {denominator}",
                    "numerator",
                    current.money(numerator),
                    "denominator",
                    prior.money(sumR0));
            return KpiValue.ratio(
                    formula.definition,
                    context.period(),
                    numerator,
                    sumR0,
                    NO_PRIOR_REVENUE,
                    Explanation.of(perAccount.build(), total));
        }
    }
}
