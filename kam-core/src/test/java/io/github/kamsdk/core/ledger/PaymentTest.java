package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.C1;
import static io.github.kamsdk.core.ledger.LedgerExample.EUR;
import static io.github.kamsdk.core.ledger.LedgerExample.M7;
import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A payment's applied and unapplied parts: the Javadoc example, worked by hand. */
class PaymentTest {
    private static Payment.Builder pay1() {
        return Payment.builder()
                .id(EventId.of("PAY-1"))
                .account(C1)
                .credits(M7)
                .date(LocalDate.of(2026, 3, 30))
                .amount(eur("1000.00"));
    }

    @Test
    void whatIsNotAppliedIsAnAdvance() {
        Payment p = pay1().apply(EventId.of("INV-1"), eur("870.00")).build();
        // 1000.00 - 870.00 = 130.00
        assertThat(p.applied()).isEqualTo(eur("870.00"));
        assertThat(p.unapplied()).isEqualTo(eur("130.00"));
        assertThat(p.kind()).isEqualTo(EventKind.PAYMENT);
        assertThat(p.currency()).isEqualTo(EUR);
        assertThat(p).hasToString("Payment{PAY-1, C-1, 2026-03-30, EUR 1000.00, applied EUR 870.00}");
    }

    @Test
    void aPaymentMaySettleSeveralInvoicesKeptInInvoiceIdOrder() {
        Payment p = pay1().apply(EventId.of("INV-2"), eur("600.00"))
                .addApplication(PaymentApplication.of(EventId.of("INV-1"), eur("400.00")))
                .build();
        // 600.00 + 400.00 = 1000.00: nothing left over.
        assertThat(p.applications())
                .containsExactly(
                        PaymentApplication.of(EventId.of("INV-1"), eur("400.00")),
                        PaymentApplication.of(EventId.of("INV-2"), eur("600.00")));
        assertThat(p.unapplied()).isEqualTo(eur("0"));
        Payment same = pay1().apply(EventId.of("INV-1"), eur("400.00"))
                .apply(EventId.of("INV-2"), eur("600.00"))
                .build();
        assertThat(p).isEqualTo(same).hasSameHashCodeAs(same);
    }

    @Test
    void aPaymentWithoutApplicationsIsAllAdvance() {
        Payment p = pay1().build();
        assertThat(p.applications()).isEmpty();
        assertThat(p.applied()).isEqualTo(eur("0"));
        assertThat(p.unapplied()).isEqualTo(eur("1000.00"));
        assertThat(p).isNotEqualTo(pay1().apply(EventId.of("INV-1"), eur("1")).build());
    }
}
