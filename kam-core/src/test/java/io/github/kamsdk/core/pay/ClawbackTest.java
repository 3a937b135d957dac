package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.pay.PayFixtures.ANA;
import static io.github.kamsdk.core.pay.PayFixtures.C1;
import static io.github.kamsdk.core.pay.PayFixtures.COMMISSION;
import static io.github.kamsdk.core.pay.PayFixtures.Q1;
import static io.github.kamsdk.core.pay.PayFixtures.Q2;
import static io.github.kamsdk.core.pay.PayFixtures.Q3;
import static io.github.kamsdk.core.pay.PayFixtures.calculator;
import static io.github.kamsdk.core.pay.PayFixtures.commission;
import static io.github.kamsdk.core.pay.PayFixtures.day;
import static io.github.kamsdk.core.pay.PayFixtures.eur;
import static io.github.kamsdk.core.pay.PayFixtures.input;
import static io.github.kamsdk.core.pay.PayFixtures.invoice;
import static io.github.kamsdk.core.pay.PayFixtures.order;
import static io.github.kamsdk.core.pay.PayFixtures.payment;
import static io.github.kamsdk.core.pay.PayFixtures.plan;
import static io.github.kamsdk.core.pay.PayFixtures.returned;
import static io.github.kamsdk.core.pay.PayFixtures.sale;
import static io.github.kamsdk.core.pay.PayFixtures.stepOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.Credits;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Invoice;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.PaymentTerms;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.ledger.ReversalKind;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Clawbacks (R-PAY-6) over several quarters of ana's, figures by hand in the comments. The plan:
 * no fixed pay, commission on the seeds' bands (15% below EUR 50,000, 5% from it), whole amount.
 */
class ClawbackTest {

    static List<CommissionRecord> history(PayStatement... paid) {
        List<CommissionRecord> out = new ArrayList<>();
        for (PayStatement s : paid) {
            out.addAll(s.records());
        }
        return out;
    }

    static PayLine only(PayStatement s, PayLineKind kind) {
        assertThat(s.lines(kind)).hasSize(1);
        return s.lines(kind).get(0);
    }

    @Nested
    class NetForward {
        final PayCalculator calc =
                calculator(plan("kam", "0.00", commission(BandMode.WHOLE_AMOUNT).build())
                        .clawback(ClawbackPolicy.netForward())
                        .build());
        // Q1: SO-1 of 40,000.00 on 10 Feb earns 15% = 6,000.00
        final PayStatement q1 = calc.statement(ANA, Q1, input(sale("SO-1", ANA, day(2, 10), "40000.00")));
        final Reversal quarterBack =
                returned("REV-1", day(4, 20), "SO-1", "10000.00").build();

        @Test
        void theFirstQuarterRecordsWhatWasPaidPerDeal() {
            assertThat(q1.total()).isEqualTo(eur("6000.00"));
            assertThat(q1.records())
                    .extracting(
                            r -> r.deal().value(),
                            CommissionRecord::kind,
                            CommissionRecord::component,
                            CommissionRecord::dealAmount,
                            CommissionRecord::amount)
                    .containsExactly(
                            tuple("SO-1", CommissionRecord.Kind.EARNED, COMMISSION, eur("40000.00"), eur("6000.00")));
        }

