package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.money.ExchangeRates;
import io.github.kamsdk.core.money.MissingExchangeRateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sales history of many accounts (R-ACC-3): their {@link SalesRecord}s, in any currencies,
 * kept and summarised.
 *
 * <pre>{@code
 * SalesHistory history = SalesHistory.of(List.of(
 *     SalesRecord.of(acme, DateRange.ofMonth(2026, 1), Money.of("1000", "EUR"), Money.of("200", "EUR")),
 *     SalesRecord.of(acme, DateRange.ofMonth(2026, 2), Money.of("3000", "EUR"), Money.of("500", "EUR"))));
 * SalesSummary eur = history.inCurrency(EUR);
 * eur.revenue(acme, DateRange.ofQuarter(2026, 1)); // EUR 4000.00
 * }</pre>
 *
 * <p><b>Overlaps.</b> An account's records in one currency must not overlap in time (they would
 * count the same sales twice): two records of the same account and currency whose periods share a
 * day are refused, naming the account and both periods. Records may leave gaps, and an account
 * may have records in several currencies for the same days (sales invoiced in EUR and in RUB).
 *
 * <p><b>Currencies are never summed silently.</b> Figures are read through a {@link SalesSummary}
 * in one currency, obtained either {@linkplain #inCurrency(Currency) per currency} (only the
 * records in that currency) or {@linkplain #convertedTo(Currency, ExchangeRates, LocalDate)
 * converted} to a reporting currency at the rates of one date.
 *
 * <p>Records are kept by account id, then currency code, then period, whatever order they were
 * given in. This class is immutable and thread-safe. No method accepts null.
 */
public final class SalesHistory {
    private static final Comparator<SalesRecord> ORDER = Comparator.comparing(
                    (SalesRecord r) -> r.currency().getCurrencyCode())
            .thenComparing(SalesRecord::period);

    private final ImmutableSortedMap<AccountId, ImmutableList<SalesRecord>> byAccount;
    private final ImmutableList<SalesRecord> records;
    private final ImmutableSet<Currency> currencies;

    private SalesHistory(ImmutableSortedMap<AccountId, ImmutableList<SalesRecord>> byAccount) {
        this.byAccount = byAccount;
        ImmutableList.Builder<SalesRecord> all = ImmutableList.builder();
        TreeSet<String> codes = new TreeSet<>();
        for (ImmutableList<SalesRecord> list : byAccount.values()) {
            all.addAll(list);
            for (SalesRecord r : list) {
                codes.add(r.currency().getCurrencyCode());
            }
        }
        this.records = all.build();
        ImmutableSet.Builder<Currency> set = ImmutableSet.builder();
        codes.forEach(code -> set.add(Currency.getInstance(code)));
        this.currencies = set.build();
    }

    /**
     * The history of the given records.
     *
     * @param records the records, in any order, not null, no null element
     * @return the history
     * @throws IllegalArgumentException if two records of the same account and currency overlap
     */
    public static SalesHistory of(Iterable<SalesRecord> records) {
        notNull(records, "records");
        Map<AccountId, List<SalesRecord>> grouped = new TreeMap<>();
        int i = 0;
        for (SalesRecord record : records) {
            notNull(record, "records[" + i++ + "]");
            grouped.computeIfAbsent(record.account(), k -> new ArrayList<>()).add(record);
        }
        ImmutableSortedMap.Builder<AccountId, ImmutableList<SalesRecord>> byAccount = ImmutableSortedMap.naturalOrder();
        for (Map.Entry<AccountId, List<SalesRecord>> e : grouped.entrySet()) {
            List<SalesRecord> list = e.getValue();
            list.sort(ORDER);
            for (int k = 1; k < list.size(); k++) {
                SalesRecord before = list.get(k - 1);
                SalesRecord after = list.get(k);
                argument(
                        !before.currency().equals(after.currency())
                                || !before.period().overlaps(after.period()),
                        "records of account %s in %s overlap: %s and %s",
                        e.getKey(),
                        after.currency().getCurrencyCode(),
                        before.period(),
                        after.period());
            }
            byAccount.put(e.getKey(), ImmutableList.copyOf(list));
        }
        return new SalesHistory(byAccount.buildOrThrow());
    }

    /**
     * The history with no record.
     *
     * @return an empty history
     */
    public static SalesHistory empty() {
        return of(List.of());
    }

    /**
     * Every record, by account id, then currency code, then period.
     *
     * @return the records
     */
    public ImmutableList<SalesRecord> records() {
        return records;
    }

    /**
     * One account's records, by currency code, then period.
     *
     * @param account the account, not null
     * @return its records, empty if the history has none
     */
    public ImmutableList<SalesRecord> records(AccountId account) {
        notNull(account, "account");
        ImmutableList<SalesRecord> list = byAccount.get(account);
        return list == null ? ImmutableList.of() : list;
    }

    /**
     * The accounts that have at least one record, in id order.
     *
     * @return the accounts
     */
    public ImmutableSet<AccountId> accounts() {
        return byAccount.keySet();
    }

    /**
     * The currencies the records are in, by currency code.
     *
     * @return the currencies
     */
    public ImmutableSet<Currency> currencies() {
        return currencies;
    }

    /**
     * The figures of the records in one currency; records in other currencies are left out (ask
     * {@link #currencies()} which there are, or use {@link #convertedTo}). Every account of the
     * history is known to the summary, with zero figures if it has no record in the currency.
     *
     * @param currency the currency, not null
     * @return the summary in {@code currency}
     */
    public SalesSummary inCurrency(Currency currency) {
        notNull(currency, "currency");
        return SalesSummary.of(this, currency, null, LocalDate.MIN);
    }

    /**
     * The figures of every record converted to a reporting currency at the rates that apply on one
     * date (the same rates for all periods, so that periods compare without exchange-rate noise).
     * Each record's revenue and margin are converted exactly, then rounded once, HALF_EVEN to the
     * reporting currency's minor unit; records already in it are taken as they are.
     *
     * @param reportingCurrency the currency of the summary, not null
     * @param rates the host's exchange rates, not null
     * @param rateDate the date whose rates apply, not null
     * @return the summary in {@code reportingCurrency}
     * @throws MissingExchangeRateException if a record's currency has no rate to the reporting
     *     currency on {@code rateDate}
     */
    public SalesSummary convertedTo(Currency reportingCurrency, ExchangeRates rates, LocalDate rateDate) {
        notNull(reportingCurrency, "reportingCurrency");
        notNull(rates, "rates");
        notNull(rateDate, "rateDate");
        return SalesSummary.of(this, reportingCurrency, rates, rateDate);
    }

    ImmutableSortedMap<AccountId, ImmutableList<SalesRecord>> byAccount() {
        return byAccount;
    }

    /** E.g. {@code "SalesHistory[3 records, 2 accounts, EUR RUB]"}. */
    @Override
    public String toString() {
        StringBuilder codes = new StringBuilder();
        for (Currency c : currencies) {
            codes.append(' ').append(c.getCurrencyCode());
        }
        return "SalesHistory[" + records.size() + " records, " + byAccount.size() + " accounts," + codes + "]";
    }
}
