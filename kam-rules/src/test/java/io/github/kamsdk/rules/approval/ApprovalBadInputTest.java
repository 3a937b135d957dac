package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.EUR;
import static io.github.kamsdk.rules.testing.CreditGens.LUIS;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.rules.pricing.PricingResult;
import io.github.kamsdk.rules.pricing.QuoteLine;
import io.github.kamsdk.rules.testing.CreditGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to the approval package: an {@link IllegalArgumentException} naming the field and
 * the value, never a NullPointerException, ArithmeticException or ClassCastException.
 */
class ApprovalBadInputTest {
    private static final ManagerId ZOE = ManagerId.of("zoe");
    private static final Authority JUNIOR = Authority.of(Rate.percent(5), Rate.percent(25), Money.of(50_000, EUR));
    private static final ApprovalPolicy POLICY = ApprovalPolicy.of(AuthorityMatrix.defaults(EUR), CreditGens.team());

    private static ApprovalRequest.Builder valid() {
        return ApprovalRequest.builder()
                .id(EventId.of("APR-1"))
                .requester(LUIS)
                .account(C1)
                .date(day(6, 1))
                .discount(Rate.percent(3))
                .orderValue(eur("100.00"));
    }

    // Authority

    @Test
    void aNegativeMaximumOrderValue() {
        assertRejected(
                () -> Authority.of(Rate.percent(5), Rate.percent(25), eur("-1.00")),
                "maxOrderValue must not be negative",
                "EUR -1.00");
    }

    @Test
    void aMaximumDiscountAboveOneHundredPercent() {
        assertRejected(
                () -> Authority.of(Rate.percent(101), Rate.percent(25), eur("1.00")),
                "maxDiscount must be between 0% and 100%: 101%");
    }

    @Test
    void aNegativeMaximumDiscount() {
        assertRejected(
                () -> Authority.unlimitedExceptDiscount(Rate.signedPercent("-1")),
                "maxDiscount must be between 0% and 100%: -1%");
    }

    @Test
    void aMinimumMarginBelowMinusOneHundredPercent() {
        assertRejected(
                () -> Authority.of(Rate.percent(5), Rate.signedPercent("-101"), eur("1.00")),
                "minMargin must be between -100% and 100%: -101%");
    }

    @Test
    void aMinimumMarginAboveOneHundredPercent() {
        assertRejected(
                () -> Authority.of(Rate.percent(5), Rate.percent(101), eur("1.00")),
                "minMargin must be between -100% and 100%: 101%");
    }

    @Test
    void nullLimitsOfAnAuthority() {
        assertNullRejected(() -> Authority.of(null, Rate.percent(25), eur("1.00")), "maxDiscount");
        assertNullRejected(() -> Authority.of(Rate.percent(5), null, eur("1.00")), "minMargin");
        assertNullRejected(() -> Authority.of(Rate.percent(5), Rate.percent(25), null), "maxOrderValue");
        assertNullRejected(() -> Authority.unlimitedExceptDiscount(null), "maxDiscount");
    }

    @Test
    void aNullRequestToAnAuthority() {
        assertNullRejected(() -> JUNIOR.covers(null), "request");
        assertNullRejected(() -> JUNIOR.shortfalls(null), "request");
    }

    @Test
    void aRequestInAnotherCurrencyThanTheAuthority() {
        ApprovalRequest usd = valid().orderValue(Money.of("10.00", "USD")).build();
        assertRejected(
                () -> JUNIOR.covers(usd), "the request's order value USD 10.00 is not in the authority's currency EUR");
        assertRejected(
                () -> AuthorityMatrix.defaults(EUR).lowestCovering(usd),
                "the request's order value USD 10.00 is not in the authority's currency EUR");
        assertRejected(
                () -> POLICY.approve(usd, LUIS, day(6, 1)),
                "the request's order value USD 10.00 is not in the authority's currency EUR");
    }

    // AuthorityMatrix

