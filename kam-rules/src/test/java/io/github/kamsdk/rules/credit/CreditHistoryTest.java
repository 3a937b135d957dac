package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.C2;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static io.github.kamsdk.rules.testing.CreditGens.invoice;
import static io.github.kamsdk.rules.testing.CreditGens.order;
import static io.github.kamsdk.rules.testing.CreditGens.payment;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * C-1's payment record (R-CRED-2): five invoices of 1,000.00 on net 30 settled by 1 June 2026, four
 * by their due date, one 50 days late; one open; the first order 400 days before 1 June.
 *
 * <pre>
 * SO-0   27 Apr 2025                      the relationship starts
 * INV-1   5 Jan  due  4 Feb  paid  4 Feb  on the due day: on time (0 days)
 * INV-2   1 Feb  due  3 Mar  paid 400 on 20 Feb and 600 on 1 Mar: settled 1 Mar, on time
 * INV-3   1 Mar  due 31 Mar  paid 15 Mar  early: on time
 * INV-4  10 Mar  due  9 Apr  paid 29 May  50 days late
 * INV-5   1 Apr  due  1 May  paid  1 May  on time
 * INV-6  10 Apr  due 10 May  open on 1 June: 22 days past due; paid 5 June (26 days late)
 * INV-7  10 Jun  due 10 Jul  (after 1 June); open on 1 August: 22 days past due
 * INV-90 of C-2, paid 200 days late: not C-1's
 * </pre>
 */
class CreditHistoryTest {
    static final LocalDate JUNE_1 = day(6, 1);

    static List<CommercialEvent> events() {
        return List.of(
                order("SO-0", C1, LocalDate.of(2025, 4, 27), "5000.00"),
                invoice("INV-1", C1, day(1, 5), 30, "1000.00"),
                payment("PAY-1", C1, day(2, 4), "1000.00", "INV-1"),
                invoice("INV-2", C1, day(2, 1), 30, "1000.00"),
                payment("PAY-2a", C1, day(2, 20), "400.00", "INV-2"),
                payment("PAY-2b", C1, day(3, 1), "600.00", "INV-2"),
                invoice("INV-3", C1, day(3, 1), 30, "1000.00"),
                payment("PAY-3", C1, day(3, 15), "1000.00", "INV-3"),
                invoice("INV-4", C1, day(3, 10), 30, "1000.00"),
                payment("PAY-4", C1, day(5, 29), "1000.00", "INV-4"),
                invoice("INV-5", C1, day(4, 1), 30, "1000.00"),
                payment("PAY-5", C1, day(5, 1), "1000.00", "INV-5"),
                invoice("INV-6", C1, day(4, 10), 30, "1000.00"),
                payment("PAY-6", C1, day(6, 5), "1000.00", "INV-6"),
                invoice("INV-7", C1, day(6, 10), 30, "1000.00"),
                invoice("INV-90", C2, LocalDate.of(2025, 6, 1), 0, "1000.00"),
                payment("PAY-90", C2, LocalDate.of(2025, 12, 18), "1000.00", "INV-90"));
    }

    static CreditHistory history(LocalDate asOf, Optional<Money> writeOffs) {
        return CreditHistory.of(Ledger.of(events()), C1, asOf, writeOffs);
    }

    @Test
    void theRecordOnTheFirstOfJune() {
        CreditHistory h = history(JUNE_1, Optional.empty());
        assertThat(h.settledInvoices()).isEqualTo(5);
        // 4 of 5 on time
        assertThat(h.onTimeShare().orElseThrow().fraction()).isEqualByComparingTo("0.8");
        // (0 + 0 + 0 + 50 + 0) / 5 = 10
        assertThat(h.averageDaysLate()).hasValue(10);
        // the most of 50 (INV-4, settled) and 22 (INV-6, open)
        assertThat(h.worstDaysLate()).isEqualTo(50);
        assertThat(h.relationshipDays()).hasValue(400);
        assertThat(h.writeOffs()).isEmpty();
        assertThat(h)
                .hasToString("history as of 2026-06-01: 5 invoices settled, 4 on time; average 10 and worst 50 days"
                        + " late; written off nothing; relationship 400 days");
    }

