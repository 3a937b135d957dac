package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.EUR;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static io.github.kamsdk.rules.testing.CreditGens.overdueInvoice;
import static io.github.kamsdk.rules.testing.CreditGens.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.OpenInvoice;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OverdueWeights}: bands by days past due, each from its first day (inclusive) to the next. */
class OverdueWeightsTest {
    private static final OverdueWeights STANDARD = OverdueWeights.standard();

    @Test
    void theStandardBandsAtEveryBoundary() {
        assertThat(STANDARD.weight(-3)).isEqualTo(Rate.ZERO);
        assertThat(STANDARD.weight(0)).isEqualTo(Rate.ZERO); // not past due
        assertThat(STANDARD.weight(1)).isEqualTo(Rate.percent(25));
        assertThat(STANDARD.weight(30)).isEqualTo(Rate.percent(25));
        assertThat(STANDARD.weight(31)).isEqualTo(Rate.percent(50));
        assertThat(STANDARD.weight(60)).isEqualTo(Rate.percent(50));
        assertThat(STANDARD.weight(61)).isEqualTo(Rate.percent(100));
        assertThat(STANDARD.weight(90)).isEqualTo(Rate.percent(100));
        assertThat(STANDARD.weight(91)).isEqualTo(Rate.percent(150));
        assertThat(STANDARD.weight(10_000)).isEqualTo(Rate.percent(150));
        assertThat(STANDARD).hasToString("from 1 days 25%, from 31 days 50%, from 61 days 100%, from 91 days 150%");
    }

    @Test
    void theJavadocsExampleFromRealOpenInvoices() {
        LocalDate asOf = day(6, 1);
        Ledger ledger = Ledger.of(List.of(
                overdueInvoice("INV-A", C1, asOf, 45, 30, eur("2000.00")),
                overdueInvoice("INV-B", C1, asOf, 100, 30, eur("1000.00")),
                overdueInvoice("INV-C", C1, asOf, 0, 30, eur("500.00")))); // due today: not past due
        List<OpenInvoice> open = ledger.receivables(asOf).openInvoices();
        assertThat(open).extracting(OpenInvoice::daysPastDue).containsExactly(45L, 100L, 0L);
        // 2,000 x 50% + 1,000 x 150% + 500 x 0% = 1,000 + 1,500 = 2,500
        assertThat(STANDARD.weighted(open, Money.zero(EUR))).isEqualTo(eur("2500.00"));
        assertThat(STANDARD.weighted(List.of(), Money.zero(EUR))).isEqualTo(eur("0.00"));
    }

    @Test
    void theWeightedAmountIsExact() {
        LocalDate asOf = day(6, 1);
        Ledger ledger = Ledger.of(List.of(overdueInvoice("INV-A", C1, asOf, 5, 0, eur("0.03"))));
        // 0.03 x 25% = 0.0075, not rounded
        assertThat(STANDARD.weighted(ledger.receivables(asOf).openInvoices(), Money.zero(EUR)))
                .isEqualTo(eur("0.0075"));
    }

    @Test
    void aHostsOwnBands() {
        OverdueWeights w = OverdueWeights.builder()
                .from(15, Rate.percent(10))
                .from(45, Rate.percent(10)) // equal to the band before: allowed
                .from(120, Rate.percent(1000))
                .build();
        assertThat(w.weight(14)).isEqualTo(Rate.ZERO);
        assertThat(w.weight(15)).isEqualTo(Rate.percent(10));
        assertThat(w.weight(119)).isEqualTo(Rate.percent(10));
        assertThat(w.weight(120)).isEqualTo(Rate.percent(1000));
        assertThat(w).isNotEqualTo(STANDARD);
        assertThat(OverdueWeights.builder()
                        .from(1, Rate.percent(25))
                        .from(31, Rate.percent(50))
                        .from(61, Rate.percent(100))
                        .from(91, Rate.percent(150))
                        .build())
                .isEqualTo(STANDARD)
                .hasSameHashCodeAs(STANDARD);
    }

    @Test
    void aPolicysWeightsDecideThePenalty() {
        // only debt over 60 days counts, at 100%: INV-A 45 days weighs nothing, INV-B 100 days 1,000
        LocalDate asOf = day(6, 1);
        Ledger ledger = Ledger.of(List.of(
                overdueInvoice("INV-A", C1, asOf, 45, 30, eur("2000.00")),
                overdueInvoice("INV-B", C1, asOf, 100, 30, eur("1000.00"))));
        CreditDecision d = CreditPolicy.builder(CreditLimit.unlimited())
                .scoring(CreditScoring.none())
                .overdueWeights(
                        OverdueWeights.builder().from(61, Rate.percent(100)).build())
                .holdAfterDays(365)
                .build()
                .decide(
                        CreditRequest.builder()
                                .account(C1)
                                .date(asOf)
                                .orderAmount(eur("1.00"))
                                .build(),
                        verified(C1, "10000.00"),
                        ledger);
        assertThat(d.context().weightedOverdue()).isEqualTo(eur("1000.00"));
        // room 10,000 - 3,000 open - 1,000 = 6,000
        assertThat(d.maxOrder()).contains(eur("6000.00"));
    }
}
