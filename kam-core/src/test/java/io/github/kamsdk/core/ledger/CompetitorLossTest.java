package io.github.kamsdk.core.ledger;

import static io.github.kamsdk.core.ledger.LedgerExample.C1;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The host's mark that an account went to a competitor. */
class CompetitorLossTest {
    @Test
    void anAccountLostOnADate() {
        CompetitorLoss loss = CompetitorLoss.of(AccountId.of("C-9"), LocalDate.of(2026, 2, 10));
        assertThat(loss.account()).isEqualTo(AccountId.of("C-9"));
        assertThat(loss.date()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(loss.competitor()).isEmpty();
    }

    @Test
    void theCompetitorMayBeNamed() {
        CompetitorLoss loss = CompetitorLoss.builder()
                .account(C1)
                .date(LocalDate.of(2026, 2, 10))
                .competitor("Acme Pumps")
                .build();
        assertThat(loss.competitor()).contains("Acme Pumps");
        assertThat(loss).isNotEqualTo(CompetitorLoss.of(C1, LocalDate.of(2026, 2, 10)));
        assertThat(CompetitorLoss.of(C1, LocalDate.of(2026, 2, 10)))
                .isEqualTo(CompetitorLoss.of(C1, LocalDate.of(2026, 2, 10)));
    }
}
