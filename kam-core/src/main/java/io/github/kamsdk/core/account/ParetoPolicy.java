package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.internal.IntSort;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pareto / ABC tiering (R-ACC-1): the few accounts that together bring most of the revenue are A,
 * the next B, the rest C.
 *
 * <p><b>Rule.</b> Accounts are sorted by revenue, largest first, equal revenues by {@link
 * AccountId}, ascending. Let {@code S} be the revenue of the accounts before an account in that
 * order and {@code T} the total. The account goes to the first tier whose cut point is still above
 * {@code S / T}; if none is, to the lowest tier. So the account that crosses 80% is still A: with
 * cut points 80% and 95%, A is the smallest set of top accounts bringing at least 80%. The
 * comparison is exact, {@code S < cut × T} in decimals without division. When the total is zero,
 * every account is in the lowest tier.
 *
 * <p>Worked example, cut points 80% / 95%, revenues 50, 30, 10, 6, 4 (total 100): the shares
 * before each are 0%, 50%, 80%, 90%, 96%, so the tiers are A, A, B, B, C.
 *
 * <p>Raising one account's revenue never lowers its tier: it can only move ahead in the order
 * (so {@code S} can only shrink) while {@code T} grows.
 *
 * <p>Defaults: {@link TierScale#abc()} with cut points 80% and 95%. A scale of {@code n} tiers needs
 * {@code n − 1} strictly increasing cut points, each above 0% and at most 100%.
 *
 * <p>Explanations (built on request): {@code tier.pareto.cumulative} (position, revenue, revenue
 * before, total, share before), then {@code tier.pareto.cut} (the cut point that decided) or
 * {@code tier.pareto.lowest}; or {@code tier.pareto.zero_total}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParetoPolicy implements TieringPolicy {
    private static final ParetoPolicy DEFAULTS = of(TierScale.abc(), List.of(Rate.percent(80), Rate.percent(95)));

    private final TierScale scale;
    private final ImmutableList<Rate> cutPoints;

    private ParetoPolicy(TierScale scale, ImmutableList<Rate> cutPoints) {
        this.scale = scale;
        this.cutPoints = cutPoints;
    }

    /**
     * A / B / C with cut points 80% and 95%.
     *
     * @return the default policy
     */
    public static ParetoPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A policy with the host's scale and cut points.
     *
     * @param scale the tiers, not null
     * @param cutPoints one per tier except the lowest, strictly increasing, each above 0% and at
     *     most 100%, not null
     * @return the policy
     */
    public static ParetoPolicy of(TierScale scale, List<Rate> cutPoints) {
        return new ParetoPolicy(scale, Thresholds.check(scale, cutPoints, "cutPoints", true, true));
    }

    @Override
    public TierScale scale() {
        return scale;
    }

    /**
     * The cumulative shares that close each tier except the lowest.
     *
     * @return the cut points, increasing
     */
    public ImmutableList<Rate> cutPoints() {
        return cutPoints;
    }

    @Override
    public Tiering assign(Collection<AccountFigures> accounts) {
        Population population = Population.of(accounts);
        int n = population.size();
        AccountFigures[] figures = population.figures;
        byte[] ranks = new byte[n];
        if (n == 0) {
            return new Tiering(scale, population.ids, ranks, i -> Explanation.empty());
        }
        Money total = notNull(population.total, "total");
        byte lowest = (byte) scale.lowest().rank();
        if (total.isZero()) {
            Arrays.fill(ranks, lowest);
            return new Tiering(scale, population.ids, ranks, i -> zeroTotal(figures[i], total));
        }
        // Stable sort of indexes (already in id order) by revenue, largest first: equal revenues
        // keep id order.
        Money[] revenues = new Money[n];
        for (int i = 0; i < n; i++) {
            revenues[i] = figures[i].revenue();
        }
        int[] order = IntSort.sortedIndexes(n, (a, b) -> revenues[b].compareTo(revenues[a]));
        Money[] limits = new Money[cutPoints.size()];
        for (int t = 0; t < limits.length; t++) {
            limits[t] = total.times(cutPoints.get(t));
        }
        Money[] before = new Money[n];
        int[] position = new int[n];
        Money cumulative = Money.zero(total.currency());
        int tier = 0;
        for (int p = 0; p < n; p++) {
            int i = order[p];
            before[i] = cumulative;
            position[i] = p + 1;
            // S only grows along the order, so the tier only moves down.
            while (tier < limits.length && !cumulative.isLessThan(limits[tier])) {
                tier++;
            }
            ranks[i] = (byte) tier;
            cumulative = cumulative.plus(revenues[i]);
        }
        return new Tiering(
                scale, population.ids, ranks, i -> explain(figures[i], position[i], n, before[i], total, ranks[i]));
    }

    private Explanation zeroTotal(AccountFigures f, Money total) {
        return Explanation.of(Step.of(
                "tier.pareto.zero_total",
                "total revenue is {total}: no account brings a share, {account} is in the lowest tier {tier}",
                "total",
                total,
                "account",
                f.account().value(),
                "tier",
                scale.lowest().name()));
    }

    private Explanation explain(AccountFigures f, int position, int count, Money before, Money total, int rank) {
        Rate share = Rate.ratio(before.amount(), total.amount(), MathContext.DECIMAL64);
        Step cumulative = Step.of(
                "tier.pareto.cumulative",
                "{account} is number {position} of {count} by revenue ({revenue}); the accounts before it bring"
                        + " {before} of {total}, {shareBefore}",
                "account",
                f.account().value(),
                "position",
                position,
                "count",
                count,
                "revenue",
                f.revenue(),
                "before",
                before,
                "total",
                total,
                "shareBefore",
                share);
        Step decision;
        String tier = scale.atRank(rank).name();
        if (rank < cutPoints.size()) {
            decision = Step.of(
                    "tier.pareto.cut",
                    "{shareBefore} is below the cut point {cutPoint} of tier {tier}",
                    "shareBefore",
                    share,
                    "cutPoint",
                    cutPoints.get(rank),
                    "tier",
                    tier);
        } else if (cutPoints.isEmpty()) {
            decision = Step.of("tier.pareto.lowest", "the scale has one tier: {tier}", "tier", tier);
        } else {
            decision = Step.of(
                    "tier.pareto.lowest",
                    "{shareBefore} reaches the last cut point {cutPoint}: lowest tier {tier}",
                    "shareBefore",
                    share,
                    "cutPoint",
                    cutPoints.get(cutPoints.size() - 1),
                    "tier",
                    tier);
        }
        return Explanation.of(cumulative, decision);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ParetoPolicy that && scale.equals(that.scale) && cutPoints.equals(that.cutPoints);
    }

    @Override
    public int hashCode() {
        return 31 * scale.hashCode() + cutPoints.hashCode();
    }

    /** E.g. {@code "ParetoPolicy[A > B > C] at [80%, 95%]"}. */
    @Override
    public String toString() {
        return "ParetoPolicy" + scale + " at " + cutPoints;
    }
}
