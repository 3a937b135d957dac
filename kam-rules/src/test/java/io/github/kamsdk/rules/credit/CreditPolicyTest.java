package io.github.kamsdk.rules.credit;

import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static io.github.kamsdk.rules.testing.CreditGens.invoice;
import static io.github.kamsdk.rules.testing.CreditGens.invoiceOf;
import static io.github.kamsdk.rules.testing.CreditGens.order;
import static io.github.kamsdk.rules.testing.CreditGens.payment;
import static io.github.kamsdk.rules.testing.CreditGens.request;
import static io.github.kamsdk.rules.testing.CreditGens.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.rules.pricing.AccountGroupId;
import io.github.kamsdk.rules.pricing.Hierarchy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked credit decisions (R-CRED-1, R-CRED-2) from real ledgers, decided on 4 May 2026 for C-1, a
 * verified client with a limit of 50,000.00, with no scoring unless said (the limit applies as set).
 */
class CreditPolicyTest {
    private static final LocalDate MAY_4 = day(5, 4);
    private static final CreditProfile C1_50K = verified(C1, "50000.00");

    /** Company default 20,000.00, no scoring, no tolerance unless given. */
    private static CreditPolicy.Builder policy() {
        return CreditPolicy.builder(CreditLimit.of(eur("20000.00"))).scoring(CreditScoring.none());
    }

    private static CreditDecision decide(CreditPolicy policy, String amount, CommercialEvent... events) {
        return policy.decide(request(C1, MAY_4, amount), C1_50K, Ledger.of(List.of(events)));
    }

    private static CreditDecision decide(String amount, CommercialEvent... events) {
        return decide(policy().build(), amount, events);
    }

    /** SO-1 10,000.00 on 10 January, invoiced that day on net 30, paid in full on 5 February. */
    private static List<CommercialEvent> paidUp() {
        return List.of(
                order("SO-1", C1, day(1, 10), "10000.00"),
                invoiceOf("INV-1", "SO-1", C1, day(1, 10), 30, "10000.00"),
                payment("PAY-1", C1, day(2, 5), "10000.00", "INV-1"));
    }

    // A clean client

    @Test
    void aCleanClientsOrderWithinTheLimitIsApproved() {
        CreditDecision d = decide("20000.00", paidUp().toArray(CommercialEvent[]::new));
        // exposure before the order: nothing open, SO-1 fully billed, no advance = 0; room 50,000 - 0 - 0
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(d.maxOrder()).contains(eur("50000.00"));
        assertThat(d.releaseRole()).isEmpty();
        assertThat(d.context().exposure().before()).isEqualTo(eur("0.00"));
        assertThat(d.context().exposure().total()).isEqualTo(eur("20000.00"));
        assertThat(d.reasons())
                .containsExactly(
                        "credit.prepayment: PASS: the order is on credit",
                        "credit.verification: PASS: the client is verified",
                        "credit.overdue: PASS: no overdue debt",
                        "credit.limit: CAP EUR 50000.00: limit EUR 50000.00 (the limit of account C-1) × factor 100% ="
                                + " EUR 50000.00, − exposure before the order EUR 0.00 − overdue penalty EUR 0.00 = EUR"
                                + " 50000.00");
        assertThat(d.verdicts())
                .extracting(CreditDecision.Verdict::rule)
                .containsExactly("credit.prepayment", "credit.verification", "credit.overdue", "credit.limit");
        assertThat(d.explanation().steps())
                .extracting(Step::code)
                .containsExactly(
                        "credit.request",
                        "credit.exposure",
                        "credit.history",
                        "credit.overdue",
                        "credit.score.none",
                        "credit.rule",
                        "credit.rule",
                        "credit.rule",
                        "credit.rule",
                        "credit.decision");
        assertThat(d.request().orderAmount()).isEqualTo(eur("20000.00"));
        assertThat(d).hasToString("CreditDecision{APPROVE up to EUR 50000.00}");
    }

