package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayFixtures.ANA;
import static io.github.kamsdk.core.pay.PayFixtures.EUR;
import static io.github.kamsdk.core.pay.PayFixtures.Q1;
import static io.github.kamsdk.core.pay.PayFixtures.calculator;
import static io.github.kamsdk.core.pay.PayFixtures.commission;
import static io.github.kamsdk.core.pay.PayFixtures.day;
import static io.github.kamsdk.core.pay.PayFixtures.eur;
import static io.github.kamsdk.core.pay.PayFixtures.plan;
import static io.github.kamsdk.core.pay.PayFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kamsdk.core.kpi.KpiDefinition;
import io.github.kamsdk.core.kpi.KpiDirection;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.Scorecard;
import io.github.kamsdk.core.kpi.ScorecardEntry;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.testing.KpiGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One statement read every way: ana's Q1 on a plan of fixed 6,000.00, commission on the seeds'
 * bands capped at 4,000.00, a bonus of 3,000.00 at a payout equal to the score, and a variable cap
 * of 5,000.00. She books SO-1 of 33,333.33 and scores 75%.
 *
 * <pre>
 * FIXED         fixed pay                     6,000.00
 * COMMISSION    band 1: 15% × 33,333.33 = 4,999.9995 → 5,000.00
 * CAP           capped at 4,000.00           −1,000.00
 * BONUS         3,000.00 × 75%                2,250.00
 * VARIABLE_CAP  earned 6,250.00, cap 5,000.00 −1,250.00
 * total         6,000.00 + 5,000.00 =        11,000.00
 * </pre>
 */
class PayStatementTest {
    static final CompensationPlan PLAN = plan(
                    "kam",
                    "6000.00",
                    commission(BandMode.WHOLE_AMOUNT).cap(eur("4000.00")).build(),
                    KpiBonus.builder()
                            .id(ComponentId.of("bonus"))
                            .target(eur("3000.00"))
                            .build())
            .variableCap(eur("5000.00"))
            .build();

    static ScorecardResult scorecard(String actual) {
        KpiDefinition kpi = KpiGens.definition(0, KpiDirection.HIGHER_IS_BETTER);
        return Scorecard.of(ScorecardEntry.builder()
                        .kpi(kpi.id())
                        .weight("1")
                        .target("1.00")
                        .build())
                .evaluate(KpiResults.of(KpiGens.CONTEXT, List.of(KpiGens.value(kpi, new BigDecimal(actual)))));
    }

    static PayInput input(String amount) {
        return PayInput.builder()
                .transactions(List.of(sale("SO-1", ANA, day(2, 1), amount)))
                .putScorecard(ANA, scorecard("0.75"))
                .build();
    }

    final PayStatement s = calculator(PLAN).statement(ANA, Q1, input("33333.33"));

    @Test
    void theLinesInStatementOrder() {
        assertThat(s.lines())
                .extracting(PayLine::kind, PayLine::fullKey, PayLine::amount)
                .containsExactly(
                        tuple(PayLineKind.FIXED, "FIXED/-/fixed/2026-01-01", eur("6000.00")),
                        tuple(PayLineKind.COMMISSION, "COMMISSION/commission/band.1/2026-01-01", eur("5000.00")),
                        tuple(PayLineKind.CAP, "CAP/commission/cap/2026-01-01", eur("-1000.00")),
                        tuple(PayLineKind.BONUS, "BONUS/bonus/bonus/2026-01-01", eur("2250.00")),
                        tuple(PayLineKind.VARIABLE_CAP, "VARIABLE_CAP/-/variable-cap/2026-01-01", eur("-1250.00")));
        assertThat(s.manager()).isEqualTo(ANA);
        assertThat(s.period()).isEqualTo(Q1);
        assertThat(s.planId()).isEqualTo("kam");
        assertThat(s.currency()).isEqualTo(EUR);
        assertThat(s.detail()).isEqualTo(Detail.EXPLAINED);
        assertThat(s.drawBalance()).isEmpty();
    }

    @Test
    void theTotalsAreSumsOfTheRoundedLines() {
        assertThat(s.fixedTotal()).isEqualTo(eur("6000.00"));
        // 5,000.00 − 1,000.00 + 2,250.00 − 1,250.00 = 5,000.00
        assertThat(s.variableTotal()).isEqualTo(eur("5000.00"));
        // earned before the plan's cap: 5,000.00 − 1,000.00 + 2,250.00 = 6,250.00
        assertThat(s.earnedVariable()).isEqualTo(eur("6250.00"));
        assertThat(s.total()).isEqualTo(eur("11000.00"));
        assertThat(s.total())
                .isEqualTo(
                        Money.sum(EUR, s.lines().stream().map(PayLine::amount).toList()));
        assertThat(s.total(PayLineKind.COMMISSION)).isEqualTo(eur("5000.00"));
        assertThat(s.total(PayLineKind.CAP)).isEqualTo(eur("-1000.00"));
        assertThat(s.total(PayLineKind.BONUS)).isEqualTo(eur("2250.00"));
        assertThat(s.total(PayLineKind.VARIABLE_CAP)).isEqualTo(eur("-1250.00"));
        assertThat(s.total(PayLineKind.DRAW)).isEqualTo(eur("0.00"));
        assertThat(s.lines(PayLineKind.DRAW)).isEmpty();
        assertThat(s.lines(PayLineKind.CAP)).hasSize(1);
    }

