package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.MissingExchangeRateException;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.PeriodUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link SalesRecord}, {@link SalesHistory} and {@link SalesSummary}. */
class SalesHistoryTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency RUB = Currency.getInstance("RUB");
    private static final AccountId ACME = AccountId.of("C-1");
    private static final AccountId BETA = AccountId.of("C-2");
    private static final DateRange JAN = DateRange.ofMonth(2026, 1);
    private static final DateRange FEB = DateRange.ofMonth(2026, 2);
    private static final DateRange MAR = DateRange.ofMonth(2026, 3);
    private static final DateRange Q1 = DateRange.ofQuarter(2026, 1);

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    // Acme: January 3,100.00 (margin 310.00), February 3,875.00 (margin -280.00); Beta: Q1 2,325.00.
    private final SalesHistory history = SalesHistory.of(List.of(
            SalesRecord.of(BETA, Q1, eur("2325"), eur("465")),
            SalesRecord.of(ACME, FEB, eur("3875"), eur("-280")),
            SalesRecord.of(ACME, JAN, eur("3100"), eur("310"))));
    private final SalesSummary summary = history.inCurrency(EUR);

    @Test
    void keepsRecordsByAccountThenPeriod() {
        assertThat(history.records()).extracting(SalesRecord::period).containsExactly(JAN, FEB, Q1);
        assertThat(history.records(ACME)).hasSize(2);
        assertThat(history.records(AccountId.of("C-9"))).isEmpty();
        assertThat(history.accounts()).containsExactly(ACME, BETA);
        assertThat(history.currencies()).containsExactly(EUR);
        assertThat(history).hasToString("SalesHistory[3 records, 2 accounts, EUR]");
        SalesRecord jan = history.records(ACME).get(0);
        assertThat(jan.revenue()).isEqualTo(eur("3100"));
        assertThat(jan.margin()).isEqualTo(eur("310"));
        assertThat(jan.currency()).isEqualTo(EUR);
        assertThat(jan).isEqualTo(SalesRecord.of(ACME, JAN, eur("3100.00"), eur("310")));
        assertThat(jan).hasToString("C-1 [2026-01-01, 2026-02-01): revenue EUR 3100.00, margin EUR 310.00");
        assertThat(SalesHistory.empty().records()).isEmpty();
    }

    @Test
    void sumsWholeRecordsExactly() {
        assertThat(summary.currency()).isEqualTo(EUR);
        assertThat(summary.accounts()).containsExactly(ACME, BETA);
        assertThat(summary.revenue(ACME, Q1)).isEqualTo(eur("6975"));
        assertThat(summary.margin(ACME, Q1)).isEqualTo(eur("30"));
        assertThat(summary.revenue(BETA, DateRange.ofYear(2026))).isEqualTo(eur("2325"));
        assertThat(summary.companyRevenue(Q1)).isEqualTo(eur("9300"));
        assertThat(summary.companyMargin(Q1)).isEqualTo(eur("495"));
        assertThat(summary.revenue(ACME, DateRange.ofYear(2025))).isEqualTo(eur("0"));
    }

    @Test
    void proratesStraddlingRecordsByDays() {
        // 10 of January's 31 days: 3,100.00 × 10/31 = 1,000.00
        assertThat(summary.revenue(ACME, DateRange.of(day(1, 1), day(1, 11)))).isEqualTo(eur("1000"));
        // The rest of January (C(31) − C(10) = 2,100.00) and 14 of February's 28 days (1,937.50)
        assertThat(summary.revenue(ACME, DateRange.of(day(1, 11), day(2, 15)))).isEqualTo(eur("4037.50"));
        // Margin: 14/28 of -280.00
        assertThat(summary.margin(ACME, DateRange.of(day(2, 1), day(2, 15)))).isEqualTo(eur("-140"));
        // Beta in January: 2,325.00 × 31/90 = 800.8333… → 800.83
        assertThat(summary.revenue(BETA, JAN)).isEqualTo(eur("800.83"));
    }

    @Test
    void proratesCumulativelySoThatDaysAddUp() {
        // EUR 100.00 over 3 days: C(1) = 33.33, C(2) = 66.67, C(3) = 100.00
        DateRange three = DateRange.of(day(5, 1), day(5, 4));
        SalesSummary s = SalesHistory.of(List.of(SalesRecord.of(ACME, three, eur("100"), eur("0"))))
                .inCurrency(EUR);
        assertThat(s.revenueByPeriod(ACME, three, PeriodUnit.DAY).values())
                .containsExactly(eur("33.33"), eur("33.34"), eur("33.33"));
        assertThat(s.revenue(ACME, DateRange.of(day(5, 2), day(5, 4)))).isEqualTo(eur("66.67"));
    }

    @Test
    void summarisesPerPeriod() {
        assertThat(summary.revenueByPeriod(ACME, Q1, PeriodUnit.MONTH))
                .containsExactly(
                        java.util.Map.entry(JAN, eur("3100")),
                        java.util.Map.entry(FEB, eur("3875")),
                        java.util.Map.entry(MAR, eur("0")));
        assertThat(summary.marginByPeriod(ACME, List.of(FEB, JAN)).values()).containsExactly(eur("-280"), eur("310"));
        assertThat(summary.marginByPeriod(ACME, Q1, PeriodUnit.QUARTER).values())
                .containsExactly(eur("30"));
        // Beta's Q1 is 31, 28 and 31 days of 90: 800.83, 723.34 (C(59) − C(31) = 1524.17 − 800.83), 800.83
        assertThat(summary.companyRevenueByPeriod(List.of(JAN, FEB, MAR)).values())
                .containsExactly(eur("3900.83"), eur("4598.34"), eur("800.83"));
    }

    @Test
    void measuresGrowthAndShare() {
        // Acme January 3,100 → February 3,875: +25%; February → March: −100%; from March: no base
        assertThat(summary.revenueGrowth(ACME, JAN, FEB)).contains(Rate.percent(25));
        assertThat(summary.revenueGrowth(ACME, FEB, MAR)).contains(Rate.signedPercent("-100"));
        assertThat(summary.revenueGrowth(ACME, MAR, FEB)).isEmpty();
        // Company: Q1 9,300 → Q2 0
        assertThat(summary.companyRevenueGrowth(Q1, DateRange.ofQuarter(2026, 2)))
                .contains(Rate.signedPercent("-100"));
        // Q1 shares: 6,975 / 9,300 = 75%, 2,325 / 9,300 = 25%
        assertThat(summary.shareOfCompanyRevenue(ACME, Q1)).contains(Rate.percent(75));
        assertThat(summary.shareOfCompanyRevenue(BETA, Q1)).contains(Rate.percent(25));
        assertThat(summary.shareOfCompanyRevenue(BETA, DateRange.ofYear(2025))).isEmpty();
    }

    @Test
    void keepsCurrenciesApartOrConvertsThemAtOneDate() {
        SalesHistory mixed = SalesHistory.of(List.of(
                SalesRecord.of(ACME, JAN, eur("3100"), eur("310")),
                // Same account, same days, another currency: allowed
                SalesRecord.of(ACME, JAN, Money.of("10000", "RUB"), Money.of("-1000", "RUB"))));
        assertThat(mixed.currencies()).containsExactly(EUR, RUB);
        assertThat(mixed.inCurrency(EUR).revenue(ACME, JAN)).isEqualTo(eur("3100"));
        assertThat(mixed.inCurrency(RUB).revenue(ACME, JAN)).isEqualTo(Money.of("10000", "RUB"));
        assertThat(mixed.inCurrency(Currency.getInstance("USD")).revenue(ACME, JAN))
                .isEqualTo(Money.of("0", "USD"));
        // 1 RUB = 0.010549 EUR: RUB 10,000.00 → EUR 105.49; RUB -1,000.00 → EUR -10.549 → -10.55
        ExchangeRateTable rates = ExchangeRateTable.builder()
                .add(RUB, EUR, new BigDecimal("0.010549"), day(1, 1))
                .build();
        SalesSummary converted = mixed.convertedTo(EUR, rates, day(3, 31));
        assertThat(converted.revenue(ACME, JAN)).isEqualTo(eur("3205.49"));
        assertThat(converted.margin(ACME, JAN)).isEqualTo(eur("299.45"));
        assertThat(converted).hasToString("SalesSummary[EUR, 1 accounts]");
        assertThatThrownBy(() -> mixed.convertedTo(EUR, rates, LocalDate.of(2025, 12, 31)))
                .isInstanceOf(MissingExchangeRateException.class);
    }

    @Test
    void refusesOverlappingRecordsNamingAccountAndPeriods() {
        assertRejected(
                () -> SalesHistory.of(List.of(
                        SalesRecord.of(ACME, JAN, eur("1"), eur("0")),
                        SalesRecord.of(ACME, DateRange.of(day(1, 31), day(2, 10)), eur("1"), eur("0")))),
                "C-1",
                "EUR",
                "overlap",
                "[2026-01-01, 2026-02-01)",
                "[2026-01-31, 2026-02-10)");
    }

    @Test
    void refusesDuplicateRecords() {
        SalesRecord jan = SalesRecord.of(ACME, JAN, eur("1"), eur("0"));
        assertRejected(() -> SalesHistory.of(List.of(jan, jan)), "C-1", "overlap", "[2026-01-01, 2026-02-01)");
    }

    @Test
    void refusesNegativeRevenue() {
        assertRejected(() -> SalesRecord.of(ACME, JAN, eur("-0.01"), eur("0")), "revenue", "-0.01", "C-1");
    }

    @Test
    void refusesFractionsOfACent() {
        assertRejected(() -> SalesRecord.of(ACME, JAN, eur("1.005"), eur("0")), "revenue", "1.005");
        assertRejected(() -> SalesRecord.of(ACME, JAN, eur("1"), eur("0.001")), "margin", "0.001");
    }

    @Test
    void refusesAMarginInAnotherCurrency() {
        assertThatThrownBy(() -> SalesRecord.of(ACME, JAN, eur("1"), Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }

    @Test
    void refusesUnknownAccounts() {
        assertRejected(() -> summary.revenue(AccountId.of("C-9"), Q1), "C-9", "no sales history");
    }

    @Test
    void refusesRepeatedPeriods() {
        assertRejected(() -> summary.revenueByPeriod(ACME, List.of(JAN, JAN)), "periods[1]", "[2026-01-01");
    }

    @Test
    void refusesNulls() {
        assertNullRejected(() -> SalesRecord.of(null, JAN, eur("1"), eur("1")), "account");
        assertNullRejected(() -> SalesRecord.of(ACME, null, eur("1"), eur("1")), "period");
        assertNullRejected(() -> SalesRecord.of(ACME, JAN, null, eur("1")), "revenue");
        assertNullRejected(() -> SalesRecord.of(ACME, JAN, eur("1"), null), "margin");
        assertNullRejected(() -> SalesHistory.of(null), "records");
        assertNullRejected(() -> SalesHistory.of(Arrays.asList(history.records().get(0), null)), "records[1]");
        assertNullRejected(() -> history.inCurrency(null), "currency");
        assertNullRejected(() -> history.convertedTo(EUR, null, day(1, 1)), "rates");
        assertNullRejected(() -> summary.revenue(null, Q1), "account");
        assertNullRejected(() -> summary.revenue(ACME, null), "range");
        assertNullRejected(() -> summary.revenueByPeriod(ACME, Arrays.asList(JAN, null)), "periods[1]");
        assertNullRejected(() -> summary.revenueGrowth(ACME, null, JAN), "base");
    }
}