    @Test
    void aRoleTwiceInTheMatrix() {
        assertRejected(
                () -> AuthorityMatrix.builder().then(Role.JUNIOR_KAM, JUNIOR).then(Role.JUNIOR_KAM, JUNIOR),
                "role JUNIOR_KAM is in the matrix already");
    }

    @Test
    void aHigherRoleWithASmallerMaximumDiscount() {
        assertRejected(
                () -> AuthorityMatrix.builder()
                        .then(Role.JUNIOR_KAM, JUNIOR)
                        .then(Role.SENIOR_KAM, Authority.of(Rate.percent(4), Rate.percent(25), Money.of(50_000, EUR))),
                "the authority of SENIOR_KAM (discount up to 4%, margin from 25%, orders up to EUR 50000.00) must"
                        + " include that of JUNIOR_KAM below it (discount up to 5%, margin from 25%, orders up to EUR"
                        + " 50000.00)");
    }

    @Test
    void aHigherRoleWithAHigherMinimumMargin() {
        assertRejected(
                () -> AuthorityMatrix.builder()
                        .then(Role.JUNIOR_KAM, JUNIOR)
                        .then(Role.SENIOR_KAM, Authority.of(Rate.percent(10), Rate.percent(26), Money.of(50_000, EUR))),
                "the authority of SENIOR_KAM",
                "margin from 26%",
                "must include that of JUNIOR_KAM");
    }

    @Test
    void aHigherRoleWithASmallerMaximumOrderValue() {
        assertRejected(
                () -> AuthorityMatrix.builder()
                        .then(Role.JUNIOR_KAM, JUNIOR)
                        .then(Role.SENIOR_KAM, Authority.of(Rate.percent(10), Rate.percent(20), Money.of(49_999, EUR))),
                "the authority of SENIOR_KAM",
                "orders up to EUR 49999.00",
                "must include that of JUNIOR_KAM");
    }

    @Test
    void aHigherRoleWithLimitsWhereTheOneBelowHasNone() {
        assertRejected(
                () -> AuthorityMatrix.builder()
                        .then(Role.HEAD_OF_SALES, Authority.unlimitedExceptDiscount(Rate.percent(20)))
                        .then(Role.COMMERCIAL_DIRECTOR, Authority.of(Rate.percent(35), Rate.ZERO, Money.of(1, EUR))),
                "the authority of COMMERCIAL_DIRECTOR",
                "must include that of HEAD_OF_SALES below it (discount up to 20%, margin from any, orders up to any"
                        + " value)");
    }

