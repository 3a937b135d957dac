package io.github.kamsdk.rules.admission;

import static io.github.kamsdk.rules.testing.CreditGens.ANA;
import static io.github.kamsdk.rules.testing.CreditGens.C1;
import static io.github.kamsdk.rules.testing.CreditGens.EUR;
import static io.github.kamsdk.rules.testing.CreditGens.LUIS;
import static io.github.kamsdk.rules.testing.CreditGens.day;
import static io.github.kamsdk.rules.testing.CreditGens.eur;
import static io.github.kamsdk.rules.testing.CreditGens.invoice;
import static io.github.kamsdk.rules.testing.CreditGens.order;
import static io.github.kamsdk.rules.testing.CreditGens.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.rules.approval.ApprovalPolicy;
import io.github.kamsdk.rules.approval.AuthorityMatrix;
import io.github.kamsdk.rules.credit.CreditLimit;
import io.github.kamsdk.rules.credit.CreditOutcome;
import io.github.kamsdk.rules.credit.CreditPolicy;
import io.github.kamsdk.rules.credit.CreditProfile;
import io.github.kamsdk.rules.credit.CreditScoring;
import io.github.kamsdk.rules.pricing.Catalog;
import io.github.kamsdk.rules.pricing.DiscountEffect;
import io.github.kamsdk.rules.pricing.DiscountPolicy;
import io.github.kamsdk.rules.pricing.DiscountRule;
import io.github.kamsdk.rules.pricing.PriceColumn;
import io.github.kamsdk.rules.pricing.PriceList;
import io.github.kamsdk.rules.pricing.PricingResult;
import io.github.kamsdk.rules.pricing.ProductInfo;
import io.github.kamsdk.rules.pricing.Quote;
import io.github.kamsdk.rules.pricing.QuoteLine;
import io.github.kamsdk.rules.pricing.RuleConditions;
import io.github.kamsdk.rules.pricing.RuleId;
import io.github.kamsdk.rules.pricing.StackingMode;
import io.github.kamsdk.rules.pricing.TieBreaker;
import io.github.kamsdk.rules.testing.CreditGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderAdmission} of orders for C-1 on 1 June 2026, booked by luis (junior KAM: 5% / 25% /
 * 50,000) unless said, against the default authorities, a margin floor of 5% and credit with no
 * scoring (C-1 verified, limit 50,000.00).
 *
 * <p>Prices: PUMP-7 100.00 (cost 70.00), VALVE-2 50.00 (cost unknown), SEAL-1 no price. Programmes
 * give a discount on every line: P8 8%, P15 15%, P26 26.5%, P32 32%, P40 40%; TIE has two exclusive rules of
 * the same rank, which the pricing reports as a conflict.
 */
class OrderAdmissionTest {
    static final ProductId PUMP = ProductId.of("PUMP-7");
    static final ProductId VALVE = ProductId.of("VALVE-2");
    static final ProductId SEAL = ProductId.of("SEAL-1");

    static DiscountRule off(String programme, String percent) {
        return DiscountRule.builder()
                .id(RuleId.of(programme))
                .conditions(RuleConditions.builder().programme(programme).build())
                .effect(DiscountEffect.percentOff(Rate.percent(percent)))
                .build();
    }

    static DiscountRule exclusive(String id, int percent) {
        return DiscountRule.builder()
                .id(RuleId.of(id))
                .conditions(RuleConditions.builder().programme("TIE").build())
                .effect(DiscountEffect.percentOff(Rate.percent(percent)))
                .stacking(StackingMode.EXCLUSIVE)
                .build();
    }

    static final DiscountPolicy PRICING = DiscountPolicy.builder(
                    PriceList.builder(PriceColumn.of("list"), EUR)
                            .price(PUMP, PriceColumn.of("list"), DateRange.ofYear(2026), eur("100.00"))
                            .price(VALVE, PriceColumn.of("list"), DateRange.ofYear(2026), eur("50.00"))
                            .build(),
                    Catalog.builder()
                            .add(ProductInfo.builder()
                                    .product(PUMP)
                                    .unitCost(eur("70.00"))
                                    .build())
                            .add(ProductInfo.builder().product(VALVE).build())
                            .add(ProductInfo.builder().product(SEAL).build())
                            .build())
            .addRule(off("P8", "8"))
            .addRule(off("P15", "15"))
            .addRule(off("P26", "26.5"))
            .addRule(off("P32", "32"))
            .addRule(off("P40", "40"))
            .addRule(exclusive("TIE-A", 3))
            .addRule(exclusive("TIE-B", 4))
            .tieBreaker(TieBreaker.REPORT_CONFLICT)
            .build();

