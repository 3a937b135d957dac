package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.C1;
import static io.github.kamsdk.core.ledger.LedgerExample.EUR;
import static io.github.kamsdk.core.ledger.LedgerExample.M7;
import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static io.github.kamsdk.core.ledger.LedgerExample.usd;
import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;

import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every consistency rule of the given ledger event types, one test each, and their null
 * arguments: an {@link IllegalArgumentException} naming the event, the field and the value.
 */
class LedgerEventsBadInputTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 5);
    private static final EventId INV = EventId.of("INV-1");

    private static OrderLine.Builder line() {
        return OrderLine.builder()
                .lineNumber(1)
                .product(ProductId.of("PUMP-7"))
                .quantity(BigDecimal.ONE)
                .unitPrice(eur("250.00"))
                .unitCost(eur("180.00"));
    }

    private static Order.Builder order() {
        return Order.builder()
                .id(EventId.of("SO-1"))
                .account(C1)
                .credits(M7)
                .date(D)
                .currency(EUR);
    }

    private static Invoice.Builder invoice() {
        return Invoice.builder().id(INV).account(C1).credits(M7).date(D).amount(eur("870.00"));
    }

    private static Payment.Builder payment() {
        return Payment.builder()
                .id(EventId.of("PAY-1"))
                .account(C1)
                .credits(M7)
                .date(D)
                .amount(eur("100.00"));
    }

    private static Reversal.Builder reversal() {
        return Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of("REV-1"))
                .account(C1)
                .credits(M7)
                .date(D)
                .order(EventId.of("SO-1"))
                .value(eur("250.00"))
                .reason("damaged");
    }

    // OrderLine

    @Test
    void lineNumberBelowOne() {
        assertRejected(() -> line().lineNumber(0).build(), "lineNumber must be at least 1: 0", "PUMP-7");
    }

    @Test
    void quantityNotAboveZero() {
        assertRejected(
                () -> line().quantity(BigDecimal.ZERO).build(), "quantity must be above zero: 0", "line 1", "PUMP-7");
        assertRejected(() -> line().quantity(new BigDecimal("-2")).build(), "quantity must be above zero: -2");
    }

    @Test
    void quantityOutOfRange() {
        assertRejected(() -> line().quantity(new BigDecimal("1E+100")).build(), "quantity is out of range");
    }

    @Test
    void negativeUnitPrice() {
        assertRejected(
                () -> line().unitPrice(eur("-0.01")).build(), "unitPrice must not be negative: EUR -0.01", "line 1");
    }

    @Test
    void negativeUnitCost() {
        assertRejected(() -> line().unitCost(eur("-1")).build(), "unitCost must not be negative: EUR -1.00");
    }

    @Test
    void unitCostInAnotherCurrency() {
        assertRejected(
                () -> line().unitCost(usd("180.00")).build(),
                "unitCost must be in the unit price's currency EUR: USD 180.00");
    }

    @Test
    void lineMissingAttributes() {
        assertRejected(() -> OrderLine.builder().lineNumber(1).build(), "product", "quantity");
        assertRejected(() -> line().product(null), "product");
    }

    // Order

    @Test
    void orderWithoutLines() {
        assertRejected(() -> order().build(), "order SO-1 must have at least one line");
    }

    @Test
    void orderWithALineNumberTwice() {
        assertRejected(
                () -> order().addLine(line().build()).addLine(line().build()).build(),
                "order SO-1 has line number 1 more than once");
    }

    @Test
    void orderLineInAnotherCurrency() {
        assertRejected(
                () -> order().currency(java.util.Currency.getInstance("USD"))
                        .addLine(line().build())
                        .build(),
                "order SO-1 line 1 is in EUR, not the order's currency USD");
    }

    @Test
    void orderMissingAttributes() {
        assertNullRejected(() -> Order.builder().build(), "id");
        assertRejected(() -> Order.builder().id(EventId.of("SO-1")).build(), "account must not be null (order SO-1)");
        assertRejected(
                () -> Order.builder().id(EventId.of("SO-1")).account(C1).build(),
                "credits must not be null (order SO-1)");
        assertRejected(
                () -> Order.builder()
                        .id(EventId.of("SO-1"))
                        .account(C1)
                        .credits(M7)
                        .build(),
                "date must not be null (order SO-1)");
        assertRejected(
                () -> Order.builder()
                        .id(EventId.of("SO-1"))
                        .account(C1)
                        .credits(M7)
                        .date(D)
                        .build(),
                "currency must not be null (order SO-1)");
    }

    @Test
    void orderNullArguments() {
        assertNullRejected(() -> Order.builder().id(null), "id");
        assertNullRejected(() -> Order.builder().account(null), "account");
        assertNullRejected(() -> Order.builder().credits(null), "credits");
        assertNullRejected(() -> Order.builder().date(null), "date");
        assertNullRejected(() -> Order.builder().currency(null), "currency");
        assertNullRejected(() -> Order.builder().addLine(null), "line");
        assertNullRejected(() -> Order.builder().addLines(null), "lines");
        assertNullRejected(() -> Order.builder().addLines(Arrays.asList(line().build(), null)), "lines[1]");
    }

    // Invoice

    @Test
    void invoiceAmountNotAboveZero() {
        assertRejected(
                () -> invoice().amount(eur("0")).build(), "amount of invoice INV-1 must be above zero: EUR 0.00");
        assertRejected(
                () -> invoice().amount(eur("-5")).build(), "amount of invoice INV-1 must be above zero: EUR -5.00");
    }

    @Test
    void invoiceDueBeforeItsDate() {
        assertRejected(
                () -> invoice().dueDate(D.minusDays(1)).build(),
                "dueDate of invoice INV-1 must not be before its date 2026-03-05: 2026-03-04");
    }

    @Test
    void invoiceNegativeCost() {
        assertRejected(
                () -> invoice().cost(eur("-1")).build(), "cost of invoice INV-1 must not be negative: EUR -1.00");
    }

    @Test
    void invoiceCostInAnotherCurrency() {
        assertRejected(
                () -> invoice().cost(usd("1")).build(),
                "cost of invoice INV-1 must be in the amount's currency EUR: USD 1.00");
    }

    @Test
    void invoiceMissingAttributesAndNulls() {
        assertRejected(() -> Invoice.builder().id(INV).build(), "account", "amount");
        assertRejected(() -> invoice().order((EventId) null), "order");
        assertNullRejected(() -> invoice().build().daysPastDue(null), "asOf");
    }

    // Payment and PaymentApplication

    @Test
    void paymentAmountNotAboveZero() {
        assertRejected(
                () -> payment().amount(eur("0")).build(), "amount of payment PAY-1 must be above zero: EUR 0.00");
    }

    @Test
    void paymentApplicationInAnotherCurrency() {
        assertRejected(
                () -> payment().apply(INV, usd("10.00")).build(),
                "payment PAY-1 applies USD 10.00 to invoice INV-1, not in the payment's currency EUR");
    }

    @Test
    void paymentAppliedTwiceToOneInvoice() {
        assertRejected(
                () -> payment()
                        .apply(INV, eur("10.00"))
                        .apply(INV, eur("20.00"))
                        .build(),
                "payment PAY-1 applies to invoice INV-1 more than once");
    }

    @Test
    void paymentApplyingMoreThanItsAmount() {
        // 60.00 + 40.01 = 100.01 > 100.00
        assertRejected(
                () -> payment()
                        .apply(INV, eur("60.00"))
                        .apply(EventId.of("INV-2"), eur("40.01"))
                        .build(),
                "payment PAY-1 applies EUR 100.01 to invoices, more than its amount EUR 100.00");
    }

    @Test
    void applicationAmountNotAboveZero() {
        assertRejected(
                () -> PaymentApplication.of(INV, eur("0")),
                "amount applied to invoice INV-1 must be above zero: EUR 0.00");
        assertRejected(() -> payment().apply(INV, eur("-1")), "amount applied to invoice INV-1 must be above zero");
    }

    @Test
    void paymentMissingAttributesAndNulls() {
        assertNullRejected(() -> Payment.builder().build(), "id");
        assertRejected(
                () -> Payment.builder().id(EventId.of("PAY-1")).build(), "account must not be null (payment PAY-1)");
        assertRejected(
                () -> Payment.builder()
                        .id(EventId.of("PAY-1"))
                        .account(C1)
                        .credits(M7)
                        .date(D)
                        .build(),
                "amount must not be null (payment PAY-1)");
        assertNullRejected(() -> Payment.builder().id(null), "id");
        assertNullRejected(() -> Payment.builder().account(null), "account");
        assertNullRejected(() -> Payment.builder().credits(null), "credits");
        assertNullRejected(() -> Payment.builder().date(null), "date");
        assertNullRejected(() -> Payment.builder().amount(null), "amount");
        assertNullRejected(() -> Payment.builder().addApplication(null), "application");
        assertNullRejected(() -> Payment.builder().apply(null, eur("1")), "invoice");
        assertNullRejected(() -> Payment.builder().apply(INV, null), "amount");
    }

    // PaymentTerms

    @Test
    void termsOutOfRange() {
        assertRejected(() -> PaymentTerms.net(-1), "paymentTerms days must be 0 to 3650: -1");
        assertRejected(() -> PaymentTerms.net(3651), "paymentTerms days must be 0 to 3650: 3651");
        assertNullRejected(() -> PaymentTerms.net(30).dueDate(null), "invoiceDate");
    }

    // Reversal

    @Test
    void reversalValueNotAboveZero() {
        assertRejected(
                () -> reversal().value(eur("0")).build(), "value of reversal REV-1 must be above zero: EUR 0.00");
    }

    @Test
    void reversalNegativeCost() {
        assertRejected(
                () -> reversal().cost(eur("-0.01")).build(), "cost of reversal REV-1 must not be negative: EUR -0.01");
    }

    @Test
    void reversalCostInAnotherCurrency() {
        assertRejected(
                () -> reversal().cost(usd("1")).build(),
                "cost of reversal REV-1 must be in the value's currency EUR: USD 1.00");
    }

    @Test
    void reversalBlankReason() {
        assertRejected(() -> reversal().reason("  ").build(), "reason of reversal REV-1 must not be blank: '  '");
    }

    @Test
    void reversalReasonTooLong() {
        assertRejected(
                () -> reversal().reason("x".repeat(1001)).build(),
                "reason of reversal REV-1 must be at most 1000 characters, got 1001");
    }

    @Test
    void reversalMissingAttributes() {
        assertRejected(() -> Reversal.builder().id(EventId.of("REV-1")).build(), "reversalKind", "order", "reason");
        assertRejected(() -> reversal().invoice((EventId) null), "invoice");
    }

    // CompetitorLoss

    @Test
    void competitorBlankOrTooLong() {
        assertRejected(
                () -> CompetitorLoss.builder()
                        .account(C1)
                        .date(D)
                        .competitor(" ")
                        .build(),
                "competitor must be 1 to 200 characters, not blank: ' '",
                "C-1");
        assertRejected(
                () -> CompetitorLoss.builder()
                        .account(C1)
                        .date(D)
                        .competitor("y".repeat(201))
                        .build(),
                "competitor must be 1 to 200 characters");
    }

    @Test
    void competitorLossMissingAttributes() {
        assertRejected(() -> CompetitorLoss.of(null, D), "account");
        assertRejected(() -> CompetitorLoss.of(C1, null), "date");
    }

    // Credits

    private static final ManagerId A = ManagerId.of("M-1");
    private static final ManagerId B = ManagerId.of("M-2");

    @Test
    void creditsNamingNobody() {
        assertRejected(() -> Credits.split(Map.of()), "credits must name at least one manager: {}");
    }

    @Test
    void creditShareNotAboveZero() {
        assertRejected(
                () -> Credits.split(Map.of(A, Rate.ZERO, B, Rate.percent(100))),
                "credits share of M-1 must be above 0%: 0%");
    }

    @Test
    void creditShareAboveOneHundredPercent() {
        assertRejected(
                () -> Credits.split(Map.of(A, Rate.percent(101))), "credits share of M-1 must be at most 100%: 101%");
    }

    @Test
    void creditSharesNotAddingUpToOneHundredPercent() {
        // 33.33% x 3 = 99.99%: no rounding tolerance.
        ManagerId c = ManagerId.of("M-3");
        assertRejected(
                () -> Credits.split(
                        Map.of(A, Rate.percent("33.33"), B, Rate.percent("33.33"), c, Rate.percent("33.33"))),
                "credits shares must add up to exactly 100%, got 99.99%");
        assertRejected(
                () -> Credits.split(Map.of(A, Rate.percent(60), B, Rate.percent(60))),
                "credits shares must add up to exactly 100%, got 120%");
    }

    @Test
    void creditsNulls() {
        assertNullRejected(() -> Credits.solely(null), "manager");
        assertNullRejected(() -> Credits.split(null), "shares");
        Map<ManagerId, Rate> nullKey = new HashMap<>();
        nullKey.put(null, Rate.percent(100));
        assertNullRejected(() -> Credits.split(nullKey), "credits manager");
        Map<ManagerId, Rate> nullValue = new HashMap<>();
        nullValue.put(A, null);
        assertNullRejected(() -> Credits.split(nullValue), "credits share of M-1");
        assertNullRejected(() -> Credits.solely(A).shareOf(null), "manager");
        assertNullRejected(() -> Credits.solely(A).includes(null), "manager");
    }

    // EventId, ProductId, ProductGroupId

    @Test
    void eventIdBlankPaddedTooLongOrNull() {
        assertNullRejected(() -> EventId.of(null), "eventId");
        assertRejected(() -> EventId.of(" "), "eventId must not be blank: ' '");
        assertRejected(() -> EventId.of(" INV-1"), "eventId must not start or end with white space: ' INV-1'");
        assertRejected(() -> EventId.of("x".repeat(201)), "eventId must be at most 200 characters");
        assertNullRejected(() -> INV.compareTo(null), "other");
    }

    @Test
    void productIdBlankPaddedTooLongOrNull() {
        assertNullRejected(() -> ProductId.of(null), "productId");
        assertRejected(() -> ProductId.of(""), "productId must not be blank: ''");
        assertRejected(() -> ProductId.of("SKU-1\n"), "productId must not start or end with white space");
        assertRejected(() -> ProductId.of("x".repeat(201)), "productId must be at most 200 characters");
        assertNullRejected(() -> ProductId.of("SKU-1").compareTo(null), "other");
    }

    @Test
    void productGroupIdBlankPaddedTooLongOrNull() {
        assertNullRejected(() -> ProductGroupId.of(null), "productGroupId");
        assertRejected(() -> ProductGroupId.of("\t"), "productGroupId must not be blank");
        assertRejected(
                () -> ProductGroupId.of("PUMPS "), "productGroupId must not start or end with white space: 'PUMPS '");
        assertRejected(() -> ProductGroupId.of("x".repeat(201)), "productGroupId must be at most 200 characters");
        assertNullRejected(() -> ProductGroupId.of("PUMPS").compareTo(null), "other");
    }
}
