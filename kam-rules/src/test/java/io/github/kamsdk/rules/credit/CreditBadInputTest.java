package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.C2;
import static io.github.kamsdk.rules.testing.CreditGens.CARMEN;
import static io.github.kamsdk.rules.testing.CreditGens.EUR;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static io.github.kamsdk.rules.testing.CreditGens.invoiceBuilder;
import static io.github.kamsdk.rules.testing.CreditGens.order;
import static io.github.kamsdk.rules.testing.CreditGens.request;
import static io.github.kamsdk.rules.testing.CreditGens.verified;

import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Payment;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.rules.pricing.AccountGroupId;
import io.github.kamsdk.rules.testing.CreditGens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every bad input to the credit package: an {@link IllegalArgumentException} naming the field and
 * the value, never a NullPointerException, ArithmeticException or ClassCastException.
 */
class CreditBadInputTest {
    private static final LocalDate MAY_4 = day(5, 4);
    private static final ManagerId ZOE = ManagerId.of("zoe");
    private static final AccountGroupId RETAIL = AccountGroupId.of("G-RETAIL");
    private static final Credits LUIS = Credits.solely(CreditGens.LUIS);

    private static CreditPolicy.Builder policy() {
        return CreditPolicy.builder(CreditLimit.of(eur("20000.00")));
    }

    private static CreditDecision decide(CreditPolicy policy, CreditProfile profile, Ledger ledger) {
        return policy.decide(request(C1, MAY_4, "100.00"), profile, ledger);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static CreditRule rule(String id, RuleVerdict verdict) {
        return new CreditRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public RuleVerdict evaluate(CreditContext context) {
                return verdict;
            }
        };
    }

    // Limits, tolerance, hold days

    @Test
    void aNegativeLimit() {
        assertRejected(() -> CreditLimit.of(eur("-1.00")), "a credit limit must not be negative: EUR -1.00");
    }

    @Test
    void aNegativeTolerance() {
        assertRejected(() -> policy().tolerance(eur("-0.01")), "tolerance must not be negative: EUR -0.01");
    }

    @Test
    void negativeHoldDays() {
        assertRejected(() -> policy().holdAfterDays(-1), "holdAfterDays must not be negative: -1");
    }

    @Test
    void twoLimitsForOneGroup() {
        assertRejected(
                () -> policy().groupLimit(RETAIL, CreditLimit.of(eur("1.00")))
                        .groupLimit(RETAIL, CreditLimit.unlimited()),
                "account group G-RETAIL has a limit already");
    }

    // Requests and profiles

    @Test
    void aNegativeOrderAmount() {
        assertRejected(() -> request(C1, MAY_4, "-1.00"), "orderAmount must not be negative: EUR -1.00");
    }

    @Test
    void negativeDeliveredUnbilledGoods() {
        assertRejected(
                () -> CreditRequest.builder()
                        .account(C1)
                        .date(MAY_4)
                        .orderAmount(eur("1.00"))
                        .deliveredUnbilled(eur("-5.00"))
                        .build(),
                "deliveredUnbilled must be zero or more in EUR: EUR -5.00");
    }

    @Test
    void deliveredUnbilledGoodsInAnotherCurrencyThanTheOrder() {
        assertRejected(
                () -> CreditRequest.builder()
                        .account(C1)
                        .date(MAY_4)
                        .orderAmount(eur("1.00"))
                        .deliveredUnbilled(usd("5.00"))
                        .build(),
                "deliveredUnbilled must be zero or more in EUR: USD 5.00");
    }

    @Test
    void aRequestWithoutItsRequiredAttributes() {
        assertRejected(
                () -> CreditRequest.builder().account(C1).build(),
                "Cannot build CreditRequest, some of required attributes are not set",
                "date",
                "orderAmount");
    }

    @Test
    void nullAttributesOfARequest() {
        assertRejected(() -> CreditRequest.builder().account(null), "account");
        assertRejected(() -> CreditRequest.builder().date(null), "date");
        assertRejected(() -> CreditRequest.builder().orderAmount(null), "orderAmount");
        assertRejected(() -> CreditRequest.builder().deliveredUnbilled(null), "deliveredUnbilled");
        assertRejected(() -> CreditRequest.builder().order((EventId) null), "order");
    }

    @Test
    void negativeWriteOffs() {
        assertRejected(
                () -> CreditProfile.builder()
                        .account(C1)
                        .writeOffs(eur("-1.00"))
                        .build(),
                "writeOffs must not be negative: EUR -1.00 (account C-1)");
    }

    @Test
    void aProfileWithoutItsAccount() {
        assertRejected(
                () -> CreditProfile.builder().build(),
                "Cannot build CreditProfile, some of required attributes are not set",
                "account");
    }

