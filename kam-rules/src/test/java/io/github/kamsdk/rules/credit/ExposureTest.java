package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.C2;
import static io.github.kamsdk.rules.testing.CreditGens.advance;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static io.github.kamsdk.rules.testing.CreditGens.invoiceOf;
import static io.github.kamsdk.rules.testing.CreditGens.order;
import static io.github.kamsdk.rules.testing.CreditGens.request;
import static io.github.kamsdk.rules.testing.CreditGens.reversal;
import static io.github.kamsdk.rules.testing.CreditGens.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.team.ManagerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exposure of C-1 on 4 May 2026: receivables + unbilled orders + delivered unbilled + the new
 * order − advances, from the events dated on or before the day (R-CRED-2).
 *
 * <pre>
 * SO-10  10,000.00  1 Mar   INV-10 6,000.00 1 Mar net 60 (due 30 Apr); PAY-10 1,500.00 1 Apr, 1,000.00 to INV-10
 * SO-11   3,000.00  1 Apr   REV-11 1,000.00 returned 10 Apr
 * SO-12   2,000.00 15 Apr   INV-12 2,500.00 15 Apr net 30 (more than the order: tax and freight)
 * SO-13   5,000.00 10 May   INV-13 5,000.00 10 May      (after the day)
 * ADV-1   1,500.00 20 Apr   on account; ADV-2 700.00 5 May (after the day)
 * SO-90   9,999.00  1 Apr   of C-2
 * </pre>
 */
class ExposureTest {
    private static final LocalDate MAY_4 = day(5, 4);

    static List<CommercialEvent> events() {
        return List.of(
                order("SO-10", C1, day(3, 1), "10000.00"),
                invoiceOf("INV-10", "SO-10", C1, day(3, 1), 60, "6000.00"),
                Payment.builder()
                        .id(EventId.of("PAY-10"))
                        .account(C1)
                        .credits(Credits.solely(ManagerId.of("luis")))
                        .date(day(4, 1))
                        .amount(eur("1500.00"))
                        .apply(EventId.of("INV-10"), eur("1000.00"))
                        .build(),
                order("SO-11", C1, day(4, 1), "3000.00"),
                reversal("REV-11", "SO-11", C1, day(4, 10), "1000.00"),
                order("SO-12", C1, day(4, 15), "2000.00"),
                invoiceOf("INV-12", "SO-12", C1, day(4, 15), 30, "2500.00"),
                order("SO-13", C1, day(5, 10), "5000.00"),
                invoiceOf("INV-13", "SO-13", C1, day(5, 10), 30, "5000.00"),
                advance("ADV-1", C1, day(4, 20), "1500.00"),
                advance("ADV-2", C1, day(5, 5), "700.00"),
                order("SO-90", C2, day(4, 1), "9999.00"));
    }

    private static CreditRequest.Builder request4000() {
        return CreditRequest.builder()
                .account(C1)
                .date(MAY_4)
                .orderAmount(eur("4000.00"))
                .deliveredUnbilled(eur("700.00"));
    }

    @Test
    void everyComponentFromTheEventsDatedByTheDay() {
        Exposure e = Exposure.of(Ledger.of(events()), request4000().build());
        // INV-10 6,000 - 1,000 paid = 5,000 open; INV-12 2,500 open; INV-13 is dated after the day
        assertThat(e.receivables()).isEqualTo(eur("7500.00"));
        // SO-10 10,000 - 6,000 billed = 4,000; SO-11 3,000 - 1,000 returned = 2,000;
        // SO-12 2,000 - 2,500 billed < 0: nothing; SO-13 is after the day; SO-90 is C-2's
        assertThat(e.unbilledOrders()).isEqualTo(eur("6000.00"));
        assertThat(e.deliveredUnbilled()).isEqualTo(eur("700.00"));
        assertThat(e.newOrder()).isEqualTo(eur("4000.00"));
        // PAY-10's unapplied 500 + ADV-1 1,500; ADV-2 is after the day
        assertThat(e.advances()).isEqualTo(eur("2000.00"));
        // 7,500 + 6,000 + 700 - 2,000 = 12,200; + 4,000 = 16,200
        assertThat(e.before()).isEqualTo(eur("12200.00"));
        assertThat(e.total()).isEqualTo(eur("16200.00"));
        assertThat(e.openInvoices())
                .extracting(OpenInvoice::id)
                .containsExactly(EventId.of("INV-10"), EventId.of("INV-12"));
        assertThat(e)
                .hasToString("exposure: receivables EUR 7500.00 + unbilled orders EUR 6000.00 + delivered unbilled EUR"
                        + " 700.00 + new order EUR 4000.00 − advances EUR 2000.00 = EUR 16200.00");
    }