        @Test
        void aReturnTakesBackItsShareOfWhatWasPaidInThePeriodItIsFound() {
            // Q2: a return of 10,000.00 of the 40,000.00 deal (25%), and a new sale SO-2 of 10,000.00 (1,500.00)
            PayStatement q2 = calc.statement(
                    ANA,
                    Q2,
                    PayInput.builder()
                            .transactions(List.of(sale("SO-2", ANA, day(5, 5), "10000.00")))
                            .addReversals(List.of(quarterBack))
                            .addHistory(q1.records())
                            .build());

            // 25% × 6,000.00 paid = 1,500.00 taken back
            PayLine clawback = only(q2, PayLineKind.CLAWBACK);
            assertThat(clawback.fullKey()).isEqualTo("CLAWBACK/commission/deal.SO-1/2026-04-01");
            assertThat(clawback.amount()).isEqualTo(eur("-1500.00"));
            assertThat(clawback.explanation().find("pay.clawback").get(0).text())
                    .isEqualTo("deal SO-1 of EUR 40000.00: return REV-1 of EUR 10000.00 on 2026-04-20; 25% of the deal"
                            + " is taken back; paid for it under commission EUR 6000.00, so 25% × EUR 6000.00 ="
                            + " EUR 1500.00 is due back, EUR 0.00 taken back before: EUR -1500.00");
            // 1,500.00 earned − 1,500.00 taken back = 0.00
            assertThat(q2.total(PayLineKind.COMMISSION)).isEqualTo(eur("1500.00"));
            assertThat(q2.total()).isEqualTo(eur("0.00"));
            // a clawback record to store with Q2
            assertThat(q2.records())
                    .filteredOn(r -> r.kind() == CommissionRecord.Kind.CLAWBACK)
                    .extracting(r -> r.deal().value(), CommissionRecord::amount, CommissionRecord::date)
                    .containsExactly(tuple("SO-1", eur("-1500.00"), day(6, 30)));
            // the earlier statement stays as paid
            assertThat(q1.total()).isEqualTo(eur("6000.00"));
        }

        @Test
        void furtherReturnsTakeBackOnlyWhatIsNewAndNeverMoreThanWasPaid() {
            PayStatement q2 = calc.statement(
                    ANA,
                    Q2,
                    PayInput.builder()
                            .addReversals(List.of(quarterBack))
                            .addHistory(q1.records())
                            .build());
            // Q3: another 16,000.00 returned: (10,000 + 16,000) / 40,000 = 65%; 65% × 6,000 = 3,900.00 due,
            // 1,500.00 taken back already: −2,400.00
            Reversal more = returned("REV-2", day(7, 10), "SO-1", "16000.00").build();
            PayStatement q3 = calc.statement(
                    ANA,
                    Q3,
                    PayInput.builder()
                            .addReversals(List.of(quarterBack, more))
                            .addHistory(history(q1, q2))
                            .build());
            assertThat(only(q3, PayLineKind.CLAWBACK).amount()).isEqualTo(eur("-2400.00"));

            // Q4: returns above the deal's amount (10,000 + 16,000 + 30,000 = 56,000 > 40,000): 100% at most,
            // 6,000.00 due, 3,900.00 taken already: −2,100.00, so 6,000.00 in all, what was paid
            Reversal tooMuch = returned("REV-3", day(10, 5), "SO-1", "30000.00").build();
            PayStatement q4 = calc.statement(
                    ANA,
                    io.github.kamsdk.core.time.DateRange.ofQuarter(2026, 4),
                    PayInput.builder()
                            .addReversals(List.of(quarterBack, more, tooMuch))
                            .addHistory(history(q1, q2, q3))
                            .build());
            PayLine last = only(q4, PayLineKind.CLAWBACK);
            assertThat(last.amount()).isEqualTo(eur("-2100.00"));
            assertThat(last.explanation().find("pay.clawback").get(0).parameter("part", Rate.class))
                    .isEqualTo(Rate.ONE_HUNDRED_PERCENT);
            Money takenInAll = q2.total(PayLineKind.CLAWBACK)
                    .plus(q3.total(PayLineKind.CLAWBACK))
                    .plus(q4.total(PayLineKind.CLAWBACK));
            assertThat(takenInAll).isEqualTo(eur("-6000.00"));

            // the next year, nothing new: no line
            PayStatement later = calc.statement(
                    ANA,
                    io.github.kamsdk.core.time.DateRange.ofQuarter(2027, 1),
                    PayInput.builder()
                            .addReversals(List.of(quarterBack, more, tooMuch))
                            .addHistory(history(q1, q2, q3, q4))
                            .build());
            assertThat(later.lines(PayLineKind.CLAWBACK)).isEmpty();
        }