    @Test
    void nullAttributesOfAProfile() {
        assertRejected(() -> CreditProfile.builder().account(null), "account");
        assertRejected(() -> CreditProfile.builder().limit((CreditLimit) null), "limit");
        assertRejected(() -> CreditProfile.builder().accountGroup((AccountGroupId) null), "accountGroup");
        assertRejected(() -> CreditProfile.builder().verification(null), "verification");
    }

    // Decisions

    @Test
    void aProfileOfAnotherAccount() {
        assertRejected(
                () -> decide(policy().build(), verified(C2, "100.00"), Ledger.empty()),
                "the profile is of account C-2, the request of C-1");
    }

    @Test
    void anAccountLimitInAnotherCurrencyThanTheOrder() {
        CreditProfile usdLimit = CreditProfile.builder()
                .account(C1)
                .limit(CreditLimit.of(usd("50000.00")))
                .build();
        assertRejected(
                () -> decide(policy().build(), usdLimit, Ledger.empty()),
                "the limit of account C-1 is in USD; the order is in EUR");
    }

    @Test
    void aGroupLimitInAnotherCurrencyThanTheOrder() {
        CreditProfile inRetail =
                CreditProfile.builder().account(C1).accountGroup(RETAIL).build();
        assertRejected(
                () -> decide(
                        policy().groupLimit(RETAIL, CreditLimit.of(usd("1.00"))).build(), inRetail, Ledger.empty()),
                "the limit of account group G-RETAIL is in USD; the order is in EUR");
    }

    @Test
    void aCompanyDefaultInAnotherCurrencyThanTheOrder() {
        assertRejected(
                () -> decide(
                        CreditPolicy.builder(CreditLimit.of(usd("1.00"))).build(),
                        CreditProfile.builder().account(C1).build(),
                        Ledger.empty()),
                "the company default is in USD; the order is in EUR");
    }

    @Test
    void aToleranceInAnotherCurrencyThanTheOrder() {
        assertRejected(
                () -> decide(policy().tolerance(usd("500.00")).build(), verified(C1, "1.00"), Ledger.empty()),
                "the tolerance USD 500.00 is not in the order's currency EUR");
    }

    @Test
    void openReceivablesInAnotherCurrencyThanTheOrder() {
        Ledger ledger = Ledger.of(List.of(
                invoiceBuilder("INV-U", C1, day(4, 1), 30, usd("100.00")).build()));
        assertRejected(
                () -> decide(policy().build(), verified(C1, "1000.00"), ledger),
                "account C-1 has receivables in USD; the order is in EUR");
    }

    @Test
    void anOrderInAnotherCurrencyThanTheNewOrder() {
        Ledger ledger = Ledger.of(List.of(order("SO-U", C1, day(4, 1), usd("100.00"))));
        assertRejected(
                () -> decide(policy().build(), verified(C1, "1000.00"), ledger),
                "order SO-U of account C-1 is in USD; the new order is in EUR");
    }

    @Test
    void advancesInAnotherCurrencyThanTheOrder() {
        Ledger ledger = Ledger.of(List.of(Payment.builder()
                .id(EventId.of("ADV-U"))
                .account(C1)
                .credits(LUIS)
                .date(day(4, 1))
                .amount(usd("100.00"))
                .build()));
        assertRejected(
                () -> decide(policy().build(), verified(C1, "1000.00"), ledger),
                "payment ADV-U of account C-1 is in USD; the new order is in EUR");
    }

    @Test
    void aSettledInvoiceInAnotherCurrencyThanTheOrder() {
        Ledger ledger = Ledger.of(List.of(
                invoiceBuilder("INV-U", C1, day(3, 1), 30, usd("100.00")).build(),
                Payment.builder()
                        .id(EventId.of("PAY-U"))
                        .account(C1)
                        .credits(LUIS)
                        .date(day(3, 20))
                        .amount(usd("100.00"))
                        .apply(EventId.of("INV-U"), usd("100.00"))
                        .build()));
        assertRejected(() -> decide(policy().build(), verified(C1, "1000.00"), ledger), "USD", "EUR");
    }

    @Test
    void aHostRuleWithoutAVerdict() {
        assertRejected(
                () -> decide(
                        policy().rules(List.of(rule("host.silent", null))).build(),
                        verified(C1, "1.00"),
                        Ledger.empty()),
                "verdict of rule host.silent must not be null");
    }

    @Test
    void aHostRuleCappingInAnotherCurrency() {
        assertRejected(
                () -> decide(
                        policy().rules(List.of(rule("host.usd", RuleVerdict.cap(usd("5.00"), "in dollars"))))
                                .build(),
                        verified(C1, "1.00"),
                        Ledger.empty()),
                "rule host.usd capped the order in another currency: USD 5.00");
    }

