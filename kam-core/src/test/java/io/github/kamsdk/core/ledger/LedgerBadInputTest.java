package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.C2;
import static io.github.kamsdk.core.ledger.LedgerExample.EUR;
import static io.github.kamsdk.core.ledger.LedgerExample.EVENTS;
import static io.github.kamsdk.core.ledger.LedgerExample.INV_1;
import static io.github.kamsdk.core.ledger.LedgerExample.INV_2;
import static io.github.kamsdk.core.ledger.LedgerExample.SO_1;
import static io.github.kamsdk.core.ledger.LedgerExample.SO_2;
import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static io.github.kamsdk.core.ledger.LedgerExample.invoice;
import static io.github.kamsdk.core.ledger.LedgerExample.order;
import static io.github.kamsdk.core.ledger.LedgerExample.payment;
import static io.github.kamsdk.core.ledger.LedgerExample.reversal;
import static io.github.kamsdk.core.ledger.LedgerExample.usd;
import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.ExchangeRateTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every consistency rule of the {@link Ledger}, one test each, and every bad argument to the
 * ledger, its receivables and ageing buckets: an {@link IllegalArgumentException} naming the
 * events, the field and the figures.
 */
class LedgerBadInputTest {
    private static final LocalDate D = LocalDate.of(2026, 4, 30);
    private static final Ledger LEDGER = LedgerExample.ledger();

    private static Ledger with(CommercialEvent... extra) {
        List<CommercialEvent> events = new ArrayList<>(EVENTS);
        events.addAll(Arrays.asList(extra));
        return Ledger.of(events);
    }

    // Rule 1: unique ids

    @Test
    void anIdUsedByTwoKinds() {
        assertRejected(
                () -> with(payment("SO-1", D, "10.00").build()),
                "event id SO-1 is used more than once",
                "Order{SO-1",
                "Payment{SO-1");
    }

    @Test
    void theSameEventTwice() {
        assertRejected(() -> with(INV_1), "event id INV-1 is used more than once");
    }

    // Rule 2: an invoice's order

    @Test
    void invoiceOfAnUnknownOrder() {
        assertRejected(
                () -> with(
                        invoice("INV-9", D, "10.00").order(EventId.of("SO-9")).build()),
                "invoice INV-9 bills order SO-9, which is not in the ledger");
    }

    @Test
    void invoiceNamingAPaymentAsItsOrder() {
        assertRejected(
                () -> with(
                        invoice("INV-9", D, "10.00").order(EventId.of("PAY-1")).build()),
                "invoice INV-9 bills order PAY-1, but PAY-1 is PAYMENT, not an order");
    }

    @Test
    void invoiceForAnotherAccountThanItsOrder() {
        assertRejected(
                () -> with(invoice("INV-9", D, "10.00")
                        .account(C2)
                        .order(SO_1.id())
                        .build()),
                "invoice INV-9 is for account C-2 but its order SO-1 is for account C-1");
    }

    @Test
    void invoiceInAnotherCurrencyThanItsOrder() {
        assertRejected(
                () -> with(invoice("INV-9", D, "10.00")
                        .amount(usd("10.00"))
                        .order(SO_1.id())
                        .build()),
                "invoice INV-9 is in USD but its order SO-1 is in EUR");
    }

    // Rule 3: a payment's invoices

    @Test
    void paymentToAnUnknownInvoice() {
        assertRejected(
                () -> with(payment("PAY-9", D, "10.00")
                        .apply(EventId.of("INV-9"), eur("10.00"))
                        .build()),
                "payment PAY-9 applies EUR 10.00 to invoice INV-9, which is not in the ledger");
    }

    @Test
    void paymentAppliedToAnOrder() {
        assertRejected(
                () -> with(payment("PAY-9", D, "10.00")
                        .apply(SO_2.id(), eur("10.00"))
                        .build()),
                "payment PAY-9 applies EUR 10.00 to SO-2, but SO-2 is ORDER, not an invoice");
    }

    @Test
    void paymentOfAnotherAccount() {
        assertRejected(
                () -> with(payment("PAY-9", D, "10.00")
                        .account(C2)
                        .apply(INV_2.id(), eur("10.00"))
                        .build()),
                "payment PAY-9 is for account C-2 but its invoice INV-2 is for account C-1");
    }

    @Test
    void paymentInAnotherCurrency() {
        assertRejected(
                () -> with(payment("PAY-9", D, "1")
                        .amount(usd("10.00"))
                        .apply(INV_2.id(), usd("10.00"))
                        .build()),
                "payment PAY-9 is in USD but its invoice INV-2 is in EUR");
    }

    // Rule 4: payments exceeding the invoice

