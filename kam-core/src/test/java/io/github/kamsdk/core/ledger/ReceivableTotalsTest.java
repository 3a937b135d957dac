package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.EUR;
import static io.github.kamsdk.core.ledger.LedgerExample.USD;
import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The per-currency totals of {@link Receivables} on the history of {@link LedgerExample}. */
class ReceivableTotalsTest {
    private final Receivables r = LedgerExample.ledger().receivables(LocalDate.of(2026, 4, 30));

    @Test
    void bucketTotalsAddUpToTheTotalOpen() {
        ReceivableTotals eurTotals = r.totals(EUR);
        // 1370.00 + 0 + 0 + 0 = 1370.00
        assertThat(eurTotals.byBucket().values().stream().reduce(eur("0"), (a, b) -> a.plus(b)))
                .isEqualTo(eurTotals.totalOpen());
        assertThat(eurTotals)
                .hasToString("EUR open EUR 1370.00 (overdue EUR 370.00, 2 invoices) "
                        + "{0-30=EUR 1370.00, 31-60=EUR 0.00, 61-90=EUR 0.00, over 90=EUR 0.00}");
    }

    @Test
    void equalWhenEveryFigureIsEqual() {
        ReceivableTotals again =
                LedgerExample.ledger().receivables(LocalDate.of(2026, 4, 30)).totals(EUR);
        assertThat(again).isEqualTo(r.totals(EUR)).hasSameHashCodeAs(r.totals(EUR));
        assertThat(r.totals(USD)).isNotEqualTo(r.totals(EUR));
        // A day later INV-1 is one day older but the figures are the same: equal totals.
        assertThat(LedgerExample.ledger().receivables(LocalDate.of(2026, 5, 1)).totals(EUR))
                .isEqualTo(r.totals(EUR));
    }
}
