package io.github.kamsdk.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Net payment terms. */
class PaymentTermsTest {
    @Test
    void netThirtyFromMidJanuary() {
        // 2026-01-15 + 30 days: 16 days left in January, 14 in February = 2026-02-14.
        assertThat(PaymentTerms.net(30).dueDate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(PaymentTerms.net(30).days()).isEqualTo(30);
        assertThat(PaymentTerms.net(30)).hasToString("net 30");
    }

    @Test
    void netZeroIsDueOnTheDay() {
        assertThat(PaymentTerms.net(0).dueDate(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theLongestTermsAreTenYears() {
        // 2026-01-01 + 3650 days: 2026..2035 has two leap days (2028, 2032), so 2035-12-30.
        assertThat(PaymentTerms.net(PaymentTerms.MAX_DAYS).dueDate(LocalDate.of(2026, 1, 1)))
                .isEqualTo(LocalDate.of(2035, 12, 30));
    }

    @Test
    void equalByDays() {
        assertThat(PaymentTerms.net(60)).isEqualTo(PaymentTerms.net(60)).hasSameHashCodeAs(PaymentTerms.net(60));
        assertThat(PaymentTerms.net(60)).isNotEqualTo(PaymentTerms.net(30));
    }
}