    @Test
    void paymentsExceedingTheInvoice() {
        // INV-1 is 870.00; PAY-1 500.00 + PAY-2 370.00 + PAY-9 0.01 = 870.01.
        assertRejected(
                () -> with(payment("PAY-9", D, "0.01")
                        .apply(INV_1.id(), eur("0.01"))
                        .build()),
                "payments exceeding the invoice: invoice INV-1 of EUR 870.00 has EUR 870.01 applied by",
                "PAY-1 EUR 500.00",
                "PAY-2 EUR 370.00",
                "PAY-9 EUR 0.01");
    }

    // Rule 5: a reversal's order

    @Test
    void returnOfAnUnknownOrder() {
        assertRejected(
                () -> with(reversal("REV-9", D, "SO-9", "10.00").build()),
                "return of an unknown order: RETURN REV-9 of EUR 10.00 names order SO-9, which is not in the ledger");
    }

    @Test
    void reversalNamingAnInvoiceAsItsOrder() {
        assertRejected(
                () -> with(reversal("REV-9", D, "INV-2", "10.00")
                        .reversalKind(ReversalKind.REFUSAL)
                        .build()),
                "return of an unknown order: REFUSAL REV-9 names order INV-2, but INV-2 is INVOICE, not an order");
    }

    @Test
    void reversalOfAnotherAccount() {
        assertRejected(
                () -> with(reversal("REV-9", D, "SO-1", "10.00").account(C2).build()),
                "reversal REV-9 is for account C-2 but its order SO-1 is for account C-1");
    }

    @Test
    void reversalInAnotherCurrency() {
        assertRejected(
                () -> with(reversal("REV-9", D, "SO-1", "10.00")
                        .value(usd("10.00"))
                        .build()),
                "reversal REV-9 is in USD but its order SO-1 is in EUR");
    }

    @Test
    void reversalBeforeItsOrder() {
        assertRejected(
                () -> with(reversal("REV-9", LocalDate.of(2026, 3, 1), "SO-1", "10.00")
                        .build()),
                "reversal REV-9 is dated 2026-03-01, before its order SO-1 of 2026-03-02");
    }

    // Rule 6: a reversal's invoice

    @Test
    void reversalOfAnUnknownInvoice() {
        assertRejected(
                () -> with(reversal("REV-9", D, "SO-1", "10.00")
                        .invoice(EventId.of("INV-9"))
                        .build()),
                "reversal REV-9 names invoice INV-9, which is not in the ledger");
    }

    @Test
    void reversalNamingAPaymentAsItsInvoice() {
        assertRejected(
                () -> with(reversal("REV-9", D, "SO-1", "10.00")
                        .invoice(EventId.of("PAY-2"))
                        .build()),
                "reversal REV-9 names invoice PAY-2, but PAY-2 is PAYMENT, not an invoice");
    }

    @Test
    void reversalNamingTheInvoiceOfAnotherOrder() {
        assertRejected(
                () -> with(reversal("REV-9", D, "SO-1", "10.00")
                        .invoice(INV_2.id())
                        .build()),
                "reversal REV-9 of order SO-1 names invoice INV-2, which bills another order SO-2");
    }

    @Test
    void reversalNamingAnInvoiceOfAnotherAccount() {
        // INV-9 bills no order, so only its account tells it apart.
        assertRejected(
                () -> with(
                        invoice("INV-9", D, "10.00").account(C2).build(),
                        reversal("REV-9", D, "SO-1", "10.00")
                                .invoice(EventId.of("INV-9"))
                                .build()),
                "reversal REV-9 is for account C-1 but its invoice INV-9 is for account C-2");
    }

    // Rule 7: reversals within the order

    @Test
    void reversalsBeyondTheOrderAmount() {
        // SO-1 is 870.00; REV-1 250.00 + REV-9 620.01 = 870.01.
        assertRejected(
                () -> with(reversal("REV-9", D, "SO-1", "620.01").build()),
                "order SO-1 of EUR 870.00 is reversed beyond its amount: EUR 870.01 returned or refused by",
                "REV-1 EUR 250.00",
                "REV-9 EUR 620.01");
    }

    @Test
    void oneReversalBeyondTheOrderAmount() {
        assertRejected(
                () -> Ledger.of(List.of(
                        order("SO-9", D, "10.00"),
                        reversal("REV-9", D, "SO-9", "10.01").build())),
                "order SO-9 of EUR 10.00 is reversed beyond its amount: EUR 10.01");
    }

    // Nulls and unknown ids in queries

    @Test
    void nullEvents() {
        assertNullRejected(() -> Ledger.of(null), "events");
        assertNullRejected(() -> Ledger.of(Arrays.asList(SO_1, null)), "events[1]");
        assertNullRejected(() -> Ledger.builder().add(null), "event");
    }

