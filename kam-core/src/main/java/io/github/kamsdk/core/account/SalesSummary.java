package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.money.ExchangeRates;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.PeriodUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SalesHistory} read in one currency: revenue and margin of an account or of the whole
 * company over any period, per period, growth and share of company revenue (R-ACC-3, R-KPI-7).
 * Obtained from {@link SalesHistory#inCurrency} or {@link SalesHistory#convertedTo}.
 *
 * <pre>{@code
 * // Acme: January 2026 revenue EUR 3,100.00
 * SalesSummary eur = history.inCurrency(EUR);
 * eur.revenue(acme, DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11))); // EUR 1000.00
 * eur.revenueByPeriod(acme, DateRange.ofQuarter(2026, 1), PeriodUnit.MONTH);             // Jan, Feb, Mar
 * eur.revenueGrowth(acme, DateRange.ofYear(2025), DateRange.ofYear(2026));               // e.g. 12.5%
 * }</pre>
 *
 * <p><b>Proration, exact to the cent.</b> A record that lies partly in the asked range counts for
 * its share of days. So that figures add up, the share is cumulative: of a record of {@code n}
 * days and amount {@code A}, the first {@code k} days carry {@code C(k) = A × k / n} rounded
 * HALF_EVEN to the minor unit, and days {@code [i, j)} of the record carry {@code C(j) − C(i)}.
 * A whole record carries exactly {@code A}; the figures of periods that partition a range add up
 * to the range's figure to the cent; and each piece is within one minor unit of its exact share.
 * Example: EUR 100.00 over a 3-day record gives days 1, 2, 3 EUR 33.33, 33.34, 33.33 (C = 33.33,
 * 66.67, 100.00).
 *
 * <p><b>Rates</b> (growth, share) are computed to {@link MathContext#DECIMAL128} (34 significant
 * digits, HALF_EVEN); shares of all accounts therefore add up to 100% within 10<sup>-33</sup> per
 * account.
 *
 * <p>Accounts are those of the history; asking for another is an error naming it. This class is
 * immutable and thread-safe. No method accepts null.
 */
public final class SalesSummary {
    /** The precision of growth and share rates. */
    public static final MathContext RATE_PRECISION = MathContext.DECIMAL128;

    /** A record's figures in the summary's currency. */
    private record Entry(DateRange period, Money revenue, Money margin) {}

    private final Currency currency;
    private final ImmutableSortedMap<AccountId, ImmutableList<Entry>> entries;

    private SalesSummary(Currency currency, ImmutableSortedMap<AccountId, ImmutableList<Entry>> entries) {
        this.currency = currency;
        this.entries = entries;
    }

    static SalesSummary of(SalesHistory history, Currency currency, @Nullable ExchangeRates rates, LocalDate rateDate) {
        ImmutableSortedMap.Builder<AccountId, ImmutableList<Entry>> builder = ImmutableSortedMap.naturalOrder();
        for (Map.Entry<AccountId, ImmutableList<SalesRecord>> e :
                history.byAccount().entrySet()) {
            ImmutableList.Builder<Entry> list = ImmutableList.builder();
            for (SalesRecord r : e.getValue()) {
                if (r.currency().equals(currency)) {
                    list.add(new Entry(r.period(), r.revenue(), r.margin()));
                } else if (rates != null) {
                    Money revenue = rates.convert(r.revenue(), currency, rateDate)
                            .result()
                            .round();
                    Money margin = rates.convert(r.margin(), currency, rateDate)
                            .result()
                            .round();
                    list.add(new Entry(r.period(), revenue, margin));
                }
            }
            builder.put(e.getKey(), list.build());
        }
        return new SalesSummary(currency, builder.buildOrThrow());
    }

    /**
     * The currency of every figure.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The accounts of the history, in id order.
     *
     * @return the accounts
     */
    public ImmutableSet<AccountId> accounts() {
        return entries.keySet();
    }

