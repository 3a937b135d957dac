package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayFixtures.ANA;
import static io.github.kamsdk.core.pay.PayFixtures.C1;
import static io.github.kamsdk.core.pay.PayFixtures.EUR;
import static io.github.kamsdk.core.pay.PayFixtures.Q1;
import static io.github.kamsdk.core.pay.PayFixtures.Q2;
import static io.github.kamsdk.core.pay.PayFixtures.YEAR;
import static io.github.kamsdk.core.pay.PayFixtures.calculator;
import static io.github.kamsdk.core.pay.PayFixtures.commission;
import static io.github.kamsdk.core.pay.PayFixtures.day;
import static io.github.kamsdk.core.pay.PayFixtures.eur;
import static io.github.kamsdk.core.pay.PayFixtures.id;
import static io.github.kamsdk.core.pay.PayFixtures.invoice;
import static io.github.kamsdk.core.pay.PayFixtures.order;
import static io.github.kamsdk.core.pay.PayFixtures.orderLine;
import static io.github.kamsdk.core.pay.PayFixtures.payment;
import static io.github.kamsdk.core.pay.PayFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.team.ManagerId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The transactions of a hand-checked ledger on each crediting basis.
 *
 * <pre>
 * C-1 (EUR), all credited to ana unless said
 *   SO-1   10 Jan  PUMP-7 6,000.00 (cost 4,000.00) + INSTALL 4,000.00 (cost 3,000.00) = 10,000.00
 *   INV-1A 20 Jan  4,000.00 bills SO-1                       40% of it
 *   INV-1B 20 Feb  6,000.00 bills SO-1                       60%
 *   PAY-1A  1 Feb  4,000.00 to INV-1A;  PAY-1B 10 Mar  6,000.00 to INV-1B
 *   SO-2   15 Jan  8,000.00;  INV-2 1 Feb 8,000.00
 *   PAY-2A 15 Feb  2,000.00 to INV-2 (credited to the collector colin)   25%
 *   PAY-2B 15 Mar  6,000.00 to INV-2, the rest                           75%
 *   SO-3    1 Mar  5,000.00
 *   PAY-3   2 Mar  1,500.00 applied to no invoice, declared a down payment on SO-3   30%
 *   INV-3  20 Mar  5,000.00;  PAY-3B 10 Apr 3,500.00 to INV-3                        70%
 *   SO-4    1 Feb  10,000.00;  INV-4 5 Feb 12,000.00 (with 20% tax): billable 12,000.00
 *   PAY-4   1 Mar  6,000.00 to INV-4                                      50%
 *   INV-5  10 Feb  3,000.00 (cost 2,000.00), no order: the invoice is the deal
 *   PAY-5   5 Mar  3,000.00 to INV-5                                      100%
 *   SO-6    5 Jan  2,000.00;  PAY-6A 5 Jan 2,000.00 down payment on SO-6  100%
 *   INV-6  20 Jan  2,000.00;  PAY-6B 10 Feb 2,000.00 to INV-6: SO-6 is credited in full already
 *   SO-7   12 Jan  3,000.00;  INV-7 12 Jan 3,000.00
 *   PAY-7A 31 Jan, PAY-7B 28 Feb, PAY-7C 31 Mar: 1,000.00 each to INV-7   thirds
 * </pre>
 */
class PayTransactionsTest {
    static final ManagerId COLIN = ManagerId.of("colin");

    static final Order SO_1 = Order.builder()
            .id(id("SO-1"))
            .account(C1)
            .credits(Credits.solely(ANA))
            .date(day(1, 10))
            .currency(EUR)
            .addLine(orderLine(1, "PUMP-7", "6000.00", "4000.00"))
            .addLine(orderLine(2, "INSTALL", "4000.00", "3000.00"))
            .build();
    static final Invoice INV_1A =
            invoice("INV-1A", day(1, 20), "4000.00").order(SO_1.id()).build();
    static final Invoice INV_1B =
            invoice("INV-1B", day(2, 20), "6000.00").order(SO_1.id()).build();
    static final Order SO_2 = order("SO-2", day(1, 15), ANA, "8000.00");
    static final Invoice INV_2 =
            invoice("INV-2", day(2, 1), "8000.00").order(SO_2.id()).build();
    static final Order SO_3 = order("SO-3", day(3, 1), ANA, "5000.00");
    static final Invoice INV_3 =
            invoice("INV-3", day(3, 20), "5000.00").order(SO_3.id()).build();
    static final Order SO_4 = order("SO-4", day(2, 1), ANA, "10000.00");
    static final Invoice INV_4 =
            invoice("INV-4", day(2, 5), "12000.00").order(SO_4.id()).build();
    static final Invoice INV_5 =
            invoice("INV-5", day(2, 10), "3000.00").cost(eur("2000.00")).build();
    static final Order SO_6 = order("SO-6", day(1, 5), ANA, "2000.00");
    static final Invoice INV_6 =
            invoice("INV-6", day(1, 20), "2000.00").order(SO_6.id()).build();
    static final Order SO_7 = order("SO-7", day(1, 12), ANA, "3000.00");
    static final Invoice INV_7 =
            invoice("INV-7", day(1, 12), "3000.00").order(SO_7.id()).build();

