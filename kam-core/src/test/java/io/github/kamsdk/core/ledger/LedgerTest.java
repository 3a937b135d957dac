package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.C1;
import static io.github.kamsdk.core.ledger.LedgerExample.C2;
import static io.github.kamsdk.core.ledger.LedgerExample.EUR;
import static io.github.kamsdk.core.ledger.LedgerExample.EVENTS;
import static io.github.kamsdk.core.ledger.LedgerExample.INV_1;
import static io.github.kamsdk.core.ledger.LedgerExample.INV_2;
import static io.github.kamsdk.core.ledger.LedgerExample.INV_3;
import static io.github.kamsdk.core.ledger.LedgerExample.PAY_1;
import static io.github.kamsdk.core.ledger.LedgerExample.PAY_2;
import static io.github.kamsdk.core.ledger.LedgerExample.PAY_3;
import static io.github.kamsdk.core.ledger.LedgerExample.REV_1;
import static io.github.kamsdk.core.ledger.LedgerExample.SO_1;
import static io.github.kamsdk.core.ledger.LedgerExample.SO_2;
import static io.github.kamsdk.core.ledger.LedgerExample.SO_3;
import static io.github.kamsdk.core.ledger.LedgerExample.USD;
import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static io.github.kamsdk.core.ledger.LedgerExample.invoice;
import static io.github.kamsdk.core.ledger.LedgerExample.order;
import static io.github.kamsdk.core.ledger.LedgerExample.payment;
import static io.github.kamsdk.core.ledger.LedgerExample.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger on the hand-checked history of {@link LedgerExample}. */
class LedgerTest {
    private final Ledger ledger = LedgerExample.ledger();

    @Test
    void listsEveryKindInIdOrder() {
        assertThat(ledger.size()).isEqualTo(10);
        assertThat(ledger.events())
                .extracting(e -> e.id().value())
                .containsExactly("INV-1", "INV-2", "INV-3", "PAY-1", "PAY-2", "PAY-3", "REV-1", "SO-1", "SO-2", "SO-3");
        assertThat(ledger.orders()).containsExactly(SO_1, SO_2, SO_3);
        assertThat(ledger.invoices()).containsExactly(INV_1, INV_2, INV_3);
        assertThat(ledger.payments()).containsExactly(PAY_1, PAY_2, PAY_3);
        assertThat(ledger.reversals()).containsExactly(REV_1);
        assertThat(ledger).hasToString("Ledger{3 orders, 3 invoices, 3 payments, 1 reversals}");
    }

    @Test
    void theOrderOfTheEventsDoesNotMatter() {
        Ledger reversed = Ledger.of(Lists.reverse(EVENTS));
        Ledger oneByOne = Ledger.builder()
                .add(SO_1)
                .addAll(List.of(INV_3, PAY_2))
                .addAll(EVENTS.subList(0, 0))
                .addAll(List.of(INV_1, INV_2, PAY_1, PAY_3, REV_1, SO_2, SO_3))
                .build();
        assertThat(reversed).isEqualTo(ledger).hasSameHashCodeAs(ledger);
        assertThat(oneByOne).isEqualTo(ledger);
        assertThat(reversed.events()).isEqualTo(ledger.events());
        assertThat(Ledger.of(List.of(SO_1))).isNotEqualTo(ledger);
    }

    @Test
    void findsAnEventById() {
        assertThat(ledger.find(EventId.of("PAY-1"))).contains(PAY_1);
        assertThat(ledger.find(EventId.of("PAY-9"))).isEmpty();
    }

    @Test
    void groupsEventsByAccount() {
        assertThat(ledger.accounts()).containsExactly(C1, C2);
        assertThat(ledger.eventsOf(C2)).containsExactly(INV_3, PAY_3, SO_3);
        assertThat(ledger.eventsOf(C1)).hasSize(7);
        assertThat(ledger.eventsOf(AccountId.of("C-9"))).isEmpty();
    }

    @Test
    void appliedCountsPaymentsDatedOnOrBeforeTheDay() {
        // INV-1: PAY-1 applies 500.00 on 2026-03-30, PAY-2 applies 370.00 on 2026-05-10.
        assertThat(ledger.appliedTo(INV_1.id(), LocalDate.of(2026, 3, 29))).isEqualTo(eur("0"));
        assertThat(ledger.appliedTo(INV_1.id(), LocalDate.of(2026, 3, 30))).isEqualTo(eur("500.00"));
        assertThat(ledger.appliedTo(INV_1.id(), LocalDate.of(2026, 5, 10))).isEqualTo(eur("870.00"));
        assertThat(ledger.appliedTo(INV_2.id(), LocalDate.of(2026, 12, 31))).isEqualTo(eur("0"));
    }

