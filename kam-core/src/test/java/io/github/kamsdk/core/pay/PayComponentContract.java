package io.github.kamsdk.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.money.ExchangeRate;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.PayGens;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws every {@link PayComponent} keeps, as default test methods: a test class implements this
 * interface, gives its components, and inherits the properties. Each case is one component, one
 * manager ({@code M-0}, who supervises everyone in {@link PayGens#TEAM}) in Q1 2026 under a plan
 * whose one version holds the component, with or without a scorecard and KPI results, in either
 * detail, and the offers the calculator would make: every transaction of {@link
 * PayGens#mixedTransactions()} dated in the period, once per manager it credits ({@link
 * CreditRelation#OWN} for {@code M-0}, {@link CreditRelation#SUBORDINATE} for the others, none for a
 * stranger), converted into EUR, now and then partly or fully taken back (retro).
 *
 * <ul>
 *   <li>its lines are in the plan's currency, name the component and cover the piece;
 *   <li>the same offers give the same lines and records (deterministic);
 *   <li>the lines and records do not depend on the order of the offers;
 *   <li>{@link PayComponent#newAccumulator} returns a fresh accumulator each call: two fed side by
 *       side give what one fed alone gives;
 *   <li>offers it ignores or does not count leave its lines and records unchanged;
 *   <li>for a component that pays on transactions, when every deal is tracked, one record per
 *       counted offer, and the records add up exactly to the exact figures of its lines; other
 *       components write none.
 * </ul>
 */
public interface PayComponentContract {
    /**
     * The components under test.
     *
     * @return a generator of them
     */
    Gen<? extends PayComponent> components();

    /** One component's calculation: its context's parts, the offers and the lines before it. */
    record Case(
            PayComponent component,
            CompensationPlan plan,
            Detail detail,
            @Nullable ScorecardResult scorecard,
            @Nullable KpiResults kpis,
            Set<EventId> tracked,
            List<CreditedTransaction> offers,
            List<PayLine> before) {

        /** A fresh context, as the calculator makes one per accumulator. */
        ComponentContext context() {
            PlanVersion version = plan.timeline().get(0);
            return new ComponentContext(
                    MANAGER,
                    PayGens.PERIOD,
                    PayGens.PERIOD,
                    plan,
                    version,
                    detail,
                    scorecard,
                    kpis,
                    PayGens.TEAM,
                    tracked,
                    new HashMap<>());
        }

        Case withDetail(Detail d) {
            return new Case(component, plan, d, scorecard, kpis, tracked, offers, before);
        }

        Case withOffers(List<CreditedTransaction> o) {
            return new Case(component, plan, detail, scorecard, kpis, tracked, o, before);
        }

        @Override
        public String toString() {
            return component + " (" + detail + ", rounding " + plan.rounding() + ", score "
                    + (scorecard == null ? "none" : scorecard.score()) + ", kpis " + kpis + ") offered " + offers
                    + " after " + before;
        }
    }

    /** The manager of every case. */
    ManagerId MANAGER = PayGens.MANAGERS.get(0);

    /** The cases for the components under test. */
    default Gen<Case> cases() {
        Gen<? extends PayComponent> components = components();
        return in -> {
            PayComponent c = components.generate(in);
            long seed = Gens.seeds().generate(in);
            PayGens.MixedTransactions mixed = PayGens.mixedTransactions().generate(in);
            Random r = new Random(seed);
            RoundingPolicy rounding = PayGens.roundings().generate(in);
            CompensationPlan plan = CompensationPlan.builder()
                    .id("plan-contract")
                    .currency(PayGens.EUR)
                    .rounding(rounding)
                    .addVersions(PlanVersion.builder()
                            .validity(DateRange.of(PayGens.PLANS_FROM, PayGens.PLANS_TO))
                            .fixedPay(Money.zero(PayGens.EUR))
                            .addComponents(c)
                            .build())
                    .build();
            ScorecardResult scorecard =
                    r.nextInt(4) == 0 ? null : PayGens.scorecards().generate(in);
            KpiResults kpis =
                    r.nextInt(4) == 0 ? null : PayGens.planAttainments().generate(in);
            Detail detail = r.nextBoolean() ? Detail.EXPLAINED : Detail.FIGURES_ONLY;
            Set<EventId> tracked = new HashSet<>();
            List<CreditedTransaction> offers = new ArrayList<>();
            Map<EventId, Rate> retained = new HashMap<>();
            for (PayTransaction t : mixed.transactions()) {
                if (!PayGens.PERIOD.contains(t.date())) {
                    continue;
                }
                if (r.nextInt(3) == 0) {
                    tracked.add(t.deal());
                }
                Rate kept = retained.computeIfAbsent(t.deal(), d -> switch (r.nextInt(8)) {
                    case 0 -> Rate.ZERO;
                    case 1 -> Rate.ofFraction(BigDecimal.valueOf(1 + r.nextInt(999_999), 6));
                    default -> Rate.ONE_HUNDRED_PERCENT;
                });
                ExchangeRate conversion = t.currency().equals(PayGens.EUR)
                        ? null
                        : mixed.rates()
                                .find(t.currency(), PayGens.EUR, t.date())
                                .orElseThrow();
                for (Map.Entry<ManagerId, Rate> credit : t.credits().shares().entrySet()) {
                    ManagerId m = credit.getKey();
                    CreditRelation relation;
                    if (m.equals(MANAGER)) {
                        relation = CreditRelation.OWN;
                    } else if (PayGens.TEAM.contains(m) && PayGens.TEAM.supervises(MANAGER, m)) {
                        relation = CreditRelation.SUBORDINATE;
                    } else {
                        continue;
                    }
                    offers.add(new CreditedTransaction(t, MANAGER, m, relation, credit.getValue(), conversion, kept));
                }
            }
            List<PayLine> before = new ArrayList<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                Money exact = Money.of(BigDecimal.valueOf(r.nextInt(1_000_000_000), 4), PayGens.EUR);
                before.add(PayLine.of(
                        i % 2 == 0 ? PayLineKind.COMMISSION : PayLineKind.BONUS,
                        ComponentId.of("before-" + i),
                        "line",
                        "a line before the component",
                        PayGens.PERIOD,
                        exact,
                        rounding,
                        io.github.kamsdk.core.explain.Explanation.empty()));
            }
            return new Case(
                    c, plan, detail, scorecard, kpis, Set.copyOf(tracked), List.copyOf(offers), List.copyOf(before));
        };
    }

    /** What one accumulator made of a case. */
    record Outcome(List<Take> takes, List<PayLine> lines, List<CommissionRecord> records) {
        /** The records in a canonical order, for comparing outcomes of offers in another order. */
        List<CommissionRecord> sortedRecords() {
            List<CommissionRecord> sorted = new ArrayList<>(records);
            sorted.sort(Comparator.comparing((CommissionRecord x) ->
                            x.transaction().map(EventId::value).orElse(""))
                    .thenComparing(x -> x.deal().value())
                    .thenComparing(x -> x.amount().amount()));
            return sorted;
        }
    }

    /** Offers every transaction of the case to a fresh accumulator and asks for its lines and records. */
    static Outcome calculate(Case c) {
        ComponentAccumulator acc = c.component().newAccumulator(c.context());
        List<Take> takes = new ArrayList<>();
        for (CreditedTransaction t : c.offers()) {
            takes.add(acc.offer(t));
        }
        List<PayLine> lines = acc.lines(c.before());
        return new Outcome(takes, lines, acc.records());
    }

    @Test
    default void linesAreInThePlansCurrencyAndNameTheComponentAndThePiece() {
        Props.qt().forAll(cases()).checkAssert(c -> {
            Outcome o = calculate(c);
            assertThat(o.takes()).doesNotContainNull();
            for (PayLine l : o.lines()) {
                assertThat(l.amount().currency()).isEqualTo(c.plan().currency());
                assertThat(l.exact().currency()).isEqualTo(c.plan().currency());
                assertThat(l.component()).isEqualTo(Optional.of(c.component().id()));
                assertThat(l.piece()).isEqualTo(PayGens.PERIOD);
                assertThat(l.amount().isRounded(c.plan().rounding()))
                        .as("%s", l)
                        .isTrue();
            }
            for (CommissionRecord r : o.records()) {
                assertThat(r.amount().currency()).isEqualTo(c.plan().currency());
                assertThat(r.component()).isEqualTo(c.component().id());
                assertThat(r.manager()).isEqualTo(MANAGER);
            }
        });
    }

    @Test
    default void theSameOffersGiveTheSameLinesAndRecords() {
        Props.qt().forAll(cases()).checkAssert(c -> {
            Outcome first = calculate(c);
            Outcome second = calculate(c);
            assertThat(second.takes().toString()).isEqualTo(first.takes().toString());
            assertThat(second.lines()).isEqualTo(first.lines());
            assertThat(second.records()).isEqualTo(first.records());
        });
    }

    @Test
    default void linesDoNotDependOnTheOrderOfTheOffers() {
        Props.qt().forAll(cases(), Gens.seeds()).checkAssert((c, seed) -> {
            List<CreditedTransaction> shuffled = new ArrayList<>(c.offers());
            Collections.shuffle(shuffled, new Random(seed));
            Outcome inOrder = calculate(c);
            Outcome reordered = calculate(c.withOffers(shuffled));
            assertThat(reordered.lines()).isEqualTo(inOrder.lines());
            assertThat(reordered.sortedRecords()).isEqualTo(inOrder.sortedRecords());
        });
    }

    @Test
    default void eachCallGivesAFreshAccumulator() {
        Props.qt().forAll(cases()).checkAssert(c -> {
            ComponentAccumulator a = c.component().newAccumulator(c.context());
            ComponentAccumulator b = c.component().newAccumulator(c.context());
            assertThat(a).isNotSameAs(b);
            for (CreditedTransaction t : c.offers()) {
                a.offer(t);
                b.offer(t);
            }
            ComponentAccumulator idle = c.component().newAccumulator(c.context());
            Outcome alone = calculate(c);
            assertThat(a.lines(c.before())).isEqualTo(alone.lines());
            assertThat(b.lines(c.before())).isEqualTo(alone.lines());
            assertThat(a.records()).isEqualTo(alone.records());
            assertThat(idle.lines(c.before()))
                    .isEqualTo(calculate(c.withOffers(List.of())).lines());
        });
    }

    @Test
    default void offersNotCountedLeaveTheLinesAndRecordsUnchanged() {
        Props.qt().forAll(cases()).checkAssert(c -> {
            Outcome all = calculate(c);
            List<CreditedTransaction> counted = new ArrayList<>();
            for (int i = 0; i < c.offers().size(); i++) {
                if (all.takes().get(i).isEarned()) {
                    counted.add(c.offers().get(i));
                } else if (all.takes().get(i).reason().isPresent()) {
                    assertThat(all.takes().get(i).detail()).isNotBlank();
                }
            }
            Outcome only = calculate(c.withOffers(counted));
            assertThat(only.lines()).isEqualTo(all.lines());
            assertThat(only.sortedRecords()).isEqualTo(all.sortedRecords());
        });
    }

    @Test
    default void recordsAddUpExactlyToTheLinesOfATransactionComponent() {
        Props.qt().forAll(cases()).checkAssert(c0 -> {
            Case c = c0.withDetail(Detail.EXPLAINED);
            Outcome o = calculate(c);
            if (c.component().clawbackBasis().isEmpty()) {
                assertThat(o.records()).isEmpty();
                return;
            }
            long counted = o.takes().stream().filter(Take::isEarned).count();
            assertThat(o.records()).hasSize((int) counted);
            Money records = Money.zero(c.plan().currency());
            for (CommissionRecord r : o.records()) {
                assertThat(r.kind()).isEqualTo(CommissionRecord.Kind.EARNED);
                records = records.plus(r.amount());
            }
            Money lines = Money.zero(c.plan().currency());
            for (PayLine l : o.lines()) {
                lines = lines.plus(l.exact());
            }
            assertThat(records).isEqualTo(lines);
        });
    }
}