    static final List<CommercialEvent> EVENTS = List.of(
            SO_1,
            INV_1A,
            INV_1B,
            payment("PAY-1A", day(2, 1), "4000.00")
                    .apply(INV_1A.id(), eur("4000.00"))
                    .build(),
            payment("PAY-1B", day(3, 10), "6000.00")
                    .apply(INV_1B.id(), eur("6000.00"))
                    .build(),
            SO_2,
            INV_2,
            payment("PAY-2A", day(2, 15), "2000.00")
                    .credits(Credits.solely(COLIN))
                    .apply(INV_2.id(), eur("2000.00"))
                    .build(),
            payment("PAY-2B", day(3, 15), "6000.00")
                    .apply(INV_2.id(), eur("6000.00"))
                    .build(),
            SO_3,
            payment("PAY-3", day(3, 2), "1500.00").build(),
            INV_3,
            payment("PAY-3B", day(4, 10), "3500.00")
                    .apply(INV_3.id(), eur("3500.00"))
                    .build(),
            SO_4,
            INV_4,
            payment("PAY-4", day(3, 1), "6000.00")
                    .apply(INV_4.id(), eur("6000.00"))
                    .build(),
            INV_5,
            payment("PAY-5", day(3, 5), "3000.00")
                    .apply(INV_5.id(), eur("3000.00"))
                    .build(),
            SO_6,
            payment("PAY-6A", day(1, 5), "2000.00").build(),
            INV_6,
            payment("PAY-6B", day(2, 10), "2000.00")
                    .apply(INV_6.id(), eur("2000.00"))
                    .build(),
            SO_7,
            INV_7,
            payment("PAY-7A", day(1, 31), "1000.00")
                    .apply(INV_7.id(), eur("1000.00"))
                    .build(),
            payment("PAY-7B", day(2, 28), "1000.00")
                    .apply(INV_7.id(), eur("1000.00"))
                    .build(),
            payment("PAY-7C", day(3, 31), "1000.00")
                    .apply(INV_7.id(), eur("1000.00"))
                    .build());

    static final Ledger LEDGER = Ledger.of(EVENTS);

    static final List<DownPayment> DOWN_PAYMENTS = List.of(
            DownPayment.of(id("PAY-3"), SO_3.id(), eur("1500.00")),
            DownPayment.of(id("PAY-6A"), SO_6.id(), eur("2000.00")));

    static PayTransactions collected() {
        return PayTransactions.fromLedger(LEDGER, CreditingBasis.COLLECTED, DOWN_PAYMENTS);
    }

    static Rate fraction(String f) {
        return Rate.ofFraction(f);
    }

