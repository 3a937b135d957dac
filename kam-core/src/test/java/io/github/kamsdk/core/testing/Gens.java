package io.github.kamsdk.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RemainderPolicy;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.FiscalCalendar;
import io.github.kamsdk.core.time.FiscalYearNaming;
import io.github.kamsdk.core.time.PeriodUnit;
import io.github.kamsdk.core.time.Proration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the domain's types, shared by every property suite (kam-core's and, through the
 * test-jar, kam-rules'). Built from small generators so each stays easy to read.
 */
public final class Gens {
    /** Currencies with 0 (JPY), 2 (EUR, USD, RUB, GBP, CHF) and 3 (BHD) decimals. */
    public static final List<Currency> CURRENCIES = List.of(
            Currency.getInstance("EUR"),
            Currency.getInstance("USD"),
            Currency.getInstance("RUB"),
            Currency.getInstance("GBP"),
            Currency.getInstance("CHF"),
            Currency.getInstance("JPY"),
            Currency.getInstance("BHD"));

    private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);
    private static final int DAYS = 50_000; // to 2126

    private Gens() {}

    /** Any of {@link #CURRENCIES}. */
    public static Gen<Currency> currencies() {
        return Generate.pick(CURRENCIES);
    }

    /** Pairs of two different currencies. */
    public static Gen<List<Currency>> currencyPairs() {
        return currencies().zip(currencies(), List::of).assuming(p -> !p.get(0).equals(p.get(1)));
    }

    /**
     * Exact amounts in the currency, up to a billion units either side, with up to four decimals
     * beyond the minor unit (as after multiplying by a rate).
     */
    public static Gen<Money> money(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .zip(integers().between(0, 4), (unscaled, extra) -> {
                    BigDecimal amount = BigDecimal.valueOf(unscaled, digits + extra);
                    return Money.of(amount, currency);
                });
    }

    /** Amounts in whole minor units (payable amounts). */
    public static Gen<Money> roundedMoney(Currency currency) {
        return longs().between(-100_000_000_000L, 100_000_000_000L).map(units -> Money.ofMinor(units, currency));
    }

    /** Non-negative amounts in whole minor units. */
    public static Gen<Money> nonNegativeRoundedMoney(Currency currency) {
        return longs().between(0, 100_000_000_000L).map(units -> Money.ofMinor(units, currency));
    }

    /** Exact amounts in any currency. */
    public static Gen<Money> money() {
        return currencies().flatMap(Gens::money);
    }

    /** Rounded amounts in any currency. */
    public static Gen<Money> roundedMoney() {
        return currencies().flatMap(Gens::roundedMoney);
    }

    /** Non-negative rates from 0% to 200% with up to four decimals of a percent. */
    public static Gen<Rate> rates() {
        return integers().between(0, 2_000_000).map(n -> Rate.percent(BigDecimal.valueOf(n, 4)));
    }

    /** Rates from −100% to 200%. */
    public static Gen<Rate> signedRates() {
        return integers().between(-1_000_000, 2_000_000).map(n -> Rate.signedFraction(BigDecimal.valueOf(n, 6)));
    }

    /** Non-negative weights, from 0 to 1,000,000 with up to three decimals. */
    public static Gen<BigDecimal> weights() {
        return integers().between(0, 1_000_000_000).map(n -> BigDecimal.valueOf(n, 3));
    }

    /** Lists of 1 to 12 weights, at least one of them positive. */
    public static Gen<List<BigDecimal>> weightLists() {
        Gen<BigDecimal> small = integers().between(0, 5).map(n -> BigDecimal.valueOf(n));
        return lists().of(Generate.oneOf(weights(), small))
                .ofSizeBetween(1, 12)
                .assuming(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
    }

    /** Either remainder policy. */
    public static Gen<RemainderPolicy> remainderPolicies() {
        return Generate.enumValues(RemainderPolicy.class);
    }

    /** Rounding policies of each kind, with every rounding mode but UNNECESSARY. */
    public static Gen<RoundingPolicy> roundingPolicies() {
        Gen<RoundingMode> modes = Generate.pick(List.of(
                RoundingMode.UP,
                RoundingMode.DOWN,
                RoundingMode.CEILING,
                RoundingMode.FLOOR,
                RoundingMode.HALF_UP,
                RoundingMode.HALF_DOWN,
                RoundingMode.HALF_EVEN));
        Gen<BigDecimal> increments = Generate.pick(List.of(
                new BigDecimal("0.05"),
                new BigDecimal("0.10"),
                new BigDecimal("0.25"),
                BigDecimal.ONE,
                new BigDecimal("100")));
        return Generate.oneOf(
                modes.map(mode -> RoundingPolicy.toMinorUnit(mode)),
                modes.zip(integers().between(0, 6), (mode, scale) -> RoundingPolicy.toScale(scale, mode)),
                modes.zip(increments, (mode, inc) -> RoundingPolicy.toIncrement(inc, mode)));
    }

    /** Days from 1990 to about 2126. */
    public static Gen<LocalDate> dates() {
        return integers().between(0, DAYS).map(n -> EPOCH.plusDays(n));
    }

    /** Periods of 1 to 1,000 days starting between 1990 and about 2126. */
    public static Gen<DateRange> dateRanges() {
        return dates().zip(integers().between(1, 1000), (start, days) -> DateRange.of(start, start.plusDays(days)));
    }

    /**
     * Periods of 1 to 1,000 days starting within 1,000 days either side of the period's start, so
     * that they often overlap, touch, enclose or miss it (for laws about pairs of periods).
     */
    public static Gen<DateRange> dateRangesNear(DateRange range) {
        return integers().between(-1000, 1000).zip(integers().between(1, 1000), (offset, days) -> {
            LocalDate start = range.start().plusDays(offset);
            return DateRange.of(start, start.plusDays(days));
        });
    }

    /** Days within a period and up to 5 days either side of it (as for {@code contains}). */
    public static Gen<LocalDate> datesAround(DateRange range) {
        int span = (int) range.lengthInDays();
        return integers().between(-5, span + 5).map(n -> range.start().plusDays(n));
    }

    /**
     * Periods of 1 to 1,000 days at the edges of {@link LocalDate}'s range: starting within 1,000
     * days of {@link LocalDate#MIN} or ending within 1,000 days of {@link LocalDate#MAX}, often
     * exactly on it.
     */
    public static Gen<DateRange> dateRangesAtLimits() {
        Gen<Integer> offsets = Generate.oneOf(Generate.constant(0), integers().between(0, 1000));
        Gen<DateRange> nearMin = offsets.zip(integers().between(1, 1000), (offset, days) -> {
            LocalDate start = LocalDate.MIN.plusDays(offset);
            return DateRange.of(start, start.plusDays(days));
        });
        Gen<DateRange> nearMax = offsets.zip(integers().between(1, 1000), (offset, days) -> {
            LocalDate end = LocalDate.MAX.minusDays(offset);
            return DateRange.of(end.minusDays(days), end);
        });
        return Generate.oneOf(nearMin, nearMax);
    }

    /** Lists of 0 to 10 cut days anywhere within and around a period (as for {@code splitAt}). */
    public static Gen<List<LocalDate>> cutsAround(DateRange range) {
        int span = (int) range.lengthInDays();
        return lists().of(
                        integers().between(-5, span + 5).map(n -> range.start().plusDays(n)))
                .ofSizeBetween(0, 10);
    }

    /** A period with a partition of it into consecutive pieces. */
    public static Gen<List<DateRange>> partitions() {
        return dateRanges()
                .flatMap(range -> cutsAround(range).map(cuts -> {
                    List<LocalDate> inside = new ArrayList<>(new TreeSet<>(cuts));
                    inside.removeIf(d -> !d.isAfter(range.start()) || !d.isBefore(range.endExclusive()));
                    List<DateRange> pieces = new ArrayList<>();
                    LocalDate from = range.start();
                    for (LocalDate cut : inside) {
                        pieces.add(DateRange.of(from, cut));
                        from = cut;
                    }
                    pieces.add(DateRange.of(from, range.endExclusive()));
                    return pieces;
                }));
    }

    /**
     * Prorations {@code days / totalDays}: half with a total of 1 to 12 days (so that equal values
     * written differently, such as 2/4 and 3/6, are common), half with a total of 1 to 1,000 days.
     */
    public static Gen<Proration> prorations() {
        return Generate.oneOf(integers().between(1, 12), integers().between(1, 1000))
                .flatMap(total -> integers().between(0, total).map(days -> Proration.ofDays(days, total)));
    }

    /** Fiscal calendars starting in any month, with either naming. */
    public static Gen<FiscalCalendar> fiscalCalendars() {
        return Generate.enumValues(Month.class).zip(Generate.enumValues(FiscalYearNaming.class), FiscalCalendar::of);
    }

    /** Any period unit. */
    public static Gen<PeriodUnit> periodUnits() {
        return Generate.enumValues(PeriodUnit.class);
    }
}
