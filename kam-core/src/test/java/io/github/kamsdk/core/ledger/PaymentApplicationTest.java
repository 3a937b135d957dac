package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A part of a payment applied to one invoice. */
class PaymentApplicationTest {
    @Test
    void namesTheInvoiceAndTheAmount() {
        PaymentApplication a = PaymentApplication.of(EventId.of("INV-1"), eur("500.00"));
        assertThat(a.invoice()).isEqualTo(EventId.of("INV-1"));
        assertThat(a.amount()).isEqualTo(eur("500.00"));
        assertThat(a).hasToString("INV-1: EUR 500.00");
    }

    @Test
    void equalByValue() {
        // EUR 500.0 equals EUR 500.00 (Money compares by value).
        PaymentApplication a = PaymentApplication.of(EventId.of("INV-1"), eur("500.00"));
        PaymentApplication b = PaymentApplication.of(EventId.of("INV-1"), eur("500.0"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(PaymentApplication.of(EventId.of("INV-2"), eur("500.00")));
        assertThat(a).isNotEqualTo(PaymentApplication.of(EventId.of("INV-1"), eur("500.01")));
    }
}
