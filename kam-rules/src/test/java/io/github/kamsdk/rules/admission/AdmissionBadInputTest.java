package io.github.kamsdk.rules.admission;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static io.github.kamsdk.rules.admission.OrderAdmissionTest.ADMISSION;
import static io.github.kamsdk.rules.admission.OrderAdmissionTest.APPROVALS;
import static io.github.kamsdk.rules.admission.OrderAdmissionTest.CREDIT;
import static io.github.kamsdk.rules.admission.OrderAdmissionTest.booking;
import static io.github.kamsdk.rules.admission.OrderAdmissionTest.price;
import static io.github.kamsdk.rules.admission.OrderAdmissionTest.pumps;
import static io.github.kamsdk.rules.testing.CreditGens.C2;
import static io.github.kamsdk.rules.testing.CreditGens.USD;
import static io.github.kamsdk.rules.testing.CreditGens.verified;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.rules.approval.ApprovalPolicy;
import io.github.kamsdk.rules.approval.AuthorityMatrix;
import io.github.kamsdk.rules.credit.CreditLimit;
import io.github.kamsdk.rules.credit.CreditPolicy;
import io.github.kamsdk.rules.credit.CreditProfile;
import io.github.kamsdk.rules.testing.CreditGens;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to {@link OrderAdmission}: an {@link IllegalArgumentException} naming the field
 * and the value.
 */
class AdmissionBadInputTest {
    @Test
    void aRequesterWhoIsNotInTheTeam() {
        assertRejected(
                () -> ADMISSION.check(booking(price(null, pumps(10)))
                        .requester(ManagerId.of("zoe"))
                        .build()),
                "requester zoe is not in the team");
    }

    @Test
    void aProfileOfAnotherAccountThanTheQuote() {
        assertRejected(
                () -> ADMISSION.check(booking(price(null, pumps(10)))
                        .profile(verified(C2, "1000.00"))
                        .build()),
                "the profile is of account C-2, the request of C-1");
    }

    @Test
    void authoritiesInAnotherCurrencyThanTheQuote() {
        OrderAdmission dollars = OrderAdmission.builder(
                        ApprovalPolicy.of(AuthorityMatrix.defaults(USD), CreditGens.team()), CREDIT)
                .build();
        assertRejected(
                () -> dollars.check(booking(price(null, pumps(10))).build()),
                "the request's order value EUR 1000.00 is not in the authority's currency USD");
    }

    @Test
    void aCreditLimitInAnotherCurrencyThanTheQuote() {
        OrderAdmission dollars = OrderAdmission.builder(
                        APPROVALS,
                        CreditPolicy.builder(CreditLimit.of(Money.of("1.00", "USD")))
                                .build())
                .build();
        assertRejected(
                () -> dollars.check(booking(price(null, pumps(10)))
                        .profile(CreditProfile.builder().account(CreditGens.C1).build())
                        .build()),
                "the company default is in USD; the order is in EUR");
    }

    @Test
    void aMarginFloorAboveOneThousandPercent() {
        assertRejected(
                () -> OrderAdmission.builder(APPROVALS, CREDIT).marginFloor(Rate.percent(1001)),
                "floor must be between 0% and 1000%: 1001%");
    }

    @Test
    void aNegativeMarginFloor() {
        assertRejected(
                () -> OrderAdmission.builder(APPROVALS, CREDIT).marginFloor(Rate.signedPercent("-1")),
                "floor must be between 0% and 1000%: -1%");
    }

    @Test
    void anOrderWithoutItsRequiredAttributes() {
        assertRejected(
                () -> AdmissionRequest.builder().id(EventId.of("SO-1")).build(),
                "Cannot build AdmissionRequest, some of required attributes are not set",
                "pricing",
                "requester",
                "profile",
                "ledger");
    }

    @Test
    void nullArguments() {
        assertNullRejected(() -> OrderAdmission.builder(null, CREDIT), "approvals");
        assertNullRejected(() -> OrderAdmission.builder(APPROVALS, null), "credit");
        assertNullRejected(() -> OrderAdmission.builder(APPROVALS, CREDIT).marginFloor(null), "floor");
        assertNullRejected(() -> ADMISSION.check(null), "order");
        assertRejected(() -> AdmissionRequest.builder().id(null), "id");
        assertRejected(() -> AdmissionRequest.builder().pricing(null), "pricing");
        assertRejected(() -> AdmissionRequest.builder().requester(null), "requester");
        assertRejected(() -> AdmissionRequest.builder().profile(null), "profile");
        assertRejected(() -> AdmissionRequest.builder().ledger(null), "ledger");
        assertRejected(() -> AdmissionRequest.builder().deliveredUnbilled((Money) null), "deliveredUnbilled");
    }
}
