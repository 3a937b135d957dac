package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.kpi.ActiveClientRule;
import io.github.kamsdk.core.kpi.ActiveClients;
import io.github.kamsdk.core.kpi.ActivityCount;
import io.github.kamsdk.core.kpi.AdditionalServices;
import io.github.kamsdk.core.kpi.CollectionRate;
import io.github.kamsdk.core.kpi.ComplaintResponseTime;
import io.github.kamsdk.core.kpi.CustomerChurn;
import io.github.kamsdk.core.kpi.CustomerRetention;
import io.github.kamsdk.core.kpi.DaysSalesOutstanding;
import io.github.kamsdk.core.kpi.KpiCalculator;
import io.github.kamsdk.core.kpi.KpiContext;
import io.github.kamsdk.core.kpi.KpiFormula;
import io.github.kamsdk.core.kpi.KpiInput;
import io.github.kamsdk.core.kpi.KpiResults;
import io.github.kamsdk.core.kpi.KpiValue;
import io.github.kamsdk.core.kpi.NewClients;
import io.github.kamsdk.core.kpi.OverdueShare;
import io.github.kamsdk.core.kpi.ProfitabilityGrowth;
import io.github.kamsdk.core.kpi.RevenueConcentration;
import io.github.kamsdk.core.kpi.RevenueGrowth;
import io.github.kamsdk.core.kpi.RevenueRetention;
import io.github.kamsdk.core.kpi.ReversalRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
 * The standard KPIs over {@code n} commercial events in one streaming pass ({@link KpiCalculator}
 * with 24 standard formulas), against {@link HandKpis}, a hand-written single loop computing the
 * same figures, in the same run. The setup checks once that both give the same figures, so the
 * ratio compares equal work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx14g", "-Xms14g"})
public class KpiBenchmark {
    /** How many commercial events (activities come on top: one per ten events). */
    @Param({"100000", "1000000", "10000000"})
    public int n;

    private KpiData data;
    private KpiInput input;
    private KpiContext context;
    private KpiCalculator calculator;

    /** The standard formulas of the benchmark, in scorecard order. */
    static List<KpiFormula> standardFormulas() {
        ActiveClientRule rule = ActiveClientRule.standard();
        return List.of(
                CustomerRetention.standard(),
                CustomerChurn.standard(),
                ActiveClients.standard(),
                NewClients.standard(),
                RevenueRetention.net(),
                RevenueRetention.gross(),
                RevenueConcentration.topShare(3),
                RevenueConcentration.herfindahl(),
                RevenueGrowth.standard(),
                ProfitabilityGrowth.standard(),
                AdditionalServices.count(),
                AdditionalServices.value(),
                ReversalRate.returnsByValue(),
                ReversalRate.returnsByCount(),
                ReversalRate.refusalsByValue(),
                ReversalRate.refusalsByCount(),
                ActivityCount.calls(),
                ActivityCount.visits(),
                ActivityCount.meetings(),
                ActivityCount.complaints(),
                ComplaintResponseTime.standard(),
                DaysSalesOutstanding.standard(),
                OverdueShare.standard(),
                CollectionRate.standard());
    }

    /** Generates the events and checks that both sides agree. */
    @Setup
    public void setUp() {
        data = KpiData.generate(n, 20261123L);
        input = KpiInput.builder()
                .events(data.events)
                .activities(data.activities)
                .competitorLosses(data.losses)
                .build();
        context = KpiContext.builder()
                .period(KpiData.PERIOD)
                .priorPeriod(KpiData.PRIOR)
                .currency(KpiData.EUR)
                .build();
        calculator = KpiCalculator.of(standardFormulas());
        check(calculator.compute(context, input), HandKpis.compute(data));
    }

    static void check(KpiResults sdk, Map<String, BigDecimal> hand) {
        for (KpiValue v : sdk.values()) {
            BigDecimal expected = hand.get(v.id().code());
            if (expected == null) {
                throw new IllegalStateException("the hand-written loop has no figure for " + v.id());
            }
            BigDecimal actual = v.valueOrThrow();
            if (actual.subtract(expected).abs().compareTo(new BigDecimal("1E-9")) > 0) {
                throw new IllegalStateException(
                        "figures differ for " + v.id() + ": SDK " + actual + ", hand-written " + expected);
            }
        }
        if (hand.size() != sdk.values().size()) {
            throw new IllegalStateException("the sides compute different KPIs: " + hand.keySet());
        }
    }

    /** Baseline: the hand-written loop. */
    @Benchmark
    public Map<String, BigDecimal> handWrittenLoop() {
        return HandKpis.compute(data);
    }

    /** The SDK: every standard formula over one pass, with explanations. */
    @Benchmark
    public KpiResults kpiCalculator() {
        return calculator.compute(context, input);
    }
}
