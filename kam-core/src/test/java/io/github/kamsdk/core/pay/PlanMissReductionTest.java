package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.Q1;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.id;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static io.github.kamsdk.core.pay.PayTypesExample.plan;
import static io.github.kamsdk.core.pay.PayTypesExample.sale;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.kpi.KpiDefinition;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.KpiValue;
import io.github.kamsdk.core.kpi.PlanAttainment;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.KpiGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanMissReduction} through {@link PayCalculator}: the Javadoc's sales plan at 85% and
 * new-clients plan at 50% taking 25% off EUR 8,000.00 of commission, plans met or not judged, the
 * maximum, never below zero, and the fixed part never touched (R-PAY-4).
 *
 * <pre>
 * plan: fixed 6000.00; commission 10% flat; then the reduction
 * SO-1 80000.00 booked by ana: commission 8000.00
 * SALES: 100% of the shortfall; NEW_CLIENTS: 10% per missed plan
 * </pre>
 */
class PlanMissReductionTest {
    static final KpiDefinition SALES = PlanAttainment.sales(List.of()).definition();
    static final KpiDefinition NEW_CLIENTS =
            PlanAttainment.newClients(List.of()).definition();

    static final TransactionCommission COMMISSION = TransactionCommission.builder()
            .id(id("commission"))
            .bands(CommissionBands.flat(pct("10"), EUR))
            .build();

    static PlanMissReduction.Builder planMiss() {
        return PlanMissReduction.builder()
                .id(id("plan-miss"))
                .rule(PlanKind.SALES, ReductionRule.proportional(pct("100")))
                .rule(PlanKind.NEW_CLIENTS, ReductionRule.fixed(pct("10")));
    }

    static KpiResults attainments(String sales, String newClients) {
        return KpiResults.of(
                KpiGens.CONTEXT,
                List.of(
                        KpiGens.value(SALES, new BigDecimal(sales)),
                        KpiGens.value(NEW_CLIENTS, new BigDecimal(newClients))));
    }

    static PayStatement q1(CompensationPlan plan, KpiResults kpis, Money sold) {
        return PayCalculator.of(PayPlans.forEveryone(plan))
                .statement(
                        ANA,
                        Q1,
                        PayInput.builder()
                                .transactions(List.of(sale("SO-1", ANA, sold)))
                                .putKpiResults(ANA, kpis)
                                .build());
    }

    static PayStatement q1(PlanMissReduction reduction, KpiResults kpis) {
        return q1(plan(eur("6000.00"), COMMISSION, reduction), kpis, eur("80000.00"));
    }

    static PayLine reductionLine(PayStatement s) {
        return s.lines(PayLineKind.REDUCTION).get(0);
    }

