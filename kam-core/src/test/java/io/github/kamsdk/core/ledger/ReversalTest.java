package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.C1;
import static io.github.kamsdk.core.ledger.LedgerExample.EUR;
import static io.github.kamsdk.core.ledger.LedgerExample.M7;
import static io.github.kamsdk.core.ledger.LedgerExample.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Returns and refusals: the Javadoc example, worked by hand. */
class ReversalTest {
    private static Reversal.Builder ret1() {
        return Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of("RET-1"))
                .account(C1)
                .credits(M7)
                .date(LocalDate.of(2026, 3, 20))
                .order(EventId.of("SO-1"))
                .value(eur("250.00"))
                .reason("damaged in transit");
    }

    @Test
    void theMarginTakenBackIsValueLessCost() {
        Reversal r = ret1().cost(eur("180.00")).build();
        // 250.00 - 180.00 = 70.00
        assertThat(r.margin()).isEqualTo(eur("70.00"));
        assertThat(r.kind()).isEqualTo(EventKind.RETURN);
        assertThat(r.currency()).isEqualTo(EUR);
        assertThat(r.invoice()).isEmpty();
        assertThat(r.order()).isEqualTo(EventId.of("SO-1"));
        assertThat(r.reason()).isEqualTo("damaged in transit");
    }

    @Test
    void costIsZeroUnlessGiven() {
        Reversal r = ret1().build();
        assertThat(r.cost()).isEqualTo(eur("0"));
        assertThat(r.margin()).isEqualTo(eur("250.00"));
    }

    @Test
    void aRefusalIsItsOwnEventKind() {
        Reversal r = ret1().reversalKind(ReversalKind.REFUSAL)
                .invoice(EventId.of("INV-1"))
                .build();
        assertThat(r.kind()).isEqualTo(EventKind.REFUSAL);
        assertThat(r.invoice()).contains(EventId.of("INV-1"));
        assertThat(ReversalKind.RETURN.eventKind()).isEqualTo(EventKind.RETURN);
        assertThat(ReversalKind.REFUSAL.eventKind()).isEqualTo(EventKind.REFUSAL);
    }

    @Test
    void goodsBelowCostGiveANegativeMarginBack() {
        // Sold at 100.00, cost 130.00: taking them back returns a margin of -30.00.
        Reversal r = ret1().value(eur("100.00")).cost(eur("130.00")).build();
        assertThat(r.margin()).isEqualTo(eur("-30.00"));
    }
}
