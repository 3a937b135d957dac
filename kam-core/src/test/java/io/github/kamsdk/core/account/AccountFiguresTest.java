package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountFiguresTest {
    private static final AccountId C1 = AccountId.of("C-1");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void keepsTheFigures() {
        AccountFigures plain = AccountFigures.of(C1, eur("250000"));
        assertThat(plain.account()).isEqualTo(C1);
        assertThat(plain.revenue()).isEqualTo(eur("250000"));
        assertThat(plain.margin()).isEmpty();
        assertThat(plain.projectedMargins()).isEmpty();
        assertThat(plain.criteria()).isEmpty();
        assertThat(plain).hasToString("C-1: revenue EUR 250000.00");
        AccountFigures full = AccountFigures.builder(C1, eur("90000"))
                .margin(eur("-20"))
                .projectedMargins(List.of(eur("25000"), eur("30000")))
                .criterion("strategicFit", new BigDecimal("4"))
                .build();
        assertThat(full.margin()).contains(eur("-20"));
        assertThat(full.projectedMargins()).containsExactly(eur("25000"), eur("30000"));
        assertThat(full.criterion("strategicFit")).contains(new BigDecimal("4"));
        assertThat(full.criterion("other")).isEmpty();
        assertThat(full)
                .isNotEqualTo(plain)
                .isEqualTo(AccountFigures.builder(C1, eur("90000"))
                        .margin(eur("-20"))
                        .projectedMargins(List.of(eur("25000"), eur("30000")))
                        .criterion("strategicFit", new BigDecimal("4"))
                        .build());
        assertThat(full.hashCode()).isEqualTo(full.hashCode());
        assertThat(full.toString()).contains("margin EUR -20.00", "strategicFit=4");
    }

    @Test
    void refusesNegativeRevenue() {
        assertRejected(() -> AccountFigures.of(C1, eur("-1")), "revenue", "-1.00", "C-1");
    }

    @Test
    void refusesOtherCurrencies() {
        assertThatThrownBy(() -> AccountFigures.builder(C1, eur("1")).margin(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> AccountFigures.builder(C1, eur("1")).projectedMargins(List.of(Money.of("1", "USD"))))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void refusesBadCriterionNames() {
        assertRejected(() -> AccountFigures.builder(C1, eur("1")).criterion("1st", BigDecimal.ONE), "'1st'");
        assertRejected(
                () -> AccountFigures.builder(C1, eur("1")).criterion("margin", BigDecimal.ONE), "'margin'", "built-in");
    }

    @Test
    void refusesNulls() {
        assertNullRejected(() -> AccountFigures.of(null, eur("1")), "account");
        assertNullRejected(() -> AccountFigures.of(C1, null), "revenue");
        assertNullRejected(() -> AccountFigures.builder(C1, eur("1")).margin(null), "margin");
        assertNullRejected(
                () -> AccountFigures.builder(C1, eur("1")).projectedMargins(Arrays.asList(eur("1"), null)),
                "projectedMargins[1]");
        assertNullRejected(() -> AccountFigures.builder(C1, eur("1")).criterion("x", null), "criterion 'x'");
        assertNullRejected(() -> AccountFigures.of(C1, eur("1")).criterion(null), "name");
    }
}
