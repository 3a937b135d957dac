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
import io.github.kamsdk.core.kpi.KpiDirection;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.Scorecard;
import io.github.kamsdk.core.kpi.ScorecardEntry;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.testing.KpiGens;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link KpiBonus} through {@link PayCalculator}: the Javadoc's bonus of EUR 3,000.00 at a score of
 * 90% on {@link AttainmentCurveTest#CURVE} (payout 75%: EUR 2,250.00), no scorecard, an undefined
 * score, a cap and a floor, and a plan change in the middle of the quarter.
 *
 * <pre>
 * scorecard: one KPI, weight 1, target 1.00, actual 0.90 -> attainment 90%, score 90%
 * Q1: 90 days; versions split at 2026-02-15: [01-01, 02-15) 45 days, [02-15, 04-01) 45 days
 * </pre>
 */
class KpiBonusTest {
    static final KpiDefinition KPI = KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER);
    static final Scorecard CARD = Scorecard.of(
            ScorecardEntry.builder().kpi(KPI.id()).weight("1").target("1.00").build());

    static ScorecardResult score(String actual) {
        return CARD.evaluate(KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.value(KPI, new BigDecimal(actual)))));
    }

    static KpiBonus.Builder bonus() {
        return KpiBonus.builder().id(id("bonus")).target(eur("3000.00")).curve(AttainmentCurveTest.CURVE);
    }

    static PayStatement q1(CompensationPlan plan, ScorecardResult card) {
        return PayCalculator.of(PayPlans.forEveryone(plan))
                .statement(ANA, Q1, PayInput.builder().putScorecard(ANA, card).build());
    }

    @Test
    void theBuilderKeepsTheTargetAndCurve() {
        KpiBonus b = bonus().build();
        assertThat(b.id()).isEqualTo(id("bonus"));
        assertThat(b.target()).isEqualTo(eur("3000"));
        assertThat(b.curve()).isEqualTo(AttainmentCurveTest.CURVE);
        assertThat(b.currency()).contains(EUR);
        assertThat(b.cap()).isEmpty();
        assertThat(b.floor()).isEmpty();
        assertThat(b.clawbackBasis()).isEmpty();
        assertThat(b.wantsSubordinates()).isFalse();
        assertThat(b.description()).isEqualTo("KPI bonus of EUR 3000.00 per period");
        assertThat(b).hasToString("bonus: KPI bonus of EUR 3000.00 per period");
        // the curve is linear by default
        assertThat(KpiBonus.builder().id(id("bonus")).target(eur("1")).build().curve())
                .isEqualTo(AttainmentCurve.linear());
    }

    @Test
    void theJavadocExampleANinetyPercentScorePaysSeventyFivePercent() {
        assertThat(score("0.90").score()).contains(pct("90"));
        PayStatement s = q1(plan(bonus().build()), score("0.90"));
        // 3000.00 x payout(90%) = 3000.00 x 75% = 2250.00
        PayLine line = s.lines(PayLineKind.BONUS).get(0);
        assertThat(line.amount()).isEqualTo(eur("2250.00"));
        assertThat(line.label()).isEqualTo("KPI bonus (bonus)");
        assertThat(line.fullKey()).isEqualTo("BONUS/bonus/bonus/2026-01-01");
        assertThat(line.explanation().steps())
                .extracting(Step::code)
                .containsExactly(
                        "pay.bonus.target",
                        "pay.bonus.score",
                        "pay.bonus.curve",
                        "pay.bonus.amount",
                        "pay.line.rounded");
        assertThat(line.explanation().find("pay.bonus.target").get(0).text()).isEqualTo("target bonus EUR 3000.00");
        assertThat(line.explanation().find("pay.bonus.amount").get(0).text())
                .isEqualTo("payout 75% at a score of 90%; EUR 3000.00 × 75% = EUR 2250.00");
        assertThat(s.total()).isEqualTo(eur("2250.00"));
    }

    @Test
    void thePayoutFollowsTheCurve() {
        CompensationPlan p = plan(bonus().build());
        // below the threshold: 79% -> 0; at it: 80% -> 50% = 1500.00; 110% -> 130% = 3900.00; 150% -> capped 200%
        assertThat(q1(p, score("0.79")).total()).isEqualTo(eur("0.00"));
        assertThat(q1(p, score("0.80")).total()).isEqualTo(eur("1500.00"));
        assertThat(q1(p, score("1.10")).total()).isEqualTo(eur("3900.00"));
        // the scorecard itself caps an attainment at 150%: payout(150%) = 200% = 6000.00
        assertThat(q1(p, score("1.50")).total()).isEqualTo(eur("6000.00"));
    }

    @Test
    void noScorecardPaysNothingAndSaysWhy() {
        PayStatement s = PayTypesExample.q1(plan(bonus().build()), ANA);
        PayLine line = s.lines(PayLineKind.BONUS).get(0);
        assertThat(line.amount()).isEqualTo(eur("0.00"));
        assertThat(line.explanation().find("pay.bonus.none"))
                .singleElement()
                .extracting(Step::text)
                .isEqualTo("no scorecard was given for ana: no bonus");
    }

    @Test
    void anUndefinedScorePaysNothingAndSaysWhy() {
        ScorecardResult undefined = CARD.evaluate(KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.undefined(KPI))));
        assertThat(undefined.score()).isEmpty();
        PayLine line =
                q1(plan(bonus().build()), undefined).lines(PayLineKind.BONUS).get(0);
        assertThat(line.amount()).isEqualTo(eur("0.00"));
        assertThat(line.explanation().find("pay.bonus.none").get(0).text())
                .startsWith("the scorecard's score is not defined (")
                .endsWith("): no bonus");
    }

    @Test
    void aBonusIgnoresTransactionsSoAPlanOfABonusOnlyListsThemAsEarningNothing() {
        PayStatement s = PayTypesExample.q1(plan(bonus().build()), ANA, sale("SO-1", ANA, eur("100")));
        assertThat(s.unpaid()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnpaidReason.NO_COMPONENT);
            assertThat(u.detail())
                    .isEqualTo("no component of plan test-plan (version from 2026-01-01) earns on transactions");
            assertThat(u.component()).isEmpty();
        });
    }

    @Test
    void aCapAndAFloorBoundTheBonus() {
        // 2250.00 capped at 2000.00: -250.00
        PayStatement capped = q1(plan(bonus().cap(eur("2000.00")).build()), score("0.90"));
        assertThat(capped.lines(PayLineKind.CAP))
                .singleElement()
                .extracting(PayLine::amount)
                .isEqualTo(eur("-250.00"));
        assertThat(capped.total()).isEqualTo(eur("2000.00"));
        // nothing earned below the threshold, floor 500.00: +500.00
        PayStatement floored = q1(plan(bonus().floor(eur("500.00")).build()), score("0.50"));
        assertThat(floored.lines(PayLineKind.FLOOR))
                .singleElement()
                .extracting(PayLine::amount)
                .isEqualTo(eur("500.00"));
        assertThat(floored.total()).isEqualTo(eur("500.00"));
        KpiBonus both = bonus().cap(eur("5000")).floor(eur("500")).build();
        assertThat(both.cap()).contains(eur("5000"));
        assertThat(both.floor()).contains(eur("500"));
    }

    @Test
    void aPlanChangeMidQuarterProratesEachVersionsTarget() {
        LocalDate feb15 = LocalDate.of(2026, 2, 15);
        CompensationPlan changed = CompensationPlan.builder()
                .id("test-plan")
                .currency(EUR)
                .addVersion(PayTypesExample.version(
                        DateRange.of(LocalDate.of(2026, 1, 1), feb15), eur("0"), bonus().build()))
                .addVersion(PayTypesExample.version(
                        DateRange.of(feb15, LocalDate.of(2027, 1, 1)),
                        eur("0"),
                        bonus().target(eur("4000.00")).build()))
                .build();
        PayStatement s = q1(changed, score("0.90"));
        // 45/90 of 3000.00 = 1500.00 x 75% = 1125.00; 45/90 of 4000.00 = 2000.00 x 75% = 1500.00
        assertThat(s.lines(PayLineKind.BONUS))
                .extracting(PayLine::fullKey, PayLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BONUS/bonus/bonus/2026-01-01", eur("1125.00")),
                        org.assertj.core.groups.Tuple.tuple("BONUS/bonus/bonus/2026-02-15", eur("1500.00")));
        assertThat(s.lines(PayLineKind.BONUS)
                        .get(0)
                        .explanation()
                        .find("pay.bonus.target")
                        .get(0)
                        .text())
                .isEqualTo("target bonus EUR 3000.00 × 1/2 of the period's days = EUR 1500.00");
        assertThat(s.total()).isEqualTo(eur("2625.00"));
    }

    @Test
    void equalityIsByIdTargetCurveCapAndFloor() {
        new EqualsTester()
                .addEqualityGroup(bonus().build(), bonus().target(eur("3000")).build())
                .addEqualityGroup(bonus().id(id("bonus.kpi")).build())
                .addEqualityGroup(bonus().target(eur("3000.01")).build())
                .addEqualityGroup(bonus().curve(AttainmentCurve.linear()).build())
                .addEqualityGroup(bonus().cap(eur("4000")).build())
                .addEqualityGroup(bonus().floor(eur("100")).build())
                .testEquals();
    }
}