    @Test
    void noRules() {
        assertRejected(() -> policy().rules(List.of()), "a credit policy needs at least one rule");
    }

    @Test
    void aNullRule() {
        assertRejected(() -> policy().rules(Arrays.asList(CreditRules.limit(), null)), "rules[1] must not be null");
    }

    @Test
    void anEscalationWithARoleTwice() {
        assertRejected(
                () -> policy().escalation(List.of(Role.JUNIOR_KAM, Role.JUNIOR_KAM)),
                "escalation must list distinct roles: [JUNIOR_KAM, JUNIOR_KAM]");
    }

    @Test
    void anEmptyEscalation() {
        assertRejected(() -> policy().escalation(new ArrayList<>()), "escalation must list distinct roles: []");
    }

    @Test
    void aReleaseRoleOutsideTheEscalation() {
        assertRejected(
                () -> policy().escalation(List.of(Role.JUNIOR_KAM, Role.HEAD_OF_SALES))
                        .releaseRole(Role.COMMERCIAL_DIRECTOR)
                        .build(),
                "releaseRole COMMERCIAL_DIRECTOR is not in the escalation order [JUNIOR_KAM, HEAD_OF_SALES]");
    }

    // Releases

    private static CreditDecision held(CreditPolicy p) {
        return p.decide(request(C1, MAY_4, "100.00"), verified(C1, "0.00"), Ledger.empty());
    }

    @Test
    void aReleaseWithoutATeam() {
        CreditPolicy p = policy().build();
        assertRejected(
                () -> p.release(held(p), CARMEN, MAY_4), "the credit policy has no team: give it one to release holds");
    }

    @Test
    void aReleaserWhoIsNotInTheTeam() {
        CreditPolicy p = policy().team(CreditGens.team()).build();
        assertRejected(() -> p.release(held(p), ZOE, MAY_4), "releaser zoe is not in the team");
    }

    @Test
    void theReleaseOfAnApprovedDecision() {
        CreditPolicy p = policy().team(CreditGens.team()).build();
        CreditDecision approved = p.decide(request(C1, MAY_4, "100.00"), verified(C1, "1000.00"), Ledger.empty());
        assertRejected(() -> p.release(approved, CARMEN, MAY_4), "decision is APPROVE: there is nothing to release");
    }

    @Test
    void theReleaseOfARejectedDecision() {
        CreditPolicy p = policy().team(CreditGens.team()).build();
        CreditDecision rejected = p.decide(
                request(C1, MAY_4, "100.00"),
                CreditProfile.builder().account(C1).build(),
                Ledger.empty());
        assertRejected(() -> p.release(rejected, CARMEN, MAY_4), "decision is REJECT: there is nothing to release");
    }

    // Overdue weights

    @Test
    void aBandStartingBeforeTheFirstDayPastDue() {
        assertRejected(() -> OverdueWeights.builder().from(0, Rate.percent(25)), "daysPastDue must be at least 1: 0");
    }

    @Test
    void bandsThatDoNotRise() {
        assertRejected(
                () -> OverdueWeights.builder().from(30, Rate.percent(25)).from(30, Rate.percent(50)),
                "bands must rise: 30 days after 30");
        assertRejected(
                () -> OverdueWeights.builder().from(30, Rate.percent(25)).from(20, Rate.percent(50)),
                "bands must rise: 20 days after 30");
    }

    @Test
    void weightsThatFallWithAge() {
        assertRejected(
                () -> OverdueWeights.builder().from(31, Rate.percent(50)).from(61, Rate.percent(40)),
                "weights must not fall with age: 40% from 61 days after 50%");
    }

    @Test
    void aWeightAboveOneThousandPercent() {
        assertRejected(
                () -> OverdueWeights.builder().from(1, Rate.percent(1001)),
                "weight must be between 0% and 1000%: 1001%");
    }

    @Test
    void aNegativeWeight() {
        assertRejected(
                () -> OverdueWeights.builder().from(1, Rate.signedPercent("-1")),
                "weight must be between 0% and 1000%: -1%");
    }

    @Test
    void weightsWithoutABand() {
        assertRejected(() -> OverdueWeights.builder().build(), "overdue weights need at least one band");
    }

    // Scoring

    private static CreditScoring scoring(
            String onTime, String average, String worst, String relationship, String writeOffs) {
        return CreditScoring.of(
                new BigDecimal(onTime),
                new BigDecimal(average),
                new BigDecimal(worst),
                new BigDecimal(relationship),
                new BigDecimal(writeOffs),
                Rate.percent(50));
    }

