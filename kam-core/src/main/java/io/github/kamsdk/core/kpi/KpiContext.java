package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.ExchangeRates;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a KPI is computed for: the period, the prior period (for growth and revenue retention), the
 * currency money figures are reported in with the exchange rates to get there, and the scope: the
 * whole company, or one manager.
 *
 * <pre>{@code
 * KpiContext q1 = KpiContext.builder()
 *     .period(DateRange.ofQuarter(2026, 1))
 *     .currency(Currency.getInstance("EUR"))
 *     .exchangeRates(myRates)              // only needed when events come in other currencies
 *     .build();
 * q1.priorPeriod();                        // [2025-10-03, 2026-01-01): the 90 days before
 * KpiContext ana = q1.forManager(ManagerId.of("ana"));
 * }</pre>
 *
 * <p><b>Scope.</b> For a manager, a formula sees the commercial events that credit the manager
 * (with the manager's share, see {@link KpiAccumulator}), the manager's own activities, and every
 * competitor loss. For the company it sees everything at a 100% share.
 *
 * <p><b>Currencies.</b> An amount in another currency is converted with {@link #exchangeRates()} at
 * the rate of the event's date; without exchange rates it is an error naming the event, never a
 * silent mix.
 *
 * <p>The prior period, when given, ends no later than the period starts. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class KpiContext {
    KpiContext() {}

    /**
     * A builder: {@code period} and {@code currency} are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The period the KPIs are for, half-open.
     *
     * @return the period
     */
    public abstract DateRange period();

    /**
     * The period compared with, for growth and revenue retention.
     *
     * @return by default the same number of days just before {@link #period()}
     */
    @Value.Default
    public DateRange priorPeriod() {
        LocalDate start = period().start();
        return DateRange.of(start.minusDays(period().lengthInDays()), start);
    }

    /**
     * The currency money figures are reported in.
     *
     * @return the currency
     */
    public abstract Currency currency();

    /**
     * The exchange rates for amounts in other currencies.
     *
     * @return the rates, or empty if every event is in {@link #currency()}
     */
    public abstract Optional<ExchangeRates> exchangeRates();

    /**
     * The manager the KPIs are for.
     *
     * @return the manager, or empty for the whole company
     */
    public abstract Optional<ManagerId> manager();

    /**
     * The same context for one manager.
     *
     * @param manager the manager, not null
     * @return a context scoped to {@code manager}
     */
    public KpiContext forManager(ManagerId manager) {
        notNull(manager, "manager");
        return copy(Optional.of(manager));
    }

    /**
     * The same context for the whole company.
     *
     * @return a context without a manager
     */
    public KpiContext forCompany() {
        return copy(Optional.empty());
    }

    private KpiContext copy(Optional<ManagerId> manager) {
        return builder()
                .period(period())
                .priorPeriod(priorPeriod())
                .currency(currency())
                .exchangeRates(exchangeRates())
                .manager(manager)
                .build();
    }

    /**
     * Whether the scope is the whole company.
     *
     * @return true when there is no {@link #manager()}
     */
    public boolean isCompanyScope() {
        return manager().isEmpty();
    }

    /**
     * An amount in the reporting currency: as it is when already in it, else converted at the rate
     * of {@code date}.
     *
     * @param amount the amount, not null
     * @param date the date whose rate applies (the event's date), not null
     * @param source what the amount belongs to, named in the error (e.g. the event's id), not null
     * @return the amount in {@link #currency()}, exact
     * @throws IllegalArgumentException if the amount is in another currency and no exchange rates
     *     were given, or no rate is known ({@link io.github.kamsdk.core.money.MissingExchangeRateException})
     */
    public Money toReportingCurrency(Money amount, LocalDate date, Object source) {
        notNull(amount, "amount");
        notNull(date, "date");
        notNull(source, "source");
        if (amount.currency().equals(currency())) {
            return amount;
        }
        Optional<ExchangeRates> rates = exchangeRates();
        argument(
                rates.isPresent(),
                "%s is in %s but the KPIs report in %s and no exchange rates were given: %s",
                source,
                amount.currency(),
                currency(),
                amount);
        return rates.get().convert(amount, currency(), date).result();
    }

    @Value.Check
    void check() {
        argument(
                !priorPeriod().endExclusive().isAfter(period().start()),
                "priorPeriod %s must end no later than the period %s starts",
                priorPeriod(),
                period());
    }

    /**
     * Builds a {@link KpiContext}. A null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableKpiContext.Builder {
        Builder() {}
    }
}