        @Test
        void aReturnAboveTheDealInOneGoTakesBackExactlyWhatWasPaid() {
            // 45,000.00 returned of a 40,000.00 deal: 100%, 6,000.00, not 45/40 of it
            PayStatement q2 = calc.statement(
                    ANA,
                    Q2,
                    PayInput.builder()
                            .addReversals(List.of(returned("REV-9", day(5, 1), "SO-1", "45000.00")
                                    .build()))
                            .addHistory(q1.records())
                            .build());
            assertThat(only(q2, PayLineKind.CLAWBACK).amount()).isEqualTo(eur("-6000.00"));
        }

        @Test
        void aReturnInThePeriodOfTheSaleIsTakenBackInTheSameStatement() {
            // SO-1 booked on 10 Feb and 25% of it returned on 20 Mar: 6,000.00 earned, −1,500.00 taken back
            for (Detail detail : Detail.values()) {
                PayStatement s = calc.run(
                                Q1,
                                List.of(ANA),
                                PayInput.builder()
                                        .transactions(List.of(sale("SO-1", ANA, day(2, 10), "40000.00")))
                                        .addReversals(List.of(returned("REV-0", day(3, 20), "SO-1", "10000.00")
                                                .build()))
                                        .build(),
                                detail)
                        .statement(ANA);
                assertThat(s.lines())
                        .as("%s", detail)
                        .extracting(PayLine::fullKey, PayLine::amount)
                        .containsExactly(
                                tuple("FIXED/-/fixed/2026-01-01", eur("0.00")),
                                tuple("COMMISSION/commission/band.1/2026-01-01", eur("6000.00")),
                                tuple("CLAWBACK/commission/deal.SO-1/2026-01-01", eur("-1500.00")));
                // a deal with a trigger keeps its records even in figures-only mode
                assertThat(s.records())
                        .extracting(CommissionRecord::kind)
                        .containsExactly(CommissionRecord.Kind.EARNED, CommissionRecord.Kind.CLAWBACK);
            }
        }

        @Test
        void aReturnDatedAfterThePeriodWaitsForItsOwnPeriod() {
            // REV-1 is dated 20 April: a Q1 statement does not see it
            PayStatement again = calc.statement(
                    ANA,
                    Q1,
                    PayInput.builder()
                            .transactions(List.of(sale("SO-1", ANA, day(2, 10), "40000.00")))
                            .addReversals(List.of(quarterBack))
                            .build());
            assertThat(again.lines(PayLineKind.CLAWBACK)).isEmpty();
        }

        @Test
        void aRefusalTakesBackTheDealUnlessThePolicyLeavesRefusalsOut() {
            Reversal refusal = Reversal.builder()
                    .reversalKind(ReversalKind.REFUSAL)
                    .id(EventId.of("REF-1"))
                    .account(C1)
                    .credits(Credits.solely(ANA))
                    .date(day(4, 3))
                    .order(EventId.of("SO-1"))
                    .value(eur("40000.00"))
                    .reason("refused on delivery")
                    .build();
            PayInput q2Input = PayInput.builder()
                    .addReversals(List.of(refusal))
                    .addHistory(q1.records())
                    .build();

            // refused in full: 100% × 6,000.00 = −6,000.00
            PayLine line = only(calc.statement(ANA, Q2, q2Input), PayLineKind.CLAWBACK);
            assertThat(line.amount()).isEqualTo(eur("-6000.00"));
            assertThat(line.explanation().render()).contains("refusal REF-1 of EUR 40000.00 on 2026-04-03");

            PayCalculator returnsOnly = calculator(
                    plan("kam", "0.00", commission(BandMode.WHOLE_AMOUNT).build())
                            .clawback(ClawbackPolicy.builder()
                                    .mode(ClawbackMode.NET_FORWARD)
                                    .onRefusals(false)
                                    .build())
                            .build());
            assertThat(returnsOnly.statement(ANA, Q2, q2Input).lines(PayLineKind.CLAWBACK))
                    .isEmpty();
        }
    }

