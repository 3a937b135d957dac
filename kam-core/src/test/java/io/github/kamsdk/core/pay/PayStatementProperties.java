package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.PayGens;
import io.github.kamsdk.core.testing.PayGens.PayCase;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.time.DateRange;
import io.github.kamsdk.core.time.Proration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of {@link PayStatement}s and {@link PayRun}s over {@link PayGens#payCases(boolean)} and
 * {@link PayGens#mixedPayCases(boolean)}: plans with one or two versions, commissions of every band
 * mode, overrides, bonuses, plan-miss reductions, component and plan caps and floors, draws and
 * clawbacks, for the four managers of {@link PayGens#TEAM} in Q1 2026.
 *
 * <p>Each law is a method checking one case; the tests run them over plans whose versions cover
 * the whole period or none of it, and {@link #everyLawHoldsWhenAPlanChangesMidPeriod} runs them all
 * over plans that change inside it, which is disabled for now: prorating a per-period amount
 * fails (see its annotation).
 */
class PayStatementProperties {
    /** The kinds whose amount is decided by a rule from rounded figures, not a rounded exact figure. */
    private static final Set<PayLineKind> DECIDED = EnumSet.of(
            PayLineKind.CAP,
            PayLineKind.FLOOR,
            PayLineKind.REDUCTION,
            PayLineKind.VARIABLE_CAP,
            PayLineKind.VARIABLE_FLOOR,
            PayLineKind.DRAW,
            PayLineKind.DRAW_RECOVERY,
            PayLineKind.CLAWBACK,
            PayLineKind.ADJUSTMENT);

    private static final DateRange PERIOD = PayGens.PERIOD;

    private static Gen<PayCase> cases() {
        return cases(false);
    }

    private static Gen<PayCase> cases(boolean changesMidPeriod) {
        return Generate.oneOf(
                PayGens.payCases(changesMidPeriod),
                PayGens.payCases(changesMidPeriod),
                PayGens.mixedPayCases(changesMidPeriod));
    }

    private static PayRun run(PayCase c, PayInput input, Detail detail) {
        return c.calculator().run(PERIOD, c.managers(), input, detail);
    }

    private static CompensationPlan planOf(PayCase c, PayStatement s) {
        return s.planId().equals(c.plan().id()) ? c.plan() : c.other().orElseThrow();
    }

    @Test
    void totalIsTheFixedTotalPlusEveryVariableLineExactly() {
        Props.qt()
                .forAll(cases())
                .checkAssert(PayStatementProperties::totalIsTheFixedTotalPlusEveryVariableLineExactly);
    }

    private static void totalIsTheFixedTotalPlusEveryVariableLineExactly(PayCase c) {
        for (PayStatement s : run(c, c.input(), Detail.EXPLAINED).statements().values()) {
            Money zero = Money.zero(s.currency());
            Money fixed = zero;
            Money variable = zero;
            for (PayLine l : s.lines()) {
                if (l.kind() == PayLineKind.FIXED) {
                    fixed = fixed.plus(l.amount());
                } else {
                    variable = variable.plus(l.amount());
                }
            }
            assertThat(s.fixedTotal()).isEqualTo(fixed);
            assertThat(s.variableTotal()).isEqualTo(variable);
            assertThat(s.total()).isEqualTo(s.fixedTotal().plus(variable));
            Money byKind = zero;
            for (PayLineKind kind : PayLineKind.values()) {
                byKind = byKind.plus(s.total(kind));
            }
            assertThat(byKind).isEqualTo(s.total());
        }
    }

    @Test
    void everyLineIsItsExactFigureRoundedOnceAndTotalsAreSumsOfRoundedLines() {
        Props.qt()
                .forAll(cases())
                .checkAssert(
                        PayStatementProperties::everyLineIsItsExactFigureRoundedOnceAndTotalsAreSumsOfRoundedLines);
    }

    private static void everyLineIsItsExactFigureRoundedOnceAndTotalsAreSumsOfRoundedLines(PayCase c) {
        for (PayStatement s : run(c, c.input(), Detail.EXPLAINED).statements().values()) {
            RoundingPolicy rounding = planOf(c, s).rounding();
            boolean skipped = false;
            for (PayLine l : s.lines()) {
                assertThat(l.amount().currency()).isEqualTo(s.currency());
                if (l.kind() == PayLineKind.CLAWBACK && !toMinorUnit(rounding)) {
                    skipped = true;
                    continue; // see clawbackLinesAreWholeUnderThePlansRounding
                }
                if (DECIDED.contains(l.kind())) {
                    assertThat(l.amount().isRounded(rounding))
                            .as("%s is whole under %s", l, rounding)
                            .isTrue();
                } else {
                    assertThat(l.amount()).as("%s", l).isEqualTo(l.exact().round(rounding));
                }
            }
            if (!skipped) {
                assertThat(s.total().isRounded(rounding)).isTrue();
            }
        }
    }

    private static boolean toMinorUnit(RoundingPolicy rounding) {
        return rounding.equals(RoundingPolicy.toMinorUnit(rounding.mode()));
    }

    @Test
    void clawbackLinesAreWholeUnderThePlansRounding() {
        Props.qt().forAll(cases()).checkAssert(c -> {
            for (PayStatement s :
                    run(c, c.input(), Detail.EXPLAINED).statements().values()) {
                RoundingPolicy rounding = planOf(c, s).rounding();
                for (PayLine l : s.lines(PayLineKind.CLAWBACK)) {
                    assertThat(l.amount().isRounded(rounding))
                            .as("%s is whole under %s", l, rounding)
                            .isTrue();
                }
            }
        });
    }

    @Test
    void theOrderOfTheTransactionsDoesNotMatter() {
        Props.qt()
                .forAll(cases(), Gens.seeds())
                .checkAssert(PayStatementProperties::theOrderOfTheTransactionsDoesNotMatter);
    }

    private static void theOrderOfTheTransactionsDoesNotMatter(PayCase c, long seed) {
        List<PayTransaction> shuffled = new ArrayList<>(c.transactions());
        Collections.shuffle(shuffled, new Random(seed));
        PayRun before = run(c, c.input(), Detail.EXPLAINED);
        PayRun after = run(c, c.withTransactions(shuffled), Detail.EXPLAINED);
        assertThat(after.statements()).isEqualTo(before.statements());
        assertThat(after.unassigned()).isEqualTo(before.unassigned());
    }

    @Test
    void aBulkRunGivesEachManagerTheLinesOfTheirOwnStatement() {
        Props.qt()
                .forAll(cases())
                .checkAssert(PayStatementProperties::aBulkRunGivesEachManagerTheLinesOfTheirOwnStatement);
    }

    private static void aBulkRunGivesEachManagerTheLinesOfTheirOwnStatement(PayCase c) {
        PayRun explained = run(c, c.input(), Detail.EXPLAINED);
        PayRun figures = run(c, c.input(), Detail.FIGURES_ONLY);
        for (ManagerId m : c.managers()) {
            PayStatement alone = c.calculator().statement(m, PERIOD, c.input());
            assertThat(explained.statement(m)).isEqualTo(alone);
            assertThat(figures.statement(m).lines()).isEqualTo(alone.lines());
            assertThat(figures.statement(m).unpaidCounts()).isEqualTo(alone.unpaidCounts());
            assertThat(figures.statement(m).drawBalance()).isEqualTo(alone.drawBalance());
        }
    }

    @Test
    void figuresOnlyAndExplainedGiveTheSameAmounts() {
        Props.qt().forAll(cases()).checkAssert(PayStatementProperties::figuresOnlyAndExplainedGiveTheSameAmounts);
    }

    private static void figuresOnlyAndExplainedGiveTheSameAmounts(PayCase c) {
        PayRun explained = run(c, c.input(), Detail.EXPLAINED);
        PayRun figures = run(c, c.input(), Detail.FIGURES_ONLY);
        assertThat(figures.totals()).isEqualTo(explained.totals());
        assertThat(figures.unassignedCounts()).isEqualTo(explained.unassignedCounts());
        for (ManagerId m : c.managers()) {
            PayStatement e = explained.statement(m);
            PayStatement f = figures.statement(m);
            assertThat(f.lines()).isEqualTo(e.lines());
            assertThat(f.total()).isEqualTo(e.total());
            assertThat(f.unpaidCounts()).isEqualTo(e.unpaidCounts());
            assertThat(f.unpaid()).isEmpty();
            assertThat(e.records()).containsAll(f.records());
        }
    }

    @Test
    void aComponentsLinesAndItsCapLineNeverExceedItsCapProratedToThePiece() {
        Props.qt()
                .forAll(cases())
                .checkAssert(PayStatementProperties::aComponentsLinesAndItsCapLineNeverExceedItsCapProratedToThePiece);
    }

    private static void aComponentsLinesAndItsCapLineNeverExceedItsCapProratedToThePiece(PayCase c) {
        for (PayStatement s :
                run(c, c.input(), Detail.FIGURES_ONLY).statements().values()) {
            CompensationPlan plan = planOf(c, s);
            for (PlanVersion v : plan.timeline()) {
                Optional<DateRange> piece = v.validity().intersection(PERIOD);
                if (piece.isEmpty()) {
                    continue;
                }
                for (PayComponent component : v.components()) {
                    if (component.cap().isEmpty()) {
                        continue;
                    }
                    Money cap = piece.get()
                            .prorationOf(PERIOD)
                            .applyTo(component.cap().get(), plan.rounding());
                    Money own = Money.zero(s.currency());
                    Money withLimits = own;
                    for (PayLine l : s.lines()) {
                        if (!l.component().equals(Optional.of(component.id()))
                                || !l.piece().equals(piece.get())
                                || l.kind() == PayLineKind.CLAWBACK
                                || l.kind() == PayLineKind.ADJUSTMENT) {
                            continue;
                        }
                        withLimits = withLimits.plus(l.amount());
                        if (l.kind() != PayLineKind.CAP && l.kind() != PayLineKind.FLOOR) {
                            own = own.plus(l.amount());
                        }
                    }
                    assertThat(withLimits)
                            .as("%s in %s: capped at %s", component.id(), piece.get(), cap)
                            .isLessThanOrEqualTo(cap);
                    if (own.isGreaterThan(cap)) {
                        assertThat(withLimits).isEqualTo(cap);
                    }
                }
            }
        }
    }

    @Test
    void earnedVariablePayNeverExceedsThePlansVariableCap() {
        Props.qt()
                .forAll(cases())
                .checkAssert(PayStatementProperties::earnedVariablePayNeverExceedsThePlansVariableCap);
    }

    private static void earnedVariablePayNeverExceedsThePlansVariableCap(PayCase c) {
        for (PayStatement s :
                run(c, c.input(), Detail.FIGURES_ONLY).statements().values()) {
            CompensationPlan plan = planOf(c, s);
            if (plan.variableCap().isEmpty()) {
                continue;
            }
            Proration coverage = Proration.ZERO;
            for (PlanVersion v : plan.timeline()) {
                coverage = coverage.plus(v.validity().prorationOf(PERIOD));
            }
            Money cap = coverage.applyTo(plan.variableCap().get(), plan.rounding());
            Money capped = s.earnedVariable().plus(s.total(PayLineKind.VARIABLE_CAP));
            assertThat(capped).as("capped at %s", cap).isLessThanOrEqualTo(cap);
            if (s.earnedVariable().isGreaterThan(cap)) {
                assertThat(capped).isEqualTo(cap);
            }
        }
    }

    @Test
    void reductionsNeverTouchTheFixedLinesNorMakeEarnedVariablePayNegative() {
        Props.qt()
                .forAll(PayGens.payCasesWithPlanMiss(false))
                .checkAssert(PayStatementProperties::reductionsNeverTouchTheFixedLinesNorMakeEarnedVariablePayNegative);
    }

    private static void reductionsNeverTouchTheFixedLinesNorMakeEarnedVariablePayNegative(PayCase c) {
        PayInput met = metInput(c);
        for (ManagerId m : c.managers()) {
            PayStatement s = c.calculator().statement(m, PERIOD, c.input());
            PayStatement unreduced = c.calculator().statement(m, PERIOD, met);
            assertThat(s.lines(PayLineKind.FIXED)).isEqualTo(unreduced.lines(PayLineKind.FIXED));
            assertThat(s.fixedTotal()).isEqualTo(unreduced.fixedTotal());
            assertThat(s.earnedVariable().isNegative()).isFalse();
            for (PayLine reduction : s.lines(PayLineKind.REDUCTION)) {
                Money base = Money.zero(s.currency());
                for (PayLine l : s.lines()) {
                    if (l.piece().equals(reduction.piece())
                            && l.kind().isEarned()
                            && l.kind() != PayLineKind.REDUCTION) {
                        base = base.plus(l.amount());
                    }
                }
                assertThat(reduction.amount().isPositive()).isFalse();
                assertThat(base.plus(reduction.amount()).isNegative())
                        .as("%s on a base of %s", reduction, base)
                        .isFalse();
            }
            for (PayLineKind kind : List.of(PayLineKind.COMMISSION, PayLineKind.OVERRIDE, PayLineKind.BONUS)) {
                assertThat(s.lines(kind)).isEqualTo(unreduced.lines(kind));
            }
        }
    }

    /** The case's input with every plan met for every manager. */
    private static PayInput metInput(PayCase c) {
        PayInput in = c.input();
        PayInput.Builder b = PayInput.builder()
                .transactions(in.transactions())
                .addReversals(in.reversals())
                .addHistory(in.history());
        in.scorecards().forEach(b::putScorecard);
        in.drawBalances().forEach(b::putDrawBalance);
        for (ManagerId m : c.managers()) {
            b.putKpiResults(m, PayGens.allPlansMet());
        }
        return b.build();
    }

    @Test
    void everyTransactionCreditingAManagerEarnsOrIsListedUnpaid() {
        Props.qt()
                .forAll(cases())
                .checkAssert(PayStatementProperties::everyTransactionCreditingAManagerEarnsOrIsListedUnpaid);
    }

    private static void everyTransactionCreditingAManagerEarnsOrIsListedUnpaid(PayCase c) {
        PayRun run = run(c, c.input(), Detail.EXPLAINED);
        for (PayTransaction t : c.transactions()) {
            for (ManagerId m : t.credits().managers()) {
                if (!c.managers().contains(m)) {
                    if (PERIOD.contains(t.date())) {
                        assertThat(run.unassigned())
                                .as("%s credits %s, who has no statement", t.id(), m)
                                .anyMatch(u -> u.transaction().equals(t.id())
                                        && u.manager().equals(m));
                    }
                    continue;
                }
                PayStatement s = run.statement(m);
                boolean earned = s.records().stream()
                        .anyMatch(r -> r.kind() == CommissionRecord.Kind.EARNED
                                && !r.component().equals(PayGens.OVERRIDE)
                                && r.transaction().equals(Optional.of(t.id())));
                List<UnpaidTransaction> unpaid = s.unpaid().stream()
                        .filter(u -> u.transaction().equals(t.id()))
                        .toList();
                assertThat(earned || !unpaid.isEmpty())
                        .as("%s credits %s: earned or listed unpaid", t.id(), m)
                        .isTrue();
                assertThat(earned && !unpaid.isEmpty())
                        .as("%s credits %s: not both earned and unpaid %s", t.id(), m, unpaid)
                        .isFalse();
                assertThat(unpaid).hasSizeLessThanOrEqualTo(1);
                unpaid.forEach(u -> assertThat(u.detail()).isNotBlank());
            }
        }
        for (PayStatement s : run.statements().values()) {
            int counted = s.unpaidCounts().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            assertThat(counted).isEqualTo(s.unpaid().size());
            for (UnpaidTransaction u : s.unpaid()) {
                EventId id = u.transaction();
                assertThat(c.transactions())
                        .anyMatch(t -> t.id().equals(id) && t.credits().includes(s.manager()));
            }
        }
    }

    @Test
    void everyLawHoldsWhenAPlanChangesMidPeriod() {
        Props.qt().forAll(cases(true), Gens.seeds()).checkAssert((c, seed) -> {
            totalIsTheFixedTotalPlusEveryVariableLineExactly(c);
            everyLineIsItsExactFigureRoundedOnceAndTotalsAreSumsOfRoundedLines(c);
            theOrderOfTheTransactionsDoesNotMatter(c, seed);
            aBulkRunGivesEachManagerTheLinesOfTheirOwnStatement(c);
            figuresOnlyAndExplainedGiveTheSameAmounts(c);
            aComponentsLinesAndItsCapLineNeverExceedItsCapProratedToThePiece(c);
            earnedVariablePayNeverExceedsThePlansVariableCap(c);
            reductionsNeverTouchTheFixedLinesNorMakeEarnedVariablePayNegative(c);
            everyTransactionCreditingAManagerEarnsOrIsListedUnpaid(c);
        });
    }
}