    @Test
    void aLineIsFoundByItsFullKey() {
        PayLine commission = s.line("COMMISSION/commission/band.1/2026-01-01").orElseThrow();
        assertThat(commission.kind()).isEqualTo(PayLineKind.COMMISSION);
        assertThat(commission.component()).contains(ComponentId.of("commission"));
        assertThat(commission.key()).isEqualTo("band.1");
        assertThat(commission.piece()).isEqualTo(Q1);
        assertThat(commission.label())
                .isEqualTo("commission on amount, whole-amount bands, booked: band 1 [EUR 0.00, EUR 50000.00) at 15%");
        // rounded once
        assertThat(commission.exact()).isEqualTo(eur("4999.9995"));
        assertThat(commission.amount()).isEqualTo(eur("5000.00"));
        assertThat(commission.explanation().find("pay.line.rounded").get(0).text())
                .isEqualTo("exact EUR 4999.9995 rounded once (HALF_EVEN to the minor unit) to EUR 5000.00");
        assertThat(commission)
                .hasToString("COMMISSION commission on amount, whole-amount bands, booked: band 1 [EUR 0.00, EUR"
                        + " 50000.00) at 15% EUR 5000.00");
        assertThat(s.line("FIXED/-/fixed/2026-01-01").orElseThrow().component()).isEmpty();
        assertThat(s.line("COMMISSION/commission/band.2/2026-01-01")).isEmpty();
        assertThat(s.line("COMMISSION/commission/band.1/2026-04-01")).isEmpty();
    }

    @Test
    void theExplanationNamesEveryLineAndTheTotals() {
        String text = s.explanation().render();
        assertThat(text)
                .contains("pay statement of ana for [2026-01-01, 2026-04-01), plan kam, in EUR")
                .contains("FIXED fixed pay (version from 2026-01-01): EUR 6000.00")
                .contains("COMMISSION commission on amount, whole-amount bands, booked: band 1 [EUR 0.00, EUR 50000.00)"
                        + " at 15%: EUR 5000.00")
                .contains("CAP cap of commission: EUR -1000.00")
                .contains("BONUS KPI bonus (bonus): EUR 2250.00")
                .contains("VARIABLE_CAP variable pay cap of plan kam: EUR -1250.00")
                .contains("fixed EUR 6000.00 + variable EUR 5000.00 = total EUR 11000.00");
        for (PayLine l : s.lines()) {
            assertThat(text).contains(l.label());
        }
        // each line's own explanation is inside it, down to the transaction
        assertThat(s.explanation().find("pay.statement.line")).hasSize(5);
        assertThat(s.explanation().find("pay.commission.transaction")).hasSize(1);
        assertThat(s.explanation().find("pay.statement.total").get(0).parameter("total", Money.class))
                .isEqualTo(eur("11000.00"));
        // nothing went unpaid: no unpaid step
        assertThat(s.explanation().find("pay.statement.unpaid")).isEmpty();
    }

    @Test
    void equalityIsByFiguresNotExplanations() {
        PayStatement again = calculator(PLAN).statement(ANA, Q1, input("33333.33"));
        assertThat(again).isEqualTo(s).hasSameHashCodeAs(s);
        // another deal: 15% × 33,333.34 = 5,000.001 → 5,000.00, the same amounts but not the same exact
        // figures or records
        PayStatement other = calculator(PLAN).statement(ANA, Q1, input("33333.34"));
        assertThat(other.lines())
                .extracting(PayLine::amount)
                .isEqualTo(s.lines().stream().map(PayLine::amount).toList());
        assertThat(other).isNotEqualTo(s);
        // a figures-only statement has the same lines, but is another statement (no records, counts only)
        PayStatement figures = calculator(PLAN)
                .run(Q1, List.of(ANA), input("33333.33"), Detail.FIGURES_ONLY)
                .statement(ANA);
        assertThat(figures.lines()).isEqualTo(s.lines());
        assertThat(figures).isNotEqualTo(s);
        assertThat(s).hasToString("PayStatement{ana [2026-01-01, 2026-04-01) kam: 5 lines, total EUR 11000.00}");
    }
}