    @Nested
    class UnpaidReceivables {
        // SO-5 20,000.00 on 2 Feb; INV-5 20,000.00 on 5 Feb, net 30, due 7 Mar; PAY-5A 5,000.00 on 1 Mar;
        // PAY-5B the other 15,000.00 on 15 Jul
        final Order so5 = order("SO-5", day(2, 2), ANA, "20000.00");
        final Invoice inv5 = invoice("INV-5", day(2, 5), "20000.00")
                .order(so5.id())
                .paymentTerms(PaymentTerms.net(30))
                .build();
        final Ledger ledger = Ledger.of(List.of(
                so5,
                inv5,
                payment("PAY-5A", day(3, 1), "5000.00")
                        .apply(inv5.id(), eur("5000.00"))
                        .build(),
                payment("PAY-5B", day(7, 15), "15000.00")
                        .apply(inv5.id(), eur("15000.00"))
                        .build()));
        // an invoice more than 60 days past due takes its share back
        final ClawbackPolicy after60Days = ClawbackPolicy.builder()
                .mode(ClawbackMode.NET_FORWARD)
                .uncollectedAfterDays(60)
                .build();

        PayCalculator calc(CreditingBasis basis) {
            return calculator(plan(
                            "kam",
                            "0.00",
                            commission(BandMode.WHOLE_AMOUNT).basis(basis).build())
                    .clawback(after60Days)
                    .build());
        }

        PayStatement statement(
                CreditingBasis basis, io.github.kamsdk.core.time.DateRange period, List<CommissionRecord> history) {
            return calc(basis)
                    .statement(
                            ANA,
                            period,
                            PayInput.builder()
                                    .transactions(PayTransactions.fromLedger(ledger, basis)
                                            .transactions())
                                    .addReversals(ledger.reversals())
                                    .receivables(ledger.receivables(period.endInclusive()))
                                    .addHistory(history)
                                    .build());
        }

        @Test
        void aReceivableLeftUnpaidTooLongTakesBackItsShareAndPaymentGivesItBack() {
            // Q1 (as of 31 Mar INV-5 is 24 days past due, not over 60): 15% × 20,000 = 3,000.00, no clawback
            PayStatement q1 = statement(CreditingBasis.BOOKED, Q1, List.of());
            assertThat(q1.total()).isEqualTo(eur("3000.00"));
            assertThat(q1.lines(PayLineKind.CLAWBACK)).isEmpty();

            // Q2 (as of 30 Jun: 15,000.00 open, 24 + 30 + 31 + 30 = 115 days past due, over 60):
            // 15,000 / 20,000 = 75% of 3,000.00 = −2,250.00
            PayStatement q2 = statement(CreditingBasis.BOOKED, Q2, history(q1));
            PayLine taken = only(q2, PayLineKind.CLAWBACK);
            assertThat(taken.amount()).isEqualTo(eur("-2250.00"));
            assertThat(taken.explanation().render())
                    .contains("invoice INV-5 EUR 15000.00 unpaid 115 days past due (over 60) as of 2026-06-30");

            // Q3 (paid on 15 Jul, nothing open as of 30 Sep): the 2,250.00 comes back
            PayStatement q3 = statement(CreditingBasis.BOOKED, Q3, history(q1, q2));
            PayLine restored = only(q3, PayLineKind.CLAWBACK);
            assertThat(restored.fullKey()).isEqualTo("CLAWBACK/commission/deal.SO-5/2026-07-01");
            assertThat(restored.amount()).isEqualTo(eur("2250.00"));
            assertThat(restored.explanation().render()).contains("nothing is reversed or unpaid any more");
            // over the three quarters: 3,000.00 − 2,250.00 + 2,250.00 = 3,000.00
            assertThat(q1.total().plus(q2.total()).plus(q3.total())).isEqualTo(eur("3000.00"));
        }

        @Test
        void commissionOnCollectedCashIsNotClawedBackForUnpaidReceivables() {
            // cash basis: PAY-5A pays 5,000 / 20,000 = 25% of the deal on 1 Mar: 15% × 20,000 × 25% = 750.00
            PayStatement q1 = statement(CreditingBasis.COLLECTED, Q1, List.of());
            assertThat(q1.total()).isEqualTo(eur("750.00"));
            // Q2: the same 115 days past due; the unpaid 75% was never paid commission on
            PayStatement q2 = statement(CreditingBasis.COLLECTED, Q2, history(q1));
            assertThat(q2.lines(PayLineKind.CLAWBACK)).isEmpty();
            assertThat(q2.total()).isEqualTo(eur("0.00"));
            // Q3: PAY-5B pays the other 75%: 2,250.00; in all 3,000.00, as on the booked basis
            PayStatement q3 = statement(CreditingBasis.COLLECTED, Q3, history(q1, q2));
            assertThat(q3.total()).isEqualTo(eur("2250.00"));
            assertThat(q1.total().plus(q3.total())).isEqualTo(eur("3000.00"));
        }

