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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Revenue concentration on key clients (R-KPI-7, R-ACC-1): how much of the period's revenue comes
 * from the largest clients. Two kinds, each with its own id: {@link #topShare(int)} (the share of
 * the N largest accounts) and {@link #herfindahl()} (the Herfindahl-Hirschman index). Both are
 * <em>lower is better</em>: they measure concentration risk, the exposure to losing a few accounts.
 *
 * <p><b>Definition.</b> R1(a) is account a's net revenue in the period: orders dated in the period
 * at {@code amount × share} minus returns and refusals dated in it at {@code value × share}, in the
 * reporting currency (share = the scope's credit share, 100% for the company). Over the k accounts
 * with R1(a) &gt; 0 (accounts at zero or below are left out), with T = sum R1(a):
 *
 * <ul>
 *   <li>top-N share = (sum of the N largest R1(a)) / T; ties in R1 are broken by account id
 *       (smaller id first), which does not change the sum; with k &lt;= N it is 1;
 *   <li>HHI = sum (R1(a) / T)^2, computed exactly as (sum R1(a)^2) / T^2 and rounded once to 10
 *       decimal places half even; between 1/k and 1.
 * </ul>
 *
 * <p>Not defined, with the reason "no account had positive net revenue in the period", when k = 0.
 *
 * <pre>{@code
 * // R1: C-1 EUR 600, C-2 EUR 300, C-3 EUR 100 (T = 1000)
 * // top-1 share = 600 / 1000 = 0.6; HHI = (360000 + 90000 + 10000) / 1000000 = 0.46
 * }</pre>
 *
 * <p><b>Why this definition.</b> The source calls key clients those bringing 10-20% of revenue each,
 * a few of them making most of the profit (R-ACC-1): a top-N share answers "how much rides on our
 * N biggest clients" directly, and the HHI (the competition authorities' measure of market
 * concentration) summarises the whole distribution in one number without choosing N. Accounts with
 * net returns are left out because a negative "share" has no meaning for concentration.
 */
public final class RevenueConcentration implements KpiFormula, SharingFormula {
    /** The id of the Herfindahl index: {@code revenue.concentration.hhi@1}. */
    public static final KpiId HHI_ID = KpiId.of("revenue.concentration.hhi", 1);

    /** The largest N accepted by {@link #topShare(int)}. */
    public static final int MAX_TOP = 1000;

    static final String NO_REVENUE = "no account had positive net revenue in the period";

    private static final String R1 = " R1(a) = account a's net revenue in the period: orders dated in it at"
            + " amount x share minus returns and refusals dated in it at value x share, in the reporting currency"
            + " (share = the scope's credit share, 100% for the company). Only accounts with R1(a) > 0 count;"
            + " T = their sum. Lower is better (concentration risk). Not defined when no account has R1(a) > 0: "
            + NO_REVENUE + ".";

    private static final RevenueConcentration HHI = new RevenueConcentration(
            0,
            KpiDefinition.builder()
                    .id(HHI_ID)
                    .name("Revenue concentration (Herfindahl index)")
                    .unit(KpiUnit.INDEX)
                    .direction(KpiDirection.LOWER_IS_BETTER)
                    .definition("HHI = sum (R1(a) / T)^2 = (sum R1(a)^2) / T^2, exact, rounded once to 10 decimal"
                            + " places half even; between 1/k and 1 for k accounts." + R1)
                    .build());

    /** N for a top-N share, 0 for the Herfindahl index. */
    private final int top;

    private final KpiDefinition definition;

    private RevenueConcentration(int top, KpiDefinition definition) {
        this.top = top;
        this.definition = definition;
    }

    /**
     * The share of the period's net revenue from the {@code n} largest accounts, with id {@code
     * revenue.concentration.top<n>@1} (e.g. {@code revenue.concentration.top3@1}).
     *
     * @param n how many accounts, 1 to {@value #MAX_TOP}
     * @return the formula
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public static RevenueConcentration topShare(int n) {
        argument(n >= 1 && n <= MAX_TOP, "n must be 1 to %s: %s", MAX_TOP, n);
        return new RevenueConcentration(
                n,
                KpiDefinition.builder()
                        .id(topId(n))
                        .name("Revenue share of the top " + n + (n == 1 ? " account" : " accounts"))
                        .unit(KpiUnit.RATIO)
                        .direction(KpiDirection.LOWER_IS_BETTER)
                        .definition("top-" + n + " share = (sum of the " + n + " largest R1(a)) / T; ties broken by"
                                + " account id; 1 when at most " + n + " accounts count." + R1)
                        .build());
    }

    /**
     * The id of a top-N share: {@code revenue.concentration.top<n>@1}.
     *
     * @param n how many accounts, 1 to {@value #MAX_TOP}
     * @return the id
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public static KpiId topId(int n) {
        argument(n >= 1 && n <= MAX_TOP, "n must be 1 to %s: %s", MAX_TOP, n);
        return KpiId.of("revenue.concentration.top" + n, 1);
    }

    /**
     * The Herfindahl-Hirschman index of the period's net revenue over accounts.
     *
     * @return the formula
     */
    public static RevenueConcentration herfindahl() {
        return HHI;
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
        private final RevenueConcentration formula;
        private final KpiContext context;
        private final ClientRevenue revenue;

        Acc(RevenueConcentration formula, KpiContext context) {
            this.formula = formula;
            this.context = context;
            this.revenue = new ClientRevenue(context, context.period());
        }

        Acc(RevenueConcentration formula, KpiContext context, ClientRevenues state) {
            this.formula = formula;
            this.context = context;
            this.revenue = state.current;
        }

        @Override
        public void order(Order order, Rate share) {
            revenue.order(order, share);
        }

        @Override
        public void reversal(Reversal reversal, Rate share) {
            revenue.reversal(reversal, share);
        }

        @Override
        public void merge(KpiAccumulator other) {
            Acc that = Accumulators.mergeable(
                    Acc.class, other, formula.definition, context, other instanceof Acc a ? a.context : context);
            argument(
                    formula.definition.equals(that.formula.definition),
                    "cannot merge a %s accumulator into one of kpi %s",
                    that.formula.definition.id(),
                    formula.definition.id());
            revenue.merge(that.revenue);
        }

        @Override
        public KpiValue result() {
            List<Map.Entry<AccountId, BigDecimal>> positive = new ArrayList<>();
            for (Map.Entry<AccountId, BigDecimal> e : revenue.byAccount().entrySet()) {
                if (e.getValue().signum() > 0) {
                    positive.add(e);
                }
            }
            // Largest first, ties by account id.
            positive.sort(Comparator.comparing(Map.Entry<AccountId, BigDecimal>::getValue)
                    .reversed()
                    .thenComparing(Map.Entry::getKey));
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal squares = BigDecimal.ZERO;
            BigDecimal topSum = BigDecimal.ZERO;
            Step.Builder accounts = Step.builder()
                    .code("kpi.concentration.accounts")
                    .template("{count} accounts with positive net revenue, T = {total}")
                    .putParameter("count", positive.size());
            for (int i = 0; i < positive.size(); i++) {
                BigDecimal r = positive.get(i).getValue();
                total = total.add(r);
                squares = squares.add(r.multiply(r));
                if (i < formula.top) {
                    topSum = topSum.add(r);
                }
                accounts.addChild(Step.of(
                        "kpi.concentration.account",
                        "{rank}. {account}: {revenue}",
                        "rank",
                        i + 1,
                        "account",
                        positive.get(i).getKey().value(),
                        "revenue",
                        revenue.money(r)));
            }
            accounts.putParameter("total", revenue.money(total));
            Step figure;
            BigDecimal numerator;
            BigDecimal denominator;
            if (formula.top == 0) {
                numerator = squares;
                denominator = total.multiply(total);
                figure = Step.of(
                        "kpi.concentration.hhi",
                        "HHI = sum R1^2 / T^2 = {squares} / {totalSquared}",
                        "squares",
                        numerator,
                        "totalSquared",
                        denominator);
            } else {
                numerator = topSum;
                denominator = total;
                figure = Step.of(
                        "kpi.concentration.top",
                        "top-{n} share = {top} / {total}",
                        "n",
                        formula.top,
                        "top",
                        revenue.money(topSum),
                        "total",
                        revenue.money(total));
            }
            return KpiValue.ratio(
                    formula.definition,
                    context.period(),
                    numerator,
                    denominator,
                    NO_REVENUE,
                    Explanation.of(accounts.build(), figure));
        }
    }
}
