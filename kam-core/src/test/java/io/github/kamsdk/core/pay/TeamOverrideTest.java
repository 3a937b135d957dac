package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.LUIS;
import static io.github.kamsdk.core.pay.PayTypesExample.MARTA;
import static io.github.kamsdk.core.pay.PayTypesExample.Q1;
import static io.github.kamsdk.core.pay.PayTypesExample.USD;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.id;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static io.github.kamsdk.core.pay.PayTypesExample.plan;
import static io.github.kamsdk.core.pay.PayTypesExample.sale;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.team.Manager;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.team.SalesTeam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link TeamOverride} through {@link PayCalculator} (R-PAY-5): the Javadoc's 2% override of Ana on
 * Luis's EUR 40,000, one line per subordinate, direct reports or everyone below, and nothing
 * without a team.
 *
 * <pre>
 * ana (senior) <- luis (junior) <- marta (junior)
 * SO-L1 40000.00 luis; SO-M1 10000.00 marta; SO-S 60000.00 ana 50% / luis 50%
 * plan for everyone: commission 10% flat, override 2%
 * </pre>
 */
class TeamOverrideTest {
    static final SalesTeam TEAM = SalesTeam.builder()
            .addManager(Manager.of(ANA, "Ana", Role.SENIOR_KAM))
            .addManager(Manager.of(LUIS, "Luis", Role.JUNIOR_KAM))
            .addManager(Manager.of(MARTA, "Marta", Role.JUNIOR_KAM))
            .reportsTo(LUIS, ANA)
            .reportsTo(MARTA, LUIS)
            .build();

    static final TransactionCommission COMMISSION = TransactionCommission.builder()
            .id(id("commission"))
            .bands(CommissionBands.flat(pct("10"), EUR))
            .build();

    static TeamOverride.Builder override() {
        return TeamOverride.builder().id(id("override")).rate(pct("2")).currency(EUR);
    }

    static final PayTransaction SO_L1 = sale("SO-L1", LUIS, eur("40000.00"));
    static final PayTransaction SO_M1 = sale("SO-M1", MARTA, eur("10000.00"));
    static final PayTransaction SO_S =
            sale("SO-S", Credits.split(Map.of(ANA, pct("50"), LUIS, pct("50"))), eur("60000.00"));

    static PayStatement statement(TeamOverride o, PayTransaction... ts) {
        return PayCalculator.builder()
                .plans(PayPlans.forEveryone(plan(COMMISSION, o)))
                .team(TEAM)
                .build()
                .statement(ANA, Q1, PayInput.of(List.of(ts)));
    }

    @Test
    void theDefaultsAreAmountBookedEveryLineAndEveryoneBelow() {
        TeamOverride o = override().build();
        assertThat(o.id()).isEqualTo(id("override"));
        assertThat(o.rate()).isEqualTo(pct("2"));
        assertThat(o.currency()).contains(EUR);
        assertThat(o.base()).isEqualTo(CommissionBase.AMOUNT);
        assertThat(o.basis()).isEqualTo(CreditingBasis.BOOKED);
        assertThat(o.eligibility()).isEqualTo(Eligibility.all());
        assertThat(o.scope()).isEqualTo(TeamOverride.Scope.ALL_SUBORDINATES);
        assertThat(o.cap()).isEmpty();
        assertThat(o.floor()).isEmpty();
        assertThat(o.clawbackBasis()).contains(CreditingBasis.BOOKED);
        assertThat(o.wantsSubordinates()).isTrue();
        assertThat(o.description()).isEqualTo("override of 2% on the amount of subordinates' booked transactions");
        assertThat(o).hasToString("override: override of 2% on the amount of subordinates' booked transactions");
        assertThat(override()
                        .scope(TeamOverride.Scope.DIRECT_REPORTS)
                        .base(CommissionBase.MARGIN)
                        .basis(CreditingBasis.INVOICED)
                        .build()
                        .description())
                .isEqualTo("override of 2% on the margin of direct reports' invoiced transactions");
        assertThat(override().description("team bonus").build().description()).isEqualTo("team bonus");
    }