    @Test
    void nullQueryArguments() {
        assertNullRejected(() -> LEDGER.find(null), "id");
        assertNullRejected(() -> LEDGER.eventsOf(null), "account");
        assertNullRejected(() -> LEDGER.appliedTo(null, D), "invoice");
        assertNullRejected(() -> LEDGER.appliedTo(INV_1.id(), null), "asOf");
        assertNullRejected(() -> LEDGER.openAmount(null, D), "invoice");
        assertNullRejected(() -> LEDGER.reversedValue(null), "order");
        assertNullRejected(() -> LEDGER.unappliedAdvances(null, D), "account");
        assertNullRejected(() -> LEDGER.unappliedAdvances(C2, null), "asOf");
        assertNullRejected(() -> LEDGER.receivables(null), "asOf");
        assertNullRejected(() -> LEDGER.receivables(D, null), "buckets");
        assertNullRejected(() -> LEDGER.receivables((AccountId) null, D), "account");
        assertNullRejected(() -> LEDGER.receivables(C2, null), "asOf");
        assertNullRejected(() -> LEDGER.receivables(null, D, AgeingBuckets.standard()), "account");
        assertNullRejected(() -> LEDGER.receivables(C2, null, AgeingBuckets.standard()), "asOf");
        assertNullRejected(() -> LEDGER.receivables(C2, D, null), "buckets");
    }

    @Test
    void appliedToAnUnknownInvoice() {
        assertRejected(() -> LEDGER.appliedTo(EventId.of("INV-9"), D), "invoice INV-9 is not in the ledger");
        assertRejected(() -> LEDGER.openAmount(EventId.of("INV-9"), D), "invoice INV-9 is not in the ledger");
    }

    @Test
    void appliedToAnOrder() {
        assertRejected(() -> LEDGER.appliedTo(SO_1.id(), D), "SO-1 is ORDER, not an invoice");
    }

    @Test
    void reversedValueOfAnUnknownOrderOrAnInvoice() {
        assertRejected(() -> LEDGER.reversedValue(EventId.of("SO-9")), "order SO-9 is not in the ledger");
        assertRejected(() -> LEDGER.reversedValue(INV_1.id()), "INV-1 is INVOICE, not an order");
    }

    // Receivables

    @Test
    void nullReceivablesArguments() {
        Receivables r = LEDGER.receivables(D);
        assertNullRejected(() -> r.find(null), "invoice");
        assertNullRejected(() -> r.totals(null), "currency");
        assertNullRejected(() -> r.forAccount(null), "account");
        assertNullRejected(() -> r.converted(null, ExchangeRateTable.builder().build()), "target");
        assertNullRejected(() -> r.converted(EUR, null), "rates");
        assertNullRejected(() -> r.totals(EUR).inBucket(null), "bucket");
    }

    @Test
    void aBucketOfAnotherAgeing() {
        assertRejected(
                () -> LEDGER.receivables(D).totals(EUR).inBucket(AgeingBucket.between(0, 15)),
                "bucket 0-15 is not one of the ageing buckets [0-30, 31-60, 61-90, over 90]");
    }

    // Ageing buckets

    @Test
    void noBound() {
        assertRejected(() -> AgeingBuckets.upTo(), "ageing upperBounds must name at least one bound");
        assertNullRejected(() -> AgeingBuckets.upTo((int[]) null), "upperBounds");
    }

    @Test
    void negativeBound() {
        assertRejected(() -> AgeingBuckets.upTo(-1, 30), "ageing upperBounds[0] must be 0 or more: -1");
    }

    @Test
    void boundsNotStrictlyIncreasing() {
        assertRejected(
                () -> AgeingBuckets.upTo(30, 30, 90),
                "ageing upperBounds[1] must be above the bound before it, 30: 30 (bounds [30, 30, 90])");
        assertRejected(() -> AgeingBuckets.upTo(60, 30), "upperBounds[1]", "60", "30");
    }

    @Test
    void negativeDaysPastDue() {
        assertRejected(() -> AgeingBuckets.standard().bucketOf(-1), "daysPastDue must not be negative: -1");
    }

    @Test
    void badBucketBounds() {
        assertRejected(() -> AgeingBucket.between(-1, 5), "ageing bucket fromDays must not be negative: -1");
        assertRejected(() -> AgeingBucket.between(10, 9), "ageing bucket toDays must not be below fromDays 10: 9");
        assertRejected(() -> AgeingBucket.over(-1), "ageing bucket over days must be 0 or more: -1");
        assertRejected(() -> AgeingBucket.over(Long.MAX_VALUE), "ageing bucket over days", "9223372036854775807");
        assertNullRejected(() -> AgeingBucket.over(1).compareTo(null), "other");
    }
}
