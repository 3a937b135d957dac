package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.rules.testing.CreditGens.ANA;
import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.C2;
import static io.github.kamsdk.rules.testing.CreditGens.C3;
import static io.github.kamsdk.rules.testing.CreditGens.CARMEN;
import static io.github.kamsdk.rules.testing.CreditGens.DORA;
import static io.github.kamsdk.rules.testing.CreditGens.EUR;
import static io.github.kamsdk.rules.testing.CreditGens.EVA;
import static io.github.kamsdk.rules.testing.CreditGens.LUIS;
import static io.github.kamsdk.rules.testing.CreditGens.PABLO;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.rules.testing.CreditGens;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link ApprovalPolicy} over the named team of {@link CreditGens#team()} (R-DISC-2, R-ROLE-3):
 *
 * <pre>
 * dora COMMERCIAL_DIRECTOR > carmen HEAD_OF_SALES > ana SENIOR_KAM, pablo SALES_MANAGER;
 * ana > luis, eva JUNIOR_KAM
 * carmen -> ana    Aug 3..14   all accounts, with approval authority
 * pablo  -> luis   Sep 1..7    all accounts, without approval authority
 * ana    -> pablo  Oct 1..2    C-2 only, with approval authority
 * </pre>
 *
 * Default authorities: junior 5% / 25% / 50,000; sales manager 7% / 22% / 100,000; senior 10% / 20%
 * / 250,000; head of sales 20% / 10% / 1,000,000; commercial director 35%, no other limit.
 */
class ApprovalPolicyTest {
    private static final ApprovalPolicy POLICY = ApprovalPolicy.of(AuthorityMatrix.defaults(EUR), CreditGens.team());

    private static ApprovalRequest request(ManagerId requester, AccountId account, String discount, String margin) {
        return ApprovalRequest.builder()
                .id(EventId.of("APR-7"))
                .requester(requester)
                .account(account)
                .date(day(6, 1))
                .discount(Rate.signedPercent(discount))
                .margin(Rate.signedPercent(margin))
                .orderValue(eur("10000.00"))
                .build();
    }

    private static ApprovalRecord approved(ApprovalRequest request, ManagerId approver, LocalDate date) {
        ApprovalDecision d = POLICY.approve(request, approver, date);
        assertThat(d.isApproved()).as("%s on %s: %s", approver, date, d).isTrue();
        assertThat(d.refusal()).isEmpty();
        return d.record().orElseThrow();
    }

    private static String refused(ApprovalRequest request, ManagerId approver, LocalDate date) {
        ApprovalDecision d = POLICY.approve(request, approver, date);
        assertThat(d.isApproved()).as("%s on %s: %s", approver, date, d).isFalse();
        assertThat(d.record()).isEmpty();
        return d.refusal().orElseThrow();
    }

    @Test
    void aRequestWithinTheRequestersOwnAuthorityIsApprovedOnIt() {
        // 4% off at 30% for 10,000: within a junior KAM's 5% / 25% / 50,000
        ApprovalRequest r = request(LUIS, C1, "4", "30");
        assertThat(POLICY.needsApproval(r)).isFalse();
        assertThat(POLICY.requiredRole(r)).contains(Role.JUNIOR_KAM);

        ApprovalRecord record = approved(r, LUIS, day(6, 1));
        assertThat(record.request()).isEqualTo(EventId.of("APR-7"));
        assertThat(record.approver()).isEqualTo(LUIS);
        assertThat(record.onAuthorityOf()).isEqualTo(LUIS);
        assertThat(record.role()).isEqualTo(Role.JUNIOR_KAM);
        assertThat(record.date()).isEqualTo(day(6, 1));
        assertThat(record.delegated()).isFalse();
        assertThat(record.explanation().steps())
                .extracting(Step::code)
                .containsExactly("approval.request", "approval.authority.covers", "approval.approved");
    }

    @Test
    void aSupervisorApprovesWhatIsBeyondTheRequestersRole() {
        // 8% off at 24%: above the junior's 5% and the sales manager's 7%; the senior KAM's 10% / 20% cover it
        ApprovalRequest r = request(LUIS, C1, "8", "24");
        assertThat(POLICY.needsApproval(r)).isTrue();
        assertThat(POLICY.requiredRole(r)).contains(Role.SENIOR_KAM);

        ApprovalRecord byAna = approved(r, ANA, day(6, 1));
        assertThat(byAna.onAuthorityOf()).isEqualTo(ANA);
        assertThat(byAna.role()).isEqualTo(Role.SENIOR_KAM);
        assertThat(byAna.delegated()).isFalse();
        // the head of sales approves it too, on her own (higher) authority
        assertThat(approved(r, CARMEN, day(6, 1)).role()).isEqualTo(Role.HEAD_OF_SALES);
        // another junior KAM may not
        assertThat(refused(r, EVA, day(6, 1)))
                .isEqualTo("no authority eva holds on 2026-06-01 covers request APR-7: eva (JUNIOR_KAM): discount 8%"
                        + " above 5%; margin 24% below 25%");
        // nor the requester himself
        assertThat(refused(r, LUIS, day(6, 1)))
                .contains("luis (JUNIOR_KAM): discount 8% above 5%")
                .endsWith("(one's own request is approved only on one's own authority)");
    }

    @Test
    void aDelegateHoldsTheAbsentManagersAuthorityFromTheFirstToTheLastDayOfTheDelegation() {
        // 15% off at 15%: the head of sales' 20% / 10%; carmen -> ana from 3 to 14 August
        ApprovalRequest r = request(LUIS, C1, "15", "15");
        assertThat(POLICY.requiredRole(r)).contains(Role.HEAD_OF_SALES);

        for (LocalDate d : new LocalDate[] {day(8, 3), day(8, 9), day(8, 14)}) {
            ApprovalRecord record = approved(r, ANA, d);
            assertThat(record.approver()).isEqualTo(ANA);
            assertThat(record.onAuthorityOf()).isEqualTo(CARMEN);
            assertThat(record.role()).isEqualTo(Role.HEAD_OF_SALES);
            assertThat(record.date()).isEqualTo(d);
            assertThat(record.delegated()).isTrue();
            // ana's own authority is checked (short), then carmen's (covers)
            assertThat(record.explanation().steps())
                    .extracting(Step::code)
                    .containsExactly(
                            "approval.request",
                            "approval.authority.short",
                            "approval.authority.covers",
                            "approval.approved");
        }
        // the day before and the day after (the period is [3 August, 15 August)): ana's 10% only
        assertThat(refused(r, ANA, day(8, 2)))
                .isEqualTo("no authority ana holds on 2026-08-02 covers request APR-7: ana (SENIOR_KAM): discount 15%"
                        + " above 10%; margin 15% below 20%");
        assertThat(refused(r, ANA, day(8, 15))).contains("ana (SENIOR_KAM): discount 15% above 10%");
    }

    @Test
    void theAbsentManagerWhoPassedHerAuthorityOnHoldsNoneThoseDays() {
        ApprovalRequest r = request(LUIS, C1, "15", "15");
        assertThat(refused(r, CARMEN, day(8, 5)))
                .isEqualTo("carmen holds no approval authority over C-1 on 2026-08-05 (passed on by delegation)");
        assertThat(approved(r, CARMEN, day(8, 15)).onAuthorityOf()).isEqualTo(CARMEN);
    }

    @Test
    void aDelegateUsesTheLowestHeldAuthorityThatCovers() {
        // 8% off at 24%: during the trade fair ana holds her own (senior KAM) and carmen's (head of sales);
        // her own covers it, so the approval is on her own authority
        ApprovalRecord record = approved(request(LUIS, C1, "8", "24"), ANA, day(8, 5));
        assertThat(record.onAuthorityOf()).isEqualTo(ANA);
        assertThat(record.role()).isEqualTo(Role.SENIOR_KAM);
        assertThat(record.delegated()).isFalse();
    }

    @Test
    void aDelegationWithoutApprovalAuthorityPassesNone() {
        // 6% off at 23% for C-3: the sales manager's 7% / 22%; pablo -> luis from 1 to 7 September, no authority
        ApprovalRequest r = request(EVA, C3, "6", "23");
        assertThat(POLICY.requiredRole(r)).contains(Role.SALES_MANAGER);
        assertThat(refused(r, LUIS, day(9, 2)))
                .isEqualTo("no authority luis holds on 2026-09-02 covers request APR-7: luis (JUNIOR_KAM): discount 6%"
                        + " above 5%; margin 23% below 25%");
        // pablo, away, kept his authority
        ApprovalRecord byPablo = approved(r, PABLO, day(9, 2));
        assertThat(byPablo.onAuthorityOf()).isEqualTo(PABLO);
        assertThat(byPablo.role()).isEqualTo(Role.SALES_MANAGER);
    }

    @Test
    void aDelegationLimitedToSomeAccountsPassesAuthorityOnlyOverThem() {
        // 9% off at 25%: a senior KAM's 10%; ana -> pablo on 1 and 2 October for C-2 only
        ApprovalRequest forC2 = request(EVA, C2, "9", "25");
        ApprovalRequest forC1 = request(EVA, C1, "9", "25");
        assertThat(POLICY.requiredRole(forC2)).contains(Role.SENIOR_KAM);

        ApprovalRecord record = approved(forC2, PABLO, day(10, 1));
        assertThat(record.onAuthorityOf()).isEqualTo(ANA);
        assertThat(record.role()).isEqualTo(Role.SENIOR_KAM);
        assertThat(record.delegated()).isTrue();
        assertThat(approved(forC2, PABLO, day(10, 2)).onAuthorityOf()).isEqualTo(ANA);
        assertThat(refused(forC2, PABLO, day(10, 3))).contains("pablo (SALES_MANAGER): discount 9% above 7%");
        // over C-1 pablo holds only his own 7%
        assertThat(refused(forC1, PABLO, day(10, 1))).contains("pablo (SALES_MANAGER): discount 9% above 7%");
        // ana passed hers on over C-2 only
        assertThat(refused(forC2, ANA, day(10, 1)))
                .isEqualTo("ana holds no approval authority over C-2 on 2026-10-01 (passed on by delegation)");
        assertThat(approved(forC1, ANA, day(10, 1)).onAuthorityOf()).isEqualTo(ANA);
    }

    @Test
    void nobodyApprovesTheirOwnRequestBeyondTheirOwnRoleEvenHoldingAHigherAuthority() {
        // ana asks 15% off at 15% on 5 August, while she holds carmen's authority (which would cover it)
        ApprovalRequest own = request(ANA, C2, "15", "15");
        assertThat(POLICY.needsApproval(own)).isTrue();
        assertThat(refused(own, ANA, day(8, 5)))
                .isEqualTo("no authority ana holds on 2026-08-05 covers request APR-7: ana (SENIOR_KAM): discount 15%"
                        + " above 10%; margin 15% below 20% (one's own request is approved only on one's own"
                        + " authority)");
        // the commercial director may approve it
        ApprovalRecord byDora = approved(own, DORA, day(8, 5));
        assertThat(byDora.role()).isEqualTo(Role.COMMERCIAL_DIRECTOR);
        assertThat(byDora.onAuthorityOf()).isEqualTo(DORA);
        // within her own role, her own request is approved on her own authority
        assertThat(approved(request(ANA, C2, "8", "24"), ANA, day(8, 5)).role()).isEqualTo(Role.SENIOR_KAM);
    }

    @Test
    void anAbsentManagerCannotApproveHerOwnRequestWithTheAuthorityShePassedOn() {
        assertThat(refused(request(CARMEN, C1, "1", "30"), CARMEN, day(8, 5)))
                .isEqualTo("carmen holds no approval authority over C-1 on 2026-08-05 of their own (passed on by"
                        + " delegation)");
    }

    @Test
    void aRequestBeyondEveryRoleIsRefusedToEveryone() {
        // 40% off: above the commercial director's 35%
        ApprovalRequest r = request(LUIS, C1, "40", "30");
        assertThat(POLICY.requiredRole(r)).isEmpty();
        assertThat(refused(r, DORA, day(6, 1))).contains("dora (COMMERCIAL_DIRECTOR): discount 40% above 35%");
    }

    @Test
    void aRoleTheMatrixDoesNotNameMayApproveNothing() {
        AuthorityMatrix withoutDirector = AuthorityMatrix.builder()
                .then(Role.JUNIOR_KAM, Authority.of(Rate.percent(5), Rate.percent(25), Money.of(50_000, EUR)))
                .then(Role.HEAD_OF_SALES, Authority.of(Rate.percent(20), Rate.percent(10), Money.of(1_000_000, EUR)))
                .build();
        ApprovalPolicy p = ApprovalPolicy.of(withoutDirector, CreditGens.team());
        ApprovalDecision d = p.approve(request(LUIS, C1, "1", "30"), DORA, day(6, 1));
        assertThat(d.isApproved()).isFalse();
        assertThat(d.refusal().orElseThrow())
                .contains("dora (COMMERCIAL_DIRECTOR): role COMMERCIAL_DIRECTOR may approve" + " nothing");
        assertThat(p.matrix()).isEqualTo(withoutDirector);
        assertThat(p.team()).isEqualTo(CreditGens.team());
    }

    @Test
    void theExplanationStartsWithTheRequestAndTheRoleItNeeds() {
        ApprovalDecision d = POLICY.approve(request(LUIS, C1, "15", "15"), ANA, day(8, 5));
        assertThat(d.explanation().steps().get(0).text())
                .isEqualTo("request APR-7 by luis for account C-1: discount 15%, margin 15%, order value EUR 10000.00;"
                        + " the lowest role that may approve it: HEAD_OF_SALES");
        assertThat(d.explanation()).isEqualTo(d.record().orElseThrow().explanation());
        assertThat(d.toString())
                .startsWith("approved: ApprovalRecord[request=APR-7, approver=ana, onAuthorityOf=carmen");
    }
}
