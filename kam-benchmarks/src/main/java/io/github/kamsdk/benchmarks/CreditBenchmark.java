package io.github.kamsdk.benchmarks;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.rules.credit.CreditContext;
import io.github.kamsdk.rules.credit.CreditDecision;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

/**
 * One credit decision for a client with 1,000 open invoices (issue 7): {@code CreditPolicy.decide}
 * with the standard rules and scoring on {@link CreditData}'s ledger, against {@link HandCredit}, a
 * hand-written check, in the same run. The setup checks once that both give the same exposure,
 * weighted overdue and limit factor (exactly), largest order (to the cent, rounded down) and
 * outcome, so the ratio compares equal work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class CreditBenchmark {
    /**
     * The most days an open invoice is past due: 89 (the overdue debt is a penalty on the room under
     * the limit) or 120 (invoices more than 90 days past due hold the order).
     */
    @Param({"89", "120"})
    public int oldestOverdueDays;

    private CreditData data;
    private BigDecimal limit;
    private BigDecimal order;
    private BigDecimal delivered;
    private BigDecimal tolerance;

    /** Generates the ledger and checks that both sides agree. */
    @Setup
    public void setUp() {
        data = CreditData.generate(oldestOverdueDays, 20261202L);
        limit = CreditData.LIMIT.amount();
        order = data.request.orderAmount().amount();
        delivered = data.request.deliveredUnbilled().amount();
        tolerance = CreditData.TOLERANCE.amount();
        CreditDecision sdk = policy();
        HandCredit.Result hand = hand();
        CreditContext c = sdk.context();
        check("exposure", c.exposure().total(), hand.exposure());
        check("weighted overdue", c.weightedOverdue(), hand.weightedOverdue());
        check("limit factor", c.limitFactor().fraction(), hand.limitFactor());
        // to the cent: the largest order is a payable figure, rounded down
        check("largest order", sdk.maxOrder().orElseThrow().amount().setScale(2, RoundingMode.DOWN), hand.maxOrder());
        if (sdk.outcome() != hand.outcome()) {
            throw new IllegalStateException(
                    "outcomes differ: SDK " + sdk.outcome() + ", hand-written " + hand.outcome());
        }
        int open = c.exposure().openInvoices().size();
        if (open != CreditData.OPEN) {
            throw new IllegalStateException("the client has " + open + " open invoices, not " + CreditData.OPEN);
        }
        System.out.printf(
                Locale.ROOT,
                "%n%d events, %d open invoices: exposure %s, weighted overdue %s, factor %s, %s, largest order %s%n",
                data.events,
                open,
                c.exposure().total(),
                c.weightedOverdue(),
                c.limitFactor(),
                sdk.outcome(),
                sdk.maxOrder().orElseThrow());
    }

    private static void check(String what, Money sdk, BigDecimal hand) {
        check(what, sdk.amount(), hand);
    }

    private static void check(String what, BigDecimal sdk, BigDecimal hand) {
        if (sdk.compareTo(hand) != 0) {
            throw new IllegalStateException(what + " differs: SDK " + sdk + ", hand-written " + hand);
        }
    }

    /** Baseline: the hand-written check. */
    @Benchmark
    public HandCredit.Result handWritten() {
        return hand();
    }

    /** The SDK: the standard rules and scoring, with explanations. */
    @Benchmark
    public CreditDecision creditPolicy() {
        return policy();
    }

    private HandCredit.Result hand() {
        return HandCredit.decide(data.ledger, CreditData.CLIENT, CreditData.AS_OF, limit, order, delivered, tolerance);
    }

    private CreditDecision policy() {
        return data.policy.decide(data.request, data.profile, data.ledger);
    }
}
