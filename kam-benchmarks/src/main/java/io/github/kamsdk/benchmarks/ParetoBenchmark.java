package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.account.AccountFigures;
import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.ParetoPolicy;
import io.github.kamsdk.core.account.Tiering;
import io.github.kamsdk.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ParetoPolicy} on {@code n} accounts against the sort it is built around, in the same run:
 * sorting the same revenues as a {@code BigDecimal[]} (largest first) and adding them up. The ratio
 * of the two shows what ids, currency checks, tie-breaks and the result cost on top of the sort.
 *
 * <p>Accounts {@code C-0000000…} are given in a shuffled order (fixed seed), with revenues of up to
 * a million EUR in cents, a third of them among a hundred round values so that ties occur.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ParetoBenchmark {
    private static final Currency EUR = Currency.getInstance("EUR");

    /** How many accounts. */
    @Param({"10000", "100000", "1000000"})
    public int n;

    private List<AccountFigures> figures;
    private BigDecimal[] revenues;
    private final ParetoPolicy policy = ParetoPolicy.defaults();

    /** Builds the accounts from a fixed seed. */
    @Setup
    public void setUp() {
        Random random = new Random(20261122L);
        List<AccountFigures> list = new ArrayList<>(n);
        revenues = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            long cents = random.nextInt(3) == 0
                    ? 1_000_000L * (1 + random.nextInt(100))
                    : (long) (random.nextDouble() * 100_000_000L);
            revenues[i] = BigDecimal.valueOf(cents, 2);
            list.add(AccountFigures.of(AccountId.of(String.format("C-%07d", i)), Money.ofMinor(cents, EUR)));
        }
        Collections.shuffle(list, random);
        figures = list;
    }

    /** Baseline: sort a copy of the revenues, largest first, and add them up. */
    @Benchmark
    public BigDecimal sortRevenues() {
        BigDecimal[] copy = revenues.clone();
        Arrays.sort(copy, Collections.reverseOrder());
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal r : copy) {
            total = total.add(r);
        }
        return total;
    }

    /** {@link ParetoPolicy#assign}: validate, sort by id and by revenue, cumulate, assign. */
    @Benchmark
    public Tiering pareto() {
        return policy.assign(figures);
    }
}
