package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.C1;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.Q1;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.plan;
import static io.github.kamsdk.core.pay.PayTypesExample.sale;
import static io.github.kamsdk.core.pay.PayTypesExample.version;
import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import io.github.kamsdk.core.testing.KpiGens;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.Proration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ComponentContext}: what a component knows, seen through {@link RecordingComponent} in a
 * quarter split by a plan change on 15 February and 1 March.
 *
 * <pre>
 * Q1 = 90 days; V1 [01-01, 02-15) 45 days = 1/2; V2 [02-15, 03-01) 14 days = 7/45; V3 [03-01, ...) 31 days = 31/90
 * </pre>
 */
class ComponentContextTest {
    static final LocalDate FEB_15 = LocalDate.of(2026, 2, 15);
    static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    @Test
    void aWholePeriodContext() {
        RecordingComponent rec = new RecordingComponent("rec", false);
        CompensationPlan p = plan(rec);
        KpiResults kpis = KpiResults.of(KpiGens.CONTEXT, List.of());
        PayCalculator.of(PayPlans.forEveryone(p))
                .statement(ANA, Q1, PayInput.builder().putKpiResults(ANA, kpis).build());
        assertThat(rec.contexts).singleElement().satisfies(c -> {
            assertThat(c.manager()).isEqualTo(ANA);
            assertThat(c.period()).isEqualTo(Q1);
            assertThat(c.piece()).isEqualTo(Q1);
            assertThat(c.proration()).isEqualTo(Proration.ONE);
            assertThat(c.plan()).isEqualTo(p);
            assertThat(c.version()).isEqualTo(p.versions().get(0));
            assertThat(c.currency()).isEqualTo(EUR);
            assertThat(c.rounding()).isEqualTo(RoundingPolicy.DEFAULT);
            assertThat(c.detail()).isEqualTo(Detail.EXPLAINED);
            assertThat(c.explained()).isTrue();
            assertThat(c.tracks(EventId.of("SO-1"))).isTrue();
            assertThat(c.kpis()).contains(kpis);
            assertThat(c.scorecard()).isEmpty();
            assertThat(c.team()).isEmpty();
            // the whole period: the amount itself, exact
            assertThat(c.prorate(eur("3000.00"))).isEqualTo(eur("3000.00"));
        });
    }

    @Test
    void eachVersionPieceHasItsDaysAndProration() {
        RecordingComponent rec = new RecordingComponent("rec", false);
        CompensationPlan changed = CompensationPlan.builder()
                .id("test-plan")
                .currency(EUR)
                .addVersion(version(DateRange.of(LocalDate.of(2026, 1, 1), FEB_15), eur("0"), rec))
                .addVersion(version(DateRange.of(FEB_15, MAR_1), eur("0"), rec))
                .addVersion(version(DateRange.of(MAR_1, LocalDate.of(2027, 1, 1)), eur("0"), rec))
                .build();
        PayTypesExample.q1(changed, ANA);
        assertThat(rec.contexts)
                .extracting(ComponentContext::piece, ComponentContext::proration)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                DateRange.of(LocalDate.of(2026, 1, 1), FEB_15), Proration.ofDays(45, 90)),
                        org.assertj.core.groups.Tuple.tuple(DateRange.of(FEB_15, MAR_1), Proration.ofDays(14, 90)),
                        org.assertj.core.groups.Tuple.tuple(
                                DateRange.of(MAR_1, LocalDate.of(2026, 4, 1)), Proration.ofDays(31, 90)));
        assertThat(rec.contexts).allSatisfy(c -> assertThat(c.period()).isEqualTo(Q1));
        // 3000.00 x 1/2 = 1500.00; x 7/45 = 466.666... kept to 20 decimals; x 31/90 = 1033.333...
        assertThat(rec.contexts.get(0).prorate(eur("3000.00"))).isEqualTo(eur("1500.00"));
        assertThat(rec.contexts.get(1).prorate(eur("3000.00"))).isEqualTo(eur("466.66666666666666666667"));
        assertThat(rec.contexts.get(1).prorate(eur("3000.00")).amount().scale())
                .isEqualTo(ComponentContext.PRORATION_SCALE);
        assertThat(rec.contexts.get(2).prorate(eur("3000.00"))).isEqualTo(eur("1033.33333333333333333333"));
    }

    @Test
    void figuresOnlyTracksOnlyTheDealsWithAClawbackTrigger() {
        RecordingComponent rec = new RecordingComponent("rec", false);
        Reversal returned = Reversal.builder()
                .reversalKind(ReversalKind.RETURN)
                .id(EventId.of("REV-1"))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(LocalDate.of(2026, 3, 1))
                .order(EventId.of("SO-1"))
                .value(eur("10.00"))
                .cost(eur("0"))
                .reason("damaged")
                .build();
        PayCalculator.of(PayPlans.forEveryone(plan(rec)))
                .run(
                        Q1,
                        List.of(ANA),
                        PayInput.builder()
                                .transactions(List.of(sale("SO-1", ANA, eur("100")), sale("SO-2", ANA, eur("100"))))
                                .addReversals(List.of(returned))
                                .build(),
                        Detail.FIGURES_ONLY);
        ComponentContext c = rec.contexts.get(0);
        assertThat(c.detail()).isEqualTo(Detail.FIGURES_ONLY);
        assertThat(c.explained()).isFalse();
        assertThat(c.tracks(EventId.of("SO-1"))).isTrue();
        assertThat(c.tracks(EventId.of("SO-2"))).isFalse();
    }

    @Test
    void theTeamAndScorecardAreThereWhenGiven() {
        SalesTeam team = SalesTeam.builder()
                .addManager(Manager.of(ANA, "Ana", Role.SENIOR_KAM))
                .build();
        RecordingComponent rec = new RecordingComponent("rec", false);
        var card = KpiBonusTest.score("0.90");
        PayCalculator.builder()
                .plans(PayPlans.forEveryone(plan(rec)))
                .team(team)
                .build()
                .statement(ANA, Q1, PayInput.builder().putScorecard(ANA, card).build());
        assertThat(rec.contexts.get(0).team()).contains(team);
        assertThat(rec.contexts.get(0).scorecard()).contains(card);
        assertThat(rec.contexts.get(0).kpis()).isEmpty();
    }

    @Test
    void prorateRejectsANullAmount() {
        RecordingComponent rec = new RecordingComponent("rec", false);
        CompensationPlan changed = CompensationPlan.builder()
                .id("test-plan")
                .currency(EUR)
                .addVersion(version(DateRange.of(LocalDate.of(2026, 1, 1), FEB_15), eur("0"), rec))
                .addVersion(version(DateRange.of(FEB_15, LocalDate.of(2027, 1, 1)), eur("0"), rec))
                .build();
        PayTypesExample.q1(changed, ANA);
        assertNullRejected(() -> rec.contexts.get(0).prorate(null), "perPeriod");
        RecordingComponent whole = new RecordingComponent("rec", false);
        PayTypesExample.q1(plan(whole), ANA);
        assertNullRejected(() -> whole.contexts.get(0).prorate(null), "perPeriod");
    }
}