        @Test
        void aReturnStillTakesBackCashBasisCommissionWhileUnpaidReceivablesDoNot() {
            Reversal back = returned("REV-5", day(5, 10), "SO-5", "4000.00").build();
            PayInput.Builder q2 =
                    PayInput.builder().addReversals(List.of(back)).receivables(ledger.receivables(day(6, 30)));

            // booked: (4,000 returned + 15,000 unpaid) / 20,000 = 95% of 3,000.00 = −2,850.00
            PayStatement booked1 = statement(CreditingBasis.BOOKED, Q1, List.of());
            PayStatement booked2 = calc(CreditingBasis.BOOKED)
                    .statement(ANA, Q2, q2.addHistory(booked1.records()).build());
            assertThat(only(booked2, PayLineKind.CLAWBACK).amount()).isEqualTo(eur("-2850.00"));

            // collected: only the return counts, 4,000 / 20,000 = 20% of 750.00 = −150.00
            PayStatement cash1 = statement(CreditingBasis.COLLECTED, Q1, List.of());
            PayStatement cash2 = calc(CreditingBasis.COLLECTED)
                    .statement(
                            ANA,
                            Q2,
                            PayInput.builder()
                                    .addReversals(List.of(back))
                                    .receivables(ledger.receivables(day(6, 30)))
                                    .addHistory(cash1.records())
                                    .build());
            assertThat(only(cash2, PayLineKind.CLAWBACK).amount()).isEqualTo(eur("-150.00"));
        }

        @Test
        void cashBasisCommissionPaidThroughAnAdjustmentIsNotClawedBackForUnpaidReceivables() {
            // SO-8 20,000.00 on 1 Feb; INV-8 on 2 Feb, net 30 (due 4 Mar); PAY-8A 5,000.00 on 1 Mar
            Order so8 = order("SO-8", day(2, 1), ANA, "20000.00");
            Invoice inv8 = invoice("INV-8", day(2, 2), "20000.00")
                    .order(so8.id())
                    .paymentTerms(PaymentTerms.net(30))
                    .build();
            Ledger late = Ledger.of(List.of(
                    so8,
                    inv8,
                    payment("PAY-8A", day(3, 1), "5000.00")
                            .apply(inv8.id(), eur("5000.00"))
                            .build()));
            PayCalculator cash = calc(CreditingBasis.COLLECTED);
            // Q1 was paid before PAY-8A reached the host: nothing
            PayStatement paid = cash.statement(ANA, Q1, PayInput.of(List.of()));
            // recalculated with PAY-8A: 25% of the deal, 15% × 20,000 × 25% = 750.00, paid as an adjustment
            PayStatement recalculated = cash.statement(
                    ANA,
                    Q1,
                    PayInput.of(PayTransactions.fromLedger(late, CreditingBasis.COLLECTED)
                            .transactions()));
            PayAdjustment adjustment = PayAdjustment.between(paid, recalculated);
            assertThat(adjustment.total()).isEqualTo(eur("750.00"));

            // Q2: INV-8 has 15,000.00 open 27 + 30 + 31 + 30 = 118 days past due: a booked-basis plan would
            // take back 75%; the 750.00 was earned on cash collected, so nothing is taken back (the
            // adjustment's record says BOOKED, and 75% × 750.00 = −562.50 is clawed back instead)
            PayStatement q2 = cash.statement(
                    ANA,
                    Q2,
                    PayInput.builder()
                            .receivables(late.receivables(day(6, 30)))
                            .addHistory(paid.records())
                            .addHistory(adjustment.records())
                            .addAdjustment(adjustment)
                            .build());
            assertThat(q2.lines(PayLineKind.CLAWBACK)).isEmpty();
            assertThat(q2.total()).isEqualTo(eur("750.00"));
        }
    }