    static PayTransaction find(PayTransactions txs, String id) {
        return txs.transactions().stream()
                .filter(t -> t.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The portions of each deal, added up. */
    static Map<String, BigDecimal> portionsByDeal(PayTransactions txs) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (PayTransaction t : txs.transactions()) {
            out.merge(t.deal().value(), t.portion().fraction(), BigDecimal::add);
        }
        return out;
    }

    @Test
    void bookedIsOneTransactionPerOrderInFull() {
        PayTransactions booked = PayTransactions.fromLedger(LEDGER, CreditingBasis.BOOKED);

        assertThat(booked.basis()).isEqualTo(CreditingBasis.BOOKED);
        // INV-5 has no order: nothing is booked for it
        assertThat(booked.transactions())
                .extracting(t -> t.id().value(), t -> t.deal().value(), PayTransaction::portion, PayTransaction::date)
                .containsExactly(
                        tuple("SO-1", "SO-1", Rate.ONE_HUNDRED_PERCENT, day(1, 10)),
                        tuple("SO-2", "SO-2", Rate.ONE_HUNDRED_PERCENT, day(1, 15)),
                        tuple("SO-3", "SO-3", Rate.ONE_HUNDRED_PERCENT, day(3, 1)),
                        tuple("SO-4", "SO-4", Rate.ONE_HUNDRED_PERCENT, day(2, 1)),
                        tuple("SO-6", "SO-6", Rate.ONE_HUNDRED_PERCENT, day(1, 5)),
                        tuple("SO-7", "SO-7", Rate.ONE_HUNDRED_PERCENT, day(1, 12)));
        PayTransaction so1 = find(booked, "SO-1");
        assertThat(so1.basis()).isEqualTo(CreditingBasis.BOOKED);
        assertThat(so1.lines())
                .extracting(
                        l -> l.product().orElseThrow(),
                        TransactionLine::amount,
                        l -> l.cost().orElseThrow())
                .containsExactly(
                        tuple(ProductId.of("PUMP-7"), eur("6000.00"), eur("4000.00")),
                        tuple(ProductId.of("INSTALL"), eur("4000.00"), eur("3000.00")));
        assertThat(so1.amount()).isEqualTo(eur("10000.00"));
        assertThat(booked.skipped()).isEmpty();
    }

    @Test
    void invoicedCreditsEachInvoicesShareOfTheDeal() {
        PayTransactions invoiced = PayTransactions.fromLedger(LEDGER, CreditingBasis.INVOICED);

        // SO-1 in two parts: 4,000 / 10,000 = 40%, then (4,000 + 6,000) / 10,000 − 40% = 60%
        // SO-4: billable max(10,000 ordered, 12,000 invoiced) = 12,000, so INV-4 is 100% of it
        // INV-5 is a deal of its own: one line of its amount and cost
        assertThat(invoiced.transactions())
                .extracting(t -> t.id().value(), t -> t.deal().value(), PayTransaction::portion, PayTransaction::date)
                .containsExactly(
                        tuple("INV-1A", "SO-1", Rate.percent(40), day(1, 20)),
                        tuple("INV-1B", "SO-1", Rate.percent(60), day(2, 20)),
                        tuple("INV-2", "SO-2", Rate.ONE_HUNDRED_PERCENT, day(2, 1)),
                        tuple("INV-3", "SO-3", Rate.ONE_HUNDRED_PERCENT, day(3, 20)),
                        tuple("INV-4", "SO-4", Rate.ONE_HUNDRED_PERCENT, day(2, 5)),
                        tuple("INV-5", "INV-5", Rate.ONE_HUNDRED_PERCENT, day(2, 10)),
                        tuple("INV-6", "SO-6", Rate.ONE_HUNDRED_PERCENT, day(1, 20)),
                        tuple("INV-7", "SO-7", Rate.ONE_HUNDRED_PERCENT, day(1, 12)));
        // each carries the whole deal's lines: the band is chosen by the deal, not the invoice
        PayTransaction inv1a = find(invoiced, "INV-1A");
        assertThat(inv1a.dealAmount()).isEqualTo(eur("10000.00"));
        assertThat(inv1a.amount()).isEqualTo(eur("4000.00"));
        assertThat(inv1a.basis()).isEqualTo(CreditingBasis.INVOICED);
        // the tax is not commissioned: the deal's lines are the order's 10,000.00
        assertThat(find(invoiced, "INV-4").dealAmount()).isEqualTo(eur("10000.00"));
        PayTransaction inv5 = find(invoiced, "INV-5");
        assertThat(inv5.lines())
                .extracting(
                        TransactionLine::amount,
                        l -> l.cost().orElseThrow(),
                        l -> l.product().isPresent())
                .containsExactly(tuple(eur("3000.00"), eur("2000.00"), false));
        assertThat(inv5.account()).isEqualTo(C1);
        assertThat(invoiced.skipped()).isEmpty();
    }

    @Test
    void collectedCreditsEachPaymentsShareOfTheDealOnItsDate() {
        PayTransactions cash = collected();

        assertThat(cash.transactions())
                .extracting(t -> t.id().value(), t -> t.deal().value(), PayTransaction::portion, PayTransaction::date)
                .containsExactly(
                        // SO-1: 4,000 / 10,000 = 40%; 10,000 / 10,000 − 40% = 60%
                        tuple("PAY-1A/INV-1A", "SO-1", Rate.percent(40), day(2, 1)),
                        tuple("PAY-1B/INV-1B", "SO-1", Rate.percent(60), day(3, 10)),
                        // SO-2: a partial payment of 2,000 / 8,000 = 25%, then the rest, 75%
                        tuple("PAY-2A/INV-2", "SO-2", Rate.percent(25), day(2, 15)),
                        tuple("PAY-2B/INV-2", "SO-2", Rate.percent(75), day(3, 15)),
                        // SO-3: the down payment 1,500 / 5,000 = 30% when paid, then 3,500 → 70%
                        tuple("PAY-3/SO-3", "SO-3", Rate.percent(30), day(3, 2)),
                        tuple("PAY-3B/INV-3", "SO-3", Rate.percent(70), day(4, 10)),
                        // SO-4: 6,000 paid of the 12,000 billable (tax included) = 50%
                        tuple("PAY-4/INV-4", "SO-4", Rate.percent(50), day(3, 1)),
                        tuple("PAY-5/INV-5", "INV-5", Rate.ONE_HUNDRED_PERCENT, day(3, 5)),
                        // SO-6: prepaid in full on 5 Jan
                        tuple("PAY-6A/SO-6", "SO-6", Rate.ONE_HUNDRED_PERCENT, day(1, 5)),
                        // SO-7 in thirds: 1/3 = 0.333333333333; 2/3 = 0.666666666667, less 1/3 → 0.333333333334;
                        // 1 − 0.666666666667 = 0.333333333333
                        tuple("PAY-7A/INV-7", "SO-7", fraction("0.333333333333"), day(1, 31)),
                        tuple("PAY-7B/INV-7", "SO-7", fraction("0.333333333334"), day(2, 28)),
                        tuple("PAY-7C/INV-7", "SO-7", fraction("0.333333333333"), day(3, 31)));
        // a payment credits whom the invoice credits (not the collector); a down payment whom the order does
        assertThat(find(cash, "PAY-2A/INV-2").credits()).isEqualTo(Credits.solely(ANA));
        assertThat(find(cash, "PAY-3/SO-3").credits()).isEqualTo(SO_3.credits());
        assertThat(find(cash, "PAY-2A/INV-2").amount()).isEqualTo(eur("2000.00"));
    }

    @Test
    void aPaymentOnADealAlreadyCreditedInFullIsSkippedWithTheReason() {
        PayTransactions cash = collected();
        // PAY-6A prepaid SO-6 in full; PAY-6B settles INV-6 but credits nothing more
        assertThat(cash.skipped())
                .containsExactly(entry(id("PAY-6B/INV-6"), "deal SO-6 of EUR 2000.00 is already credited in full"));
        // without the down payment declared, PAY-6A is only an advance and PAY-6B credits SO-6
        PayTransactions undeclared = PayTransactions.fromLedger(LEDGER, CreditingBasis.COLLECTED);
        assertThat(undeclared.skipped()).isEmpty();
        assertThat(find(undeclared, "PAY-6B/INV-6").portion()).isEqualTo(Rate.ONE_HUNDRED_PERCENT);
        assertThat(undeclared.transactions()).extracting(t -> t.id().value()).doesNotContain("PAY-3/SO-3");
    }

    @Test
    void thePortionsOfAFullyPaidDealAddUpToExactly100Percent() {
        Map<String, BigDecimal> byDeal = portionsByDeal(collected());
        for (String deal : List.of("SO-1", "SO-2", "SO-3", "INV-5", "SO-6", "SO-7")) {
            assertThat(byDeal.get(deal)).as(deal).isEqualByComparingTo(BigDecimal.ONE);
        }
        // SO-4 is half paid
        assertThat(byDeal.get("SO-4")).isEqualByComparingTo("0.5");
        // fully invoiced deals too
        Map<String, BigDecimal> invoiced = portionsByDeal(PayTransactions.fromLedger(LEDGER, CreditingBasis.INVOICED));
        assertThat(invoiced.values()).allSatisfy(p -> assertThat(p).isEqualByComparingTo(BigDecimal.ONE));
    }

    @Test
    void commissionOnCashEqualsCommissionOnBookingsOnceTheDealIsCollected() {
        PayStatement booked = calculator(
                        plan("booked", "0.00", commission(BandMode.WHOLE_AMOUNT).build())
                                .build())
                .statement(
                        ANA,
                        YEAR,
                        PayInput.of(PayTransactions.fromLedger(LEDGER, CreditingBasis.BOOKED)
                                .transactions()));
        PayStatement cash = calculator(plan(
                                "cash",
                                "0.00",
                                commission(BandMode.WHOLE_AMOUNT)
                                        .basis(CreditingBasis.COLLECTED)
                                        .build())
                        .build())
                .statement(ANA, YEAR, PayInput.of(collected().transactions()));

        // all deals are below 50,000: 15% of each
        // booked: SO-1 1,500 + SO-2 1,200 + SO-3 750 + SO-4 1,500 + SO-6 300 + SO-7 450 = 5,700.00
        // cash:   SO-1 1,500 + SO-2 1,200 + SO-3 750 + SO-4 750 (half paid) + INV-5 450 + SO-6 300
        //         + SO-7 450 = 5,400.00
        assertThat(booked.total()).isEqualTo(eur("5700.00"));
        assertThat(cash.total()).isEqualTo(eur("5400.00"));
        Map<String, Money> bookedByDeal = byDeal(booked);
        Map<String, Money> cashByDeal = byDeal(cash);
        for (String deal : List.of("SO-1", "SO-2", "SO-3", "SO-6", "SO-7")) {
            assertThat(cashByDeal.get(deal)).as(deal).isEqualTo(bookedByDeal.get(deal));
        }
        // SO-7 in thirds: 450 × 0.333333333333 + 450 × 0.333333333334 + 450 × 0.333333333333 = 450 exactly
        assertThat(cash.records())
                .filteredOn(r -> r.deal().value().equals("SO-7"))
                .extracting(CommissionRecord::amount)
                .containsExactly(eur("149.99999999985"), eur("150.0000000003"), eur("149.99999999985"));
        assertThat(cashByDeal.get("SO-7")).isEqualTo(eur("450.00"));
        assertThat(cashByDeal.get("SO-4")).isEqualTo(eur("750.00"));
    }

    static Map<String, Money> byDeal(PayStatement s) {
        Map<String, Money> out = new TreeMap<>();
        for (CommissionRecord r : s.records()) {
            out.merge(r.deal().value(), r.amount(), Money::plus);
        }
        return out;
    }

    @Test
    void partialPaymentsEarnOnTheCashBasisQuarterByQuarter() {
        PayCalculator cash = calculator(plan(
                        "cash",
                        "0.00",
                        commission(BandMode.WHOLE_AMOUNT)
                                .basis(CreditingBasis.COLLECTED)
                                .build())
                .build());
        PayInput in = PayInput.of(collected().transactions());
        // SO-3: the down payment (2 Mar, 30%) in Q1, PAY-3B (10 Apr, 70%) in Q2:
        // 15% × 5,000 × 30% = 225.00 and 15% × 5,000 × 70% = 525.00
        PayStatement q1 = cash.statement(ANA, Q1, in);
        PayStatement q2 = cash.statement(ANA, Q2, in);
        assertThat(byDeal(q1).get("SO-3")).isEqualTo(eur("225.00"));
        assertThat(byDeal(q2)).containsOnlyKeys("SO-3");
        assertThat(byDeal(q2).get("SO-3")).isEqualTo(eur("525.00"));
        // Q1 has everything else: 5,400.00 − 525.00 = 4,875.00
        assertThat(q1.total()).isEqualTo(eur("4875.00"));
        assertThat(q2.total()).isEqualTo(eur("525.00"));
    }

    @Test
    void theSharesCreditedQuarterByQuarterAddUpTo100PercentWhenLaterInvoicesCarryTax() {
        // SO-9 10,000.00; INV-9A 6,000.00 (5,000 + 20% tax) in Q1; INV-9B 6,000.00 in Q2
        Order so9 = order("SO-9", day(2, 1), ANA, "10000.00");
        Invoice inv9a = invoice("INV-9A", day(2, 10), "6000.00").order(so9.id()).build();
        Invoice inv9b = invoice("INV-9B", day(5, 10), "6000.00").order(so9.id()).build();
        PayCalculator calc = calculator(plan(
                        "invoiced",
                        "0.00",
                        commission(BandMode.WHOLE_AMOUNT)
                                .basis(CreditingBasis.INVOICED)
                                .build())
                .build());

        // Q1, from the ledger as it is on 31 Mar: billable max(10,000, 6,000) = 10,000, INV-9A is 60%
        PayStatement q1 = calc.statement(
                ANA,
                Q1,
                PayInput.of(PayTransactions.fromLedger(Ledger.of(List.of(so9, inv9a)), CreditingBasis.INVOICED)
                        .transactions()));
        // Q2, from the ledger on 30 Jun: billable max(10,000, 12,000) = 12,000: INV-9A 50%, INV-9B 50%
        PayStatement q2 = calc.statement(
                ANA,
                Q2,
                PayInput.of(PayTransactions.fromLedger(Ledger.of(List.of(so9, inv9a, inv9b)), CreditingBasis.INVOICED)
                        .transactions()));
        // 15% × 10,000 = 1,500.00 for the whole deal; paid 900.00 (60%) + 750.00 (50%) = 1,650.00
        assertThat(q1.total().plus(q2.total())).isEqualTo(eur("1500.00"));
    }
}
