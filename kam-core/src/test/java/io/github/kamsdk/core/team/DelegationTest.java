package io.github.kamsdk.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationTest {
    private static final ManagerId ANA = ManagerId.of("ana");
    private static final ManagerId LUIS = ManagerId.of("luis");
    private static final DateRange HOLIDAY = DateRange.closed(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14));

    @Test
    void theFullHandOverCoversAllAccountsWithApprovalAuthority() {
        Delegation d = Delegation.of(LUIS, ANA, HOLIDAY);
        assertThat(d.from()).isEqualTo(LUIS);
        assertThat(d.to()).isEqualTo(ANA);
        assertThat(d.period()).isEqualTo(HOLIDAY);
        assertThat(d.coversAllAccounts()).isTrue();
        assertThat(d.accounts()).isEmpty();
        assertThat(d.covers(AccountId.of("C-anything"))).isTrue();
        assertThat(d.passesApprovalAuthority()).isTrue();
        assertThat(d.isActiveOn(LocalDate.of(2026, 8, 3))).isTrue();
        assertThat(d.isActiveOn(LocalDate.of(2026, 8, 14))).isTrue();
        assertThat(d.isActiveOn(LocalDate.of(2026, 8, 15))).isFalse();
        assertThat(d).hasToString("luis -> ana [2026-08-03, 2026-08-15) all accounts, with approval authority");
    }

    @Test
    void aLimitedDelegationCoversOnlyItsAccounts() {
        Delegation d = Delegation.builder()
                .from(LUIS)
                .to(ANA)
                .period(HOLIDAY)
                .accounts(List.of(AccountId.of("C-7"), AccountId.of("C-3"), AccountId.of("C-7")))
                .approvalAuthority(false)
                .build();
        assertThat(d.coversAllAccounts()).isFalse();
        assertThat(d.accounts()).contains(ImmutableSortedSet.of(AccountId.of("C-3"), AccountId.of("C-7")));
        assertThat(d.covers(AccountId.of("C-3"))).isTrue();
        assertThat(d.covers(AccountId.of("C-4"))).isFalse();
        assertThat(d.passesApprovalAuthority()).isFalse();
        assertThat(d)
                .hasToString("luis -> ana [2026-08-03, 2026-08-15) accounts [C-3, C-7], without approval authority");
        Delegation widened = Delegation.builder()
                .from(LUIS)
                .to(ANA)
                .period(HOLIDAY)
                .accounts(List.of(AccountId.of("C-3")))
                .allAccounts()
                .build();
        assertThat(widened).isEqualTo(Delegation.of(LUIS, ANA, HOLIDAY));
    }

    @Test
    void equalityIsByAllParts() {
        new EqualsTester()
                .addEqualityGroup(Delegation.of(LUIS, ANA, HOLIDAY), Delegation.of(LUIS, ANA, HOLIDAY))
                .addEqualityGroup(Delegation.of(ANA, LUIS, HOLIDAY))
                .addEqualityGroup(Delegation.of(LUIS, ANA, DateRange.ofMonth(2026, 8)))
                .addEqualityGroup(Delegation.builder()
                        .from(LUIS)
                        .to(ANA)
                        .period(HOLIDAY)
                        .approvalAuthority(false)
                        .build())
                .addEqualityGroup(Delegation.builder()
                        .from(LUIS)
                        .to(ANA)
                        .period(HOLIDAY)
                        .accounts(List.of(AccountId.of("C-1")))
                        .build())
                .testEquals();
    }

    @Test
    void scopesThatPrintAlikeStillCompareApart() {
        Delegation one = Delegation.builder()
                .from(LUIS)
                .to(ANA)
                .period(HOLIDAY)
                .accounts(List.of(AccountId.of("C-1, C-2")))
                .build();
        Delegation two = Delegation.builder()
                .from(LUIS)
                .to(ANA)
                .period(HOLIDAY)
                .accounts(List.of(AccountId.of("C-1"), AccountId.of("C-2")))
                .build();
        assertThat(one).isNotEqualTo(two);
        assertThat(one.compareTo(two)).isNotZero().isEqualTo(-two.compareTo(one));
        assertThat(Delegation.of(LUIS, ANA, HOLIDAY).compareTo(one))
                .as("all accounts first")
                .isNegative();
    }
}
