package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.pay.Detail;
import io.github.kamsdk.core.pay.PayCalculator;
import io.github.kamsdk.core.pay.PayInput;
import io.github.kamsdk.core.pay.PayLine;
import io.github.kamsdk.core.pay.PayLineKind;
import io.github.kamsdk.core.pay.PayPlans;
import io.github.kamsdk.core.pay.PayRun;
import io.github.kamsdk.core.pay.PayStatement;
import io.github.kamsdk.core.pay.PayTransaction;
import io.github.kamsdk.core.pay.UnpaidReason;
import io.github.kamsdk.core.team.ManagerId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

/**
 * A bulk pay run of {@value PayData#MANAGERS} managers on one plan over {@code n} transactions
 * ({@link PayCalculator#run(io.github.kamsdk.core.time.DateRange, Iterable, PayInput, Detail)} for
 * Q1 2026, see {@link PayData} for the plan and the data), figures only and fully explained, against
 * {@link HandPay}, a hand-written loop computing the same commission lines and totals, in the same
 * run. The setups check once that the engine (in both details) and the loop agree to the cent on
 * every line and total of every manager, so the ratios compare equal work.
 *
 * <p>Two inputs: a stored list of the transactions ({@link Stored}, a large heap), and an iterable
 * that generates the same transactions on the fly from the seed ({@link Streamed}), run with a heap
 * too small to hold the list, to show that a figures-only run needs memory for its managers only.
 * The streamed scores include generating the transactions ({@link #streamOnly} measures that alone).
 * Explanations are lazy: the explained run builds the per-transaction records behind them, renders
 * nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx8g", "-Xms8g", "-XX:+AlwaysPreTouch"})
public class PayBenchmark {
    static final long SEED = 20261202L;

    /** The transactions as a stored list. */
    @State(Scope.Benchmark)
    public static class Stored {
        /** How many transactions. */
        @Param({"1000000"})
        public int n;

        PayData data;
        List<PayTransaction> transactions;
        PayCalculator calculator;
        PayInput input;

        /** Generates the transactions and checks that the engine and the loop agree. */
        @Setup
        public void setUp() {
            data = new PayData(SEED);
            long before = usedAfterGc();
            transactions = data.list(n);
            System.out.printf(
                    "%n[stored] %,d transactions hold about %,d MB of heap%n", n, (usedAfterGc() - before) >> 20);
            calculator = calculator(data);
            input = PayInput.of(transactions);
            Map<ManagerId, HandPay.Figures> hand = HandPay.compute(data, transactions);
            long base = usedAfterGc();
            PayRun figures = calculator.run(PayData.PERIOD, data.managers, input, Detail.FIGURES_ONLY);
            long figuresHeld = usedAfterGc() - base;
            check(figures, hand, n);
            PayRun explained = calculator.run(PayData.PERIOD, data.managers, input, Detail.EXPLAINED);
            long explainedHeld = usedAfterGc() - base - figuresHeld;
            check(explained, hand, n);
            System.out.printf(
                    "[stored] %s; the figures-only run holds about %,d KB, the explained one %,d MB%n",
                    describe(figures), figuresHeld >> 10, explainedHeld >> 20);
        }
    }

    /** The transactions generated afresh on every walk, held by nothing. */
    @State(Scope.Benchmark)
    public static class Streamed {
        /** How many transactions. */
        @Param({"1000000"})
        public int n;

        PayData data;
        Iterable<PayTransaction> transactions;
        PayCalculator calculator;
        PayInput input;

        /** Checks that the engine and the loop agree on the streamed transactions. */
        @Setup
        public void setUp() {
            data = new PayData(SEED);
            transactions = data.stream(n);
            calculator = calculator(data);
            input = PayInput.of(transactions);
            PayRun figures = calculator.run(PayData.PERIOD, data.managers, input, Detail.FIGURES_ONLY);
            check(figures, HandPay.compute(data, transactions), n);
            System.out.printf(
                    "%n[streamed] max heap %,d MB, in use after a run (holding it) %,d MB; %s%n",
                    Runtime.getRuntime().maxMemory() >> 20, usedAfterGc() >> 20, describe(figures));
        }
    }

    /** The heap in use after a full collection (approximate: what is reachable). */
    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    static PayCalculator calculator(PayData data) {
        return PayCalculator.builder()
                .plans(PayPlans.forEveryone(data.plan))
                .exchangeRates(data.rates)
                .build();
    }

    /** Fails unless every manager's commission lines and total agree to the cent. */
    static void check(PayRun run, Map<ManagerId, HandPay.Figures> hand, int n) {
        if (run.statements().size() != hand.size()) {
            throw new IllegalStateException(
                    "statements for " + run.statements().size() + " managers, the loop has " + hand.size());
        }
        Set<String> keys = new TreeSet<>();
        for (PayStatement s : run.statements().values()) {
            HandPay.Figures expected = hand.get(s.manager());
            if (expected == null) {
                throw new IllegalStateException("the loop has no figures for " + s.manager());
            }
            Map<String, Money> actual = new TreeMap<>();
            for (PayLine l : s.lines(PayLineKind.COMMISSION)) {
                actual.put(l.component().orElseThrow().value() + "/" + l.key(), l.amount());
            }
            if (!actual.equals(expected.lines())) {
                throw new IllegalStateException("commission lines of " + s.manager() + " differ (" + run.detail()
                        + "): engine " + actual + ", loop " + expected.lines());
            }
            if (!s.total().equals(expected.total()) || s.lines().size() != actual.size() + 1) {
                throw new IllegalStateException("totals of " + s.manager() + " differ (" + run.detail() + "): engine "
                        + s.total() + " in " + s.lines().size() + " lines, loop " + expected.total());
            }
            keys.addAll(actual.keySet());
        }
        if (keys.size() != 6) {
            throw new IllegalStateException("not every band of both components earned in the run: " + keys);
        }
        int unpaid = 0;
        for (PayStatement s : run.statements().values()) {
            unpaid += s.unpaidCounts().getOrDefault(UnpaidReason.OUTSIDE_PERIOD, 0);
        }
        if (unpaid == 0 || unpaid > n / 20) {
            throw new IllegalStateException("unexpected count of transactions outside the period: " + unpaid);
        }
    }

    static String describe(PayRun run) {
        int lines = 0;
        for (PayStatement s : run.statements().values()) {
            lines += s.lines().size();
        }
        return run.statements().size() + " statements, " + lines + " lines, totals " + run.totals();
    }

    /** Baseline: the hand-written loop over the stored transactions. */
    @Benchmark
    public Map<ManagerId, HandPay.Figures> handWrittenLoop(Stored s) {
        return HandPay.compute(s.data, s.transactions);
    }

    /** The engine, figures only, over the stored transactions. */
    @Benchmark
    public PayRun figuresOnly(Stored s) {
        return s.calculator.run(PayData.PERIOD, s.data.managers, s.input, Detail.FIGURES_ONLY);
    }

    /** The engine, fully explained (explanations built lazily, none rendered), stored transactions. */
    @Benchmark
    public PayRun explained(Stored s) {
        return s.calculator.run(PayData.PERIOD, s.data.managers, s.input, Detail.EXPLAINED);
    }

    /** Generating the streamed transactions alone: what the streamed scores include. */
    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xmx128m", "-Xms128m", "-XX:+AlwaysPreTouch"})
    public long streamOnly(Streamed s) {
        long lines = 0;
        for (PayTransaction t : s.transactions) {
            lines += t.lines().size();
        }
        return lines;
    }

    /** Baseline on the streamed transactions, in a heap of 128 MB. */
    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xmx128m", "-Xms128m", "-XX:+AlwaysPreTouch"})
    public Map<ManagerId, HandPay.Figures> handWrittenLoopStreamed(Streamed s) {
        return HandPay.compute(s.data, s.transactions);
    }

    /** The engine, figures only, on the streamed transactions, in a heap of 128 MB. */
    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xmx128m", "-Xms128m", "-XX:+AlwaysPreTouch"})
    public PayRun figuresOnlyStreamed(Streamed s) {
        return s.calculator.run(PayData.PERIOD, s.data.managers, s.input, Detail.FIGURES_ONLY);
    }
}
