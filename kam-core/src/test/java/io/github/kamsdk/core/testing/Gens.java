package io.github.kamsdk.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.ExchangeRate;
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
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Seeds for a {@code java.util.Random} that shuffles inputs in order-independence properties. */
    public static Gen<Long> seeds() {
        return longs().all();
    }

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

    /**
     * Amounts on both sides of the 18-digit boundary where Money switches from a {@code long} to a
     * {@code BigDecimal}: near {@code Long.MAX_VALUE}, around 10^18, up to about 10^31 units, and
     * small ones, with 0 to 2 decimals beyond the currency's (so that scales often differ by one).
     */
    public static Gen<Money> wideMoney(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        Gen<java.math.BigInteger> unscaled = Generate.oneOf(
                longs().all().map(java.math.BigInteger::valueOf),
                longs().between(-1000, 1000)
                        .map(n -> java.math.BigInteger.valueOf(Long.MAX_VALUE - Math.abs(n))
                                .multiply(java.math.BigInteger.valueOf(n < 0 ? -1 : 1))),
                longs().all()
                        .zip(
                                integers().between(0, 13),
                                (n, k) -> java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.TEN.pow(k))),
                longs().between(-1_000_000, 1_000_000).map(java.math.BigInteger::valueOf),
                // 18 digits whose tenfold lies just below Long.MAX_VALUE: sums overflow a long
                // only after aligning scales.
                longs().between(-922_337_203_685_477_580L, 922_337_203_685_477_580L)
                        .map(n -> java.math.BigInteger.valueOf(
                                n < 0
                                        ? Math.min(n, -500_000_000_000_000_000L)
                                        : Math.max(n, 500_000_000_000_000_000L))));
        return unscaled.zip(
                integers().between(0, 2), (u, extra) -> Money.of(new BigDecimal(u, digits + extra), currency));
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

    /**
     * Totals to split: {@link #roundedMoney()} half of the time, otherwise amounts within 20 minor
     * units of zero (either sign), so that leftover units, zero parts and zero totals are common.
     */
    public static Gen<Money> splitTotals() {
        Gen<Money> small = currencies().flatMap(c -> longs().between(-20, 20).map(units -> Money.ofMinor(units, c)));
        return Generate.oneOf(roundedMoney(), small);
    }

    /**
     * Keyed weights as {@code Allocation.byWeights(total, map, policy)} takes them: 1 to 12 parties
     * named {@code "m0"} to {@code "m99"} (so that key order differs from both the order drawn and
     * numeric order) with weights mixed as in {@link #weightLists()}, at least one positive, in a
     * {@link LinkedHashMap} that iterates in the order drawn.
     */
    public static Gen<Map<String, BigDecimal>> weightMaps() {
        return weightLists()
                .flatMap(ws -> lists().of(integers().between(0, 99))
                        .ofSize(ws.size())
                        .map(ids -> {
                            Map<String, BigDecimal> weights = new LinkedHashMap<>();
                            for (int i = 0; i < ws.size(); i++) {
                                weights.put("m" + ids.get(i), ws.get(i));
                            }
                            return weights;
                        }))
                .assuming(weights -> weights.values().stream().anyMatch(w -> w.signum() > 0));
    }

    /**
     * Lists of 1 to 12 non-negative rates that add up to exactly 100%, in steps of 0.0001%: each
     * party's share of random weights cut to the step, the last party taking what is left.
     */
    public static Gen<List<Rate>> rateSplits() {
        Gen<Integer> few = integers().between(0, 3);
        return lists().of(Generate.oneOf(integers().between(0, 1_000_000), few))
                .ofSizeBetween(1, 12)
                .assuming(ns -> ns.stream().anyMatch(n -> n > 0))
                .map(ns -> {
                    long sum = ns.stream().mapToLong(Integer::longValue).sum();
                    long left = 1_000_000; // 100% in millionths
                    List<Rate> rates = new ArrayList<>();
                    for (int i = 0; i < ns.size() - 1; i++) {
                        long millionths = ns.get(i) * 1_000_000L / sum;
                        rates.add(Rate.ofFraction(BigDecimal.valueOf(millionths, 6)));
                        left -= millionths;
                    }
                    rates.add(Rate.ofFraction(BigDecimal.valueOf(left, 6)));
                    return rates;
                });
    }

    /**
     * Positive factors from 0.000001 to 100,000 with six decimals (trailing zeros kept), or whole
     * numbers from 1 to 200: exchange factors, or constants to scale weights by.
     */
    public static Gen<BigDecimal> positiveFactors() {
        return Generate.oneOf(
                longs().between(1, 100_000_000_000L).map(n -> BigDecimal.valueOf(n, 6)),
                integers().between(1, 200).map(n -> BigDecimal.valueOf(n)));
    }

    /** Exchange rates from one currency to another with {@link #positiveFactors()} on {@link #dates()}. */
    public static Gen<ExchangeRate> exchangeRates(Currency from, Currency to) {
        return positiveFactors().zip(dates(), (factor, date) -> ExchangeRate.of(from, to, factor, date));
    }

    /**
     * Histories of one currency pair: 0 to 8 {@link #exchangeRates(Currency, Currency)} on distinct
     * dates (a repeated date keeps its first rate), in the order drawn, not sorted.
     */
    public static Gen<List<ExchangeRate>> exchangeRateHistories(Currency from, Currency to) {
        return lists().of(exchangeRates(from, to)).ofSizeBetween(0, 8).map(rates -> {
            Map<LocalDate, ExchangeRate> byDate = new LinkedHashMap<>();
            rates.forEach(rate -> byDate.putIfAbsent(rate.date(), rate));
            return List.copyOf(byDate.values());
        });
    }

    /** Rounding policies of each kind, with every rounding mode but UNNECESSARY. */
    public static Gen<RoundingPolicy> roundingPolicies() {
        Gen<RoundingMode> modes = roundingModes();
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

    /** Every rounding mode but UNNECESSARY (which {@link RoundingPolicy} refuses). */
    public static Gen<RoundingMode> roundingModes() {
        return Generate.pick(List.of(
                RoundingMode.UP,
                RoundingMode.DOWN,
                RoundingMode.CEILING,
                RoundingMode.FLOOR,
                RoundingMode.HALF_UP,
                RoundingMode.HALF_DOWN,
                RoundingMode.HALF_EVEN));
    }

    /** Exactly {@code n} exact amounts, all in one currency (any of {@link #CURRENCIES}). */
    public static Gen<List<Money>> sameCurrencyMoney(int n) {
        return currencies().flatMap(c -> lists().of(money(c)).ofSize(n));
    }

    /** Lists of 1 to 20 exact amounts, all in one currency. */
    public static Gen<List<Money>> moneyLists() {
        return currencies().flatMap(c -> lists().of(money(c)).ofSizeBetween(1, 20));
    }

    /** Pairs of exact amounts in two different currencies. */
    public static Gen<List<Money>> mismatchedMoneyPairs() {
        return currencyPairs().flatMap(p -> money(p.get(0)).zip(money(p.get(1)), List::of));
    }

    /**
     * An exact amount, a rounding policy and the step that policy rounds the amount's currency to
     * (the minor unit, {@code 10^-scale} or the increment).
     *
     * @param amount the exact amount
     * @param policy the rounding policy
     * @param step the distance between two neighbouring rounded amounts, positive
     */
    public record RoundingCase(Money amount, RoundingPolicy policy, BigDecimal step) {
        @Override
        public String toString() {
            return amount + " by " + policy + " (step " + step.toPlainString() + ")";
        }
    }

    /** Exact amounts in any currency with a policy of each kind and every mode, and its step. */
    public static Gen<RoundingCase> roundingCases() {
        return roundingCases(roundingModes());
    }

    /** Exact amounts in any currency with a policy of each kind and one of the modes, and its step. */
    public static Gen<RoundingCase> roundingCases(Gen<RoundingMode> modes) {
        List<BigDecimal> increments = List.of(
                new BigDecimal("0.05"),
                new BigDecimal("0.10"),
                new BigDecimal("0.25"),
                BigDecimal.ONE,
                new BigDecimal("100"));
        return money().zip(modes, integers().between(0, 2), integers().between(0, 6), (m, mode, kind, n) -> {
            if (kind == 0) {
                int digits = m.currency().getDefaultFractionDigits();
                return new RoundingCase(m, RoundingPolicy.toMinorUnit(mode), BigDecimal.ONE.movePointLeft(digits));
            }
            if (kind == 1) {
                return new RoundingCase(m, RoundingPolicy.toScale(n, mode), BigDecimal.ONE.movePointLeft(n));
            }
            BigDecimal increment = increments.get(n % increments.size());
            return new RoundingCase(m, RoundingPolicy.toIncrement(increment, mode), increment);
        });
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

    /**
     * Step codes from a small pool, so that codes repeat within an explanation (as {@code find}
     * needs).
     */
    public static final List<String> STEP_CODES =
            List.of("pay.commission.line", "pay.total", "money.round", "kpi.attainment", "time.prorate_2", "x");

    /** Parameter names from a small pool, so that a later value for a name replaces an earlier one. */
    public static final List<String> PARAMETER_NAMES = List.of("rate", "base", "amount", "a", "B2", "total_pay");

    /**
     * The characters of {@link #plainTexts()}: letters, digits, spaces, regex replacement characters
     * ({@code $}, {@code \}), brackets and line breaks, but no brace.
     */
    private static final List<Character> PLAIN_CHARACTERS =
            List.of('a', 'Z', '7', ' ', '.', '%', '$', '\\', '[', ']', '\u00e9', '\n', '\r', '\u2028');

    /** Any of {@link #STEP_CODES}. */
    public static Gen<String> stepCodes() {
        return Generate.pick(STEP_CODES);
    }

    /** Any of {@link #PARAMETER_NAMES}. */
    public static Gen<String> parameterNames() {
        return Generate.pick(PARAMETER_NAMES);
    }

    /**
     * Short texts (0 to 8 characters) without braces, so that the braces of a step's text come from
     * its template only; they may hold line breaks and the regex replacement characters {@code $}
     * and {@code \}.
     */
    public static Gen<String> plainTexts() {
        return lists().of(Generate.pick(PLAIN_CHARACTERS)).ofSizeBetween(0, 8).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    /**
     * Values of every type a {@link Step} parameter may have: money, rates, periods, prorations,
     * decimals (some with a negative scale, such as 1E+3), big integers, integers, longs, booleans,
     * {@link #plainTexts()}, dates, months, years, currencies and enum constants.
     */
    public static Gen<Object> parameterValues() {
        return Generate.oneOf(
                anyOf(money()),
                anyOf(rates()),
                anyOf(dateRanges()),
                anyOf(prorations()),
                anyOf(longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                        .zip(integers().between(-3, 6), BigDecimal::valueOf)),
                anyOf(longs().all().map(n -> BigInteger.valueOf(n).multiply(BigInteger.valueOf(n)))),
                anyOf(integers().all()),
                anyOf(longs().all()),
                anyOf(booleans().all()),
                anyOf(plainTexts()),
                anyOf(dates()),
                anyOf(dates().map(YearMonth::from)),
                anyOf(dates().map(Year::from)),
                anyOf(currencies()),
                anyOf(Generate.enumValues(RoundingMode.class)),
                anyOf(periodUnits()));
    }

    /**
     * Parameters as a step builder receives them: 0 to 4 names from {@link #PARAMETER_NAMES} with
     * {@link #parameterValues()}, in insertion order (a repeated name keeps its first position and
     * its last value).
     */
    public static Gen<Map<String, Object>> parameterMaps() {
        return lists().of(parameterNames().zip(parameterValues(), Map::entry))
                .ofSizeBetween(0, 4)
                .map(entries -> {
                    Map<String, Object> parameters = new LinkedHashMap<>();
                    entries.forEach(e -> parameters.put(e.getKey(), e.getValue()));
                    return parameters;
                });
    }

    /**
     * Templates of 0 to 5 pieces, each a {@link #plainTexts()} or a placeholder {@code {name}} of one
     * of the names (a name may appear more than once, or not at all).
     */
    public static Gen<String> templates(Collection<String> names) {
        List<String> placeholders = names.stream().map(n -> "{" + n + "}").toList();
        Gen<String> piece =
                placeholders.isEmpty() ? plainTexts() : Generate.oneOf(plainTexts(), Generate.pick(placeholders));
        return lists().of(piece).ofSizeBetween(0, 5).map(pieces -> String.join("", pieces));
    }

    /**
     * Valid steps with sub-steps nested up to {@code depth} levels below them (0 to 3 sub-steps a
     * step): a code from {@link #STEP_CODES}, {@link #parameterMaps()} and a template of {@link
     * #templates(Collection)} over the parameters' names.
     */
    public static Gen<Step> steps(int depth) {
        Gen<List<Step>> children = depth <= 0
                ? Generate.constant(List.of())
                : lists().of(steps(depth - 1)).ofSizeBetween(0, 3);
        return parameterMaps()
                .flatMap(parameters -> templates(parameters.keySet())
                        .zip(
                                stepCodes(),
                                children,
                                (template, code, kids) -> Step.builder()
                                        .code(code)
                                        .template(template)
                                        .putAllParameters(parameters)
                                        .addAllChildren(kids)
                                        .build()));
    }

    /** Explanations of 0 to 3 top-level {@link #steps(int) steps(3)}, so up to four levels deep. */
    public static Gen<Explanation> explanations() {
        return lists().of(steps(3)).ofSizeBetween(0, 3).map(steps -> Explanation.of(steps));
    }

    private static Gen<Object> anyOf(Gen<?> gen) {
        return gen.map(value -> (Object) value);
    }
}