    @Test
    void aNegativeScoringWeight() {
        assertRejected(() -> scoring("-1", "2", "2", "1", "1"), "onTime must not be negative: -1");
        assertRejected(() -> scoring("4", "-0.5", "2", "1", "1"), "averageLate must not be negative: -0.5");
        assertRejected(() -> scoring("4", "2", "-2", "1", "1"), "worstLate must not be negative: -2");
        assertRejected(() -> scoring("4", "2", "2", "-1", "1"), "relationship must not be negative: -1");
        assertRejected(() -> scoring("4", "2", "2", "1", "-1"), "writeOffs must not be negative: -1");
    }

    @Test
    void scoringWeightsAllZero() {
        assertRejected(() -> scoring("0", "0", "0", "0", "0.0"), "at least one scoring weight must be above zero");
    }

    @Test
    void aScoringWeightOutOfRange() {
        assertRejected(() -> scoring("4", "2", "1E+100", "1", "1"), "worstLate is out of range", "1E+100");
    }

    @Test
    void aScoringFloorOutOfRange() {
        assertRejected(
                () -> CreditScoring.of(
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        Rate.percent(101)),
                "floor must be between 0% and 100%: 101%");
    }

    // Null arguments

    @Test
    void nullArgumentsOfThePolicy() {
        assertNullRejected(() -> CreditPolicy.builder(null), "companyDefault");
        assertNullRejected(() -> policy().groupLimit(null, CreditLimit.unlimited()), "group");
        assertNullRejected(() -> policy().groupLimit(RETAIL, null), "limit");
        assertNullRejected(() -> policy().accountGroups(null), "groups");
        assertNullRejected(() -> policy().rules(null), "rules");
        assertNullRejected(() -> policy().overdueWeights(null), "weights");
        assertNullRejected(() -> policy().tolerance(null), "tolerance");
        assertNullRejected(() -> policy().scoring(null), "scoring");
        assertNullRejected(() -> policy().releaseRole(null), "role");
        assertNullRejected(() -> policy().escalation(null), "roles");
        assertNullRejected(() -> policy().team(null), "team");
        assertNullRejected(() -> policy().build().limitOf(null), "profile");
    }

    @Test
    void nullArgumentsOfADecision() {
        CreditPolicy p = policy().build();
        assertNullRejected(() -> p.decide(null, verified(C1, "1.00"), Ledger.empty()), "request");
        assertNullRejected(() -> p.decide(request(C1, MAY_4, "1.00"), null, Ledger.empty()), "profile");
        assertNullRejected(() -> p.decide(request(C1, MAY_4, "1.00"), verified(C1, "1.00"), null), "ledger");
    }

    @Test
    void nullArgumentsOfARelease() {
        CreditPolicy p = policy().team(CreditGens.team()).build();
        CreditDecision d = held(p);
        assertNullRejected(() -> p.release(null, CARMEN, MAY_4), "decision");
        assertNullRejected(() -> p.release(d, null, MAY_4), "releaser");
        assertNullRejected(() -> p.release(d, CARMEN, null), "date");
        assertNullRejected(
                () -> new HoldRelease(d, CARMEN, MAY_4, true, null, Optional.empty(), "why", Explanation.of(List.of())),
                "onAuthorityOf");
        assertNullRejected(
                () -> new HoldRelease(
                        d, CARMEN, MAY_4, true, Optional.empty(), Optional.empty(), null, Explanation.of(List.of())),
                "reason");
    }

    @Test
    void nullArgumentsOfTheParts() {
        assertNullRejected(() -> CreditLimit.of(null), "amount");
        assertNullRejected(() -> Exposure.of(null, request(C1, MAY_4, "1.00")), "ledger");
        assertNullRejected(() -> Exposure.of(Ledger.empty(), null), "request");
        assertNullRejected(() -> CreditHistory.of(null, C1, MAY_4, Optional.empty()), "ledger");
        assertNullRejected(() -> CreditHistory.of(Ledger.empty(), null, MAY_4, Optional.empty()), "account");
        assertNullRejected(() -> CreditHistory.of(Ledger.empty(), C1, null, Optional.empty()), "asOf");
        assertNullRejected(() -> CreditHistory.of(Ledger.empty(), C1, MAY_4, null), "writeOffs");
        assertNullRejected(() -> OverdueWeights.builder().from(1, null), "weight");
        assertNullRejected(() -> OverdueWeights.standard().weighted(null, Money.zero(EUR)), "open");
        assertNullRejected(() -> OverdueWeights.standard().weighted(List.of(), null), "zero");
        assertNullRejected(() -> RuleVerdict.pass(null), "reason");
        assertNullRejected(() -> RuleVerdict.cap(null, "why"), "max");
        assertNullRejected(
                () -> CreditScoring.of(null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, Rate.ZERO),
                "onTime");
        assertNullRejected(
                () -> CreditScoring.of(
                        BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, null),
                "floor");
    }
}
