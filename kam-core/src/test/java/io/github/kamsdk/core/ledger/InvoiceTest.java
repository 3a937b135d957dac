package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.C1;
import static io.github.kamsdk.core.ledger.LedgerExample.EUR;
import static io.github.kamsdk.core.ledger.LedgerExample.M7;
import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An invoice's due date and days past due: the Javadoc example, worked by hand. */
class InvoiceTest {
    private static Invoice.Builder inv1() {
        return Invoice.builder()
                .id(EventId.of("INV-1"))
                .account(C1)
                .credits(M7)
                .date(LocalDate.of(2026, 3, 5))
                .amount(eur("870.00"));
    }

    @Test
    void theDueDateFollowsFromThePaymentTerms() {
        Invoice invoice = inv1().paymentTerms(PaymentTerms.net(30))
                .order(EventId.of("SO-1"))
                .build();
        // 2026-03-05 + 30 days = 2026-04-04 (26 days left in March, 4 in April)
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 4, 4));
        assertThat(invoice.order()).contains(EventId.of("SO-1"));
        assertThat(invoice.kind()).isEqualTo(EventKind.INVOICE);
        assertThat(invoice.currency()).isEqualTo(EUR);
        assertThat(invoice.cost()).isEmpty();
    }

    @Test
    void withoutTermsItIsDueOnItsDate() {
        Invoice invoice = inv1().build();
        assertThat(invoice.paymentTerms()).isEqualTo(PaymentTerms.net(0));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(invoice.daysPastDue(LocalDate.of(2026, 3, 6))).isEqualTo(1);
    }

    @Test
    void anExplicitDueDateWins() {
        // End-of-month terms: due 2026-04-30 although net 30 would give 2026-04-04.
        Invoice invoice = inv1().paymentTerms(PaymentTerms.net(30))
                .dueDate(LocalDate.of(2026, 4, 30))
                .build();
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void daysPastDueAreZeroUntilTheDueDate() {
        Invoice invoice = inv1().paymentTerms(PaymentTerms.net(30)).build();
        assertThat(invoice.daysPastDue(LocalDate.of(2026, 3, 5))).isZero();
        assertThat(invoice.daysPastDue(LocalDate.of(2026, 4, 4))).isZero();
        assertThat(invoice.daysPastDue(LocalDate.of(2026, 4, 5))).isEqualTo(1);
        // 2026-04-04 to 2026-05-04: 30 days
        assertThat(invoice.daysPastDue(LocalDate.of(2026, 5, 4))).isEqualTo(30);
        assertThat(invoice.daysPastDue(LocalDate.of(2026, 1, 1))).isZero();
    }

    @Test
    void aCostMayBeGivenForMarginFigures() {
        Invoice invoice = inv1().cost(eur("600.00")).build();
        assertThat(invoice.cost()).contains(eur("600.00"));
        assertThat(invoice).isEqualTo(inv1().cost(eur("600.00")).build());
        assertThat(invoice).isNotEqualTo(inv1().build());
    }
}
