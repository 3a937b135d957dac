package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayTypesExample.ANA;
import static io.github.kamsdk.core.pay.PayTypesExample.C1;
import static io.github.kamsdk.core.pay.PayTypesExample.EUR;
import static io.github.kamsdk.core.pay.PayTypesExample.FEB_10;
import static io.github.kamsdk.core.pay.PayTypesExample.LUIS;
import static io.github.kamsdk.core.pay.PayTypesExample.Q1;
import static io.github.kamsdk.core.pay.PayTypesExample.USD;
import static io.github.kamsdk.core.pay.PayTypesExample.eur;
import static io.github.kamsdk.core.pay.PayTypesExample.id;
import static io.github.kamsdk.core.pay.PayTypesExample.pct;
import static io.github.kamsdk.core.pay.PayTypesExample.plan;
import static io.github.kamsdk.core.pay.PayTypesExample.q1;
import static io.github.kamsdk.core.pay.PayTypesExample.sale;
import static io.github.kamsdk.core.pay.PayTypesExample.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.ExchangeRateTable;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link TransactionCommission} through {@link PayCalculator} with a one-version plan of nothing
 * else: the seeds' 15% / 5% example (R-PAY-2) in each {@link BandMode}, the boundary, splits,
 * eligibility, margin, basis, caps and floors, and a deal in another currency.
 *
 * <pre>
 * AGENCY_FEE  [0, 50000) 15%, [50000, ∞) 5%
 * SO-1  40000.00  ana alone
 * SO-2  60000.00  ana 50% / luis 50%
 * </pre>
 */
class TransactionCommissionTest {
    static final CommissionBands AGENCY_FEE = CommissionBands.startingAt(Money.zero(EUR), pct("15"))
            .from(eur("50000"), pct("5"))
            .build();

    static TransactionCommission.Builder commission() {
        return TransactionCommission.builder().id(id("commission")).bands(AGENCY_FEE);
    }

    static final PayTransaction SO_1 = sale("SO-1", ANA, eur("40000.00"));
    static final PayTransaction SO_2 =
            sale("SO-2", Credits.split(Map.of(ANA, pct("50"), LUIS, pct("50"))), eur("60000.00"));

    static PayTransaction on(PayTransaction t, LocalDate date) {
        return PayTransaction.builder()
                .id(t.id())
                .account(t.account())
                .credits(t.credits())
                .date(date)
                .addAllLines(t.lines())
                .build();
    }

    @Test
    void theDefaultsAreAmountWholeAmountBookedAndEveryLine() {
        TransactionCommission c = commission().build();
        assertThat(c.id()).isEqualTo(id("commission"));
        assertThat(c.bands()).isEqualTo(AGENCY_FEE);
        assertThat(c.base()).isEqualTo(CommissionBase.AMOUNT);
        assertThat(c.mode()).isEqualTo(BandMode.WHOLE_AMOUNT);
        assertThat(c.basis()).isEqualTo(CreditingBasis.BOOKED);
        assertThat(c.eligibility()).isEqualTo(Eligibility.all());
        assertThat(c.description()).isEqualTo("commission on amount, whole-amount bands, booked");
        assertThat(c.currency()).contains(EUR);
        assertThat(c.cap()).isEmpty();
        assertThat(c.floor()).isEmpty();
        assertThat(c.clawbackBasis()).contains(CreditingBasis.BOOKED);
        assertThat(c.wantsSubordinates()).isFalse();
        assertThat(c)
                .hasToString("commission: commission on amount, whole-amount bands, booked"
                        + " [[EUR 0.00, EUR 50000.00) at 15%, [EUR 50000.00, ∞) at 5%]");
    }

    @Test
    void theDescriptionFollowsTheSettingsUnlessGiven() {
        assertThat(commission()
                        .base(CommissionBase.MARGIN)
                        .mode(BandMode.PERIOD_TO_DATE)
                        .basis(CreditingBasis.COLLECTED)
                        .build()
                        .description())
                .isEqualTo("commission on margin, period-to-date bands, collected");
        assertThat(commission().description("agency fee").build().description()).isEqualTo("agency fee");
    }

