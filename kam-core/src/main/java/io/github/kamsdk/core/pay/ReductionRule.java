package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How much a missed plan takes off the variable part (R-PAY-4): a fixed share per missed plan, or
 * a share proportional to the shortfall.
 *
 * <pre>{@code
 * ReductionRule.fixed(Rate.percent(10));        // a missed plan takes 10% off
 * ReductionRule.proportional(Rate.percent(50)); // half the shortfall: 80% of plan takes 10% off
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. No method accepts null.
 */
public final class ReductionRule {
    private final boolean proportional;
    private final Rate rate;

    private ReductionRule(boolean proportional, Rate rate) {
        this.proportional = proportional;
        this.rate = rate;
    }

    /**
     * A fixed share of the variable part per missed plan, whatever the shortfall.
     *
     * @param share 0% to 100%, not null
     * @return the rule
     */
    public static ReductionRule fixed(Rate share) {
        return new ReductionRule(
                false, notNull(share, "share").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "share"));
    }

    /**
     * A share of the variable part of {@code factor × (100% − attainment)}, at most 100%.
     *
     * @param factor 0% to 10,000%, not null (100% takes off one point per point of shortfall)
     * @return the rule
     */
    public static ReductionRule proportional(Rate factor) {
        return new ReductionRule(
                true, notNull(factor, "factor").requireBetween(Rate.ZERO, Rate.percent(10000), "factor"));
    }

    /**
     * Whether the reduction grows with the shortfall.
     *
     * @return true for {@link #proportional}
     */
    public boolean isProportional() {
        return proportional;
    }

    /**
     * The fixed share, or the factor on the shortfall.
     *
     * @return the rate
     */
    public Rate rate() {
        return rate;
    }

    /**
     * The share of the variable part this rule takes off for a missed plan.
     *
     * @param attainment the plan's attainment (below the miss threshold), not null
     * @return 0% to 100%
     */
    public Rate reduction(BigDecimal attainment) {
        io.github.kamsdk.core.internal.Checks.decimal(attainment, "attainment");
        if (!proportional) {
            return rate;
        }
        BigDecimal shortfall =
                BigDecimal.ONE.subtract(attainment.max(BigDecimal.ZERO)).max(BigDecimal.ZERO);
        BigDecimal r = rate.fraction().multiply(shortfall);
        return Rate.ofFraction(r.min(BigDecimal.ONE));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReductionRule that && proportional == that.proportional && rate.equals(that.rate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(proportional, rate);
    }

    /**
     * The rule in words.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return proportional ? rate + " of the shortfall" : rate + " per missed plan";
    }
}
