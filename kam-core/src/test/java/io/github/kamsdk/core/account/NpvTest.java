package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpvTest {
    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static final List<Money> THREE_HUNDREDS = List.of(eur("100"), eur("100"), eur("100"));

    @Test
    void endOfPeriodsIsTheSpreadsheetNpv() {
        // 100/1.1 + 100/1.21 + 100/1.331 = 90.9091 + 82.6446 + 75.1315 = 248.6852
        Money npv = Npv.endOfPeriods(THREE_HUNDREDS, Rate.percent(10));
        assertThat(npv.round()).isEqualTo(eur("248.69"));
        assertThat(npv.amount().setScale(6, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("248.685199");
    }

    @Test
    void startOfPeriodsTakesTheFirstFlowNow() {
        // 100 + 100/1.1 + 100/1.21 = 100 + 90.9091 + 82.6446 = 273.5537
        assertThat(Npv.startOfPeriods(THREE_HUNDREDS, Rate.percent(10)).round()).isEqualTo(eur("273.55"));
    }

    @Test
    void handlesNegativeFlowsZeroRateAndExactQuotients() {
        // -1000 now, then 600 and 600 at 20%: -1000 + 500 + 416.6667 = -83.33
        assertThat(Npv.startOfPeriods(List.of(eur("-1000"), eur("600"), eur("600")), Rate.percent(20))
                        .round())
                .isEqualTo(eur("-83.33"));
        assertThat(Npv.endOfPeriods(THREE_HUNDREDS, Rate.ZERO)).isEqualTo(eur("300"));
        // 110 / 1.1 = 100 exactly
        assertThat(Npv.endOfPeriods(List.of(eur("110")), Rate.percent(10))).isEqualTo(eur("100"));
        // A negative rate (above -100%): 90 / 0.9 = 100
        assertThat(Npv.endOfPeriods(List.of(eur("90")), Rate.signedPercent("-10")))
                .isEqualTo(eur("100"));
    }

    @Test
    void keepsAtMostThirtyDecimals() {
        Money npv = Npv.endOfPeriods(List.of(eur("100")), Rate.percent(3));
        assertThat(npv.amount().scale()).isLessThanOrEqualTo(Npv.MAX_DECIMALS);
        assertThat(npv.round()).isEqualTo(eur("97.09"));
    }

    @Test
    void refusesNoFlows() {
        assertRejected(() -> Npv.endOfPeriods(List.of(), Rate.percent(10)), "flows", "empty");
    }

    @Test
    void refusesARateOfMinus100PercentOrBelow() {
        assertRejected(() -> Npv.endOfPeriods(THREE_HUNDREDS, Rate.signedPercent("-100")), "discountRate", "-100%");
    }

    @Test
    void refusesMixedCurrencies() {
        assertThatThrownBy(() -> Npv.endOfPeriods(List.of(eur("1"), Money.of("1", "USD")), Rate.percent(10)))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void refusesNulls() {
        assertNullRejected(() -> Npv.endOfPeriods(null, Rate.percent(10)), "flows");
        assertNullRejected(() -> Npv.startOfPeriods(THREE_HUNDREDS, null), "discountRate");
        assertNullRejected(() -> Npv.endOfPeriods(Arrays.asList(eur("1"), null), Rate.percent(10)), "flows[1]");
    }
}