    @Test
    void theJavadocExample() {
        PayStatement s = q1(planMiss().build(), attainments("0.85", "0.50"));
        // sales: 100% x (100% - 85%) = 15%; new clients: 10%; 25% of 8000.00 = 2000.00 off
        assertThat(s.lines())
                .extracting(PayLine::kind, PayLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PayLineKind.FIXED, eur("6000.00")),
                        org.assertj.core.groups.Tuple.tuple(PayLineKind.COMMISSION, eur("8000.00")),
                        org.assertj.core.groups.Tuple.tuple(PayLineKind.REDUCTION, eur("-2000.00")));
        assertThat(s.fixedTotal()).isEqualTo(eur("6000.00"));
        assertThat(s.variableTotal()).isEqualTo(eur("6000.00"));
        assertThat(s.total()).isEqualTo(eur("12000.00"));
        PayLine line = reductionLine(s);
        assertThat(line.label()).isEqualTo("plan-miss reduction (plan-miss)");
        assertThat(line.fullKey()).isEqualTo("REDUCTION/plan-miss/reduction/2026-01-01");
        assertThat(line.explanation().steps())
                .extracting(Step::text)
                .containsExactly(
                        "SALES: attainment 85%, below 100%: missed; 100% of the shortfall takes 15% off",
                        "NEW_CLIENTS: attainment 50%, below 100%: missed; 10% per missed plan takes 10% off",
                        "share off 25% (sum of missed plans, at most 100%) of the variable pay earned before it,"
                                + " EUR 8000.00: EUR -2000.00; the fixed part is not touched");
    }

    @Test
    void aPlanMetTakesNothingOff() {
        // sales exactly on plan is met; new clients at 50% still takes 10%: 800.00
        PayStatement s = q1(planMiss().build(), attainments("1.00", "0.50"));
        assertThat(reductionLine(s).amount()).isEqualTo(eur("-800.00"));
        assertThat(reductionLine(s).explanation().steps().get(0).text())
                .isEqualTo("SALES: attainment 100%, not below 100%: met");
        // both met, above plan: nothing
        assertThat(reductionLine(q1(planMiss().build(), attainments("1.20", "1.00")))
                        .amount())
                .isEqualTo(eur("0.00"));
    }

    @Test
    void theMissThresholdMayBeBelowTheFullPlan() {
        PlanMissReduction lenient = planMiss().missedBelow(pct("90")).build();
        assertThat(lenient.missedBelow()).isEqualTo(pct("90"));
        // sales 95% and new clients 90% are met; sales 85% is missed: 100% x 15% = 15% = 1200.00
        assertThat(reductionLine(q1(lenient, attainments("0.95", "0.90"))).amount())
                .isEqualTo(eur("0.00"));
        assertThat(reductionLine(q1(lenient, attainments("0.85", "0.90"))).amount())
                .isEqualTo(eur("-1200.00"));
    }

    @Test
    void theReductionIsAtMostTheMaximum() {
        PlanMissReduction atMost20 = planMiss().maxReduction(pct("20")).build();
        assertThat(atMost20.maxReduction()).isEqualTo(pct("20"));
        // 25% would be due; at most 20% of 8000.00 = 1600.00
        assertThat(reductionLine(q1(atMost20, attainments("0.85", "0.50"))).amount())
                .isEqualTo(eur("-1600.00"));
    }

    @Test
    void theVariablePayNeverGoesBelowZeroAndTheFixedPartIsNeverTouched() {
        PlanMissReduction harsh = PlanMissReduction.builder()
                .id(id("plan-miss"))
                .rule(PlanKind.SALES, ReductionRule.fixed(pct("100")))
                .rule(PlanKind.NEW_CLIENTS, ReductionRule.fixed(pct("100")))
                .build();
        // 100% + 100% = 200%, at most 100%: the whole 8000.00 and no more
        PayStatement s = q1(harsh, attainments("0.10", "0.10"));
        assertThat(reductionLine(s).amount()).isEqualTo(eur("-8000.00"));
        assertThat(s.variableTotal()).isEqualTo(eur("0.00"));
        assertThat(s.fixedTotal()).isEqualTo(eur("6000.00"));
        assertThat(s.total()).isEqualTo(eur("6000.00"));
    }

    @Test
    void nothingEarnedNothingReduced() {
        PayStatement s =
                q1(plan(eur("6000.00"), COMMISSION, planMiss().build()), attainments("0.50", "0.50"), eur("0"));
        assertThat(reductionLine(s).amount()).isEqualTo(eur("0.00"));
        assertThat(reductionLine(s)
                        .explanation()
                        .find("pay.reduction.amount")
                        .get(0)
                        .text())
                .contains("EUR 0.00 (nothing above zero to reduce)");
        assertThat(s.total()).isEqualTo(eur("6000.00"));
    }

    @Test
    void theReductionIsRoundedOnceFromTheRoundedLinesBeforeIt() {
        // commission 10% x 80000.10 = 8000.01; 15% + 10% = 25% of 8000.01 = 2000.0025 -> 2000.00
        PayStatement s =
                q1(plan(eur("0"), COMMISSION, planMiss().build()), attainments("0.85", "0.50"), eur("80000.10"));
        assertThat(reductionLine(s).exact()).isEqualTo(eur("-2000.0025"));
        assertThat(reductionLine(s).amount()).isEqualTo(eur("-2000.00"));
        assertThat(s.total()).isEqualTo(eur("6000.01"));
    }

    @Test
    void itReducesOnlyTheLinesBeforeItIncludingTheirCaps() {
        TransactionCommission capped = TransactionCommission.builder()
                .id(id("commission"))
                .bands(CommissionBands.flat(pct("10"), EUR))
                .cap(eur("5000.00"))
                .build();
        // 8000.00 capped at 5000.00 (CAP -3000.00); 25% of 5000.00 = 1250.00
        PayStatement s = q1(plan(eur("0"), capped, planMiss().build()), attainments("0.85", "0.50"), eur("80000"));
        assertThat(reductionLine(s).amount()).isEqualTo(eur("-1250.00"));
        // put first, it has nothing before it to reduce
        PayStatement first =
                q1(plan(eur("0"), planMiss().build(), COMMISSION), attainments("0.85", "0.50"), eur("80000"));
        assertThat(reductionLine(first).amount()).isEqualTo(eur("0.00"));
        assertThat(first.total()).isEqualTo(eur("8000.00"));
    }

    @Test
    void aPlanWithoutAttainmentIsNotJudged() {
        PayStatement noKpis = PayTypesExample.q1(
                plan(eur("0"), COMMISSION, planMiss().build()), ANA, sale("SO-1", ANA, eur("80000")));
        PayLine line = reductionLine(noKpis);
        assertThat(line.amount()).isEqualTo(eur("0.00"));
        assertThat(line.explanation().steps().get(0).text())
                .isEqualTo("SALES: no attainment (plan.attainment.sales@1) among the KPI results given: not judged");
        // an attainment that is not defined (no plan set) is not judged either; new clients at 50% takes 10%
        KpiValue undefined = KpiGens.undefined(SALES);
        KpiResults kpis =
                KpiResults.of(KpiGens.CONTEXT, List.of(undefined, KpiGens.value(NEW_CLIENTS, new BigDecimal("0.5"))));
        PayStatement s = q1(planMiss().build(), kpis);
        assertThat(reductionLine(s).amount()).isEqualTo(eur("-800.00"));
        assertThat(reductionLine(s).explanation().steps().get(0).text())
                .isEqualTo("SALES: attainment not defined (nothing to measure): not judged");
    }

    @Test
    void theAccessorsGiveTheRulesAndDefaults() {
        PlanMissReduction r = planMiss().build();
        assertThat(r.id()).isEqualTo(id("plan-miss"));
        assertThat(r.rules())
                .containsExactly(
                        java.util.Map.entry(PlanKind.SALES, ReductionRule.proportional(pct("100"))),
                        java.util.Map.entry(PlanKind.NEW_CLIENTS, ReductionRule.fixed(pct("10"))));
        assertThat(r.missedBelow()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        assertThat(r.maxReduction()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        assertThat(r.currency()).isEmpty();
        assertThat(r.cap()).isEmpty();
        assertThat(r.floor()).isEmpty();
        assertThat(r.clawbackBasis()).isEmpty();
        assertThat(r.wantsSubordinates()).isFalse();
        assertThat(r.description())
                .isEqualTo("plan-miss reduction {SALES=100% of the shortfall, NEW_CLIENTS=10% per missed plan}");
        assertThat(r).hasToString("plan-miss: " + r.description());
    }

    @Test
    void eachPlanIsReadFromItsAttainmentKpi() {
        assertThat(PlanKind.SALES.kpi()).isEqualTo(PlanAttainment.SALES_ID);
        assertThat(PlanKind.ACTIVE_CLIENTS.kpi()).isEqualTo(PlanAttainment.ACTIVE_CLIENTS_ID);
        assertThat(PlanKind.NEW_CLIENTS.kpi()).isEqualTo(PlanAttainment.NEW_CLIENTS_ID);
    }

    @Test
    void equalityIsByIdRulesThresholdAndMaximum() {
        new EqualsTester()
                .addEqualityGroup(
                        planMiss().build(),
                        PlanMissReduction.builder()
                                .id(id("plan-miss"))
                                .rule(PlanKind.NEW_CLIENTS, ReductionRule.fixed(pct("10")))
                                .rule(PlanKind.SALES, ReductionRule.proportional(pct("100")))
                                .missedBelow(Rate.ONE_HUNDRED_PERCENT)
                                .build())
                .addEqualityGroup(planMiss().id(id("plan-miss.other")).build())
                .addEqualityGroup(planMiss()
                        .rule(PlanKind.ACTIVE_CLIENTS, ReductionRule.fixed(pct("5")))
                        .build())
                .addEqualityGroup(planMiss().missedBelow(pct("90")).build())
                .addEqualityGroup(planMiss().maxReduction(pct("50")).build())
                .testEquals();
    }
}