    @Test
    void openAmountIsTheInvoiceAmountLessWhatWasApplied() {
        // 870.00 - 500.00 = 370.00; then 870.00 - 870.00 = 0.
        assertThat(ledger.openAmount(INV_1.id(), LocalDate.of(2026, 4, 30))).isEqualTo(eur("370.00"));
        assertThat(ledger.openAmount(INV_1.id(), LocalDate.of(2026, 5, 10))).isEqualTo(eur("0"));
        // 1000.00 - 400.00 = 600.00 USD
        assertThat(ledger.openAmount(INV_3.id(), LocalDate.of(2026, 2, 1))).isEqualTo(usd("600.00"));
    }

    @Test
    void reversalsDoNotReduceTheOpenAmount() {
        // REV-1 returns EUR 250.00 of SO-1 and names INV-1, but only payments settle an invoice.
        assertThat(ledger.openAmount(INV_1.id(), LocalDate.of(2026, 3, 25))).isEqualTo(eur("870.00"));
    }

    @Test
    void reversedValueSumsAnOrdersReturnsAndRefusals() {
        assertThat(ledger.reversedValue(SO_1.id())).isEqualTo(eur("250.00"));
        assertThat(ledger.reversedValue(SO_2.id())).isEqualTo(eur("0"));
        // Two reversals of one order: 100.00 + 150.00 = 250.00, at most the order's 300.00.
        Order so = order("SO-9", LocalDate.of(2026, 1, 5), "300.00");
        Ledger two = Ledger.of(List.of(
                so,
                LedgerExample.reversal("REV-8", LocalDate.of(2026, 1, 6), "SO-9", "100.00")
                        .build(),
                LedgerExample.reversal("REV-9", LocalDate.of(2026, 1, 5), "SO-9", "150.00")
                        .reversalKind(ReversalKind.REFUSAL)
                        .build()));
        assertThat(two.reversedValue(so.id())).isEqualTo(eur("250.00"));
    }

    @Test
    void unappliedAdvancesArePerCurrencyAndDated() {
        // PAY-1: 600.00 - 500.00 applied = 100.00 advance, from 2026-03-30.
        assertThat(ledger.unappliedAdvances(C1, LocalDate.of(2026, 3, 29))).isEmpty();
        assertThat(ledger.unappliedAdvances(C1, LocalDate.of(2026, 3, 30)))
                .containsExactly(java.util.Map.entry(EUR, eur("100.00")));
        // PAY-3 is applied in full: no advance for C-2.
        assertThat(ledger.unappliedAdvances(C2, LocalDate.of(2026, 12, 31))).isEmpty();
        // A second currency: C-1 pays USD 50.00 on account; currencies come in code order.
        Ledger more = Ledger.builder()
                .addAll(EVENTS)
                .add(payment("ADV-1", LocalDate.of(2026, 4, 1), "1")
                        .amount(usd("50.00"))
                        .build())
                .add(payment("ADV-2", LocalDate.of(2026, 4, 2), "25.50").build())
                .build();
        // EUR 100.00 + 25.50 = 125.50; USD 50.00.
        assertThat(more.unappliedAdvances(C1, LocalDate.of(2026, 4, 30)))
                .containsExactly(java.util.Map.entry(EUR, eur("125.50")), java.util.Map.entry(USD, usd("50.00")));
    }

    @Test
    void anInvoiceMayBillMoreThanItsOrderAndPrecedeIt() {
        // Not checked on purpose: freight and tax make an invoice exceed the order (100.00 < 119.00),
        // and a prepayment invoice may be dated before the order.
        Order so = order("SO-9", LocalDate.of(2026, 2, 1), "100.00");
        Invoice inv = invoice("INV-9", LocalDate.of(2026, 1, 20), "119.00")
                .order(so.id())
                .build();
        Payment pay = payment("PAY-9", LocalDate.of(2026, 1, 10), "119.00")
                .apply(inv.id(), eur("119.00"))
                .build();
        Ledger l = Ledger.of(List.of(so, inv, pay));
        assertThat(l.openAmount(inv.id(), LocalDate.of(2026, 1, 20))).isEqualTo(Money.zero(EUR));
    }

    @Test
    void theEmptyLedgerHasNothing() {
        assertThat(Ledger.empty().events()).isEmpty();
        assertThat(Ledger.empty()).isEqualTo(Ledger.of(List.of()));
        assertThat(Ledger.empty().receivables(LocalDate.of(2026, 1, 1)).openInvoices())
                .isEmpty();
    }
}
