package io.github.kamsdk.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.LedgerGens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The laws every {@link KpiFormula} obeys, as default test methods: a test class implements this
 * interface, names its formula, and inherits the properties. Inputs are {@link
 * LedgerGens#histories()} with {@link LedgerGens#activities(long, int)} and a few competitor losses, for
 * Q1 2026 against Q4 2025 in EUR, in the company scope and in manager {@code M-0}'s scope.
 *
 * <ul>
 *   <li>the result does not depend on the order of the inputs;
 *   <li>splitting the inputs in two, accumulating each and merging equals accumulating all;
 *   <li>{@code result()} may be called twice with the same answer;
 *   <li>the formula's own accumulator, fed and merged by hand, agrees with {@link KpiCalculator}
 *       (which may share state between formulas);
 *   <li>the value's definition and period are the formula's and the context's; an undefined value
 *       has a reason; a defined value of a count is a whole number not below zero.
 * </ul>
 */
public interface KpiFormulaContract {
    /**
     * The formula under test.
     *
     * @return the formula
     */
    KpiFormula formula();

    /** The company context the laws are checked in. */
    static KpiContext companyContext() {
        return KpiContext.builder()
                .period(LedgerGens.QUARTER)
                .priorPeriod(LedgerGens.PRIOR)
                .currency(LedgerGens.EUR)
                .build();
    }

    /** Inputs drawn from a seed. */
    static Inputs inputs(long seed) {
        Random r = new Random(seed);
        List<CommercialEvent> events = LedgerGens.history(r.nextLong(), 40);
        List<Activity> activities = LedgerGens.activities(r.nextLong(), 30);
        List<CompetitorLoss> losses = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            losses.add(CompetitorLoss.of(
                    LedgerGens.ACCOUNTS.get(r.nextInt(LedgerGens.ACCOUNTS.size())),
                    LedgerGens.WINDOW.start().plusDays(r.nextInt((int) LedgerGens.WINDOW.lengthInDays()))));
        }
        return new Inputs(events, activities, losses);
    }

    /** One generated input. */
    record Inputs(List<CommercialEvent> events, List<Activity> activities, List<CompetitorLoss> losses) {
        KpiInput toInput() {
            return KpiInput.builder()
                    .events(events)
                    .activities(activities)
                    .competitorLosses(losses)
                    .build();
        }

        Inputs shuffled(long seed) {
            Random r = new Random(seed);
            List<CommercialEvent> e = new ArrayList<>(events);
            List<Activity> a = new ArrayList<>(activities);
            List<CompetitorLoss> l = new ArrayList<>(losses);
            Collections.shuffle(e, r);
            Collections.shuffle(a, r);
            Collections.shuffle(l, r);
            return new Inputs(e, a, l);
        }
    }

    private KpiValue compute(KpiContext context, Inputs inputs) {
        return KpiCalculator.of(formula())
                .compute(context, inputs.toInput())
                .get(formula().definition().id());
    }

    @Test
    default void valueDoesNotDependOnInputOrder() {
        for (KpiContext context : List.of(companyContext(), companyContext().forManager(LedgerGens.MANAGERS.get(0)))) {
            Props.qt().forAll(Gens.seeds(), Gens.seeds()).checkAssert((seed, shuffle) -> {
                Inputs inputs = inputs(seed);
                assertThat(compute(context, inputs.shuffled(shuffle))).isEqualTo(compute(context, inputs));
            });
        }
    }

    @Test
    default void mergingPartialResultsEqualsComputingOnAll() {
        for (KpiContext context : List.of(companyContext(), companyContext().forManager(LedgerGens.MANAGERS.get(0)))) {
            Props.qt().forAll(Gens.seeds()).checkAssert(seed -> {
                Inputs inputs = inputs(seed);
                Random r = new Random(seed);
                KpiCalculator calculator = KpiCalculator.of(formula());
                KpiRun left = calculator.start(context);
                KpiRun right = calculator.start(context);
                inputs.events().forEach(e -> (r.nextBoolean() ? left : right).add(e));
                inputs.activities().forEach(a -> (r.nextBoolean() ? left : right).add(a));
                inputs.losses().forEach(l -> (r.nextBoolean() ? left : right).add(l));
                KpiValue merged =
                        left.merge(right).results().get(formula().definition().id());
                assertThat(merged).isEqualTo(compute(context, inputs));
            });
        }
    }

    @Test
    default void accumulatorUsedDirectlyAgreesWithTheCalculator() {
        KpiContext context = companyContext();
        Props.qt().forAll(Gens.seeds()).checkAssert(seed -> {
            Inputs inputs = inputs(seed);
            Random r = new Random(seed);
            KpiFormula formula = formula();
            KpiAccumulator left = formula.newAccumulator(context);
            KpiAccumulator right = formula.newAccumulator(context);
            for (CommercialEvent e : inputs.events()) {
                KpiAccumulator a = r.nextBoolean() ? left : right;
                switch (e.kind()) {
                    case ORDER ->
                        a.order(
                                (io.github.kamsdk.core.ledger.Order) e,
                                io.github.kamsdk.core.money.Rate.ONE_HUNDRED_PERCENT);
                    case INVOICE ->
                        a.invoice(
                                (io.github.kamsdk.core.ledger.Invoice) e,
                                io.github.kamsdk.core.money.Rate.ONE_HUNDRED_PERCENT);
                    case PAYMENT ->
                        a.payment(
                                (io.github.kamsdk.core.ledger.Payment) e,
                                io.github.kamsdk.core.money.Rate.ONE_HUNDRED_PERCENT);
                    case RETURN, REFUSAL ->
                        a.reversal(
                                (io.github.kamsdk.core.ledger.Reversal) e,
                                io.github.kamsdk.core.money.Rate.ONE_HUNDRED_PERCENT);
                }
            }
            inputs.activities().forEach(a -> (r.nextBoolean() ? left : right).activity(a));
            inputs.losses().forEach(l -> (r.nextBoolean() ? left : right).competitorLoss(l));
            left.merge(right);
            assertThat(left.result()).isEqualTo(compute(context, inputs));
        });
    }

    @Test
    default void resultIsRepeatableAndWellFormed() {
        KpiContext context = companyContext();
        Props.qt().forAll(Gens.seeds()).checkAssert(seed -> {
            Inputs inputs = inputs(seed);
            KpiRun run = KpiCalculator.of(formula()).start(context).addAll(inputs.toInput());
            KpiValue first = run.results().get(formula().definition().id());
            assertThat(run.results().get(formula().definition().id())).isEqualTo(first);
            assertThat(first.definition()).isEqualTo(formula().definition());
            assertThat(first.period()).isEqualTo(context.period());
            if (first.isDefined()) {
                assertThat(first.undefinedReason()).isEmpty();
                if (formula().definition().unit() == KpiUnit.COUNT) {
                    BigDecimal v = first.valueOrThrow();
                    assertThat(v.signum()).isGreaterThanOrEqualTo(0);
                    assertThat(v.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
                }
            } else {
                assertThat(first.undefinedReason()).isPresent();
            }
        });
    }
}
