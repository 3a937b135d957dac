package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.rules.pricing.DiscountPolicy;
import io.github.kamsdk.rules.pricing.LinePricing;
import io.github.kamsdk.rules.pricing.PricingDetail;
import io.github.kamsdk.rules.pricing.PricingResult;
import io.github.kamsdk.rules.pricing.Quote;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pricing a million quote lines (issue 6). Each benchmark prices every quote of {@link
 * PricingData} (by default 10^5 quotes of 10 lines) once.
 *
 * <ul>
 *   <li>{@code rules500_*}: the 500-rule policy ({@link DiscountPolicy}, compiled into its index)
 *       against {@link HandPricer#everyRule}, the naive baseline that checks every rule on every
 *       line, and {@link HandPricer#indexed}, the same hand-written pricer with an index like the
 *       policy's;
 *   <li>{@code rules5_*}: the five-rule policy of {@link FiveRules} against its hand-written
 *       if/else.
 * </ul>
 *
 * The setups price every quote on every side once and fail unless every line's net amount agrees,
 * so each ratio compares equal work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx8g", "-Xms8g"})
public class PricingBenchmark {
    static final long SEED = 20261202L;

    /** The 500-rule policy and its hand-written baselines. */
    @State(Scope.Benchmark)
    public static class FiveHundredRules {
        /** How many quotes (of ten lines each). */
        @Param({"100000"})
        public int quotes;

        PricingData data;
        DiscountPolicy policy;
        HandPricer hand;

        /** Generates the data and checks that the three sides agree on every line. */
        @Setup
        public void setUp() {
            data = PricingData.generate(quotes, SEED);
            policy = data.policy();
            hand = new HandPricer(data);
            long lines = 0;
            long candidates = 0;
            long matched = 0;
            long applied = 0;
            long lifted = 0;
            long conflicts = 0;
            for (Quote q : data.quotes) {
                PricingResult sdk = policy.price(q);
                sameFigures(sdk, policy.price(q, PricingDetail.FIGURES_ONLY));
                Money[] naive = hand.everyRule(q);
                Money[] indexed = hand.indexed(q);
                List<LinePricing> ls = sdk.lines();
                for (int i = 0; i < ls.size(); i++) {
                    LinePricing l = ls.get(i);
                    if (!l.netAmount().equals(naive[i]) || !l.netAmount().equals(indexed[i])) {
                        throw new IllegalStateException("net amounts differ on " + q.id() + " line "
                                + l.lineNumber() + ": policy " + l.netAmount() + ", every rule " + naive[i]
                                + ", indexed " + indexed[i] + "\n"
                                + l.explanation().render());
                    }
                    lines++;
                    candidates += hand.candidateCount(q, i);
                    matched += l.outcomes().size();
                    applied += l.discounts().size();
                    lifted += l.guardRail().isPresent() ? 1 : 0;
                    conflicts += l.conflicts().size();
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%n%d lines, %d rules: per line %.1f candidates from the index, %.2f matching, %.2f applied;"
                            + " %.1f%% lifted by a guard rail; %d conflicts%n",
                    lines,
                    data.rules.size(),
                    candidates / (double) lines,
                    matched / (double) lines,
                    applied / (double) lines,
                    100.0 * lifted / lines,
                    conflicts);
        }
    }

    /** The five-rule policy and its hand-written if/else. */
    @State(Scope.Benchmark)
    public static class FiveRulePolicy {
        /** How many quotes (of ten lines each). */
        @Param({"100000"})
        public int quotes;

        PricingData data;
        DiscountPolicy policy;
        FiveRules.Hand hand;

        /** Generates the data and checks that both sides agree on every line. */
        @Setup
        public void setUp() {
            data = PricingData.generate(quotes, SEED);
            policy = FiveRules.policy(data);
            hand = new FiveRules.Hand(data);
            long lines = 0;
            long applied = 0;
            long lifted = 0;
            for (Quote q : data.quotes) {
                PricingResult sdk = policy.price(q);
                sameFigures(sdk, policy.price(q, PricingDetail.FIGURES_ONLY));
                BigDecimal[] byHand = hand.price(q);
                List<LinePricing> ls = sdk.lines();
                for (int i = 0; i < ls.size(); i++) {
                    LinePricing l = ls.get(i);
                    if (l.netAmount().amount().compareTo(byHand[i]) != 0) {
                        throw new IllegalStateException("net amounts differ on " + q.id() + " line "
                                + l.lineNumber() + ": policy " + l.netAmount() + ", if/else " + byHand[i] + "\n"
                                + l.explanation().render());
                    }
                    lines++;
                    applied += l.discounts().size();
                    lifted += l.guardRail().isPresent() ? 1 : 0;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%n%d lines, 5 rules: per line %.2f applied; %.1f%% lifted by a guard rail%n",
                    lines,
                    applied / (double) lines,
                    100.0 * lifted / lines);
        }
    }

    /** Fails unless a figures-only pricing has the explained one's figures, line by line. */
    static void sameFigures(PricingResult explained, PricingResult figures) {
        for (int i = 0; i < explained.lines().size(); i++) {
            LinePricing e = explained.lines().get(i);
            LinePricing f = figures.lines().get(i);
            boolean same = e.netAmount().equals(f.netAmount())
                    && e.guardRailAmount().equals(f.guardRailAmount())
                    && e.discounts().size() == f.discounts().size()
                    && e.outcomes().size() == f.outcomes().size();
            for (int d = 0; same && d < e.discounts().size(); d++) {
                same = e.discounts().get(d).rule().equals(f.discounts().get(d).rule())
                        && e.discounts()
                                .get(d)
                                .amount()
                                .equals(f.discounts().get(d).amount());
            }
            for (int o = 0; same && o < e.outcomes().size(); o++) {
                same = e.outcomes().get(o).rule().equals(f.outcomes().get(o).rule())
                        && e.outcomes().get(o).applied() == f.outcomes().get(o).applied();
            }
            if (!same) {
                throw new IllegalStateException(
                        "figures-only pricing differs on " + explained.quote().id() + " line " + e.lineNumber());
            }
        }
    }

    /** Baseline: the hand-written pricer checking all 500 rules on every line. */
    @Benchmark
    public void rules500_naiveEveryRule(FiveHundredRules s, Blackhole bh) {
        for (Quote q : s.data.quotes) {
            bh.consume(s.hand.everyRule(q));
        }
    }

    /** For reference: the same hand-written pricer with an index like the policy's. */
    @Benchmark
    public void rules500_handIndexed(FiveHundredRules s, Blackhole bh) {
        for (Quote q : s.data.quotes) {
            bh.consume(s.hand.indexed(q));
        }
    }

    /** The SDK: the 500-rule policy, with explanations. */
    @Benchmark
    public void rules500_policy(FiveHundredRules s, Blackhole bh) {
        for (Quote q : s.data.quotes) {
            bh.consume(s.policy.price(q));
        }
    }

    /** The SDK: the 500-rule policy, figures only (no explanations). */
    @Benchmark
    public void rules500_policyFiguresOnly(FiveHundredRules s, Blackhole bh) {
        for (Quote q : s.data.quotes) {
            bh.consume(s.policy.price(q, PricingDetail.FIGURES_ONLY));
        }
    }

    /** Baseline: the hand-written if/else for the five rules. */
    @Benchmark
    public void rules5_handIfElse(FiveRulePolicy s, Blackhole bh) {
        for (Quote q : s.data.quotes) {
            bh.consume(s.hand.price(q));
        }
    }

    /** The SDK: the five-rule policy, with explanations. */
    @Benchmark
    public void rules5_policy(FiveRulePolicy s, Blackhole bh) {
        for (Quote q : s.data.quotes) {
            bh.consume(s.policy.price(q));
        }
    }

    /** The SDK: the five-rule policy, figures only (no explanations). */
    @Benchmark
    public void rules5_policyFiguresOnly(FiveRulePolicy s, Blackhole bh) {
        for (Quote q : s.data.quotes) {
            bh.consume(s.policy.price(q, PricingDetail.FIGURES_ONLY));
        }
    }
}