    @Nested
    class Retro {
        final PayCalculator calc =
                calculator(plan("kam", "0.00", commission(BandMode.WHOLE_AMOUNT).build())
                        .clawback(ClawbackPolicy.retro())
                        .build());
        final List<PayTransaction> q1Deals =
                List.of(sale("SO-1", ANA, day(2, 10), "40000.00"), sale("SO-2", ANA, day(3, 1), "10000.00"));
        // paid: SO-1 15% × 40,000 = 6,000.00, SO-2 15% × 10,000 = 1,500.00; band 1 7,500.00
        final PayStatement paid = calc.statement(ANA, Q1, PayInput.of(q1Deals));
        // found in April: 10,000.00 of SO-1 returned (25%)
        final Reversal late = returned("REV-1", day(4, 20), "SO-1", "10000.00").build();
        final PayStatement recalculated = calc.statement(
                ANA,
                Q1,
                PayInput.builder()
                        .transactions(q1Deals)
                        .addReversals(List.of(late))
                        .build());

        @Test
        void theRecalculatedPeriodEarnsOnWhatWasKept() {
            assertThat(paid.total()).isEqualTo(eur("7500.00"));
            // SO-1 keeps 75%: 15% × 40,000 × 75% = 4,500.00 (band chosen by the whole 40,000); with SO-2 6,000.00
            PayLine band1 = only(recalculated, PayLineKind.COMMISSION);
            assertThat(band1.amount()).isEqualTo(eur("6000.00"));
            Step so1 = stepOf(band1, "SO-1");
            assertThat(so1.parameter("retained", Rate.class)).isEqualTo(Rate.percent(75));
            assertThat(so1.parameter("factor", Rate.class)).isEqualTo(Rate.percent(75));
            assertThat(so1.parameter("commission", Money.class)).isEqualTo(eur("4500.00"));
            assertThat(so1.text()).contains("× 75% retained");
            // retro never writes clawback lines
            assertThat(recalculated.lines(PayLineKind.CLAWBACK)).isEmpty();
        }

        @Test
        void theAdjustmentIsTheDifferenceAndIsPaidWithTheNextStatement() {
            PayAdjustment adjustment = PayAdjustment.between(paid, recalculated);

            // band 1: 6,000.00 − 7,500.00 = −1,500.00
            assertThat(adjustment.lines())
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(tuple("ADJUSTMENT/commission/COMMISSION.band.1/2026-01-01", eur("-1500.00")));
            assertThat(adjustment.total()).isEqualTo(eur("-1500.00"));
            assertThat(adjustment.total()).isEqualTo(recalculated.total().minus(paid.total()));
            assertThat(adjustment.isZero()).isFalse();
            // SO-1's record: 4,500.00 − 6,000.00 = −1,500.00; SO-2 unchanged
            assertThat(adjustment.records())
                    .extracting(r -> r.transaction().orElseThrow().value(), CommissionRecord::amount)
                    .containsExactly(tuple("SO-1", eur("-1500.00")));

            // Q2: SO-3 20,000.00 earns 3,000.00; the adjustment of Q1 is added: 3,000.00 − 1,500.00 = 1,500.00
            PayStatement q2 = calc.statement(
                    ANA,
                    Q2,
                    PayInput.builder()
                            .transactions(List.of(sale("SO-3", ANA, day(5, 5), "20000.00")))
                            .addReversals(List.of(late))
                            .addAdjustment(adjustment)
                            .build());
            assertThat(q2.lines())
                    .extracting(PayLine::fullKey, PayLine::amount)
                    .containsExactly(
                            tuple("FIXED/-/fixed/2026-04-01", eur("0.00")),
                            tuple("COMMISSION/commission/band.1/2026-04-01", eur("3000.00")),
                            tuple("ADJUSTMENT/commission/COMMISSION.band.1/2026-01-01", eur("-1500.00")));
            assertThat(q2.total()).isEqualTo(eur("1500.00"));
        }