    @Test
    void theJavadocExampleTwoPercentOfLuissSale() {
        PayStatement s = statement(override().build(), SO_L1);
        // 2% x 40000.00 = 800.00, on top of (not out of) luis's own commission
        assertThat(s.lines(PayLineKind.OVERRIDE)).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualTo(eur("800.00"));
            assertThat(l.key()).isEqualTo("sub.luis");
            assertThat(l.label()).isEqualTo("override of 2% on the amount of subordinates' booked transactions: luis");
            assertThat(l.explanation().find("pay.override.transaction"))
                    .singleElement()
                    .extracting(Step::text)
                    .isEqualTo("SO-L1 (2026-02-10, deal SO-L1): deal base EUR 40000.00 × 100% credited to luis"
                            + " = EUR 40000.00; 2% × EUR 40000.00 = EUR 800.00");
            assertThat(l.explanation().find("pay.override.total").get(0).text())
                    .isEqualTo("override on luis: EUR 800.00");
        });
        assertThat(s.lines(PayLineKind.COMMISSION)).isEmpty();
        assertThat(s.total()).isEqualTo(eur("800.00"));
        // luis keeps his 10% = 4000.00
        PayStatement luis = PayCalculator.builder()
                .plans(PayPlans.forEveryone(plan(COMMISSION, override().build())))
                .team(TEAM)
                .build()
                .statement(LUIS, Q1, PayInput.of(List.of(SO_L1)));
        assertThat(luis.total()).isEqualTo(eur("4000.00"));
    }

    @Test
    void oneLinePerSubordinateAnywhereBelow() {
        PayStatement s = statement(override().build(), SO_M1, SO_L1);
        // luis: 800.00; marta (below luis): 2% x 10000.00 = 200.00; in id order
        assertThat(s.lines(PayLineKind.OVERRIDE))
                .extracting(PayLine::key, PayLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sub.luis", eur("800.00")),
                        org.assertj.core.groups.Tuple.tuple("sub.marta", eur("200.00")));
        assertThat(s.total()).isEqualTo(eur("1000.00"));
        // one EARNED record per transaction, for clawbacks
        assertThat(s.records())
                .extracting(CommissionRecord::deal, CommissionRecord::amount)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(EventId.of("SO-L1"), eur("800.00")),
                        org.assertj.core.groups.Tuple.tuple(EventId.of("SO-M1"), eur("200.00")));
    }

    @Test
    void directReportsOnlyLeavesOutThoseFurtherDown() {
        PayStatement s =
                statement(override().scope(TeamOverride.Scope.DIRECT_REPORTS).build(), SO_M1, SO_L1);
        assertThat(s.lines(PayLineKind.OVERRIDE))
                .extracting(PayLine::key, PayLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sub.luis", eur("800.00")));
    }

    @Test
    void aSplitDealEarnsTheSeniorHerShareAndTheOverrideOnTheJuniorsShare() {
        PayStatement s = statement(override().build(), SO_S);
        // own 10% x 30000.00 = 3000.00; override 2% x (60000.00 x 50%) = 600.00
        assertThat(s.lines(PayLineKind.COMMISSION))
                .singleElement()
                .extracting(PayLine::amount)
                .isEqualTo(eur("3000.00"));
        assertThat(s.lines(PayLineKind.OVERRIDE))
                .singleElement()
                .extracting(PayLine::amount)
                .isEqualTo(eur("600.00"));
        assertThat(s.total()).isEqualTo(eur("3600.00"));
    }

    @Test
    void withoutATeamThereIsNoOneToOverride() {
        PayStatement s = PayTypesExample.q1(plan(COMMISSION, override().build()), ANA, SO_L1);
        assertThat(s.lines(PayLineKind.OVERRIDE)).isEmpty();
        assertThat(s.total()).isEqualTo(eur("0.00"));
    }

    @Test
    void onlyTheOverridesBasisAndEligibleLinesCount() {
        // an invoiced override ignores luis's booked sale
        assertThat(statement(override().basis(CreditingBasis.INVOICED).build(), SO_L1)
                        .lines(PayLineKind.OVERRIDE))
                .isEmpty();
        // a margin override cannot judge a line without cost: ignored, nothing listed against ana
        PayStatement margin = statement(override().base(CommissionBase.MARGIN).build(), SO_L1);
        assertThat(margin.lines(PayLineKind.OVERRIDE)).isEmpty();
        assertThat(margin.unpaid()).isEmpty();
        // a line of an excluded group
        PayTransaction freight = PayTransaction.builder()
                .id(EventId.of("SO-F"))
                .account(PayTypesExample.C1)
                .credits(Credits.solely(LUIS))
                .date(PayTypesExample.FEB_10)
                .addLine(TransactionLine.builder()
                        .group(ProductGroupId.of("FREIGHT"))
                        .amount(eur("500"))
                        .build())
                .build();
        Eligibility noFreight =
                Eligibility.builder().excludeGroup(ProductGroupId.of("FREIGHT")).build();
        assertThat(statement(override().eligibility(noFreight).build(), freight).lines(PayLineKind.OVERRIDE))
                .isEmpty();
    }

    @Test
    void aCapAndAFloorBoundTheOverride() {
        // 800.00 + 200.00 = 1000.00, capped at 500.00: -500.00
        PayStatement capped = statement(override().cap(eur("500.00")).build(), SO_L1, SO_M1);
        assertThat(capped.lines(PayLineKind.CAP))
                .singleElement()
                .extracting(PayLine::amount)
                .isEqualTo(eur("-500.00"));
        assertThat(capped.total()).isEqualTo(eur("500.00"));
        // 800.00 with a floor of 1000.00: +200.00
        PayStatement floored = statement(override().floor(eur("1000.00")).build(), SO_L1);
        assertThat(floored.lines(PayLineKind.FLOOR))
                .singleElement()
                .extracting(PayLine::amount)
                .isEqualTo(eur("200.00"));
        TeamOverride both = override().cap(eur("500")).floor(eur("100")).build();
        assertThat(both.cap()).contains(eur("500"));
        assertThat(both.floor()).contains(eur("100"));
    }

    @Test
    void equalityIsByEverySetting() {
        new EqualsTester()
                .addEqualityGroup(override().build(), override().build())
                .addEqualityGroup(override().id(id("override.team")).build())
                .addEqualityGroup(override().description("team bonus").build())
                .addEqualityGroup(override().rate(pct("3")).build())
                .addEqualityGroup(override().currency(USD).build())
                .addEqualityGroup(
                        override().base(CommissionBase.MARGIN).description("x").build())
                .addEqualityGroup(override()
                        .basis(CreditingBasis.COLLECTED)
                        .description("x")
                        .build())
                .addEqualityGroup(override()
                        .eligibility(Eligibility.builder()
                                .excludeGroup(ProductGroupId.of("FREIGHT"))
                                .build())
                        .build())
                .addEqualityGroup(override()
                        .scope(TeamOverride.Scope.DIRECT_REPORTS)
                        .description("x")
                        .build())
                .addEqualityGroup(override().cap(eur("100")).build())
                .addEqualityGroup(override().floor(eur("100")).build())
                .testEquals();
    }
}