    @Test
    void theStandardScoringScalesACleanClientsLimitByItsHistory() {
        CreditDecision d = decide(
                CreditPolicy.builder(CreditLimit.of(eur("20000.00"))).build(),
                "20000.00",
                paidUp().toArray(CommercialEvent[]::new));
        // INV-1 paid on 5 February, due 9 February: 1 settled, on time. Components (weights 4, 2, 2, 1, 1):
        // on time 1, average 0 days late 1, worst 0 days 1, 114 days (10 January to 4 May) / 1095 = 0.1041095890,
        // no write-off 1: (4 + 2 + 2 + 0.1041095890 + 1) / 10 = 0.9104109589
        // factor 50% + 50% x 0.9104109589 = 0.95520547945; room 50,000 x 0.95520547945 = 47,760.2739725,
        // rounded down to the cent: 47,760.27
        assertThat(d.context().score().orElseThrow().fraction()).isEqualByComparingTo("0.9104109589");
        assertThat(d.context().limitFactor().fraction()).isEqualByComparingTo("0.95520547945");
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(d.maxOrder()).contains(eur("47760.27"));
    }

    @Test
    void anOrderOlderThanTheRelationshipLengthensItAndTheScoreRewardsThat() {
        CreditPolicy standard =
                CreditPolicy.builder(CreditLimit.of(eur("20000.00"))).build();
        // no events: worst 0 days 1 (weight 2), 0 days of relationship 0 (1), no write-off 1 (1): 3 / 4 = 0.75;
        // factor 0.875; room 50,000 x 0.875 = 43,750.00
        CreditDecision before = decide(standard, "1.00");
        assertThat(before.maxOrder()).contains(eur("43750.00"));
        // an open order SO-0 of 100.00 dated 4 May 2025: exposure +100.00, and 365 days of relationship:
        // 365 / 1095 = 0.3333333333; (2 + 0.3333333333 + 1) / 4 = 0.8333333333; factor 0.91666666665;
        // room 50,000 x 0.91666666665 - 100 = 45,733.3333325, rounded down 45,733.33: a year-old client
        // is trusted more (documented in CreditPolicy; within the relationship more exposure never helps)
        CreditDecision after = decide(standard, "1.00", order("SO-0", C1, LocalDate.of(2025, 5, 4), "100.00"));
        assertThat(after.context().exposure().before()).isEqualTo(eur("100.00"));
        assertThat(after.maxOrder()).contains(eur("45733.33"));
    }

    // Over the limit

    @Test
    void anOrderBeyondTheRoomIsApprovedUpToTheRoom() {
        // SO-2 40,000.00 on 20 April, not billed: room 50,000 - 40,000 = 10,000.00
        CreditDecision d = decide("15000.00", order("SO-2", C1, day(4, 20), "40000.00"));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
        assertThat(d.maxOrder()).contains(eur("10000.00"));
        assertThat(d.releaseRole()).contains(Role.HEAD_OF_SALES);
        assertThat(d.context().exposure().unbilledOrders()).isEqualTo(eur("40000.00"));
        assertThat(d.explanation()
                        .steps()
                        .get(d.explanation().steps().size() - 1)
                        .text())
                .isEqualTo("decision: APPROVE_UP_TO; the largest order allowed now is EUR 10000.00; HEAD_OF_SALES or"
                        + " above may release it");
        assertThat(d).hasToString("CreditDecision{APPROVE_UP_TO up to EUR 10000.00, release by HEAD_OF_SALES}");
    }