    /**
     * An account's revenue over a range, records that straddle it prorated by days (see the class
     * comment).
     *
     * @param account an account of the history, not null
     * @param range the range, not null
     * @return the revenue, whole minor units, not negative
     */
    public Money revenue(AccountId account, DateRange range) {
        notNull(range, "range");
        return sum(entriesOf(account), range, Entry::revenue);
    }

    /**
     * An account's margin over a range, prorated like {@link #revenue}.
     *
     * @param account an account of the history, not null
     * @param range the range, not null
     * @return the margin, whole minor units, possibly negative
     */
    public Money margin(AccountId account, DateRange range) {
        notNull(range, "range");
        return sum(entriesOf(account), range, Entry::margin);
    }

    /**
     * The revenue of all accounts over a range: the sum of their {@link #revenue}s.
     *
     * @param range the range, not null
     * @return the company's revenue
     */
    public Money companyRevenue(DateRange range) {
        notNull(range, "range");
        Money total = Money.zero(currency);
        for (ImmutableList<Entry> list : entries.values()) {
            total = total.plus(sum(list, range, Entry::revenue));
        }
        return total;
    }

    /**
     * The margin of all accounts over a range: the sum of their {@link #margin}s.
     *
     * @param range the range, not null
     * @return the company's margin
     */
    public Money companyMargin(DateRange range) {
        notNull(range, "range");
        Money total = Money.zero(currency);
        for (ImmutableList<Entry> list : entries.values()) {
            total = total.plus(sum(list, range, Entry::margin));
        }
        return total;
    }

    /**
     * An account's revenue in each of the given periods.
     *
     * @param account an account of the history, not null
     * @param periods distinct periods, in any order (they need not touch nor cover anything), not
     *     null
     * @return the revenue per period, in the order given
     */
    public ImmutableMap<DateRange, Money> revenueByPeriod(AccountId account, List<DateRange> periods) {
        ImmutableList<Entry> list = entriesOf(account);
        return byPeriod(periods, p -> sum(list, p, Entry::revenue));
    }

    /**
     * An account's revenue per calendar unit: the range split by {@link DateRange#split}.
     *
     * @param account an account of the history, not null
     * @param range the range, not null
     * @param unit the unit, not null
     * @return the revenue per piece, in date order; they add up to {@link #revenue(AccountId,
     *     DateRange)}
     */
    public ImmutableMap<DateRange, Money> revenueByPeriod(AccountId account, DateRange range, PeriodUnit unit) {
        notNull(range, "range");
        notNull(unit, "unit");
        return revenueByPeriod(account, range.split(unit));
    }

    /**
     * An account's margin in each of the given periods.
     *
     * @param account an account of the history, not null
     * @param periods distinct periods, in any order, not null
     * @return the margin per period, in the order given
     */
    public ImmutableMap<DateRange, Money> marginByPeriod(AccountId account, List<DateRange> periods) {
        ImmutableList<Entry> list = entriesOf(account);
        return byPeriod(periods, p -> sum(list, p, Entry::margin));
    }

    /**
     * An account's margin per calendar unit.
     *
     * @param account an account of the history, not null
     * @param range the range, not null
     * @param unit the unit, not null
     * @return the margin per piece, in date order
     */
    public ImmutableMap<DateRange, Money> marginByPeriod(AccountId account, DateRange range, PeriodUnit unit) {
        notNull(range, "range");
        notNull(unit, "unit");
        return marginByPeriod(account, range.split(unit));
    }

    /**
     * The company's revenue in each of the given periods.
     *
     * @param periods distinct periods, in any order, not null
     * @return the revenue per period, in the order given
     */
    public ImmutableMap<DateRange, Money> companyRevenueByPeriod(List<DateRange> periods) {
        return byPeriod(periods, this::companyRevenue);
    }