    @Test
    void authoritiesInTwoCurrencies() {
        // documented subclass: CurrencyMismatchException is an IllegalArgumentException naming both currencies
        assertThatThrownBy(() -> AuthorityMatrix.builder()
                        .then(Role.JUNIOR_KAM, JUNIOR)
                        .then(
                                Role.SENIOR_KAM,
                                Authority.of(Rate.percent(10), Rate.percent(20), Money.of("250000", "USD"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("EUR", "USD");
    }

    @Test
    void anEmptyMatrix() {
        assertRejected(() -> AuthorityMatrix.builder().build(), "an authority matrix needs at least one role");
    }

    @Test
    void nullArgumentsToTheMatrix() {
        assertNullRejected(() -> AuthorityMatrix.defaults(null), "currency");
        assertNullRejected(() -> AuthorityMatrix.builder().then(null, JUNIOR), "role");
        assertNullRejected(() -> AuthorityMatrix.builder().then(Role.JUNIOR_KAM, null), "authority");
        assertNullRejected(() -> AuthorityMatrix.defaults(EUR).authority(null), "role");
        assertNullRejected(() -> AuthorityMatrix.defaults(EUR).covers(null, valid().build()), "role");
        assertNullRejected(() -> AuthorityMatrix.defaults(EUR).lowestCovering(null), "request");
    }

    // ApprovalRequest

    @Test
    void aDiscountAboveOneHundredPercent() {
        assertRejected(
                () -> valid().discount(Rate.percent(101)).build(),
                "discount must be at most 100%: 101% (request APR-1)");
    }

    @Test
    void aNegativeOrderValue() {
        assertRejected(
                () -> valid().orderValue(eur("-0.01")).build(),
                "orderValue must not be negative: EUR -0.01 (request APR-1)");
    }

    @Test
    void aRequestWithoutItsRequiredAttributes() {
        assertRejected(
                () -> ApprovalRequest.builder().id(EventId.of("APR-1")).build(),
                "Cannot build ApprovalRequest, some of required attributes are not set",
                "requester",
                "account",
                "date",
                "discount",
                "orderValue");
    }

    @Test
    void nullAttributesOfARequest() {
        assertRejected(() -> valid().id(null), "id");
        assertRejected(() -> valid().requester(null), "requester");
        assertRejected(() -> valid().account(null), "account");
        assertRejected(() -> valid().date(null), "date");
        assertRejected(() -> valid().discount(null), "discount");
        assertRejected(() -> valid().margin((Rate) null), "margin");
        assertRejected(() -> valid().orderValue(null), "orderValue");
    }

    @Test
    void theRequestOfAQuoteWithAnUnpricedLine() {
        // SEAL-1 is in the catalog without a price
        PricingResult pricing = ApprovalRequestTest.price(
                QuoteLine.of(1, ApprovalRequestTest.PUMP, BigDecimal.ONE),
                QuoteLine.of(2, ApprovalRequestTest.SEAL, BigDecimal.ONE));
        assertRejected(
                () -> ApprovalRequest.of(EventId.of("APR-1"), LUIS, pricing),
                "quote Q-1 has unpriced lines: it cannot be approved");
    }

    @Test
    void nullArgumentsOfARequestFromAQuote() {
        PricingResult pricing = ApprovalRequestTest.price(QuoteLine.of(1, ApprovalRequestTest.PUMP, BigDecimal.ONE));
        assertNullRejected(() -> ApprovalRequest.of(EventId.of("APR-1"), LUIS, null), "pricing");
        assertRejected(() -> ApprovalRequest.of(null, LUIS, pricing), "id");
        assertRejected(() -> ApprovalRequest.of(EventId.of("APR-1"), null, pricing), "requester");
    }

    // ApprovalPolicy

    @Test
    void anApproverWhoIsNotInTheTeam() {
        assertRejected(() -> POLICY.approve(valid().build(), ZOE, day(6, 1)), "approver zoe is not in the team");
    }

    @Test
    void aRequesterWhoIsNotInTheTeam() {
        assertRejected(() -> POLICY.needsApproval(valid().requester(ZOE).build()), "requester zoe is not in the team");
    }

    @Test
    void nullArgumentsOfThePolicy() {
        assertNullRejected(() -> ApprovalPolicy.of(null, CreditGens.team()), "matrix");
        assertNullRejected(() -> ApprovalPolicy.of(AuthorityMatrix.defaults(EUR), null), "team");
        assertNullRejected(() -> POLICY.approve(null, LUIS, day(6, 1)), "request");
        assertNullRejected(() -> POLICY.approve(valid().build(), null, day(6, 1)), "approver");
        assertNullRejected(() -> POLICY.approve(valid().build(), LUIS, null), "date");
        assertNullRejected(() -> POLICY.needsApproval(null), "request");
        assertNullRejected(() -> POLICY.requiredRole(null), "request");
    }

    @Test
    void nullFieldsOfARecord() {
        assertNullRejected(
                () -> new ApprovalRecord(null, LUIS, LUIS, Role.JUNIOR_KAM, day(6, 1), Explanation.of(List.of())),
                "request");
        assertNullRejected(
                () -> new ApprovalRecord(
                        EventId.of("APR-1"), LUIS, null, Role.JUNIOR_KAM, day(6, 1), Explanation.of(List.of())),
                "onAuthorityOf");
        assertNullRejected(
                () -> new ApprovalRecord(EventId.of("APR-1"), LUIS, LUIS, Role.JUNIOR_KAM, day(6, 1), null),
                "explanation");
    }
}