        @Test
        void recalculatingUnchangedDataGivesNoAdjustment() {
            PayStatement again = calc.statement(ANA, Q1, PayInput.of(q1Deals));
            PayAdjustment none = PayAdjustment.between(paid, again);
            assertThat(none.isZero()).isTrue();
            assertThat(none.lines()).isEmpty();
            assertThat(none.records()).isEmpty();
            assertThat(none.total()).isEqualTo(eur("0.00"));
            PayStatement recalculatedAgain = calc.statement(
                    ANA,
                    Q1,
                    PayInput.builder()
                            .transactions(q1Deals)
                            .addReversals(List.of(late))
                            .build());
            assertThat(PayAdjustment.between(recalculated, recalculatedAgain).isZero())
                    .isTrue();
        }

        @Test
        void aDealTakenBackInFullEarnsNothingWithTheReason() {
            Reversal refusal = Reversal.builder()
                    .reversalKind(ReversalKind.REFUSAL)
                    .id(EventId.of("REF-2"))
                    .account(C1)
                    .credits(Credits.solely(ANA))
                    .date(day(4, 2))
                    .order(EventId.of("SO-2"))
                    .value(eur("10000.00"))
                    .reason("refused")
                    .build();
            PayStatement s = calc.statement(
                    ANA,
                    Q1,
                    PayInput.builder()
                            .transactions(q1Deals)
                            .addReversals(List.of(refusal))
                            .build());
            // only SO-1's 6,000.00 is left
            assertThat(s.total()).isEqualTo(eur("6000.00"));
            assertThat(s.unpaid())
                    .extracting(u -> u.transaction().value(), UnpaidTransaction::reason, UnpaidTransaction::detail)
                    .containsExactly(tuple(
                            "SO-2", UnpaidReason.FULLY_REVERSED, "deal SO-2 was taken back in full (retro clawback)"));
        }

        @Test
        void theAdjustmentsRecordsKeepTheCreditingBasis() {
            // SO-7 10,000.00, invoiced and paid in full on 10 Feb: cash basis, 15% = 1,500.00
            Order so7 = order("SO-7", day(2, 1), ANA, "10000.00");
            Invoice inv7 =
                    invoice("INV-7", day(2, 2), "10000.00").order(so7.id()).build();
            Ledger ledger = Ledger.of(List.of(
                    so7,
                    inv7,
                    payment("PAY-7", day(2, 10), "10000.00")
                            .apply(inv7.id(), eur("10000.00"))
                            .build()));
            PayCalculator cash = calculator(plan(
                            "cash",
                            "0.00",
                            commission(BandMode.WHOLE_AMOUNT)
                                    .basis(CreditingBasis.COLLECTED)
                                    .build())
                    .clawback(ClawbackPolicy.retro())
                    .build());
            List<PayTransaction> deals =
                    PayTransactions.fromLedger(ledger, CreditingBasis.COLLECTED).transactions();
            PayStatement paidCash = cash.statement(ANA, Q1, PayInput.of(deals));
            // 2,000.00 returned later: 20%; 15% × 10,000 × 80% = 1,200.00; adjustment −300.00
            PayStatement recalculatedCash = cash.statement(
                    ANA,
                    Q1,
                    PayInput.builder()
                            .transactions(deals)
                            .addReversals(List.of(returned("REV-7", day(5, 1), "SO-7", "2000.00")
                                    .build()))
                            .build());
            PayAdjustment adjustment = PayAdjustment.between(paidCash, recalculatedCash);
            assertThat(adjustment.total()).isEqualTo(eur("-300.00"));
            assertThat(paidCash.records().get(0).basis()).isEqualTo(CreditingBasis.COLLECTED);
            // the record delta of PAY-7/INV-7 is a COLLECTED earning like the record it corrects
            assertThat(adjustment.records())
                    .extracting(
                            r -> r.transaction().orElseThrow().value(),
                            CommissionRecord::amount,
                            CommissionRecord::basis)
                    .containsExactly(tuple("PAY-7/INV-7", eur("-300.00"), CreditingBasis.COLLECTED));
        }
    }
}