    /**
     * The change of an account's revenue from a base period to another: {@code (current − base) /
     * base}, e.g. EUR 800 → EUR 1,000 is 25%, EUR 1,000 → EUR 800 is −20%.
     *
     * @param account an account of the history, not null
     * @param base the base period, not null
     * @param current the period compared with it, not null
     * @return the signed growth, or empty when the base revenue is zero
     */
    public Optional<Rate> revenueGrowth(AccountId account, DateRange base, DateRange current) {
        notNull(base, "base");
        notNull(current, "current");
        ImmutableList<Entry> list = entriesOf(account);
        return growth(sum(list, base, Entry::revenue), sum(list, current, Entry::revenue));
    }

    /**
     * The change of the company's revenue from a base period to another.
     *
     * @param base the base period, not null
     * @param current the period compared with it, not null
     * @return the signed growth, or empty when the base revenue is zero
     */
    public Optional<Rate> companyRevenueGrowth(DateRange base, DateRange current) {
        notNull(base, "base");
        notNull(current, "current");
        return growth(companyRevenue(base), companyRevenue(current));
    }

    /**
     * An account's share of the company's revenue over a range (R-KPI-7 concentration; R-ACC-1
     * key-client share).
     *
     * @param account an account of the history, not null
     * @param range the range, not null
     * @return the share between 0% and 100%, or empty when the company's revenue is zero
     */
    public Optional<Rate> shareOfCompanyRevenue(AccountId account, DateRange range) {
        notNull(range, "range");
        Money part = revenue(account, range);
        Money whole = companyRevenue(range);
        if (whole.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Rate.ratio(part.amount(), whole.amount(), RATE_PRECISION));
    }

    private static Optional<Rate> growth(Money base, Money current) {
        if (base.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Rate.ratio(current.minus(base).amount(), base.amount(), RATE_PRECISION));
    }

    private ImmutableList<Entry> entriesOf(@Nullable AccountId account) {
        notNull(account, "account");
        ImmutableList<Entry> list = entries.get(account);
        argument(list != null, "account %s has no sales history", account);
        return list;
    }

    private static ImmutableMap<DateRange, Money> byPeriod(
            @Nullable List<DateRange> periods, Function<DateRange, Money> figure) {
        notNull(periods, "periods");
        List<DateRange> checked = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            checked.add(notNull(periods.get(i), "periods[" + i + "]"));
        }
        ImmutableMap.Builder<DateRange, Money> result = ImmutableMap.builderWithExpectedSize(checked.size());
        java.util.Set<DateRange> seen = new java.util.HashSet<>();
        for (int i = 0; i < checked.size(); i++) {
            DateRange p = checked.get(i);
            argument(seen.add(p), "periods[%s] repeats %s", i, p);
            result.put(p, figure.apply(p));
        }
        return result.buildOrThrow();
    }

    private Money sum(List<Entry> list, DateRange range, Function<Entry, Money> figure) {
        Money total = Money.zero(currency);
        for (Entry e : list) {
            total = total.plus(prorated(figure.apply(e), e.period(), range));
        }
        return total;
    }

    /** The part of {@code amount} (over {@code period}) that falls in {@code range}: C(j) − C(i). */
    static Money prorated(Money amount, DateRange period, DateRange range) {
        if (range.encloses(period)) {
            return amount;
        }
        Optional<DateRange> overlap = period.intersection(range);
        if (overlap.isEmpty()) {
            return Money.zero(amount.currency());
        }
        long n = period.lengthInDays();
        long i = ChronoUnit.DAYS.between(period.start(), overlap.get().start());
        long j = ChronoUnit.DAYS.between(period.start(), overlap.get().endExclusive());
        return cumulative(amount, j, n).minus(cumulative(amount, i, n));
    }

    private static Money cumulative(Money amount, long k, long n) {
        if (k == 0) {
            return Money.zero(amount.currency());
        }
        if (k == n) {
            return amount;
        }
        return amount.times(k).dividedBy(BigDecimal.valueOf(n), RoundingPolicy.DEFAULT);
    }

    /** E.g. {@code "SalesSummary[EUR, 2 accounts]"}. */
    @Override
    public String toString() {
        return "SalesSummary[" + currency.getCurrencyCode() + ", " + entries.size() + " accounts]";
    }
}
