package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Net present value of a series of cash flows at a discount rate, the "growth potential from NPV
 * analysis" of R-ACC-1.
 *
 * <pre>{@code
 * List<Money> flows = List.of(Money.of("100", "EUR"), Money.of("100", "EUR"), Money.of("100", "EUR"));
 * Npv.endOfPeriods(flows, Rate.percent(10)).round();   // EUR 248.69 (spreadsheet NPV)
 * Npv.startOfPeriods(flows, Rate.percent(10)).round(); // EUR 273.55 (first flow today)
 * }</pre>
 *
 * <p><b>Conventions.</b> {@link #endOfPeriods} discounts the first flow by one period, as a
 * spreadsheet's {@code NPV}: {@code Σ cf_t / (1 + r)^t} for {@code t = 1..n}. {@link
 * #startOfPeriods} takes the first flow undiscounted (at {@code t = 0}): {@code Σ cf_t / (1 +
 * r)^t} for {@code t = 0..n−1}, i.e. {@code (1 + r)} times the former.
 *
 * <p><b>Precision.</b> Each discount factor {@code (1 + r)^t} and each discounted flow is computed
 * to {@link #PRECISION} (34 significant digits, HALF_EVEN); the discounted flows are added exactly
 * and the sum is rounded HALF_EVEN to at most {@value #MAX_DECIMALS} decimals. The result is not
 * rounded to the currency's minor unit: round it where it is shown.
 *
 * <p>Flows may be of either sign and must share one currency ({@link CurrencyMismatchException}
 * otherwise). The rate may be negative but must be above −100%. This class is stateless and
 * thread-safe.
 */
public final class Npv {
    /** The precision of every discount factor and discounted flow. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** The most decimals an NPV keeps. */
    public static final int MAX_DECIMALS = 30;

    private Npv() {}

    /**
     * The NPV with the first flow at the end of the first period (spreadsheet {@code NPV}): 100,
     * 100, 100 at 10% is 248.685…
     *
     * @param flows one flow per period, first period first, at least one, one currency, not null
     * @param discountRate the discount rate per period, above −100%, not null
     * @return the net present value, unrounded to the minor unit
     */
    public static Money endOfPeriods(List<Money> flows, Rate discountRate) {
        return npv(flows, discountRate, 1);
    }

    /**
     * The NPV with the first flow now, undiscounted: 100, 100, 100 at 10% is 273.553…
     *
     * @param flows one flow per period, the first one now, at least one, one currency, not null
     * @param discountRate the discount rate per period, above −100%, not null
     * @return the net present value, unrounded to the minor unit
     */
    public static Money startOfPeriods(List<Money> flows, Rate discountRate) {
        return npv(flows, discountRate, 0);
    }

    private static Money npv(List<Money> flows, Rate discountRate, int firstExponent) {
        notNull(flows, "flows");
        notNull(discountRate, "discountRate");
        argument(!flows.isEmpty(), "flows must not be empty");
        argument(
                discountRate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT.negate()),
                "discountRate must be above -100%: %s",
                discountRate);
        Money first = notNull(flows.get(0), "flows[0]");
        BigDecimal base = BigDecimal.ONE.add(discountRate.fraction());
        BigDecimal sum = BigDecimal.ZERO;
        for (int t = 0; t < flows.size(); t++) {
            Money flow = notNull(flows.get(t), "flows[" + t + "]");
            if (!flow.isSameCurrency(first)) {
                throw new CurrencyMismatchException(first.currency(), flow.currency());
            }
            int exponent = t + firstExponent;
            BigDecimal term =
                    exponent == 0 ? flow.amount() : flow.amount().divide(base.pow(exponent, PRECISION), PRECISION);
            sum = sum.add(term);
        }
        if (sum.scale() > MAX_DECIMALS) {
            sum = sum.setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN);
        }
        return Money.of(sum, first.currency());
    }
}
