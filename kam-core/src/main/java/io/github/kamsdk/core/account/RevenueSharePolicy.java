package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Revenue-share tiering (R-ACC-1): a key client is one that alone brings at least ~10% of the
 * company's revenue.
 *
 * <p><b>Rule.</b> With thresholds {@code t0 > t1 > …} (one per tier except the lowest), an account
 * whose revenue {@code r} is at least {@code t_i × T} of the total {@code T} goes to the first such
 * tier {@code i}; below every threshold, to the lowest tier. The comparison is exact ({@code r ≥ t
 * × T} in decimals, no division), so an account of exactly 10% is key. When the total is zero,
 * every account is in the lowest tier.
 *
 * <p>Worked example, default threshold 10%, revenues 50, 30, 10, 6, 4 (total 100): the first three
 * are Key (10 is exactly 10%), the last two Other.
 *
 * <p>Raising one account's revenue never lowers its tier: {@code r / T} grows when {@code r} and
 * {@code T} grow by the same amount, since {@code r ≤ T}.
 *
 * <p>Defaults: {@link TierScale#keyOrOther()} with threshold 10%. Thresholds must be strictly
 * decreasing, each above 0% and at most 100%.
 *
 * <p>Explanations (built on request): {@code tier.share.account} (revenue, total, share), then
 * {@code tier.share.threshold} (the threshold reached) or {@code tier.share.below}; or {@code
 * tier.share.zero_total}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevenueSharePolicy implements TieringPolicy {
    private static final RevenueSharePolicy DEFAULTS = of(TierScale.keyOrOther(), List.of(Rate.percent(10)));

    private final TierScale scale;
    private final ImmutableList<Rate> thresholds;

    private RevenueSharePolicy(TierScale scale, ImmutableList<Rate> thresholds) {
        this.scale = scale;
        this.thresholds = thresholds;
    }

    /**
     * Key / Other at 10%.
     *
     * @return the default policy
     */
    public static RevenueSharePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Key / Other at the host's threshold, e.g. 15%.
     *
     * @param keyThreshold the share that makes an account key, above 0% and at most 100%, not null
     * @return the policy
     */
    public static RevenueSharePolicy keyAt(Rate keyThreshold) {
        notNull(keyThreshold, "keyThreshold");
        return of(TierScale.keyOrOther(), List.of(keyThreshold));
    }

    /**
     * A policy with the host's scale and thresholds, e.g. Strategic at 20%, Key at 10%, Growth at
     * 2%, Maintain below.
     *
     * @param scale the tiers, not null
     * @param thresholds one per tier except the lowest, strictly decreasing, each above 0% and at
     *     most 100%, not null
     * @return the policy
     */
    public static RevenueSharePolicy of(TierScale scale, List<Rate> thresholds) {
        return new RevenueSharePolicy(scale, Thresholds.check(scale, thresholds, "thresholds", false, true));
    }

    @Override
    public TierScale scale() {
        return scale;
    }

    /**
     * The shares that open each tier except the lowest.
     *
     * @return the thresholds, decreasing
     */
    public ImmutableList<Rate> thresholds() {
        return thresholds;
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
        if (total.isZero()) {
            Arrays.fill(ranks, (byte) scale.lowest().rank());
            return new Tiering(scale, population.ids, ranks, i -> zeroTotal(figures[i], total));
        }
        Money[] limits = new Money[thresholds.size()];
        for (int t = 0; t < limits.length; t++) {
            limits[t] = total.times(thresholds.get(t));
        }
        for (int i = 0; i < n; i++) {
            ranks[i] = (byte) rank(figures[i].revenue(), limits);
        }
        return new Tiering(scale, population.ids, ranks, i -> explain(figures[i], total, ranks[i]));
    }

    private int rank(Money revenue, Money[] limits) {
        for (int t = 0; t < limits.length; t++) {
            if (!revenue.isLessThan(limits[t])) {
                return t;
            }
        }
        return limits.length;
    }

    private Explanation zeroTotal(AccountFigures f, Money total) {
        return Explanation.of(Step.of(
                "tier.share.zero_total",
                "total revenue is {total}: no account brings a share, {account} is in the lowest tier {tier}",
                "total",
                total,
                "account",
                f.account().value(),
                "tier",
                scale.lowest().name()));
    }

    private Explanation explain(AccountFigures f, Money total, int rank) {
        Rate share = Rate.ratio(f.revenue().amount(), total.amount(), MathContext.DECIMAL64);
        Step account = Step.of(
                "tier.share.account",
                "{account} brings {revenue} of {total}, {share}",
                "account",
                f.account().value(),
                "revenue",
                f.revenue(),
                "total",
                total,
                "share",
                share);
        String tier = scale.atRank(rank).name();
        Step decision;
        if (rank < thresholds.size()) {
            decision = Step.of(
                    "tier.share.threshold",
                    "{share} reaches the threshold {threshold} of tier {tier}",
                    "share",
                    share,
                    "threshold",
                    thresholds.get(rank),
                    "tier",
                    tier);
        } else if (thresholds.isEmpty()) {
            decision = Step.of("tier.share.below", "the scale has one tier: {tier}", "tier", tier);
        } else {
            decision = Step.of(
                    "tier.share.below",
                    "{share} is below the lowest threshold {threshold}: lowest tier {tier}",
                    "share",
                    share,
                    "threshold",
                    thresholds.get(thresholds.size() - 1),
                    "tier",
                    tier);
        }
        return Explanation.of(account, decision);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RevenueSharePolicy that
                && scale.equals(that.scale)
                && thresholds.equals(that.thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * scale.hashCode() + thresholds.hashCode();
    }

    /** E.g. {@code "RevenueSharePolicy[Key > Other] at [10%]"}. */
    @Override
    public String toString() {
        return "RevenueSharePolicy" + scale + " at " + thresholds;
    }
}
