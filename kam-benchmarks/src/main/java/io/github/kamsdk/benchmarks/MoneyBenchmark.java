package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Money} arithmetic against the raw {@link BigDecimal} arithmetic it wraps, in the same run.
 * The target is Money within 1.5× of the baseline.
 *
 * <p>Each single-operation benchmark walks the same 1,024 pre-built operand pairs (amounts with two
 * decimals, up to a million, from a fixed seed), so both sides pay the same indexing cost. The sum
 * benchmarks add all 1,024 amounts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2)
public class MoneyBenchmark {
    private static final int N = 1024;
    private static final Currency EUR = Currency.getInstance("EUR");

    private final BigDecimal[] left = new BigDecimal[N];
    private final BigDecimal[] right = new BigDecimal[N];
    private final Money[] moneyLeft = new Money[N];
    private final Money[] moneyRight = new Money[N];
    private List<Money> moneyList;
    private final BigDecimal rateFraction = new BigDecimal("0.15");
    private final Rate rate = Rate.percent(15);
    private int index;

    /** Builds the operands from a fixed seed. */
    @Setup
    public void setUp() {
        Random random = new Random(20261122L);
        for (int i = 0; i < N; i++) {
            left[i] = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            right[i] = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            moneyLeft[i] = Money.of(left[i], EUR);
            moneyRight[i] = Money.of(right[i], EUR);
        }
        moneyList = Arrays.asList(moneyLeft);
    }

    private int next() {
        index = (index + 1) & (N - 1);
        return index;
    }

    /** Baseline: {@code BigDecimal.add}. */
    @Benchmark
    public BigDecimal bigDecimalPlus() {
        int i = next();
        return left[i].add(right[i]);
    }

    /** {@code Money.plus}: currency check, add, wrap. */
    @Benchmark
    public Money moneyPlus() {
        int i = next();
        return moneyLeft[i].plus(moneyRight[i]);
    }

    /** Baseline: {@code BigDecimal.multiply} by the rate's fraction. */
    @Benchmark
    public BigDecimal bigDecimalTimesRate() {
        return left[next()].multiply(rateFraction);
    }

    /** {@code Money.times(Rate)}. */
    @Benchmark
    public Money moneyTimesRate() {
        return moneyLeft[next()].times(rate);
    }

    /** Baseline: a loop of {@code BigDecimal.add} over 1,024 amounts. */
    @Benchmark
    public BigDecimal bigDecimalSum1024() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : left) {
            total = total.add(amount);
        }
        return total;
    }

    /** {@code Money.sum} over the same 1,024 amounts. */
    @Benchmark
    public Money moneySum1024() {
        return Money.sum(moneyList);
    }
}
