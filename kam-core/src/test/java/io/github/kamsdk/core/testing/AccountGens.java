package io.github.kamsdk.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kamsdk.core.account.AccountFigures;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.SalesRecord;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the account package: account figures for tiering, sales records and query ranges.
 * Sizes stay modest (tens of accounts) so that 1,000 examples per property run fast.
 */
public final class AccountGens {
    /** The currency of generated sales records. */
    public static final Currency EUR = Currency.getInstance("EUR");

    /** The first day of generated sales records and query ranges. */
    public static final LocalDate ORIGIN = LocalDate.of(2026, 1, 1);

    private AccountGens() {}

    /** Account ids {@code C-000} to {@code C-999}. */
    public static Gen<AccountId> accountIds() {
        return integers().between(0, 999).map(AccountGens::id);
    }

    /** The id {@code C-nnn}. */
    public static AccountId id(int n) {
        return AccountId.of(String.format("C-%03d", n));
    }

    /**
     * Non-negative revenues in whole minor units: a third zero or tiny (0 to 5 units, so that ties
     * are common), the rest up to ten million units.
     */
    public static Gen<Money> revenues(Currency currency) {
        long unit = BigDecimal.ONE
                .movePointRight(currency.getDefaultFractionDigits())
                .longValueExact();
        return Generate.oneOf(
                longs().between(0, 5).map(n -> Money.ofMinor(n * unit, currency)),
                Gens.nonNegativeRoundedMoney(currency),
                longs().between(0, 10_000_000L).map(n -> Money.ofMinor(n * unit, currency)));
    }

    /** Distinct account numbers, 0 to {@code max} of them. */
    private static Gen<List<Integer>> distinctNumbers(int max) {
        return lists().of(integers().between(0, 999))
                .ofSizeBetween(0, max)
                .map(list -> new ArrayList<>(new LinkedHashSet<>(list)));
    }

    /** Lists of 0 to 30 accounts' figures (revenue only), distinct ids, in the currency. */
    public static Gen<List<AccountFigures>> figureLists(Currency currency) {
        return distinctNumbers(30)
                .flatMap(numbers -> lists().of(revenues(currency))
                        .ofSize(numbers.size())
                        .map(revenues -> {
                            List<AccountFigures> figures = new ArrayList<>();
                            for (int i = 0; i < numbers.size(); i++) {
                                figures.add(AccountFigures.of(id(numbers.get(i)), revenues.get(i)));
                            }
                            return figures;
                        }));
    }

    /** Lists of 0 to 30 accounts' figures (revenue only) in any one currency. */
    public static Gen<List<AccountFigures>> figureLists() {
        return Gens.currencies().flatMap(AccountGens::figureLists);
    }

    /** One account's full figures in EUR: revenue, margin, 0 to 4 projected margins, strategicFit 1–5. */
    private static Gen<AccountFigures> fullFigures(int number) {
        Gen<Money> margins = longs().between(-1_000_000, 5_000_000).map(n -> Money.ofMinor(n, EUR));
        return revenues(EUR)
                .zip(
                        margins,
                        lists().of(margins).ofSizeBetween(0, 4),
                        integers().between(1, 5),
                        (revenue, margin, projected, fit) -> AccountFigures.builder(id(number), revenue)
                                .margin(margin)
                                .projectedMargins(projected)
                                .criterion("strategicFit", BigDecimal.valueOf(fit))
                                .build());
    }

    /** Lists of 0 to 20 accounts' full figures in EUR, distinct ids. */
    public static Gen<List<AccountFigures>> fullFigureLists() {
        return distinctNumbers(20).flatMap(numbers -> {
            Gen<List<AccountFigures>> acc = Generate.constant(List.of());
            for (int number : numbers) {
                acc = acc.zip(fullFigures(number), (list, f) -> {
                    List<AccountFigures> next = new ArrayList<>(list);
                    next.add(f);
                    return next;
                });
            }
            return acc;
        });
    }

    /** One record's shape: gap before it (days), length (days), revenue and margin (cents). */
    private static Gen<long[]> recordShapes() {
        return integers()
                .between(0, 10)
                .zip(
                        integers().between(1, 120),
                        longs().between(0, 10_000_000),
                        longs().between(-1_000_000, 1_000_000),
                        (gap, days, revenue, margin) -> new long[] {gap, days, revenue, margin});
    }

    /**
     * Sales records in EUR of 1 to 5 accounts ({@code C-000}, {@code C-001}, …), each with 0 to 6
     * consecutive records (with gaps of 0 to 10 days) from within two months of {@link #ORIGIN}:
     * never overlapping.
     */
    public static Gen<List<SalesRecord>> salesRecordLists() {
        Gen<List<long[]>> oneAccount = lists().of(recordShapes()).ofSizeBetween(0, 6);
        return lists().of(integers().between(0, 60).zip(oneAccount, (offset, shapes) -> {
                    List<Object> pair = new ArrayList<>();
                    pair.add(offset);
                    pair.add(shapes);
                    return pair;
                }))
                .ofSizeBetween(1, 5)
                .map(accounts -> {
                    List<SalesRecord> records = new ArrayList<>();
                    for (int a = 0; a < accounts.size(); a++) {
                        LocalDate day =
                                ORIGIN.plusDays((Integer) accounts.get(a).get(0));
                        @SuppressWarnings("unchecked")
                        List<long[]> shapes = (List<long[]>) accounts.get(a).get(1);
                        for (long[] s : shapes) {
                            LocalDate start = day.plusDays(s[0]);
                            LocalDate end = start.plusDays(s[1]);
                            records.add(SalesRecord.of(
                                    id(a),
                                    DateRange.of(start, end),
                                    Money.ofMinor(s[2], EUR),
                                    Money.ofMinor(s[3], EUR)));
                            day = end;
                        }
                    }
                    return records;
                });
    }

    /** Ranges of 1 to 800 days starting up to 100 days either side of {@link #ORIGIN}. */
    public static Gen<DateRange> queryRanges() {
        return integers().between(-100, 100).zip(integers().between(1, 800), (offset, days) -> {
            LocalDate start = ORIGIN.plusDays(offset);
            return DateRange.of(start, start.plusDays(days));
        });
    }

    /** A {@link #queryRanges() query range} with a partition of it into 1 to 11 consecutive pieces. */
    public static Gen<List<DateRange>> queryPartitions() {
        return queryRanges()
                .flatMap(range -> lists().of(integers().between(1, (int) range.lengthInDays()))
                        .ofSizeBetween(0, 10)
                        .map(offsets -> {
                            List<DateRange> pieces = new ArrayList<>();
                            LocalDate from = range.start();
                            for (int offset : new TreeSet<>(offsets)) {
                                LocalDate cut = range.start().plusDays(offset);
                                if (cut.isBefore(range.endExclusive())) {
                                    pieces.add(DateRange.of(from, cut));
                                    from = cut;
                                }
                            }
                            pieces.add(DateRange.of(from, range.endExclusive()));
                            return pieces;
                        }));
    }
}