    @Test
    void theRecordTwoMonthsLater() {
        CreditHistory h = history(day(8, 1), Optional.of(eur("300.00")));
        // INV-6 settled on 5 June, 26 days after 10 May; INV-7 open, 22 days past due
        assertThat(h.settledInvoices()).isEqualTo(6);
        // 4 of 6 = 0.6666666667 (10 places, half even)
        assertThat(h.onTimeShare().orElseThrow().fraction()).isEqualByComparingTo("0.6666666667");
        // (50 + 26) / 6 = 12.67, half up: 13
        assertThat(h.averageDaysLate()).hasValue(13);
        assertThat(h.worstDaysLate()).isEqualTo(50);
        // 27 April 2025 to 1 August 2026
        assertThat(h.relationshipDays()).hasValue(461);
        assertThat(h.writeOffs()).contains(eur("300.00"));
    }

    @Test
    void anOpenInvoiceCountsInTheWorstDaysLate() {
        // on 1 October INV-7 (due 10 July, still open) is 83 days past due: worse than INV-4's 50
        assertThat(history(day(10, 1), Optional.empty()).worstDaysLate()).isEqualTo(83);
    }

    @Test
    void theAverageIsRoundedHalfUp() {
        // two invoices due 31 January, paid 1 and 4 days late: 5 / 2 = 2.5 -> 3 (half even would give 2)
        Ledger ledger = Ledger.of(List.of(
                invoice("INV-A", C1, day(1, 1), 30, "100.00"),
                payment("PAY-A", C1, day(2, 1), "100.00", "INV-A"),
                invoice("INV-B", C1, day(1, 1), 30, "100.00"),
                payment("PAY-B", C1, day(2, 4), "100.00", "INV-B")));
        CreditHistory h = CreditHistory.of(ledger, C1, day(3, 1), Optional.empty());
        assertThat(h.averageDaysLate()).hasValue(3);
        assertThat(h.onTimeShare().orElseThrow().fraction()).isEqualByComparingTo("0");
        assertThat(h.worstDaysLate()).isEqualTo(4);
        // invoices but no order: no relationship yet
        assertThat(h.relationshipDays()).isEmpty();
    }

    @Test
    void anAccountWithoutEventsHasNoRecord() {
        CreditHistory h = CreditHistory.of(Ledger.of(events()), AccountId.of("C-9"), JUNE_1, Optional.empty());
        assertThat(h.settledInvoices()).isZero();
        assertThat(h.onTimeShare()).isEmpty();
        assertThat(h.averageDaysLate()).isEmpty();
        assertThat(h.worstDaysLate()).isZero();
        assertThat(h.relationshipDays()).isEmpty();
        assertThat(h)
                .hasToString("history as of 2026-06-01: 0 invoices settled, 0 on time; average no and worst 0 days"
                        + " late; written off nothing; relationship no days");
    }

    @Test
    void thePolicyReadsTheProfilesWriteOffs() {
        CreditProfile profile = CreditProfile.builder()
                .account(C1)
                .verification(VerificationStatus.VERIFIED)
                .writeOffs(eur("300.00"))
                .build();
        CreditDecision d = CreditPolicy.builder(CreditLimit.of(eur("50000.00")))
                .build()
                .decide(
                        CreditRequest.builder()
                                .account(C1)
                                .date(JUNE_1)
                                .orderAmount(eur("1.00"))
                                .build(),
                        profile,
                        Ledger.of(events()));
        assertThat(d.context().history().writeOffs()).contains(eur("300.00"));
        assertThat(d.context().history().settledInvoices()).isEqualTo(5);
    }
}