    @Test
    void anExposureExactlyAtTheLimitIsWithinIt() {
        // 40,000 + 10,000 = 50,000 = the limit: approved; one cent more is not
        CreditDecision atLimit = decide("10000.00", order("SO-2", C1, day(4, 20), "40000.00"));
        assertThat(atLimit.outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(atLimit.context().exposure().total()).isEqualTo(eur("50000.00"));
        assertThat(atLimit.releaseRole()).isEmpty();

        CreditDecision aCentMore = decide("10000.01", order("SO-2", C1, day(4, 20), "40000.00"));
        assertThat(aCentMore.outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
        assertThat(aCentMore.maxOrder()).contains(eur("10000.00"));
    }

    @Test
    void withNoRoomLeftTheOrderIsHeld() {
        // SO-2 50,000.00: room 0
        CreditDecision full = decide("0.01", order("SO-2", C1, day(4, 20), "50000.00"));
        assertThat(full.outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(full.maxOrder()).contains(eur("0.00"));
        assertThat(full.releaseRole()).contains(Role.HEAD_OF_SALES);

        // SO-2 55,000.00: room 50,000 - 55,000 = -5,000, shown as 0
        CreditDecision over = decide("100.00", order("SO-2", C1, day(4, 20), "55000.00"));
        assertThat(over.outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(over.maxOrder()).contains(eur("0.00"));
        assertThat(over.reasons().get(3)).startsWith("credit.limit: CAP EUR -5000.00: ");
    }

    // Overdue debt

    @Test
    void aSmallOverdueBelowTheToleranceIsIgnored() {
        // INV-3 1,000.00 of 20 March on net 30, due 19 April: 15 days past due on 4 May, weight 25%: 250.00 < 500.00
        CreditDecision d = decide(
                policy().tolerance(eur("500.00")).build(), "20000.00", invoice("INV-3", C1, day(3, 20), 30, "1000.00"));
        assertThat(d.context().weightedOverdue()).isEqualTo(eur("250.00"));
        assertThat(d.context().overduePenalty()).isEqualTo(eur("0.00"));
        assertThat(d.context().tolerance()).isEqualTo(eur("500.00"));
        // room 50,000 - 1,000 (open) - 0 = 49,000
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(d.maxOrder()).contains(eur("49000.00"));
        assertThat(d.reasons())
                .contains(
                        "credit.overdue: PASS: overdue debt weighs EUR 250.00, below the tolerance EUR 500.00: ignored");
    }

    @Test
    void aSmallOldOverdueBelowTheToleranceHoldsNothing() {
        // INV-3 300.00 of 2 January on net 30, due 1 February: 92 days past due, weight 150%: 450.00 < 500.00
        CreditDecision d = decide(
                policy().tolerance(eur("500.00")).build(), "20000.00", invoice("INV-3", C1, day(1, 2), 30, "300.00"));
        assertThat(d.context().weightedOverdue()).isEqualTo(eur("450.00"));
        assertThat(d.context().longOverdue()).hasSize(1);
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(d.maxOrder()).contains(eur("49700.00"));
    }

    @Test
    void anOverdueWeighingExactlyTheToleranceCounts() {
        // 2,000.00 15 days past due x 25% = 500.00, not below 500.00: a penalty of 500.00
        CreditDecision d = decide(
                policy().tolerance(eur("500.00")).build(), "1000.00", invoice("INV-3", C1, day(3, 20), 30, "2000.00"));
        assertThat(d.context().overduePenalty()).isEqualTo(eur("500.00"));
        // room 50,000 - 2,000 - 500 = 47,500
        assertThat(d.maxOrder()).contains(eur("47500.00"));
    }

    @Test
    void aLargeOverdueIsAPenaltyOnTheRoom() {
        // INV-4 8,000.00 of 1 February on net 30, due 3 March: 62 days past due, weight 100%: 8,000.00 >= 500.00
        // room 50,000 - 8,000 (open) - 8,000 (penalty) = 34,000
        CreditPolicy p = policy().tolerance(eur("500.00")).build();
        CreditDecision d = decide(p, "40000.00", invoice("INV-4", C1, day(2, 1), 30, "8000.00"));
        assertThat(d.context().exposure().openInvoices().get(0).daysPastDue()).isEqualTo(62);
        assertThat(d.context().overduePenalty()).isEqualTo(eur("8000.00"));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
        assertThat(d.maxOrder()).contains(eur("34000.00"));
        assertThat(d.reasons())
                .contains("credit.overdue: PASS: overdue debt weighs EUR 8000.00: it takes EUR 8000.00 off the room"
                        + " under the limit");
        assertThat(decide(p, "34000.00", invoice("INV-4", C1, day(2, 1), 30, "8000.00"))
                        .outcome())
                .isEqualTo(CreditOutcome.APPROVE);
    }

    @Test
    void anOverdueOlderThanTheHoldDaysHoldsTheOrder() {
        // INV-5 8,000.00 of 2 January on net 30, due 1 February: 92 days past due, more than 90: HOLD;
        // weight 150%: 12,000.00; the room is still shown: 50,000 - 8,000 - 12,000 = 30,000
        CreditDecision d = decide(
                policy().tolerance(eur("500.00")).build(), "1000.00", invoice("INV-5", C1, day(1, 2), 30, "8000.00"));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(d.releaseRole()).contains(Role.HEAD_OF_SALES);
        assertThat(d.maxOrder()).contains(eur("30000.00"));
        assertThat(d.context().weightedOverdue()).isEqualTo(eur("12000.00"));
        assertThat(d.reasons())
                .contains("credit.overdue: HOLD: overdue debt weighs EUR 12000.00 (at least the tolerance EUR 500.00)"
                        + " and invoices are more than 90 days past due: INV-5 EUR 8000.00 92 days");
    }

    @Test
    void theHoldDaysAreABoundExactlyNinetyDaysPastDueDoesNotHold() {
        CreditPolicy p = policy().tolerance(eur("500.00")).build();
        // due 3 February (4 January, net 30): 90 days on 4 May, weight 100%: room 50,000 - 8,000 - 8,000 = 34,000
        CreditDecision ninety = decide(p, "1000.00", invoice("INV-5", C1, day(1, 4), 30, "8000.00"));
        assertThat(ninety.outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(ninety.maxOrder()).contains(eur("34000.00"));
        // due 2 February: 91 days, weight 150%: HOLD
        CreditDecision ninetyOne = decide(p, "1000.00", invoice("INV-5", C1, day(1, 3), 30, "8000.00"));
        assertThat(ninetyOne.outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(ninetyOne.maxOrder()).contains(eur("30000.00"));
    }

    @Test
    void theHoldDaysAreThePolicysToSet() {
        // holds after 60 days: INV-4, 62 days past due, holds
        CreditDecision d =
                decide(policy().holdAfterDays(60).build(), "1000.00", invoice("INV-4", C1, day(2, 1), 30, "8000.00"));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(d.context().holdAfterDays()).isEqualTo(60);
    }

    // Prepaid, unverified

    @Test
    void aPrepaidOrderIsApprovedWhateverTheLimitTheOverdueAndTheVerification() {
        CreditProfile unverifiedNoCredit = CreditProfile.builder()
                .account(C1)
                .limit(CreditLimit.of(eur("0.00")))
                .build();
        CreditDecision d = policy().build()
                .decide(
                        CreditRequest.builder()
                                .account(C1)
                                .date(MAY_4)
                                .orderAmount(eur("100000.00"))
                                .prepaid(true)
                                .build(),
                        unverifiedNoCredit,
                        Ledger.of(List.of(invoice("INV-5", C1, day(1, 2), 30, "8000.00"))));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(d.maxOrder()).isEmpty();
        assertThat(d.releaseRole()).isEmpty();
        assertThat(d.context().exposure().newOrder()).isEqualTo(eur("0.00"));
        // every rule is still heard, the exemption wins
        assertThat(d.verdicts())
                .extracting(v -> v.verdict().kind())
                .containsExactly(
                        RuleVerdict.Kind.EXEMPT, RuleVerdict.Kind.REJECT, RuleVerdict.Kind.HOLD, RuleVerdict.Kind.CAP);
        assertThat(d.reasons().get(0))
                .isEqualTo("credit.prepayment: EXEMPT: the order is prepaid: no credit is given, so limit and overdue"
                        + " debt do not apply");
    }

    @Test
    void anUnverifiedNewClientIsRejected() {
        // no events; the profile's verification is UNVERIFIED by default
        CreditProfile newClient = CreditProfile.builder()
                .account(C1)
                .limit(CreditLimit.of(eur("50000.00")))
                .build();
        assertThat(newClient.verification()).isEqualTo(VerificationStatus.UNVERIFIED);
        CreditDecision d = policy().build().decide(request(C1, MAY_4, "5000.00"), newClient, Ledger.empty());
        assertThat(d.outcome()).isEqualTo(CreditOutcome.REJECT);
        assertThat(d.releaseRole()).isEmpty();
        assertThat(d.reasons())
                .contains("credit.verification: REJECT: the client is UNVERIFIED: reliability and solvency must be"
                        + " verified before credit (R-CRED-1); take prepayment");
        for (VerificationStatus s : List.of(VerificationStatus.PENDING, VerificationStatus.REFUSED)) {
            CreditProfile p = CreditProfile.builder()
                    .account(C1)
                    .limit(CreditLimit.of(eur("50000.00")))
                    .verification(s)
                    .build();
            assertThat(policy().build()
                            .decide(request(C1, MAY_4, "5000.00"), p, Ledger.empty())
                            .outcome())
                    .as("%s", s)
                    .isEqualTo(CreditOutcome.REJECT);
        }
    }

    @Test
    void aRejectionWinsOverAHold() {
        CreditProfile unverified = CreditProfile.builder()
                .account(C1)
                .limit(CreditLimit.of(eur("50000.00")))
                .build();
        CreditDecision d = policy().build()
                .decide(
                        request(C1, MAY_4, "1000.00"),
                        unverified,
                        Ledger.of(List.of(invoice("INV-5", C1, day(1, 2), 30, "8000.00"))));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.REJECT);
    }

    // Limits: account, group, company

    private static final AccountGroupId ALL = AccountGroupId.of("G-ALL");
    private static final AccountGroupId RETAIL = AccountGroupId.of("G-RETAIL");
    private static final AccountGroupId RETAIL_ES = AccountGroupId.of("G-RETAIL-ES");
    private static final AccountGroupId RETAIL_PT = AccountGroupId.of("G-RETAIL-PT");
    private static final AccountGroupId WHOLESALE = AccountGroupId.of("G-WHOLESALE");

    /** G-RETAIL-ES, G-RETAIL-PT under G-RETAIL under G-ALL; G-RETAIL 80,000, G-RETAIL-PT 30,000; default 20,000. */
    private static CreditPolicy grouped() {
        return policy().accountGroups(Hierarchy.<AccountGroupId>builder()
                        .parent(RETAIL_ES, RETAIL)
                        .parent(RETAIL_PT, RETAIL)
                        .parent(RETAIL, ALL)
                        .build())
                .groupLimit(RETAIL, CreditLimit.of(eur("80000.00")))
                .groupLimit(RETAIL_PT, CreditLimit.of(eur("30000.00")))
                .build();
    }

    private static CreditProfile.Builder inGroup(AccountGroupId group) {
        return CreditProfile.builder().account(C1).accountGroup(group).verification(VerificationStatus.VERIFIED);
    }

    @Test
    void theLimitIsTheAccountsThenItsGroupsUpTheTreeThenTheCompanyDefault() {
        CreditPolicy p = grouped();
        assertThat(p.limitOf(inGroup(RETAIL_ES)
                        .limit(CreditLimit.of(eur("50000.00")))
                        .build()))
                .isEqualTo(Map.entry(CreditLimit.of(eur("50000.00")), "the limit of account C-1"));
        // G-RETAIL-ES has none: its parent G-RETAIL's
        assertThat(p.limitOf(inGroup(RETAIL_ES).build()))
                .isEqualTo(Map.entry(CreditLimit.of(eur("80000.00")), "the limit of account group G-RETAIL"));
        // a subgroup's own limit comes before its parent's
        assertThat(p.limitOf(inGroup(RETAIL_PT).build()).getKey()).isEqualTo(CreditLimit.of(eur("30000.00")));
        // no group limit anywhere up the tree, or no group: the company default
        assertThat(p.limitOf(inGroup(WHOLESALE).build()))
                .isEqualTo(Map.entry(CreditLimit.of(eur("20000.00")), "the company default"));
        assertThat(p.limitOf(CreditProfile.builder().account(C1).build()).getValue())
                .isEqualTo("the company default");
    }

    @Test
    void aGroupLimitDecidesForAnAccountWithoutItsOwn() {
        // G-RETAIL's 80,000: an order of 85,000 is approved up to 80,000
        CreditDecision d = grouped()
                .decide(request(C1, MAY_4, "85000.00"), inGroup(RETAIL_ES).build(), Ledger.empty());
        assertThat(d.context().limit()).isEqualTo(CreditLimit.of(eur("80000.00")));
        assertThat(d.context().limitSource()).isEqualTo("the limit of account group G-RETAIL");
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
        assertThat(d.maxOrder()).contains(eur("80000.00"));
    }

    @Test
    void unlimitedIsNoCeilingAndStopsTheLookup() {
        // the account's own "unlimited" is a limit set: the group's 80,000 does not apply
        CreditDecision d = grouped()
                .decide(
                        request(C1, MAY_4, "10000000.00"),
                        inGroup(RETAIL_ES).limit(CreditLimit.unlimited()).build(),
                        Ledger.of(List.of(order("SO-2", C1, day(4, 20), "900000.00"))));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(d.maxOrder()).isEmpty();
        assertThat(d.reasons()).contains("credit.limit: PASS: no credit limit (the limit of account C-1)");
        // an unlimited group passes its "no ceiling" down
        CreditPolicy unlimitedGroup =
                policy().groupLimit(WHOLESALE, CreditLimit.unlimited()).build();
        assertThat(unlimitedGroup
                        .decide(
                                request(C1, MAY_4, "10000000.00"),
                                inGroup(WHOLESALE).build(),
                                Ledger.empty())
                        .maxOrder())
                .isEmpty();
    }

    @Test
    void aZeroLimitIsNoCredit() {
        CreditProfile zero = verified(C1, "0.00");
        CreditDecision d = policy().build().decide(request(C1, MAY_4, "0.01"), zero, Ledger.empty());
        // room 0 - 0 - 0 = 0: the smallest order on credit is held
        assertThat(d.outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(d.maxOrder()).contains(eur("0.00"));
        assertThat(d.context().limit().isUnlimited()).isFalse();
        assertThat(CreditLimit.unlimited().isUnlimited()).isTrue();
        assertThat(CreditLimit.unlimited()).isNotEqualTo(CreditLimit.of(eur("0.00")));
        assertThat(CreditLimit.unlimited()).hasToString("unlimited");
        assertThat(CreditLimit.of(eur("0.00"))).hasToString("EUR 0.00");
    }

    // Host rules

    /** Country risk: orders of accounts in C-1's country at most 5,000.00 at a time. */
    private static final CreditRule COUNTRY_RISK = new CreditRule() {
        @Override
        public String id() {
            return "host.country-risk";
        }

        @Override
        public RuleVerdict evaluate(CreditContext c) {
            return RuleVerdict.cap(eur("5000.00"), "country risk: at most 5,000.00 per order");
        }
    };

    @Test
    void aHostRuleAddedToTheStandardOnesIsHeardAndItsCapCounts() {
        List<CreditRule> rules = new ArrayList<>(CreditRules.standard());
        rules.add(COUNTRY_RISK);
        CreditPolicy p = policy().rules(rules).build();
        // the limit allows 50,000, the country risk 5,000: the smaller cap
        CreditDecision d = decide(p, "8000.00");
        assertThat(p.rules()).hasSize(5).last().isSameAs(COUNTRY_RISK);
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
        assertThat(d.maxOrder()).contains(eur("5000.00"));
        assertThat(d.reasons())
                .hasSize(5)
                .last()
                .isEqualTo("host.country-risk: CAP EUR 5000.00: country risk: at most 5,000.00 per order");
        assertThat(decide(p, "5000.00").outcome()).isEqualTo(CreditOutcome.APPROVE);
    }

    @Test
    void aHostRuleSeesTheContextAndMayHoldOrReject() {
        CreditRule bigOrders = new CreditRule() {
            @Override
            public String id() {
                return "host.big-orders";
            }

            @Override
            public RuleVerdict evaluate(CreditContext c) {
                return c.exposure().newOrder().isGreaterThan(Money.of("30000", "EUR"))
                        ? RuleVerdict.hold("orders above 30,000 need a second look")
                        : RuleVerdict.pass("small enough");
            }
        };
        CreditRule blocked = new CreditRule() {
            @Override
            public String id() {
                return "host.blocked";
            }

            @Override
            public RuleVerdict evaluate(CreditContext c) {
                return c.request().account().equals(C1)
                        ? RuleVerdict.reject("C-1 is on the blocked list")
                        : RuleVerdict.pass("not blocked");
            }
        };
        List<CreditRule> withHold = new ArrayList<>(CreditRules.standard());
        withHold.add(bigOrders);
        assertThat(decide(policy().rules(withHold).build(), "30000.01").outcome())
                .isEqualTo(CreditOutcome.HOLD);
        assertThat(decide(policy().rules(withHold).build(), "30000.00").outcome())
                .isEqualTo(CreditOutcome.APPROVE);
        assertThat(decide(policy().rules(List.of(CreditRules.limit(), blocked)).build(), "1.00")
                        .reasons())
                .containsExactly(
                        "credit.limit: CAP EUR 50000.00: limit EUR 50000.00 (the limit of account C-1) × factor 100% ="
                                + " EUR 50000.00, − exposure before the order EUR 0.00 − overdue penalty EUR 0.00 = EUR"
                                + " 50000.00",
                        "host.blocked: REJECT: C-1 is on the blocked list");
    }

    @Test
    void withoutTheVerificationRuleAnUnverifiedClientIsNotRejected() {
        CreditDecision d = policy().rules(List.of(CreditRules.limit()))
                .build()
                .decide(
                        request(C1, MAY_4, "100.00"),
                        CreditProfile.builder()
                                .account(C1)
                                .limit(CreditLimit.of(eur("1000.00")))
                                .build(),
                        Ledger.empty());
        assertThat(d.outcome()).isEqualTo(CreditOutcome.APPROVE);
    }

    @Test
    void theStandardRulesInOrder() {
        assertThat(CreditRules.standard())
                .extracting(CreditRule::id)
                .containsExactly("credit.prepayment", "credit.verification", "credit.overdue", "credit.limit");
        assertThat(CreditRules.standard())
                .containsExactly(
                        CreditRules.prepayment(),
                        CreditRules.verification(),
                        CreditRules.overdue(),
                        CreditRules.limit());
        CreditPolicy p = CreditPolicy.builder(CreditLimit.unlimited()).build();
        assertThat(p.rules()).isEqualTo(CreditRules.standard());
        assertThat(p.releaseRole()).isEqualTo(Role.HEAD_OF_SALES);
        assertThat(p.toString())
                .isEqualTo("CreditPolicy{default unlimited, 0 group limits, rules [credit.prepayment,"
                        + " credit.verification, credit.overdue, credit.limit], release by HEAD_OF_SALES}");
    }

    @Test
    void theVerdictsSayWhatTheyAre() {
        assertThat(RuleVerdict.cap(eur("8000.00"), "limit 50,000 - exposure 42,000"))
                .hasToString("CAP EUR 8000.00: limit 50,000 - exposure 42,000");
        assertThat(RuleVerdict.pass("ok").cap()).isEmpty();
        assertThat(RuleVerdict.hold("old").kind()).isEqualTo(RuleVerdict.Kind.HOLD);
        assertThat(RuleVerdict.reject("no").reason()).isEqualTo("no");
        assertThat(RuleVerdict.exempt("prepaid")).hasToString("EXEMPT: prepaid");
    }
}
