package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.C1;
import static io.github.kamsdk.core.ledger.LedgerExample.C2;
import static io.github.kamsdk.core.ledger.LedgerExample.EUR;
import static io.github.kamsdk.core.ledger.LedgerExample.INV_1;
import static io.github.kamsdk.core.ledger.LedgerExample.INV_2;
import static io.github.kamsdk.core.ledger.LedgerExample.INV_3;
import static io.github.kamsdk.core.ledger.LedgerExample.USD;
import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static io.github.kamsdk.core.ledger.LedgerExample.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.MissingExchangeRateException;
import io.github.kamsdk.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Receivables and their ageing on the hand-checked history of {@link LedgerExample}. */
class ReceivablesTest {
    private static final AgeingBucket B0_30 = AgeingBucket.between(0, 30);
    private static final AgeingBucket B31_60 = AgeingBucket.between(31, 60);
    private static final AgeingBucket B61_90 = AgeingBucket.between(61, 90);
    private static final AgeingBucket OVER_90 = AgeingBucket.over(90);
    private static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);

    private final Ledger ledger = LedgerExample.ledger();
    private final Receivables r = ledger.receivables(APRIL_30);

    @Test
    void listsTheOpenInvoicesWithTheirAgeOnTheDay() {
        assertThat(r.asOf()).isEqualTo(APRIL_30);
        assertThat(r.buckets()).isEqualTo(AgeingBuckets.standard());
        assertThat(r.openInvoices()).extracting(OpenInvoice::id).containsExactly(INV_1.id(), INV_2.id(), INV_3.id());

        // INV-1: 870.00 - 500.00 (PAY-1) = 370.00; due 2026-04-04, so 26 days past due: 0-30, overdue.
        OpenInvoice inv1 = r.openInvoices().get(0);
        assertThat(inv1.invoice()).isEqualTo(INV_1);
        assertThat(inv1.account()).isEqualTo(C1);
        assertThat(inv1.asOf()).isEqualTo(APRIL_30);
        assertThat(inv1.applied()).isEqualTo(eur("500.00"));
        assertThat(inv1.openAmount()).isEqualTo(eur("370.00"));
        assertThat(inv1.daysPastDue()).isEqualTo(26);
        assertThat(inv1.bucket()).isEqualTo(B0_30);
        assertThat(inv1.isOverdue()).isTrue();
        assertThat(inv1).hasToString("INV-1 open EUR 370.00 of EUR 870.00, 26 days past due (0-30)");

        // INV-2: nothing paid, due 2026-05-20: not yet due, 0 days, in 0-30 but not overdue.
        OpenInvoice inv2 = r.openInvoices().get(1);
        assertThat(inv2.openAmount()).isEqualTo(eur("1000.00"));
        assertThat(inv2.daysPastDue()).isZero();
        assertThat(inv2.bucket()).isEqualTo(B0_30);
        assertThat(inv2.isOverdue()).isFalse();

        // INV-3: 1000.00 - 400.00 = 600.00 USD; due 2026-01-10: 21 + 28 + 31 + 30 = 110 days, over 90.
        OpenInvoice inv3 = r.openInvoices().get(2);
        assertThat(inv3.openAmount()).isEqualTo(usd("600.00"));
        assertThat(inv3.daysPastDue()).isEqualTo(110);
        assertThat(inv3.bucket()).isEqualTo(OVER_90);
        assertThat(r.find(INV_3.id())).contains(inv3);
        assertThat(r.find(EventId.of("SO-1"))).isEmpty();
    }

    @Test
    void totalsArePerCurrency() {
        assertThat(r.currencies()).containsExactly(EUR, USD);
        // EUR: 370.00 + 1000.00 = 1370.00 open, 370.00 overdue (INV-1), all in 0-30.
        ReceivableTotals eurTotals = r.totals(EUR);
        assertThat(eurTotals.currency()).isEqualTo(EUR);
        assertThat(eurTotals.totalOpen()).isEqualTo(eur("1370.00"));
        assertThat(r.totalOpen(EUR)).isEqualTo(eur("1370.00"));
        assertThat(eurTotals.overdue()).isEqualTo(eur("370.00"));
        assertThat(r.overdue(EUR)).isEqualTo(eur("370.00"));
        assertThat(eurTotals.openInvoices()).isEqualTo(2);
        assertThat(eurTotals.byBucket())
                .containsExactly(
                        java.util.Map.entry(B0_30, eur("1370.00")),
                        java.util.Map.entry(B31_60, eur("0")),
                        java.util.Map.entry(B61_90, eur("0")),
                        java.util.Map.entry(OVER_90, eur("0")));
        // USD: 600.00 open, all overdue, over 90.
        assertThat(r.totals(USD).inBucket(OVER_90)).isEqualTo(usd("600.00"));
        assertThat(r.overdue(USD)).isEqualTo(usd("600.00"));
        assertThat(r.totals()).containsOnlyKeys(EUR, USD);
        // Nothing open in GBP: zero totals.
        Currency gbp = Currency.getInstance("GBP");
        assertThat(r.totalOpen(gbp)).isEqualTo(Money.zero(gbp));
        assertThat(r.totals(gbp).byBucket()).hasSize(4);
    }

    @Test
    void aLaterDateDropsWhatWasPaidAndAgesTheRest() {
        // 2026-05-10: PAY-2 settles INV-1; INV-2 not yet due; INV-3 110 + 10 = 120 days.
        Receivables may10 = ledger.receivables(LocalDate.of(2026, 5, 10));
        assertThat(may10.openInvoices()).extracting(OpenInvoice::id).containsExactly(INV_2.id(), INV_3.id());
        assertThat(may10.find(INV_3.id()).orElseThrow().daysPastDue()).isEqualTo(120);
        assertThat(may10.totalOpen(EUR)).isEqualTo(eur("1000.00"));
        assertThat(may10.overdue(EUR)).isEqualTo(eur("0"));
    }

    @Test
    void anEarlierDateLeavesOutLaterInvoicesAndPayments() {
        // 2026-03-04: INV-1 (dated 03-05) is not issued yet; INV-3 open 600.00 after PAY-3,
        // 21 + 28 + 4 = 53 days past due: 31-60.
        Receivables march4 = ledger.receivables(LocalDate.of(2026, 3, 4));
        assertThat(march4.openInvoices()).extracting(OpenInvoice::id).containsExactly(INV_3.id());
        assertThat(march4.totals(USD).inBucket(B31_60)).isEqualTo(usd("600.00"));
        assertThat(march4.currencies()).containsExactly(USD);
        // 2026-01-31: PAY-3 (02-01) not yet received: 1000.00 open, 21 days past due.
        Receivables jan31 = ledger.receivables(LocalDate.of(2026, 1, 31));
        assertThat(jan31.find(INV_3.id()).orElseThrow().openAmount()).isEqualTo(usd("1000.00"));
        assertThat(jan31.totals(USD).inBucket(B0_30)).isEqualTo(usd("1000.00"));
        assertThat(jan31.overdue(USD)).isEqualTo(usd("1000.00"));
    }

    @Test
    void customBuckets() {
        // 0-15, 16-100, over 100: INV-1 (26 days) in 16-100, INV-2 (0) in 0-15, INV-3 (110) over 100.
        Receivables custom = ledger.receivables(APRIL_30, AgeingBuckets.upTo(15, 100));
        assertThat(custom.openInvoices())
                .extracting(o -> o.bucket().label())
                .containsExactly("16-100", "0-15", "over 100");
        assertThat(custom.totals(EUR).inBucket(AgeingBucket.between(16, 100))).isEqualTo(eur("370.00"));
    }

    @Test
    void perAccount() {
        assertThat(r.accounts()).containsExactly(C1, C2);
        Receivables c1 = r.forAccount(C1);
        assertThat(c1.openInvoices()).extracting(OpenInvoice::id).containsExactly(INV_1.id(), INV_2.id());
        assertThat(c1.currencies()).containsExactly(EUR);
        assertThat(c1.totalOpen(EUR)).isEqualTo(eur("1370.00"));
        assertThat(r.forAccount(AccountId.of("C-9")).openInvoices()).isEmpty();
    }

    @Test
    void oneAccountsReceivablesFromItsOwnEvents() {
        // C-1 on 2026-04-30: INV-1 870.00 - 500.00 = 370.00 (26 days past due) and INV-2 1000.00 (not
        // yet due); C-2's INV-3 is not C-1's.
        Receivables c1 = ledger.receivables(C1, APRIL_30);
        assertThat(c1.asOf()).isEqualTo(APRIL_30);
        assertThat(c1.buckets()).isEqualTo(AgeingBuckets.standard());
        assertThat(c1.openInvoices()).extracting(OpenInvoice::id).containsExactly(INV_1.id(), INV_2.id());
        assertThat(c1.openInvoices().get(0).applied()).isEqualTo(eur("500.00"));
        assertThat(c1.openInvoices().get(0).daysPastDue()).isEqualTo(26);
        assertThat(c1.currencies()).containsExactly(EUR);
        // 370.00 + 1000.00 = 1370.00 open, 370.00 of it overdue, all in 0-30
        assertThat(c1.totalOpen(EUR)).isEqualTo(eur("1370.00"));
        assertThat(c1.overdue(EUR)).isEqualTo(eur("370.00"));
        assertThat(c1.totals(EUR).inBucket(B0_30)).isEqualTo(eur("1370.00"));
        assertThat(c1).isEqualTo(r.forAccount(C1));
        assertThat(c1.explanation()).isEqualTo(r.forAccount(C1).explanation());

        // C-2: INV-3 USD 1000.00 - 400.00 = 600.00, 110 days past due: over 90
        Receivables c2 = ledger.receivables(C2, APRIL_30);
        assertThat(c2.openInvoices()).extracting(OpenInvoice::id).containsExactly(INV_3.id());
        assertThat(c2.totals(USD).inBucket(OVER_90)).isEqualTo(usd("600.00"));
        assertThat(c2.totalOpen(EUR)).isEqualTo(Money.zero(EUR));

        // on 2026-05-10 PAY-2 (370.00) settles INV-1: only INV-2 is left
        assertThat(ledger.receivables(C1, LocalDate.of(2026, 5, 10)).openInvoices())
                .extracting(OpenInvoice::id)
                .containsExactly(INV_2.id());
        // on 2026-03-04 INV-1 (dated 03-05) is not issued yet
        assertThat(ledger.receivables(C1, LocalDate.of(2026, 3, 4)).openInvoices())
                .isEmpty();
        // an account without events has nothing open
        assertThat(ledger.receivables(AccountId.of("C-9"), APRIL_30).openInvoices())
                .isEmpty();
    }

    @Test
    void oneAccountsReceivablesInCustomBuckets() {
        // 0-15, 16-100, over 100: INV-1 (26 days) in 16-100, INV-2 (0 days) in 0-15
        Receivables c1 = ledger.receivables(C1, APRIL_30, AgeingBuckets.upTo(15, 100));
        assertThat(c1.openInvoices()).extracting(o -> o.bucket().label()).containsExactly("16-100", "0-15");
        assertThat(c1.totals(EUR).inBucket(AgeingBucket.between(16, 100))).isEqualTo(eur("370.00"));
        assertThat(c1.totals(EUR).inBucket(AgeingBucket.between(0, 15))).isEqualTo(eur("1000.00"));
        assertThat(c1)
                .isEqualTo(ledger.receivables(APRIL_30, AgeingBuckets.upTo(15, 100))
                        .forAccount(C1));
    }

    @Test
    void convertedTotalsUseTheRatesOfTheAsOfDate() {
        // 1 USD = 0.9 EUR from 2026-04-01: USD 600.00 = EUR 540.00.
        // Total 1370.00 + 540.00 = 1910.00; overdue 370.00 + 540.00 = 910.00.
        ExchangeRateTable rates = ExchangeRateTable.builder()
                .add(USD, EUR, new BigDecimal("0.9"), LocalDate.of(2026, 4, 1))
                .build();
        ReceivableTotals inEur = r.converted(EUR, rates);
        assertThat(inEur.currency()).isEqualTo(EUR);
        assertThat(inEur.totalOpen()).isEqualTo(eur("1910.00"));
        assertThat(inEur.overdue()).isEqualTo(eur("910.00"));
        assertThat(inEur.inBucket(B0_30)).isEqualTo(eur("1370.00"));
        assertThat(inEur.inBucket(OVER_90)).isEqualTo(eur("540.00"));
        assertThat(inEur.openInvoices()).isEqualTo(3);
        // No rate on 2026-03-31 yet.
        Assertions.assertThatThrownBy(
                        () -> ledger.receivables(LocalDate.of(2026, 3, 31)).converted(EUR, rates))
                .isInstanceOf(MissingExchangeRateException.class);
    }

    @Test
    void theExplanationNamesEveryFigure() {
        var why = r.explanation();
        assertThat(why.find("receivables.asof")).hasSize(1);
        assertThat(why.find("receivables.open")).hasSize(3);
        assertThat(why.find("receivables.open").get(0).text())
                .isEqualTo("INV-1 (C-1) of 2026-03-05, due 2026-04-04: EUR 870.00 less EUR 500.00 paid ="
                        + " EUR 370.00 open, 26 days past due, bucket 0-30");
        assertThat(why.find("receivables.bucket")).hasSize(8);
        assertThat(why.find("receivables.total"))
                .extracting(s -> s.text())
                .containsExactly("EUR total open: EUR 1370.00", "USD total open: USD 600.00");
        assertThat(why.find("receivables.overdue").get(1).text())
                .isEqualTo("USD overdue (1 day or more past due): USD 600.00");
    }

    @Test
    void equalWhenFromTheSameEventsAndDate() {
        Receivables again = Ledger.of(com.google.common.collect.Lists.reverse(LedgerExample.EVENTS))
                .receivables(APRIL_30);
        assertThat(again).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(again.openInvoices().get(0)).isEqualTo(r.openInvoices().get(0));
        assertThat(ledger.receivables(APRIL_30.plusDays(1))).isNotEqualTo(r);
        assertThat(r.toString()).startsWith("Receivables{2026-04-30, 3 open invoices");
    }
}
