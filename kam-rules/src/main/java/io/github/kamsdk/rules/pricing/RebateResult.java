package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a {@link PeriodRebate} gives an account for a period.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rebateId the programme
 * @param account the account
 * @param period the period
 * @param quantity the qualifying units, net of reversals
 * @param amount the qualifying amount, net of reversals, or empty when nothing qualified
 * @param rebate the rebate, or empty when the minimum was not reached
 * @param explanation how it came about
 */
public record RebateResult(
        RuleId rebateId,
        AccountId account,
        DateRange period,
        BigDecimal quantity,
        Optional<Money> amount,
        Optional<Money> rebate,
        Explanation explanation) {
    /** Checks that nothing is null. */
    public RebateResult {
        notNull(rebateId, "rebateId");
        notNull(account, "account");
        notNull(period, "period");
        notNull(quantity, "quantity");
        notNull(amount, "amount");
        notNull(rebate, "rebate");
        notNull(explanation, "explanation");
    }

    /**
     * Whether the minimum was reached.
     *
     * @return true if a rebate is due
     */
    public boolean qualifies() {
        return rebate.isPresent();
    }
}