    @Test
    void aPrepaidOrderAddsNothing() {
        Exposure e =
                Exposure.of(Ledger.of(events()), request4000().prepaid(true).build());
        assertThat(e.newOrder()).isEqualTo(eur("0.00"));
        assertThat(e.total()).isEqualTo(eur("12200.00")).isEqualTo(e.before());
    }

    @Test
    void laterEventsCountFromTheirDay() {
        // on 12 May: SO-13 and INV-13 are in (SO-13 fully billed: unbilled 0; INV-13 open 5,000); ADV-2 too
        Exposure e =
                Exposure.of(Ledger.of(events()), request4000().date(day(5, 12)).build());
        assertThat(e.receivables()).isEqualTo(eur("12500.00"));
        assertThat(e.unbilledOrders()).isEqualTo(eur("6000.00"));
        assertThat(e.advances()).isEqualTo(eur("2700.00"));
        // 12,500 + 6,000 + 700 - 2,700 = 16,500
        assertThat(e.before()).isEqualTo(eur("16500.00"));
    }

    @Test
    void advancesCanTakeTheExposureBelowZeroAndWidenTheRoom() {
        // only ADV-1 1,500.00 on account: exposure before -1,500; room 10,000 - (-1,500) = 11,500
        Ledger ledger = Ledger.of(List.of(advance("ADV-1", C1, day(4, 20), "1500.00")));
        CreditDecision d = CreditPolicy.builder(CreditLimit.unlimited())
                .scoring(CreditScoring.none())
                .build()
                .decide(request(C1, MAY_4, "11500.00"), verified(C1, "10000.00"), ledger);
        assertThat(d.context().exposure().before()).isEqualTo(eur("-1500.00"));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(d.maxOrder()).contains(eur("11500.00"));
    }

    @Test
    void exposuresAreEqualByTheirComponents() {
        Exposure a = Exposure.of(Ledger.of(events()), request4000().build());
        List<CommercialEvent> reversed = new ArrayList<>(events());
        Collections.reverse(reversed);
        Exposure b = Exposure.of(Ledger.of(reversed), request4000().build());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a)
                .isNotEqualTo(Exposure.of(
                        Ledger.of(events()), request4000().prepaid(true).build()));
    }

    @Test
    void aReversalAfterTheDayDoesNotReduceTheUnbilledPart() {
        // SO-20 10,000.00 on 1 April, unbilled; 4,000.00 of it returned on 10 May
        Ledger ledger = Ledger.of(List.of(
                order("SO-20", C1, day(4, 1), "10000.00"), reversal("REV-20", "SO-20", C1, day(5, 10), "4000.00")));
        // on 4 May the return has not happened: 10,000 unbilled (the code gives 10,000 - 4,000 = 6,000)
        assertThat(Exposure.of(ledger, request(C1, MAY_4, "1.00")).unbilledOrders())
                .isEqualTo(eur("10000.00"));
        // on 10 May it has: 6,000
        assertThat(Exposure.of(ledger, request(C1, day(5, 10), "1.00")).unbilledOrders())
                .isEqualTo(eur("6000.00"));
    }
}
