package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link KpiValue}: ratios to 10 places, undefined values, figures and money. */
class KpiValueTest {
    static final KpiDefinition RETENTION = KpiDefinitionTest.retention().build();
    static final DateRange Q1 = DateRange.ofQuarter(2026, 1);
    static final Explanation WHY = Explanation.of(Step.of("test.why", "because"));
    static final String NO_CLIENTS = "no clients were active at the start";

    static KpiValue ratio(String numerator, String denominator) {
        return KpiValue.ratio(RETENTION, Q1, new BigDecimal(numerator), new BigDecimal(denominator), NO_CLIENTS, WHY);
    }

    @Test
    void ratioToTenPlaces() {
        // 18 / 20 = 0.9 -> 0.9000000000
        KpiValue v = ratio("18", "20");
        assertThat(v.value()).hasValueSatisfying(x -> assertThat(x).isEqualTo(new BigDecimal("0.9000000000")));
        assertThat(v.valueOrThrow().scale()).isEqualTo(KpiValue.SCALE);
        assertThat(v.numerator()).isEqualByComparingTo("18");
        assertThat(v.denominator()).isEqualByComparingTo("20");
        assertThat(v.isDefined()).isTrue();
        assertThat(v.undefinedReason()).isEmpty();
        assertThat(v.currency()).isEmpty();
        assertThat(v.id()).isEqualTo(RETENTION.id());
        assertThat(v.definition()).isEqualTo(RETENTION);
        assertThat(v.period()).isEqualTo(Q1);
        assertThat(v.explanation()).isEqualTo(WHY);
        // 2 / 3 = 0.666... -> 0.6666666667; 1 / 3 -> 0.3333333333
        assertThat(ratio("2", "3").valueOrThrow()).isEqualTo(new BigDecimal("0.6666666667"));
        assertThat(ratio("1", "3").valueOrThrow()).isEqualTo(new BigDecimal("0.3333333333"));
    }

    @Test
    void ratioRoundsHalfEven() {
        // 0.00000000025 / 1: a tie at the 10th place, the even neighbour 0.0000000002 wins
        assertThat(ratio("0.00000000025", "1").valueOrThrow()).isEqualTo(new BigDecimal("0.0000000002"));
        // 0.00000000035 / 1 -> 0.0000000004
        assertThat(ratio("0.00000000035", "1").valueOrThrow()).isEqualTo(new BigDecimal("0.0000000004"));
        // -1 / 3 = -0.333... -> -0.3333333333 (growth may be negative)
        assertThat(ratio("-1", "3").valueOrThrow()).isEqualTo(new BigDecimal("-0.3333333333"));
    }

    @Test
    void zeroDenominatorIsUndefinedWithTheReason() {
        KpiValue v = ratio("0", "0");
        assertThat(v.isDefined()).isFalse();
        assertThat(v.value()).isEmpty();
        assertThat(v.undefinedReason()).contains(NO_CLIENTS);
        assertThat(v.numerator()).isEqualByComparingTo("0");
        assertThat(v.denominator()).isEqualByComparingTo("0");
        assertThat(v).hasToString("customer.retention@1 [2026-01-01, 2026-04-01) not defined: " + NO_CLIENTS);
        assertThatThrownBy(v::valueOrThrow)
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("kpi customer.retention@1 is not defined for [2026-01-01, 2026-04-01): " + NO_CLIENTS);
    }

    @Test
    void undefinedKeepsWhatIsKnown() {
        KpiValue v = KpiValue.undefined(RETENTION, Q1, new BigDecimal("3"), BigDecimal.ZERO, "no plan was set", WHY);
        assertThat(v.isDefined()).isFalse();
        assertThat(v.numerator()).isEqualByComparingTo("3");
        assertThat(v.undefinedReason()).contains("no plan was set");
    }

    @Test
    void plainFigure() {
        KpiValue calls = KpiValue.of(RETENTION, Q1, new BigDecimal("42"), WHY);
        assertThat(calls.valueOrThrow()).isEqualByComparingTo("42");
        assertThat(calls.numerator()).isEqualByComparingTo("42");
        assertThat(calls.denominator()).isEqualByComparingTo("1");
        assertThat(calls).hasToString("customer.retention@1 [2026-01-01, 2026-04-01) = 42");
    }

    @Test
    void moneyCarriesItsCurrency() {
        Currency eur = Currency.getInstance("EUR");
        KpiValue revenue = KpiValue.money(RETENTION, Q1, new BigDecimal("1234.50"), eur, WHY);
        assertThat(revenue.currency()).contains(eur);
        assertThat(revenue.valueOrThrow()).isEqualByComparingTo("1234.5");
        assertThat(revenue.denominator()).isEqualByComparingTo("1");
        assertThat(revenue).hasToString("customer.retention@1 [2026-01-01, 2026-04-01) = 1234.50 EUR");
        assertThat(revenue).isNotEqualTo(KpiValue.of(RETENTION, Q1, new BigDecimal("1234.50"), WHY));
        assertThat(revenue)
                .isNotEqualTo(
                        KpiValue.money(RETENTION, Q1, new BigDecimal("1234.50"), Currency.getInstance("USD"), WHY));
    }

    @Test
    void equalityIsByValue() {
        // 9 / 10 and 18 / 20 give the same value but different figures: not equal
        assertThat(ratio("18", "20")).isEqualTo(ratio("18.0", "20.00")).hasSameHashCodeAs(ratio("18.0", "20.00"));
        assertThat(ratio("18", "20")).isNotEqualTo(ratio("9", "10"));
        assertThat(ratio("0", "0")).isEqualTo(ratio("0.0", "0"));
        assertThat(ratio("0", "0")).isNotEqualTo(ratio("0", "1"));
        // the reason for a zero denominator is kept only when it applies
        assertThat(ratio("18", "20"))
                .isEqualTo(KpiValue.ratio(
                        RETENTION, Q1, new BigDecimal("18"), new BigDecimal("20"), "another reason", WHY));
        assertThat(ratio("18", "20"))
                .isNotEqualTo(KpiValue.ratio(
                        RETENTION,
                        DateRange.ofQuarter(2026, 2),
                        new BigDecimal("18"),
                        new BigDecimal("20"),
                        NO_CLIENTS,
                        WHY));
        assertThat(ratio("18", "20"))
                .isNotEqualTo(KpiValue.ratio(
                        RETENTION, Q1, new BigDecimal("18"), new BigDecimal("20"), NO_CLIENTS, Explanation.empty()));
        assertThat(ratio("18", "20")).isNotEqualTo("0.9");
    }

    @Test
    void ratioTextShowsTheFigures() {
        assertThat(ratio("18", "20"))
                .hasToString("customer.retention@1 [2026-01-01, 2026-04-01) = 0.9000000000 (18 / 20)");
    }
}