    static final ApprovalPolicy APPROVALS = ApprovalPolicy.of(AuthorityMatrix.defaults(EUR), CreditGens.team());
    static final CreditPolicy CREDIT = CreditPolicy.builder(CreditLimit.of(eur("20000.00")))
            .scoring(CreditScoring.none())
            .team(CreditGens.team())
            .build();
    static final OrderAdmission ADMISSION = OrderAdmission.builder(APPROVALS, CREDIT)
            .marginFloor(Rate.percent(5))
            .build();

    static PricingResult price(String programme, QuoteLine... lines) {
        Quote.Builder q = Quote.builder()
                .id(EventId.of("Q-1"))
                .account(C1)
                .date(day(6, 1))
                .addLines(lines);
        if (programme != null) {
            q.addProgrammes(programme);
        }
        return PRICING.price(q.build());
    }

    static QuoteLine pumps(int n) {
        return QuoteLine.of(1, PUMP, BigDecimal.valueOf(n));
    }

    static AdmissionRequest.Builder booking(PricingResult pricing, CommercialEvent... events) {
        return AdmissionRequest.builder()
                .id(EventId.of("SO-881"))
                .pricing(pricing)
                .requester(LUIS)
                .profile(verified(C1, "50000.00"))
                .ledger(Ledger.of(List.of(events)));
    }

    static AdmissionResult check(AdmissionRequest.Builder order) {
        return ADMISSION.check(order.build());
    }

