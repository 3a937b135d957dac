package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.rules.testing.CreditGens.ANA;
import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.C2;
import static io.github.kamsdk.rules.testing.CreditGens.CARMEN;
import static io.github.kamsdk.rules.testing.CreditGens.DORA;
import static io.github.kamsdk.rules.testing.CreditGens.LUIS;
import static io.github.kamsdk.rules.testing.CreditGens.PABLO;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static io.github.kamsdk.rules.testing.CreditGens.order;
import static io.github.kamsdk.rules.testing.CreditGens.request;
import static io.github.kamsdk.rules.testing.CreditGens.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.rules.testing.CreditGens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Releasing a credit hold on authority held that day (R-DISC-2, R-ROLE-3), over the named team of
 * {@link CreditGens#team()}: dora COMMERCIAL_DIRECTOR, carmen HEAD_OF_SALES, ana SENIOR_KAM, pablo
 * SALES_MANAGER, luis and eva JUNIOR_KAM; carmen -> ana from 3 to 14 August (with authority), pablo
 * -> luis from 1 to 7 September (without), ana -> pablo on 1 and 2 October for C-2 only.
 */
class HoldReleaseTest {
    /** Default release role (head of sales), no scoring. */
    private static CreditPolicy.Builder policy() {
        return CreditPolicy.builder(CreditLimit.of(eur("0.00")))
                .scoring(CreditScoring.none())
                .team(CreditGens.team());
    }

    /** A held order of the account: its limit of 10,000.00 is used up by SO-1, so 500.00 more has no room. */
    private static CreditDecision held(CreditPolicy policy, AccountId account) {
        CreditDecision d = policy.decide(
                request(account, day(8, 5), "500.00"),
                verified(account, "10000.00"),
                Ledger.of(List.of(order("SO-1", account, day(7, 1), "10000.00"))));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.HOLD);
        return d;
    }

    private static HoldRelease released(CreditPolicy policy, CreditDecision d, ManagerId releaser, LocalDate date) {
        HoldRelease r = policy.release(d, releaser, date);
        assertThat(r.released()).as("%s on %s: %s", releaser, date, r.reason()).isTrue();
        return r;
    }

    private static HoldRelease refused(CreditPolicy policy, CreditDecision d, ManagerId releaser, LocalDate date) {
        HoldRelease r = policy.release(d, releaser, date);
        assertThat(r.released()).as("%s on %s: %s", releaser, date, r.reason()).isFalse();
        assertThat(r.onAuthorityOf()).isEmpty();
        assertThat(r.role()).isEmpty();
        return r;
    }

    @Test
    void aDelegateReleasesAHoldDuringTheDelegationAndIsRefusedAfterIt() {
        CreditPolicy p = policy().build();
        CreditDecision d = held(p, C1);
        assertThat(d.releaseRole()).contains(Role.HEAD_OF_SALES);

        for (LocalDate date : List.of(day(8, 3), day(8, 14))) { // the first and the last day of [3, 15 August)
            HoldRelease r = released(p, d, ANA, date);
            assertThat(r.decision()).isSameAs(d);
            assertThat(r.releaser()).isEqualTo(ANA);
            assertThat(r.date()).isEqualTo(date);
            assertThat(r.onAuthorityOf()).contains(CARMEN);
            assertThat(r.role()).contains(Role.HEAD_OF_SALES);
            assertThat(r.reason()).isEqualTo("released by ana on the authority of carmen (HEAD_OF_SALES) on " + date);
            // ana's own authority (below), then carmen's (enough)
            assertThat(r.explanation().steps())
                    .extracting(Step::code)
                    .containsExactly("credit.release.authority", "credit.release.authority", "credit.release.done");
        }
        HoldRelease after = refused(p, d, ANA, day(8, 15));
        assertThat(after.reason()).isEqualTo("ana holds no authority at or above HEAD_OF_SALES over C-1 on 2026-08-15");
        refused(p, d, ANA, day(8, 2));
    }

    @Test
    void theHeadOfSalesReleasesOnHerOwnAuthorityExceptWhileSheHasPassedItOn() {
        CreditPolicy p = policy().build();
        CreditDecision d = held(p, C1);
        HoldRelease own = released(p, d, CARMEN, day(8, 20));
        assertThat(own.onAuthorityOf()).contains(CARMEN);
        assertThat(own.role()).contains(Role.HEAD_OF_SALES);
        assertThat(refused(p, d, CARMEN, day(8, 5)).reason())
                .isEqualTo("carmen holds no authority at or above HEAD_OF_SALES over C-1 on 2026-08-05");
    }

    @Test
    void aHigherRoleReleasesAndALowerOneDoesNot() {
        CreditPolicy p = policy().build();
        CreditDecision d = held(p, C1);
        assertThat(released(p, d, DORA, day(8, 5)).role()).contains(Role.COMMERCIAL_DIRECTOR);
        refused(p, d, PABLO, day(8, 5));
        refused(p, d, LUIS, day(8, 5));
    }

    @Test
    void theReleaseIsOnTheLowestHeldAuthorityAtOrAboveTheReleaseRole() {
        // released by a senior KAM or above: during the trade fair ana holds her own (SENIOR_KAM) and carmen's;
        // her own is enough
        CreditPolicy p = policy().releaseRole(Role.SENIOR_KAM).build();
        CreditDecision d = held(p, C1);
        assertThat(d.releaseRole()).contains(Role.SENIOR_KAM);
        HoldRelease r = released(p, d, ANA, day(8, 5));
        assertThat(r.onAuthorityOf()).contains(ANA);
        assertThat(r.role()).contains(Role.SENIOR_KAM);
        // in the default escalation the sales manager is below the senior KAM
        refused(p, d, PABLO, day(8, 5));
    }

    @Test
    void theEscalationOrderIsThePolicysToSet() {
        // an order where the sales manager is above the senior KAM; released by a sales manager or above
        CreditPolicy p = policy().escalation(List.of(
                        Role.JUNIOR_KAM,
                        Role.SENIOR_KAM,
                        Role.SALES_MANAGER,
                        Role.HEAD_OF_SALES,
                        Role.COMMERCIAL_DIRECTOR))
                .releaseRole(Role.SALES_MANAGER)
                .build();
        CreditDecision d = held(p, C1);
        assertThat(released(p, d, PABLO, day(6, 1)).role()).contains(Role.SALES_MANAGER);
        refused(p, d, ANA, day(6, 1));
    }

    @Test
    void aDelegationWithoutApprovalAuthorityPassesNoPowerToRelease() {
        // pablo -> luis from 1 to 7 September without authority; released by a sales manager or above
        CreditPolicy p = policy().releaseRole(Role.SALES_MANAGER).build();
        CreditDecision d = held(p, C1);
        refused(p, d, LUIS, day(9, 2));
        assertThat(released(p, d, PABLO, day(9, 2)).onAuthorityOf()).contains(PABLO);
    }

    @Test
    void aDelegationLimitedToSomeAccountsPassesThePowerOnlyOverThem() {
        // ana -> pablo on 1 and 2 October for C-2; released by a senior KAM or above
        CreditPolicy p = policy().releaseRole(Role.SENIOR_KAM).build();
        HoldRelease forC2 = released(p, held(p, C2), PABLO, day(10, 1));
        assertThat(forC2.onAuthorityOf()).contains(ANA);
        assertThat(forC2.role()).contains(Role.SENIOR_KAM);
        refused(p, held(p, C1), PABLO, day(10, 1));
        refused(p, held(p, C2), ANA, day(10, 1));
        released(p, held(p, C1), ANA, day(10, 1));
    }

    @Test
    void theRestAboveAnApproveUpToIsReleasedTheSameWay() {
        CreditPolicy p = policy().build();
        // limit 10,200: room 200 for an order of 500
        CreditDecision upTo = p.decide(
                request(C1, day(8, 5), "500.00"),
                verified(C1, "10200.00"),
                Ledger.of(List.of(order("SO-1", C1, day(7, 1), "10000.00"))));
        assertThat(upTo.outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
        assertThat(upTo.maxOrder()).contains(eur("200.00"));
        assertThat(upTo.releaseRole()).contains(Role.HEAD_OF_SALES);
        assertThat(released(p, upTo, ANA, day(8, 10)).onAuthorityOf()).contains(CARMEN);
        refused(p, upTo, ANA, day(8, 20));
    }
}
