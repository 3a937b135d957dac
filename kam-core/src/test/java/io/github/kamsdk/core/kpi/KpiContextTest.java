package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.MissingExchangeRateException;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link KpiContext}: prior period, scope and reporting currency. */
class KpiContextTest {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency RUB = Currency.getInstance("RUB");
    static final DateRange Q1 = DateRange.ofQuarter(2026, 1);
    static final ManagerId ANA = ManagerId.of("ana");

    static KpiContext.Builder q1() {
        return KpiContext.builder().period(Q1).currency(EUR);
    }

    @Test
    void defaultPriorPeriodIsTheSameNumberOfDaysBefore() {
        KpiContext c = q1().build();
        // Q1 2026 has 31 + 28 + 31 = 90 days; 90 days before 2026-01-01 is 2025-10-03
        // (December 31, November 30, October 29 of its 31 days)
        assertThat(c.priorPeriod()).isEqualTo(DateRange.of(LocalDate.of(2025, 10, 3), LocalDate.of(2026, 1, 1)));
        assertThat(c.priorPeriod().lengthInDays()).isEqualTo(90);
        // a month: March 2026 (31 days) -> [2026-01-29, 2026-03-01)
        KpiContext march = KpiContext.builder()
                .period(DateRange.ofMonth(2026, 3))
                .currency(EUR)
                .build();
        assertThat(march.priorPeriod()).isEqualTo(DateRange.of(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void givenPriorPeriodIsKept() {
        DateRange q4 = DateRange.ofQuarter(2025, 4);
        assertThat(q1().priorPeriod(q4).build().priorPeriod()).isEqualTo(q4);
        // a year earlier is fine too
        DateRange q1LastYear = DateRange.ofQuarter(2025, 1);
        assertThat(q1().priorPeriod(q1LastYear).build().priorPeriod()).isEqualTo(q1LastYear);
    }

    @Test
    void scopes() {
        KpiContext company = q1().build();
        assertThat(company.isCompanyScope()).isTrue();
        assertThat(company.manager()).isEmpty();
        KpiContext ana = company.forManager(ANA);
        assertThat(ana.isCompanyScope()).isFalse();
        assertThat(ana.manager()).contains(ANA);
        assertThat(ana.period()).isEqualTo(company.period());
        assertThat(ana.priorPeriod()).isEqualTo(company.priorPeriod());
        assertThat(ana.currency()).isEqualTo(EUR);
        assertThat(ana.forCompany()).isEqualTo(company);
        assertThat(ana.forManager(ManagerId.of("luis")).manager()).contains(ManagerId.of("luis"));
        assertThat(ana).isNotEqualTo(company);
    }

    @Test
    void scopeChangeKeepsAnExplicitPriorPeriodAndTheRates() {
        ExchangeRateTable rates = ExchangeRateTable.builder()
                .add(RUB, EUR, new BigDecimal("0.0105"), LocalDate.of(2026, 1, 1))
                .build();
        KpiContext c = q1().priorPeriod(DateRange.ofQuarter(2025, 1))
                .exchangeRates(rates)
                .build();
        KpiContext ana = c.forManager(ANA);
        assertThat(ana.priorPeriod()).isEqualTo(DateRange.ofQuarter(2025, 1));
        assertThat(ana.exchangeRates()).containsSame(rates);
    }

    @Test
    void reportingCurrencyAmountIsReturnedAsItIs() {
        Money amount = Money.of("100.00", "EUR");
        assertThat(q1().build().toReportingCurrency(amount, LocalDate.of(2026, 2, 1), EventId.of("SO-1")))
                .isSameAs(amount);
    }

    @Test
    void otherCurrencyIsConvertedAtTheRateOfTheDate() {
        ExchangeRateTable rates = ExchangeRateTable.builder()
                .add(RUB, EUR, new BigDecimal("0.0105"), LocalDate.of(2026, 1, 1))
                .add(RUB, EUR, new BigDecimal("0.0100"), LocalDate.of(2026, 2, 1))
                .build();
        KpiContext c = q1().exchangeRates(rates).build();
        // RUB 10,000 × 0.0105 = EUR 105 on 2026-01-31 (the January rate still applies)
        assertThat(c.toReportingCurrency(Money.of("10000", "RUB"), LocalDate.of(2026, 1, 31), "SO-1"))
                .isEqualTo(Money.of("105", "EUR"));
        // RUB 10,000 × 0.0100 = EUR 100 from 2026-02-01
        assertThat(c.toReportingCurrency(Money.of("10000", "RUB"), LocalDate.of(2026, 2, 1), "SO-2"))
                .isEqualTo(Money.of("100", "EUR"));
    }

    @Test
    void otherCurrencyWithoutRatesIsAnErrorNamingTheSource() {
        assertThatThrownBy(() -> q1().build()
                        .toReportingCurrency(Money.of("10000", "RUB"), LocalDate.of(2026, 2, 1), EventId.of("SO-7")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("SO-7", "RUB", "EUR", "no exchange rates were given");
    }

    @Test
    void otherCurrencyWithoutARateForTheDateIsAMissingRate() {
        ExchangeRateTable rates = ExchangeRateTable.builder()
                .add(RUB, EUR, new BigDecimal("0.0105"), LocalDate.of(2026, 1, 1))
                .build();
        assertThatThrownBy(() -> q1().exchangeRates(rates)
                        .build()
                        .toReportingCurrency(Money.of("10000", "RUB"), LocalDate.of(2025, 12, 31), "SO-8"))
                .isInstanceOf(MissingExchangeRateException.class)
                .hasMessageContainingAll("RUB", "EUR", "2025-12-31");
    }

    @Test
    void priorPeriodOverlappingThePeriodIsRejected() {
        assertThatThrownBy(() -> q1().priorPeriod(DateRange.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 2)))
                        .build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("priorPeriod", "2026-01-02", "2026-01-01");
        // ending the day the period starts is fine (half-open)
        assertThat(q1().priorPeriod(DateRange.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1)))
                        .build()
                        .priorPeriod()
                        .endExclusive())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
