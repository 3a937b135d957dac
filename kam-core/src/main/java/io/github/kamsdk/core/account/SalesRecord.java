package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.time.DateRange;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one account bought in one period (R-ACC-3): its revenue and the margin the company made on
 * it, as booked, e.g. "C-10042, March 2026: revenue EUR 120,000.00, margin EUR 18,500.00".
 *
 * <pre>{@code
 * SalesRecord march = SalesRecord.of(AccountId.of("C-10042"), DateRange.ofMonth(2026, 3),
 *     Money.of("120000", "EUR"), Money.of("18500", "EUR"));
 * }</pre>
 *
 * <p>Revenue is not negative; the margin, in the same currency, may be (a loss-making period).
 * Both are booked figures, so both must be whole minor units (EUR 10.25, not EUR 10.255): that is
 * what lets {@link SalesSummary} prorate them and still add up to the cent.
 *
 * <p>This class is immutable and thread-safe. No method accepts null. Equal when all four parts
 * are equal (amounts by value).
 */
public final class SalesRecord {
    private final AccountId account;
    private final DateRange period;
    private final Money revenue;
    private final Money margin;

    private SalesRecord(AccountId account, DateRange period, Money revenue, Money margin) {
        this.account = account;
        this.period = period;
        this.revenue = revenue;
        this.margin = margin;
    }

    /**
     * The record of an account's sales in a period.
     *
     * @param account the account, not null
     * @param period the period the figures cover, not null
     * @param revenue the revenue, not negative, whole minor units, not null
     * @param margin the margin, in the revenue's currency, of either sign, whole minor units, not
     *     null
     * @return the record
     * @throws CurrencyMismatchException if the margin's currency differs from the revenue's
     */
    public static SalesRecord of(AccountId account, DateRange period, Money revenue, Money margin) {
        notNull(account, "account");
        notNull(period, "period");
        notNull(revenue, "revenue");
        notNull(margin, "margin");
        argument(
                revenue.isPositiveOrZero(),
                "revenue must not be negative: %s (account %s, period %s)",
                revenue,
                account,
                period);
        argument(
                revenue.isRounded(RoundingPolicy.DEFAULT),
                "revenue must be whole minor units: %s (account %s, period %s)",
                revenue,
                account,
                period);
        argument(
                margin.isRounded(RoundingPolicy.DEFAULT),
                "margin must be whole minor units: %s (account %s, period %s)",
                margin,
                account,
                period);
        if (!revenue.isSameCurrency(margin)) {
            throw new CurrencyMismatchException(revenue.currency(), margin.currency());
        }
        return new SalesRecord(account, period, revenue, margin);
    }

    /**
     * The account.
     *
     * @return the account's id
     */
    public AccountId account() {
        return account;
    }

    /**
     * The period the figures cover.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * The revenue of the period.
     *
     * @return the revenue, not negative
     */
    public Money revenue() {
        return revenue;
    }

    /**
     * The margin of the period.
     *
     * @return the margin, in the revenue's currency, possibly negative
     */
    public Money margin() {
        return margin;
    }

    /**
     * The currency of both figures.
     *
     * @return the currency
     */
    public Currency currency() {
        return revenue.currency();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SalesRecord that
                && account.equals(that.account)
                && period.equals(that.period)
                && revenue.equals(that.revenue)
                && margin.equals(that.margin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, period, revenue, margin);
    }

    /** E.g. {@code "C-10042 [2026-03-01, 2026-04-01): revenue EUR 120000.00, margin EUR 18500.00"}. */
    @Override
    public String toString() {
        return account + " " + period + ": revenue " + revenue + ", margin " + margin;
    }
}
