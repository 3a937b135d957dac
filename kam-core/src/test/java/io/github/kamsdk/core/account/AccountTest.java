package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountTest {
    private static final AccountId ACME = AccountId.of("C-10042");

    private static Account.Builder active() {
        return Account.builder().id(ACME).name("Acme Industrial").status(LifecycleStatus.ACTIVE);
    }

    @Test
    void keepsTheAccountsFacts() {
        Account account = active().segment("Enterprise")
                .industry("Manufacturing")
                .firstPurchase(LocalDate.of(2021, 3, 15))
                .lastPurchase(LocalDate.of(2026, 10, 2))
                .contractStart(LocalDate.of(2026, 1, 1))
                .contractEnd(LocalDate.of(2026, 12, 31))
                .renewalDate(LocalDate.of(2026, 11, 30))
                .build();
        assertThat(account.id()).isEqualTo(ACME);
        assertThat(account.name()).isEqualTo("Acme Industrial");
        assertThat(account.segment()).contains("Enterprise");
        assertThat(account.industry()).contains("Manufacturing");
        assertThat(account.status()).isEqualTo(LifecycleStatus.ACTIVE);
        assertThat(account.contractPeriod()).contains(DateRange.ofYear(2026));
        assertThat(account.isUnderContractOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(account.isUnderContractOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(account.isUnderContractOn(LocalDate.of(2025, 12, 31))).isFalse();
    }

    @Test
    void aProspectNeedsNoDatesAndAContractMayBeOpenEnded() {
        Account prospect = Account.builder()
                .id(ACME)
                .name("Acme")
                .status(LifecycleStatus.PROSPECT)
                .build();
        assertThat(prospect.firstPurchase()).isEmpty();
        assertThat(prospect.contractPeriod()).isEmpty();
        assertThat(prospect.isUnderContractOn(LocalDate.of(2026, 1, 1))).isFalse();
        Account open = active().contractStart(LocalDate.of(2026, 1, 1)).build();
        assertThat(open.contractPeriod()).isEmpty();
        assertThat(open.isUnderContractOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void allowsTheEdgesOfTheRules() {
        LocalDate day = LocalDate.of(2026, 5, 5);
        Account sameDay = active().firstPurchase(day)
                .lastPurchase(day)
                .contractStart(day)
                .contractEnd(day)
                .renewalDate(day.plusDays(1))
                .build();
        assertThat(sameDay.contractPeriod()).contains(DateRange.ofDay(day));
        assertThat(active().lastPurchase(day).build().firstPurchase()).isEmpty();
    }

    @Test
    void equalityIsByAttributes() {
        assertThat(active().build()).isEqualTo(active().build());
        assertThat(active().build()).isNotEqualTo(active().segment("SMB").build());
    }

    @Test
    void churnIsLapsedOrLost() {
        assertThat(LifecycleStatus.PROSPECT.isChurned()).isFalse();
        assertThat(LifecycleStatus.ACTIVE.isChurned()).isFalse();
        assertThat(LifecycleStatus.LAPSED.isChurned()).isTrue();
        assertThat(LifecycleStatus.LOST_TO_COMPETITOR.isChurned()).isTrue();
    }

    @Test
    void refusesAProspectWithPurchases() {
        assertRejected(
                () -> Account.builder()
                        .id(ACME)
                        .name("Acme")
                        .status(LifecycleStatus.PROSPECT)
                        .lastPurchase(LocalDate.of(2026, 1, 1))
                        .build(),
                "PROSPECT",
                "2026-01-01",
                "C-10042");
    }

    @Test
    void refusesReversedPurchaseDates() {
        assertRejected(
                () -> active().firstPurchase(LocalDate.of(2026, 2, 1))
                        .lastPurchase(LocalDate.of(2026, 1, 31))
                        .build(),
                "lastPurchase",
                "2026-01-31",
                "2026-02-01");
    }

    @Test
    void refusesReversedContractDates() {
        assertRejected(
                () -> active().contractStart(LocalDate.of(2026, 2, 1))
                        .contractEnd(LocalDate.of(2026, 1, 31))
                        .build(),
                "contractEnd",
                "2026-01-31",
                "2026-02-01");
    }

    @Test
    void refusesAContractEndWithoutStart() {
        assertRejected(() -> active().contractEnd(LocalDate.of(2026, 1, 31)).build(), "contractEnd", "2026-01-31");
    }

    @Test
    void refusesARenewalWithoutContract() {
        assertRejected(() -> active().renewalDate(LocalDate.of(2026, 1, 31)).build(), "renewalDate", "2026-01-31");
    }

    @Test
    void refusesARenewalBeforeTheContract() {
        assertRejected(
                () -> active().contractStart(LocalDate.of(2026, 1, 1))
                        .renewalDate(LocalDate.of(2025, 12, 1))
                        .build(),
                "renewalDate",
                "2025-12-01");
    }

    @Test
    void refusesARenewalLongAfterTheContract() {
        assertRejected(
                () -> active().contractStart(LocalDate.of(2026, 1, 1))
                        .contractEnd(LocalDate.of(2026, 12, 31))
                        .renewalDate(LocalDate.of(2027, 1, 2))
                        .build(),
                "renewalDate",
                "2027-01-02",
                "2026-12-31");
    }

    @Test
    void refusesBlankNames() {
        assertRejected(() -> active().name(" ").build(), "name", "blank");
        assertRejected(() -> active().segment("").build(), "segment", "blank");
        assertRejected(() -> active().industry(" ").build(), "industry", "blank");
        assertRejected(() -> active().name("x".repeat(501)).build(), "name", "500");
    }

    @Test
    void refusesMissingAndNullAttributes() {
        assertRejected(() -> Account.builder().name("Acme").build(), "id", "status");
        // Immutables' generated builder names the attribute only.
        assertRejected(() -> active().name(null), "name");
        assertRejected(() -> active().firstPurchase((LocalDate) null), "firstPurchase");
        assertNullRejected(() -> active().build().isUnderContractOn(null), "day");
    }
}