    @Test
    void anOrderWithinTheRequestersAuthorityAndTheCreditIsAllowed() {
        // 10 pumps at list: 1,000.00, no discount, margin 300 / 1,000 = 30%: within a junior KAM's authority;
        // 1,000.00 >= floor 700 x 1.05 = 735.00; credit: room 50,000
        AdmissionResult r = check(booking(price(null, pumps(10))));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.ALLOW);
        assertThat(r.approvalRole()).isEmpty();
        assertThat(r.releaseRole()).isEmpty();
        assertThat(r.reasons())
                .containsExactly(
                        "ALLOW: the discount is within the requester's own authority",
                        "ALLOW: credit approves the order");
        assertThat(r.approvalRequest().id()).isEqualTo(EventId.of("SO-881"));
        assertThat(r.approvalRequest().discount()).isEqualTo(Rate.ZERO);
        assertThat(r.approvalRequest().margin()).contains(Rate.percent(30));
        assertThat(r.approvalRequest().orderValue()).isEqualTo(eur("1000.00"));
        assertThat(r.credit().outcome()).isEqualTo(CreditOutcome.APPROVE);
        assertThat(r.credit().request().orderAmount()).isEqualTo(eur("1000.00"));
        assertThat(r.credit().request().order()).contains(EventId.of("SO-881"));
        // one step per reason, then the outcome with the credit decision's steps under it
        List<Step> steps = r.explanation().steps();
        assertThat(steps)
                .extracting(Step::code)
                .containsExactly("admission.check", "admission.check", "admission.outcome");
        assertThat(steps.get(2).text()).isEqualTo("order SO-881: ALLOW");
        assertThat(steps.get(2).children()).isEqualTo(r.credit().explanation().steps());
        assertThat(r).hasToString("AdmissionResult{ALLOW, " + r.reasons() + "}");
    }

    @Test
    void aDiscountBeyondTheRequestersRoleNeedsTheLowestRoleThatCoversIt() {
        // P8: net 920.00, 8% off, margin 220 / 920 = 23.9%: beyond the junior's 5% and the sales manager's 7%;
        // within a senior KAM's 10% / 20%
        AdmissionResult r = check(booking(price("P8", pumps(10))));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.NEEDS_APPROVAL);
        assertThat(r.approvalRole()).contains(Role.SENIOR_KAM);
        assertThat(r.reasons().get(0))
                .startsWith("NEEDS_APPROVAL: discount 8%, margin 23.9")
                .endsWith("and value EUR 920.00 are beyond the requester's own authority: SENIOR_KAM must approve");
        // the same order booked by ana, a senior KAM, needs nobody
        assertThat(check(booking(price("P8", pumps(10))).requester(ANA)).outcome())
                .isEqualTo(AdmissionOutcome.ALLOW);
        // P15: 15% off at 150 / 850 = 17.6%: the head of sales
        assertThat(check(booking(price("P15", pumps(10)))).approvalRole()).contains(Role.HEAD_OF_SALES);
        // and the result's request is what the approver approves
        assertThat(APPROVALS.approve(r.approvalRequest(), ANA, day(6, 1)).isApproved())
                .isTrue();
    }

    @Test
    void aPricingConflictNeedsTheHeadOfSales() {
        // TIE-A and TIE-B, both exclusive and of the same rank: neither applies, the list price stands
        AdmissionResult r = check(booking(price("TIE", pumps(10))));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.NEEDS_APPROVAL);
        assertThat(r.approvalRole()).contains(Role.HEAD_OF_SALES);
        assertThat(r.reasons().get(0))
                .startsWith("NEEDS_APPROVAL: line 1 has a pricing conflict between [TIE-A, TIE-B]")
                .endsWith("the head of sales must settle it");
        assertThat(r.approvalRequest().orderValue()).isEqualTo(eur("1000.00"));
    }

    @Test
    void creditApprovingOnlyPartOfTheOrderHoldsItWithTheReleaseRole() {
        // SO-1 49,500.00 open: room 500.00 for an order of 1,000.00
        AdmissionResult r = check(booking(price(null, pumps(10)), order("SO-1", C1, day(5, 20), "49500.00")));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.HOLD);
        assertThat(r.releaseRole()).contains(Role.HEAD_OF_SALES);
        assertThat(r.approvalRole()).isEmpty();
        assertThat(r.credit().outcome()).isEqualTo(CreditOutcome.APPROVE_UP_TO);
        assertThat(r.reasons())
                .containsExactly(
                        "ALLOW: the discount is within the requester's own authority",
                        "HOLD: credit allows orders up to EUR 500.00 now; HEAD_OF_SALES may release the rest");
    }

    @Test
    void aCreditHoldHoldsTheOrderWithTheReleaseRole() {
        // INV-9 1,000.00 of 1 January on net 30, due 31 January: 121 days past due on 1 June, more than 90
        AdmissionResult r = check(booking(price(null, pumps(10)), invoice("INV-9", C1, day(1, 1), 30, "1000.00")));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.HOLD);
        assertThat(r.credit().outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(r.releaseRole()).contains(Role.HEAD_OF_SALES);
        assertThat(r.reasons().get(1))
                .startsWith("HOLD: credit holds the order (credit.prepayment: PASS: the order is on credit; ")
                .contains("INV-9 EUR 1000.00 121 days")
                .endsWith("HEAD_OF_SALES may release it");
    }

    @Test
    void anUnpricedLineBlocks() {
        AdmissionResult r = check(booking(price(null, pumps(10), QuoteLine.of(2, SEAL, BigDecimal.ONE))));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.BLOCK);
        assertThat(r.reasons().get(0))
                .isEqualTo("BLOCK: line 2 is not priced: no price for SEAL-1 on 2026-06-01 in column list");
    }

    @Test
    void aLineBelowTheMarginFloorBlocksWhoeverApproves() {
        // P32: 10 x 68.00 = 680.00 < floor 700.00 x (1 + 5%) = 735.00; 32% off at -2.9% needs the commercial director
        AdmissionResult r = check(booking(price("P32", pumps(10))));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.BLOCK);
        assertThat(r.approvalRole()).contains(Role.COMMERCIAL_DIRECTOR);
        assertThat(r.reasons())
                .contains("BLOCK: line 1 nets EUR 680.00, below the margin floor cost EUR 700.00 × (1 + 5%) = EUR"
                        + " 735.00");
        // without a floor the same order only needs the commercial director
        OrderAdmission noFloor = OrderAdmission.builder(APPROVALS, CREDIT).build();
        assertThat(noFloor.check(booking(price("P32", pumps(10))).build()).outcome())
                .isEqualTo(AdmissionOutcome.NEEDS_APPROVAL);
        // exactly at the floor is not below it: P26, 26.5% off: 10 x 73.50 = 735.00 = 735.00
        AdmissionResult atFloor = check(booking(price("P26", pumps(10))));
        assertThat(atFloor.outcome()).isEqualTo(AdmissionOutcome.NEEDS_APPROVAL);
        assertThat(atFloor.reasons()).noneMatch(reason -> reason.contains("margin floor"));
    }

    @Test
    void aLineWithoutCostIsReportedNotBlocked() {
        // 10 pumps and 4 valves at list: margin unknown, so only a role without a margin limit may approve
        AdmissionResult r = check(booking(price(null, pumps(10), QuoteLine.of(2, VALVE, new BigDecimal("4")))));
        assertThat(r.reasons()).contains("ALLOW: line 2 has no known cost: the margin floor is not checked");
        assertThat(r.approvalRequest().margin()).isEmpty();
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.NEEDS_APPROVAL);
        assertThat(r.approvalRole()).contains(Role.COMMERCIAL_DIRECTOR);
    }

    @Test
    void aDiscountBeyondEveryAuthorityBlocks() {
        // P40: 40% off is above the commercial director's 35%
        OrderAdmission noFloor = OrderAdmission.builder(APPROVALS, CREDIT).build();
        AdmissionResult r = noFloor.check(booking(price("P40", pumps(10))).build());
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.BLOCK);
        assertThat(r.approvalRole()).isEmpty();
        assertThat(r.reasons().get(0))
                .startsWith("BLOCK: discount 40%, margin -16.")
                .endsWith("and value EUR 600.00 are beyond every role's authority");
    }

    @Test
    void aCreditRejectionBlocks() {
        AdmissionResult r = check(booking(price(null, pumps(10)))
                .profile(CreditProfile.builder()
                        .account(C1)
                        .limit(CreditLimit.of(eur("50000.00")))
                        .build()));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.BLOCK);
        assertThat(r.releaseRole()).isEmpty();
        assertThat(r.credit().outcome()).isEqualTo(CreditOutcome.REJECT);
        assertThat(r.reasons().get(1))
                .startsWith("BLOCK: credit rejects the order (")
                .contains("credit.verification: REJECT: the client is UNVERIFIED");
    }

    @Test
    void aPrepaidOrderOfAnUnverifiedClientPassesCredit() {
        AdmissionResult r = check(booking(price(null, pumps(10)))
                .profile(CreditProfile.builder().account(C1).build())
                .prepaid(true));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.ALLOW);
        assertThat(r.credit().request().prepaid()).isTrue();
    }

    @Test
    void deliveredUnbilledGoodsCountInTheCreditCheck() {
        // 49,500.00 delivered outside the ledger: room 500.00
        AdmissionResult r = check(booking(price(null, pumps(10))).deliveredUnbilled(eur("49500.00")));
        assertThat(r.credit().context().exposure().deliveredUnbilled()).isEqualTo(eur("49500.00"));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.HOLD);
    }

    @Test
    void theWorstOutcomeWinsAndEveryReasonIsListed() {
        // P15 needs the head of sales; credit allows only 500.00 of 850.00: HOLD wins over NEEDS_APPROVAL
        AdmissionResult held = check(booking(price("P15", pumps(10)), order("SO-1", C1, day(5, 20), "49500.00")));
        assertThat(held.outcome()).isEqualTo(AdmissionOutcome.HOLD);
        assertThat(held.approvalRole()).contains(Role.HEAD_OF_SALES);
        assertThat(held.releaseRole()).contains(Role.HEAD_OF_SALES);
        assertThat(held.reasons()).hasSize(2);
        assertThat(held.reasons().get(0)).startsWith("NEEDS_APPROVAL: discount 15%");
        assertThat(held.reasons().get(1)).startsWith("HOLD: credit allows orders up to EUR 500.00 now");

        // an unpriced line, a discount to approve, a line below the floor and a rejection: BLOCK, every reason in
        // the order of the checks (pricing, discount authority, margin floor, credit)
        AdmissionResult blocked = check(booking(price("P32", pumps(10), QuoteLine.of(2, SEAL, BigDecimal.ONE)))
                .profile(CreditProfile.builder().account(C1).build()));
        assertThat(blocked.outcome()).isEqualTo(AdmissionOutcome.BLOCK);
        assertThat(blocked.reasons())
                .satisfiesExactly(
                        pricing -> assertThat(pricing).startsWith("BLOCK: line 2 is not priced"),
                        authority -> assertThat(authority).startsWith("NEEDS_APPROVAL: discount 32%"),
                        floor -> assertThat(floor).startsWith("BLOCK: line 1 nets EUR 680.00, below the margin floor"),
                        credit -> assertThat(credit).startsWith("BLOCK: credit rejects the order"));
        assertThat(blocked.approvalRole()).contains(Role.COMMERCIAL_DIRECTOR);
    }

    @Test
    void anOrderThatIsMostlyReturnsAsksForNoDiscountAndNoCredit() {
        // 10 pumps sold, 20 returned: net -1,000.00; the approval and credit see an order of 0.00
        AdmissionResult r = check(booking(price(null, pumps(10), QuoteLine.of(2, PUMP, new BigDecimal("-20")))));
        assertThat(r.approvalRequest().orderValue()).isEqualTo(eur("0.00"));
        assertThat(r.credit().request().orderAmount()).isEqualTo(eur("0.00"));
        assertThat(r.outcome()).isEqualTo(AdmissionOutcome.ALLOW);
    }
}
