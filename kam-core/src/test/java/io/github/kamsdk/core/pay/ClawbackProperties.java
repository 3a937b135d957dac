package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.PayGens;
import io.github.kamsdk.core.testing.PayGens.PayCase;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.time.DateRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of clawbacks and adjustments, over {@link LedgerGens#smallHistories()} (orders, invoices,
 * payments, returns and refusals) calculated quarter after quarter from Q3 2025 to Q4 2026 with the
 * records of each statement passed on to the next, over {@link PayGens#recordHistories} written
 * by earlier statements, and over {@link PayGens#payCases(boolean)}.
 */
class ClawbackProperties {
    /** The quarters statements are calculated for, one after another. */
    private static final List<DateRange> QUARTERS = List.of(
            DateRange.ofQuarter(2025, 3),
            DateRange.ofQuarter(2025, 4),
            DateRange.ofQuarter(2026, 1),
            DateRange.ofQuarter(2026, 2),
            DateRange.ofQuarter(2026, 3),
            DateRange.ofQuarter(2026, 4));

    /** A ledger and a plan whose commission (no cap) earns on one basis and claws back. */
    record LedgerCase(List<CommercialEvent> events, CompensationPlan plan) {
        Ledger ledger() {
            return Ledger.of(events);
        }

        CreditingBasis basis() {
            return ((TransactionCommission) plan.timeline().get(0).components().get(0)).basis();
        }

        @Override
        public String toString() {
            return PayGens.describe(plan) + " over " + events;
        }
    }

    private static Gen<LedgerCase> ledgerCases(ClawbackMode mode) {
        return LedgerGens.smallHistories()
                .zip(
                        PayGens.commissions(),
                        PayGens.clawbackPolicies(),
                        (events, commission, policy) -> new LedgerCase(events, plan(commission, policy, mode)));
    }

    private static CompensationPlan plan(TransactionCommission c, ClawbackPolicy policy, ClawbackMode mode) {
        return plan(c, policy, mode, null);
    }

    private static CompensationPlan plan(
            TransactionCommission c, ClawbackPolicy policy, ClawbackMode mode, @Nullable Money cap) {
        TransactionCommission.Builder commission = TransactionCommission.builder()
                .id(c.id())
                .bands(c.bands())
                .mode(c.mode())
                .base(c.base())
                .basis(c.basis())
                .eligibility(c.eligibility());
        if (cap != null) {
            commission.cap(cap);
        }
        TransactionCommission uncapped = commission.build();
        ClawbackPolicy.Builder p = ClawbackPolicy.builder()
                .mode(mode)
                .onReturns(policy.onReturns())
                .onRefusals(policy.onRefusals());
        policy.uncollectedAfterDays().ifPresent(p::uncollectedAfterDays);
        return CompensationPlan.builder()
                .id("plan-claw")
                .currency(PayGens.EUR)
                .addVersions(PlanVersion.builder()
                        .validity(DateRange.of(LedgerGens.WINDOW.start(), PayGens.PLANS_TO.plusYears(1)))
                        .fixedPay(Money.zero(PayGens.EUR))
                        .addComponents(uncapped)
                        .build())
                .clawback(p.build())
                .build();
    }

    private record DealKey(ManagerId manager, ComponentId component, EventId deal) {}

    /** What was paid and taken back per deal so far, from a history of records. */
    private static final class Tally {
        final Map<DealKey, Money> paid = new HashMap<>();
        final Map<DealKey, Money> taken = new HashMap<>();

        void add(CommissionRecord r) {
            DealKey k = new DealKey(r.manager(), r.component(), r.deal());
            if (r.kind() == CommissionRecord.Kind.EARNED) {
                paid.merge(k, r.amount(), Money::plus);
            } else {
                taken.merge(k, r.amount().negate(), Money::plus);
            }
        }

        Money paid(DealKey k) {
            return paid.getOrDefault(k, Money.zero(PayGens.EUR));
        }

        Money taken(DealKey k) {
            return taken.getOrDefault(k, Money.zero(PayGens.EUR));
        }
    }

    /** One clawback line and what had been taken back for its deal before it. */
    private record Clawback(DealKey key, PayLine line, Money takenBefore, Money paid, Money takenAfter) {}

    /**
     * Calculates the quarters one after another for every manager, each statement with the records
     * of the earlier ones, and returns every clawback line with the deal's figures.
     */
    private static List<Clawback> quarterAfterQuarter(LedgerCase c) {
        Ledger ledger = c.ledger();
        List<PayTransaction> transactions =
                PayTransactions.fromLedger(ledger, c.basis()).transactions();
        PayCalculator calculator = PayCalculator.of(PayPlans.forEveryone(c.plan()));
        List<CommissionRecord> history = new ArrayList<>();
        Tally tally = new Tally();
        List<Clawback> out = new ArrayList<>();
        for (DateRange q : QUARTERS) {
            PayInput input = PayInput.builder()
                    .transactions(transactions)
                    .addReversals(ledger.reversals())
                    .receivables(ledger.receivables(q.endInclusive()))
                    .addHistory(history)
                    .build();
            List<CommissionRecord> written = new ArrayList<>();
            for (ManagerId m : LedgerGens.MANAGERS) {
                PayStatement s = calculator.statement(m, q, input);
                for (CommissionRecord r : s.records()) {
                    if (r.kind() == CommissionRecord.Kind.EARNED) {
                        tally.add(r);
                    }
                }
                for (PayLine l : s.lines(PayLineKind.CLAWBACK)) {
                    DealKey k = new DealKey(
                            m, l.component().orElseThrow(), EventId.of(l.key().substring("deal.".length())));
                    Money before = tally.taken(k);
                    out.add(new Clawback(k, l, before, tally.paid(k), before.minus(l.amount())));
                }
                for (CommissionRecord r : s.records()) {
                    if (r.kind() == CommissionRecord.Kind.CLAWBACK) {
                        tally.add(r);
                    }
                }
                written.addAll(s.records());
            }
            history.addAll(written);
        }
        return out;
    }

    @Test
    void whatIsTakenBackForADealStaysWithinWhatWasPaidForItOverSeveralPeriods() {
        Props.qt().forAll(ledgerCases(ClawbackMode.NET_FORWARD)).checkAssert(c -> {
            for (Clawback x : quarterAfterQuarter(c)) {
                assertThat(x.takenAfter().isNegative())
                        .as("%s: taken back %s in all", x.line(), x.takenAfter())
                        .isFalse();
                assertThat(x.takenAfter())
                        .as("%s: taken back %s in all, paid %s", x.line(), x.takenAfter(), x.paid())
                        .isLessThanOrEqualTo(x.paid());
            }
        });
    }

    @Test
    void aClawbackLineIsNeverPositiveUnlessItRestoresWhatWasTakenBefore() {
        Props.qt().forAll(ledgerCases(ClawbackMode.NET_FORWARD)).checkAssert(c -> {
            for (Clawback x : quarterAfterQuarter(c)) {
                assertThat(x.line().amount().isZero()).isFalse();
                if (x.line().amount().isPositive()) {
                    assertThat(x.line().amount())
                            .as("%s gives back more than the %s taken before", x.line(), x.takenBefore())
                            .isLessThanOrEqualTo(x.takenBefore());
                }
            }
        });
    }

    /** A case with a history of earlier statements for M-0 and reversals of some of its deals. */
    record HistoryCase(PayCase payCase, List<CommissionRecord> history, List<Reversal> reversals) {
        @Override
        public String toString() {
            return payCase + " with history " + history + " and reversals " + reversals;
        }
    }

    private static Gen<HistoryCase> historyCases() {
        return PayGens.payCases(false)
                .flatMap(c -> PayGens.recordHistories(PayGens.MANAGERS.get(0), PayGens.COMMISSION, c.transactions())
                        .zip(PayGens.reversalsOf(c.transactions()), (h, r) -> new HistoryCase(c, h, r)));
    }

    @Test
    void againstAnyHistoryOfEarlierStatementsTheTakenBackStaysWithinWhatWasPaid() {
        Props.qt().forAll(historyCases()).checkAssert(h -> {
            PayCase c = h.payCase();
            CompensationPlan.Builder b = CompensationPlan.builder()
                    .id(c.plan().id())
                    .currency(c.plan().currency())
                    .rounding(c.plan().rounding())
                    .addAllVersions(c.plan().versions())
                    .clawback(ClawbackPolicy.netForward());
            c.plan().variableCap().ifPresent(b::variableCap);
            c.plan().variableFloor().ifPresent(b::variableFloor);
            c.plan().draw().ifPresent(b::draw);
            CompensationPlan plan = b.build();
            PayInput input = PayInput.builder()
                    .transactions(c.transactions())
                    .addReversals(h.reversals())
                    .addHistory(h.history())
                    .build();
            ManagerId m = PayGens.MANAGERS.get(0);
            PayStatement s = PayCalculator.of(PayPlans.forEveryone(plan)).statement(m, PayGens.PERIOD, input);
            Tally tally = new Tally();
            h.history().forEach(tally::add);
            s.records().stream()
                    .filter(r -> r.kind() == CommissionRecord.Kind.EARNED)
                    .forEach(tally::add);
            for (PayLine l : s.lines(PayLineKind.CLAWBACK)) {
                DealKey k = new DealKey(
                        m, l.component().orElseThrow(), EventId.of(l.key().substring("deal.".length())));
                Money after = tally.taken(k).minus(l.amount());
                assertThat(after.isNegative()).as("%s", l).isFalse();
                assertThat(after).as("%s, paid %s", l, tally.paid(k)).isLessThanOrEqualTo(tally.paid(k));
                if (l.amount().isPositive()) {
                    assertThat(l.amount()).isLessThanOrEqualTo(tally.taken(k));
                }
            }
        });
    }

    @Test
    void aComponentNeverTakesBackMoreThanItsLinesPaid() {
        Gen<LedgerCase> capped = LedgerGens.smallHistories()
                .zip(
                        PayGens.commissions(),
                        PayGens.clawbackPolicies(),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 200_000),
                        (events, commission, policy, cents) -> new LedgerCase(
                                events,
                                plan(commission, policy, ClawbackMode.NET_FORWARD, Money.ofMinor(cents, PayGens.EUR))));
        Props.qt().forAll(capped).checkAssert(c -> {
            Ledger ledger = c.ledger();
            List<PayTransaction> transactions =
                    PayTransactions.fromLedger(ledger, c.basis()).transactions();
            PayCalculator calculator = PayCalculator.of(PayPlans.forEveryone(c.plan()));
            List<CommissionRecord> history = new ArrayList<>();
            Map<ManagerId, Money> paid = new HashMap<>();
            Map<ManagerId, Money> taken = new HashMap<>();
            for (DateRange q : QUARTERS) {
                PayInput input = PayInput.builder()
                        .transactions(transactions)
                        .addReversals(ledger.reversals())
                        .receivables(ledger.receivables(q.endInclusive()))
                        .addHistory(history)
                        .build();
                List<CommissionRecord> written = new ArrayList<>();
                for (ManagerId m : LedgerGens.MANAGERS) {
                    PayStatement s = calculator.statement(m, q, input);
                    for (PayLine l : s.lines()) {
                        if (l.kind() == PayLineKind.CLAWBACK) {
                            taken.merge(m, l.amount().negate(), Money::plus);
                        } else if (l.kind().isEarned()) {
                            paid.merge(m, l.amount(), Money::plus);
                        }
                    }
                    Money zero = Money.zero(PayGens.EUR);
                    assertThat(taken.getOrDefault(m, zero))
                            .as("%s in %s: taken back in all, paid in all %s", m, q, paid.getOrDefault(m, zero))
                            .isLessThanOrEqualTo(paid.getOrDefault(m, zero));
                    written.addAll(s.records());
                }
                history.addAll(written);
            }
        });
    }

    @Test
    void retroRecalculationOfUnchangedDataYieldsAZeroAdjustment() {
        Props.qt().forAll(ledgerCases(ClawbackMode.RETRO), Gens.seeds()).checkAssert((c, seed) -> {
            Ledger ledger = c.ledger();
            List<PayTransaction> transactions =
                    PayTransactions.fromLedger(ledger, c.basis()).transactions();
            List<PayTransaction> shuffled = new ArrayList<>(transactions);
            Collections.shuffle(shuffled, new Random(seed));
            PayCalculator calculator = PayCalculator.of(PayPlans.forEveryone(c.plan()));
            DateRange q = QUARTERS.get(2);
            for (ManagerId m : LedgerGens.MANAGERS) {
                PayStatement paid = calculator.statement(m, q, input(ledger, transactions, q));
                PayStatement again = calculator.statement(m, q, input(ledger, shuffled, q));
                PayAdjustment adjustment = PayAdjustment.between(paid, again);
                assertThat(adjustment.isZero()).as("%s", adjustment.lines()).isTrue();
                assertThat(adjustment.total().isZero()).isTrue();
                assertThat(adjustment.records()).isEmpty();
            }
        });
    }

    private static PayInput input(Ledger ledger, List<PayTransaction> transactions, DateRange q) {
        return PayInput.builder()
                .transactions(transactions)
                .addReversals(ledger.reversals())
                .receivables(ledger.receivables(q.endInclusive()))
                .build();
    }

    @Test
    void anAdjustmentIsTheRecalculatedTotalMinusThePaidTotalExactly() {
        Props.qt().forAll(ledgerCases(ClawbackMode.RETRO)).checkAssert(c -> {
            Ledger ledger = c.ledger();
            List<PayTransaction> transactions =
                    PayTransactions.fromLedger(ledger, c.basis()).transactions();
            PayCalculator calculator = PayCalculator.of(PayPlans.forEveryone(c.plan()));
            DateRange q = QUARTERS.get(2);
            for (ManagerId m : LedgerGens.MANAGERS) {
                // paid before any return was known; recalculated once they are
                PayStatement paid = calculator.statement(m, q, PayInput.of(transactions));
                PayStatement recalculated = calculator.statement(m, q, input(ledger, transactions, q));
                PayAdjustment adjustment = PayAdjustment.between(paid, recalculated);
                assertThat(adjustment.total()).isEqualTo(recalculated.total().minus(paid.total()));
                Money sum = Money.zero(PayGens.EUR);
                for (PayLine l : adjustment.lines()) {
                    assertThat(l.kind()).isEqualTo(PayLineKind.ADJUSTMENT);
                    sum = sum.plus(l.amount());
                }
                assertThat(sum).isEqualTo(adjustment.total());
                // paid with the next statement, it adds exactly its total
                DateRange next = QUARTERS.get(3);
                PayStatement without = calculator.statement(m, next, input(ledger, transactions, next));
                PayInput withAdjustment = PayInput.builder()
                        .transactions(transactions)
                        .addReversals(ledger.reversals())
                        .receivables(ledger.receivables(next.endInclusive()))
                        .addAdjustment(adjustment)
                        .build();
                PayStatement with = calculator.statement(m, next, withAdjustment);
                assertThat(with.total()).isEqualTo(without.total().plus(adjustment.total()));
            }
        });
    }

    @Test
    void anAdjustmentBetweenAnyTwoCalculationsOfAPeriodIsTheDifferenceOfTheirTotals() {
        Props.qt().forAll(PayGens.payCases(false), Gens.seeds()).checkAssert((c, seed) -> {
            Random r = new Random(seed);
            List<PayTransaction> some = new ArrayList<>();
            for (PayTransaction t : c.transactions()) {
                if (r.nextBoolean()) {
                    some.add(t);
                }
            }
            for (ManagerId m : c.managers()) {
                PayStatement a = c.calculator().statement(m, PayGens.PERIOD, c.withTransactions(some));
                PayStatement b = c.calculator().statement(m, PayGens.PERIOD, c.input());
                assertThat(PayAdjustment.between(a, b).total())
                        .isEqualTo(b.total().minus(a.total()));
                assertThat(PayAdjustment.between(b, a).total())
                        .isEqualTo(a.total().minus(b.total()));
                assertThat(PayAdjustment.between(b, b).isZero()).isTrue();
            }
        });
    }
}