    @Test
    void wholeAmountTheSeedsExample() {
        PayStatement s = q1(plan(commission().build()), ANA, SO_1, SO_2);
        // SO-1: 40000.00 is in band 1: 15% x 40000.00 = 6000.00
        // SO-2: the deal's 60000.00 is in band 2 whatever the split: 5% x (60000.00 x 50%) = 1500.00
        assertThat(s.lines(PayLineKind.COMMISSION))
                .extracting(PayLine::key, PayLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("band.1", eur("6000.00")),
                        org.assertj.core.groups.Tuple.tuple("band.2", eur("1500.00")));
        assertThat(s.lines(PayLineKind.COMMISSION).get(0).label())
                .isEqualTo("commission on amount, whole-amount bands, booked: band 1 [EUR 0.00, EUR 50000.00) at 15%");
        assertThat(s.variableTotal()).isEqualTo(eur("7500.00"));
        assertThat(s.total()).isEqualTo(eur("7500.00"));
        // luis earns the same 1500.00 on his half of SO-2
        PayStatement luis = q1(plan(commission().build()), LUIS, SO_1, SO_2);
        assertThat(luis.total()).isEqualTo(eur("1500.00"));
    }

    @Test
    void aBoundaryAmountEarnsTheRateOfTheBandThatStartsThere() {
        CompensationPlan p = plan(commission().build());
        // 15% x 49999.99 = 7499.9985 -> 7500.00; 5% x 50000.00 = 2500.00; 5% x 50000.01 = 2500.0005 -> 2500.00
        assertThat(q1(p, ANA, sale("SO-1", ANA, eur("49999.99"))).total()).isEqualTo(eur("7500.00"));
        assertThat(q1(p, ANA, sale("SO-1", ANA, eur("49999.99")))
                        .lines(PayLineKind.COMMISSION)
                        .get(0)
                        .exact())
                .isEqualTo(eur("7499.9985"));
        assertThat(q1(p, ANA, sale("SO-1", ANA, eur("50000.00"))).lines(PayLineKind.COMMISSION))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.key()).isEqualTo("band.2");
                    assertThat(l.amount()).isEqualTo(eur("2500.00"));
                });
        assertThat(q1(p, ANA, sale("SO-1", ANA, eur("50000.01"))).total()).isEqualTo(eur("2500.00"));
    }

    @Test
    void wholeAmountFlagsTheCliffsInTheExplanation() {
        PayStatement s = q1(plan(commission().build()), ANA, SO_1);
        PayLine band1 = s.lines(PayLineKind.COMMISSION).get(0);
        List<Step> cliffs = band1.explanation().find("pay.commission.cliffs");
        assertThat(cliffs)
                .singleElement()
                .extracting(Step::text)
                .isEqualTo(
                        "whole-amount mode: the commission on a deal jumps where the rate changes, at EUR 50000.00 (15% to 5%)");
        // the transaction's own step warns of the cliff above it
        assertThat(band1.explanation().find("pay.commission.cliff"))
                .singleElement()
                .extracting(Step::text)
                .isEqualTo("cliff: from EUR 50000.00 the whole deal would earn 5% instead of 15%");
        assertThat(band1.explanation().find("pay.commission.transaction"))
                .singleElement()
                .extracting(Step::text)
                .isEqualTo("SO-1 (2026-02-10, account C-1, deal SO-1): deal base EUR 40000.00 is in band 1 at 15%;"
                        + " credited 100% of the deal × 100% credit share = 100% of it, EUR 40000.00;"
                        + " 15% × EUR 40000.00 = EUR 6000.00");
        // graduated pricing has no cliff to flag
        PayStatement g = q1(plan(commission().mode(BandMode.GRADUATED).build()), ANA, SO_1);
        assertThat(g.lines(PayLineKind.COMMISSION).get(0).explanation().find("pay.commission.cliffs"))
                .isEmpty();
    }

    @Test
    void graduatedPricesEachSliceOfTheDealAtItsBand() {
        CompensationPlan p = plan(commission().mode(BandMode.GRADUATED).build());
        // 60000.00 alone: 15% x 50000 = 7500.00 in band 1, 5% x 10000 = 500.00 in band 2
        PayStatement whole = q1(p, ANA, sale("SO-3", ANA, eur("60000.00")));
        assertThat(whole.lines(PayLineKind.COMMISSION))
                .extracting(PayLine::amount)
                .containsExactly(eur("7500.00"), eur("500.00"));
        assertThat(whole.total()).isEqualTo(eur("8000.00"));
        // SO-2 split 50/50: each slice times 50%: 3750.00 and 250.00
        PayStatement half = q1(p, ANA, SO_2);
        assertThat(half.lines(PayLineKind.COMMISSION))
                .extracting(PayLine::amount)
                .containsExactly(eur("3750.00"), eur("250.00"));
        // SO-1 (40000.00) and SO-2's half together: band 1 6000.00 + 3750.00 = 9750.00, band 2 250.00
        PayStatement both = q1(p, ANA, SO_1, SO_2);
        assertThat(both.lines(PayLineKind.COMMISSION))
                .extracting(PayLine::amount)
                .containsExactly(eur("9750.00"), eur("250.00"));
    }

    @Test
    void periodToDatePricesTheManagersVolumeWhicheverDealCameFirst() {
        CompensationPlan p = plan(commission().mode(BandMode.PERIOD_TO_DATE).build());
        PayTransaction early = on(sale("SO-5", ANA, eur("30000.00")), LocalDate.of(2026, 2, 10));
        PayTransaction late = on(sale("SO-6", ANA, eur("30000.00")), LocalDate.of(2026, 2, 20));
        // volume 60000.00: 15% x 50000.00 = 7500.00 and 5% x 10000.00 = 500.00 (BandMode's example: 8000.00)
        PayStatement s = q1(p, ANA, late, early);
        assertThat(s.lines(PayLineKind.COMMISSION))
                .extracting(PayLine::amount)
                .containsExactly(eur("7500.00"), eur("500.00"));
        assertThat(s.lines(PayLineKind.COMMISSION).get(0).explanation().find("pay.commission.band"))
                .singleElement()
                .extracting(Step::text)
                .isEqualTo("band 1 [EUR 0.00, EUR 50000.00) at 15%: volume EUR 50000.00 of the period's running"
                        + " volume at 15% = EUR 7500.00");
        // each transaction's record: SO-5 first, 15% x 30000 = 4500.00; SO-6 15% x 20000 + 5% x 10000 = 3500.00
        assertThat(s.records())
                .extracting(CommissionRecord::deal, CommissionRecord::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventId.of("SO-5"), eur("4500.00")),
                        org.assertj.core.groups.Tuple.tuple(EventId.of("SO-6"), eur("3500.00")));
        assertThat(q1(p, ANA, early, late)).isEqualTo(s);
    }

    @Test
    void periodToDateKeepsTheVolumeReachedAcrossAPlanChange() {
        LocalDate feb15 = LocalDate.of(2026, 2, 15);
        TransactionCommission v2Rates = TransactionCommission.builder()
                .id(id("commission"))
                .bands(CommissionBands.startingAt(Money.zero(EUR), pct("20"))
                        .from(eur("50000"), pct("10"))
                        .build())
                .mode(BandMode.PERIOD_TO_DATE)
                .build();
        CompensationPlan changed = CompensationPlan.builder()
                .id("test-plan")
                .currency(EUR)
                .addVersion(PayTypesExample.version(
                        DateRange.of(LocalDate.of(2026, 1, 1), feb15),
                        eur("0"),
                        commission().mode(BandMode.PERIOD_TO_DATE).build()))
                .addVersion(PayTypesExample.version(DateRange.of(feb15, LocalDate.of(2027, 1, 1)), eur("0"), v2Rates))
                .build();
        PayTransaction before = on(sale("SO-5", ANA, eur("40000.00")), LocalDate.of(2026, 2, 10));
        PayTransaction after = on(sale("SO-6", ANA, eur("30000.00")), LocalDate.of(2026, 2, 20));
        PayStatement s = q1(changed, ANA, after, before);
        // V1: volume [0, 40000) at 15% = 6000.00
        // V2: volume [40000, 70000) on V2's bands: [40000, 50000) at 20% = 2000.00, [50000, 70000) at 10% = 2000.00
        assertThat(s.lines(PayLineKind.COMMISSION))
                .extracting(PayLine::fullKey, PayLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("COMMISSION/commission/band.1/2026-01-01", eur("6000.00")),
                        org.assertj.core.groups.Tuple.tuple("COMMISSION/commission/band.1/2026-02-15", eur("2000.00")),
                        org.assertj.core.groups.Tuple.tuple("COMMISSION/commission/band.2/2026-02-15", eur("2000.00")));
        assertThat(s.total()).isEqualTo(eur("10000.00"));
    }

    @Test
    void aCapIsProratedByTheDaysItsVersionCovers() {
        LocalDate feb15 = LocalDate.of(2026, 2, 15);
        CompensationPlan changed = CompensationPlan.builder()
                .id("test-plan")
                .currency(EUR)
                .addVersion(PayTypesExample.version(
                        DateRange.of(LocalDate.of(2026, 1, 1), feb15),
                        eur("0"),
                        commission().cap(eur("5000.00")).build()))
                .addVersion(PayTypesExample.version(
                        DateRange.of(feb15, LocalDate.of(2027, 1, 1)),
                        eur("0"),
                        commission().build()))
                .build();
        // SO-1 on 10 Feb earns 6000.00 under V1, whose cap is 5000.00 x 45/90 days = 2500.00: -3500.00
        PayStatement s = q1(changed, ANA, SO_1);
        assertThat(s.lines(PayLineKind.CAP)).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualTo(eur("-3500.00"));
            assertThat(l.piece()).isEqualTo(DateRange.of(LocalDate.of(2026, 1, 1), feb15));
        });
        assertThat(s.total()).isEqualTo(eur("2500.00"));
    }

    @Test
    void onlyEligibleLinesMakeTheBase() {
        TransactionLine pumps = TransactionLine.builder()
                .product(ProductId.of("PUMP-7"))
                .group(ProductGroupId.of("PUMPS"))
                .amount(eur("900.00"))
                .build();
        TransactionLine freight = TransactionLine.builder()
                .product(ProductId.of("SHIPPING"))
                .group(ProductGroupId.of("FREIGHT"))
                .amount(eur("100.00"))
                .build();
        Eligibility noFreight =
                Eligibility.builder().excludeGroup(ProductGroupId.of("FREIGHT")).build();
        CompensationPlan p = plan(commission().eligibility(noFreight).build());
        PayTransaction mixed = PayTransaction.builder()
                .id(EventId.of("SO-7"))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(FEB_10)
                .addLine(pumps)
                .addLine(freight)
                .build();
        // 15% x 900.00 = 135.00 (the freight's 100.00 does not count)
        assertThat(q1(p, ANA, mixed).total()).isEqualTo(eur("135.00"));
        PayTransaction onlyFreight = PayTransaction.builder()
                .id(EventId.of("SO-8"))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(FEB_10)
                .addLine(freight)
                .build();
        PayStatement none = q1(p, ANA, onlyFreight);
        assertThat(none.lines(PayLineKind.COMMISSION)).isEmpty();
        assertThat(none.unpaid()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnpaidReason.NOT_ELIGIBLE);
            assertThat(u.detail()).isEqualTo("no line of deal SO-8 is eligible: group FREIGHT is excluded");
            assertThat(u.component()).contains(id("commission"));
        });
    }

    @Test
    void aMarginBaseEarnsOnAmountMinusCostAndNeverBelowZero() {
        CompensationPlan p = plan(commission().base(CommissionBase.MARGIN).build());
        TransactionLine withCost = TransactionLine.builder()
                .amount(eur("1000.00"))
                .cost(eur("700.00"))
                .build();
        // 15% x (1000.00 - 700.00) = 45.00
        assertThat(q1(p, ANA, withLine("SO-1", withCost)).total()).isEqualTo(eur("45.00"));
        TransactionLine belowCost = TransactionLine.builder()
                .amount(eur("100.00"))
                .cost(eur("130.00"))
                .build();
        PayStatement loss = q1(p, ANA, withLine("SO-2", belowCost));
        assertThat(loss.total()).isEqualTo(eur("0.00"));
        assertThat(loss.unpaid()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnpaidReason.ZERO_BASE);
            assertThat(u.detail()).isEqualTo("the eligible margin EUR -30.00 is not above zero: nothing earned");
        });
        PayStatement noCost = q1(p, ANA, withLine("SO-3", TransactionLine.of(eur("100.00"))));
        assertThat(noCost.unpaid()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnpaidReason.NO_COST);
            assertThat(u.detail()).isEqualTo("the base is the margin and line (no product) of deal SO-3 has no cost");
        });
    }

    @Test
    void aMarginLossOnOneLineReducesTheDealsMargin() {
        CompensationPlan p = plan(commission().base(CommissionBase.MARGIN).build());
        PayTransaction t = PayTransaction.builder()
                .id(EventId.of("SO-4"))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(FEB_10)
                .addLine(TransactionLine.builder()
                        .amount(eur("1000"))
                        .cost(eur("600"))
                        .build())
                .addLine(TransactionLine.builder()
                        .amount(eur("100"))
                        .cost(eur("150"))
                        .build())
                .build();
        // margin 400.00 + (-50.00) = 350.00; 15% = 52.50
        assertThat(q1(p, ANA, t).total()).isEqualTo(eur("52.50"));
    }

    @Test
    void aZeroAmountEarnsNothingAndIsListed() {
        PayStatement s = q1(plan(commission().build()), ANA, sale("SO-0", ANA, eur("0.00")));
        assertThat(s.unpaid()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnpaidReason.ZERO_BASE);
            assertThat(u.detail()).isEqualTo("the eligible amount EUR 0.00 is not above zero: nothing earned");
        });
    }

    @Test
    void aCapTakesOffWhatIsAboveItAndAFloorAddsUpToIt() {
        // 6000.00 earned, capped at 5000.00: a CAP line of -1000.00 after the commission lines
        PayStatement capped = q1(plan(commission().cap(eur("5000.00")).build()), ANA, SO_1);
        assertThat(capped.lines())
                .extracting(PayLine::kind)
                .containsExactly(PayLineKind.FIXED, PayLineKind.COMMISSION, PayLineKind.CAP);
        assertThat(capped.lines(PayLineKind.CAP).get(0).amount()).isEqualTo(eur("-1000.00"));
        assertThat(capped.lines(PayLineKind.CAP).get(0).fullKey()).isEqualTo("CAP/commission/cap/2026-01-01");
        assertThat(capped.total()).isEqualTo(eur("5000.00"));
        // 1500.00 earned on SO-2, floor 2000.00: +500.00
        PayStatement floored = q1(plan(commission().floor(eur("2000.00")).build()), ANA, SO_2);
        assertThat(floored.lines(PayLineKind.FLOOR))
                .singleElement()
                .extracting(PayLine::amount)
                .isEqualTo(eur("500.00"));
        assertThat(floored.total()).isEqualTo(eur("2000.00"));
        // nothing earned at all: the floor pays it all
        assertThat(q1(plan(commission().floor(eur("2000.00")).build()), ANA).total())
                .isEqualTo(eur("2000.00"));
        TransactionCommission both =
                commission().cap(eur("5000")).floor(eur("1000")).build();
        assertThat(both.cap()).contains(eur("5000"));
        assertThat(both.floor()).contains(eur("1000"));
    }

    @Test
    void aDealInAnotherCurrencyIsConvertedAtTheRateOfItsDate() {
        ExchangeRateTable rates = ExchangeRateTable.builder()
                .add(USD, EUR, new BigDecimal("0.90"), LocalDate.of(2026, 2, 1))
                .build();
        PayCalculator calc = PayCalculator.builder()
                .plans(PayPlans.forEveryone(plan(commission().build())))
                .exchangeRates(rates)
                .build();
        // USD 10000.00 x 0.90 = EUR 9000.00, in band 1: 15% = EUR 1350.00
        PayStatement s = calc.statement(ANA, Q1, PayInput.of(List.of(sale("SO-9", ANA, usd("10000.00")))));
        assertThat(s.total()).isEqualTo(eur("1350.00"));
        assertThat(s.lines(PayLineKind.COMMISSION).get(0).explanation().find("pay.conversion"))
                .singleElement()
                .extracting(Step::text)
                .isEqualTo("amounts in USD converted to EUR at 0.90 (the rate of 2026-02-01 for 2026-02-10)");
        // the record keeps the deal's amount in its own currency
        assertThat(s.records()).singleElement().satisfies(r -> {
            assertThat(r.dealAmount()).isEqualTo(usd("10000.00"));
            assertThat(r.amount()).isEqualTo(eur("1350.00"));
        });
    }

    @Test
    void equalityIsByEverySetting() {
        new EqualsTester()
                .addEqualityGroup(commission().build(), commission().build())
                .addEqualityGroup(commission().id(id("commission.other")).build())
                .addEqualityGroup(commission().description("agency fee").build())
                .addEqualityGroup(commission()
                        .base(CommissionBase.MARGIN)
                        .description("x")
                        .build())
                .addEqualityGroup(
                        commission().bands(CommissionBands.flat(pct("15"), EUR)).build())
                .addEqualityGroup(
                        commission().mode(BandMode.GRADUATED).description("x").build())
                .addEqualityGroup(commission()
                        .basis(CreditingBasis.INVOICED)
                        .description("x")
                        .build())
                .addEqualityGroup(commission()
                        .eligibility(Eligibility.builder()
                                .excludeGroup(ProductGroupId.of("FREIGHT"))
                                .build())
                        .build())
                .addEqualityGroup(commission().cap(eur("100")).build())
                .addEqualityGroup(commission().floor(eur("100")).build())
                .testEquals();
    }

    static PayTransaction withLine(String id, TransactionLine line) {
        return PayTransaction.builder()
                .id(EventId.of(id))
                .account(C1)
                .credits(Credits.solely(ANA))
                .date(FEB_10)
                .addLine(line)
                .build();
    }
}
