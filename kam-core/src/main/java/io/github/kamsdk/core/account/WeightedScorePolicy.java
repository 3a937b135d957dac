package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Weighted-score tiering (R-ACC-1): a score from 0% to 100% made of weighted criteria — revenue,
 * margin, growth potential as the NPV of projected margins, and any host-named criteria such as
 * {@code strategicFit} — mapped to tiers by score thresholds.
 *
 * <pre>{@code
 * WeightedScorePolicy policy = WeightedScorePolicy.builder()
 *     .scale(TierScale.keyOrOther())
 *     .thresholds(List.of(Rate.percent(60)))
 *     .weight(WeightedScorePolicy.REVENUE, new BigDecimal("2"))
 *     .weight(WeightedScorePolicy.GROWTH_POTENTIAL, BigDecimal.ONE)
 *     .weight("strategicFit", BigDecimal.ONE)
 *     .discountRate(Rate.percent(8))
 *     .build();
 * }</pre>
 *
 * <p><b>Criteria.</b> {@value #REVENUE}: the account's revenue (normalising it is the same as
 * normalising its share of the total); {@value #MARGIN}: its margin (every account needs one);
 * {@value #GROWTH_POTENTIAL}: {@link Npv#endOfPeriods} of its projected margins at the policy's
 * discount rate (zero when it has none); any other name: the value the account's figures give under
 * that name ({@link AccountFigures.Builder#criterion}), which every account must have. Higher is
 * better for every criterion. Criteria the figures carry but the policy does not weigh are
 * ignored. A criterion of weight zero is not computed.
 *
 * <p><b>Normalisation: min-max over the population.</b> Each criterion's value {@code v} becomes
 * {@code (v − min) / (max − min)}, from 0 for the lowest account to 1 for the highest; when every
 * account has the same value the criterion separates nobody and counts 0 for all.
 *
 * <p><b>Score and tiers.</b> The score is {@code Σ weight × normalised / Σ weight}, from 0% to
 * 100%. With thresholds {@code t0 > t1 > …} (one per tier except the lowest) an account goes to the
 * first tier {@code i} with {@code score ≥ t_i}, else to the lowest tier. Divisions are computed to
 * {@link #PRECISION} (16 significant digits, HALF_EVEN); the score itself is rounded to it.
 *
 * <p>Defaults: {@link TierScale#standard()} (Strategic / Key / Growth / Maintain) with thresholds
 * 75%, 50%, 25%; weights revenue 2, margin 1, growth potential 1; discount rate 10%.
 *
 * <p>Explanations (built on request): one {@code tier.weighted.criterion} step per weighed
 * criterion, {@code tier.weighted.score}, then {@code tier.weighted.threshold} or {@code
 * tier.weighted.below}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeightedScorePolicy implements TieringPolicy {
    /** The revenue criterion. */
    public static final String REVENUE = "revenue";

    /** The margin criterion. */
    public static final String MARGIN = "margin";

    /** The growth-potential criterion: NPV of the projected margins. */
    public static final String GROWTH_POTENTIAL = "growthPotential";

    /** The precision of normalised values and scores. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    static final ImmutableSet<String> BUILT_IN = ImmutableSet.of(REVENUE, MARGIN, GROWTH_POTENTIAL);

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final ImmutableList<Rate> STANDARD_THRESHOLDS =
            ImmutableList.of(Rate.percent(75), Rate.percent(50), Rate.percent(25));
    private static final WeightedScorePolicy DEFAULTS = builder()
            .weight(REVENUE, BigDecimal.valueOf(2))
            .weight(MARGIN, BigDecimal.ONE)
            .weight(GROWTH_POTENTIAL, BigDecimal.ONE)
            .build();

    private final TierScale scale;
    private final ImmutableList<Rate> thresholds;
    private final ImmutableSortedMap<String, BigDecimal> weights;
    private final Rate discountRate;
    // The criteria actually computed (weight above zero), by name, and their weights' sum.
    private final String[] criteria;
    private final BigDecimal[] criterionWeights;
    private final BigDecimal weightSum;

    private WeightedScorePolicy(
            TierScale scale,
            ImmutableList<Rate> thresholds,
            ImmutableSortedMap<String, BigDecimal> weights,
            Rate discountRate) {
        this.scale = scale;
        this.thresholds = thresholds;
        this.weights = weights;
        this.discountRate = discountRate;
        List<String> names = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
            if (e.getValue().signum() > 0) {
                names.add(e.getKey());
                values.add(e.getValue());
                sum = sum.add(e.getValue());
            }
        }
        this.criteria = names.toArray(new String[0]);
        this.criterionWeights = values.toArray(new BigDecimal[0]);
        this.weightSum = sum;
    }

    /**
     * Revenue 2, margin 1, growth potential 1 at 10%, on Strategic / Key / Growth / Maintain at
     * 75% / 50% / 25%.
     *
     * @return the default policy
     */
    public static WeightedScorePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A builder: scale, thresholds and discount rate start at the defaults, weights start empty.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TierScale scale() {
        return scale;
    }

    /**
     * The scores that open each tier except the lowest.
     *
     * @return the thresholds, decreasing
     */
    public ImmutableList<Rate> thresholds() {
        return thresholds;
    }

    /**
     * The criteria's weights, by name.
     *
     * @return the weights, not negative, not all zero
     */
    public ImmutableSortedMap<String, BigDecimal> weights() {
        return weights;
    }

    /**
     * The discount rate of the growth-potential NPV.
     *
     * @return the rate per period
     */
    public Rate discountRate() {
        return discountRate;
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
        int c = criteria.length;
        BigDecimal[][] values = new BigDecimal[c][n];
        BigDecimal[] min = new BigDecimal[c];
        BigDecimal[] max = new BigDecimal[c];
        for (int k = 0; k < c; k++) {
            for (int i = 0; i < n; i++) {
                BigDecimal v = value(criteria[k], figures[i]);
                values[k][i] = v;
                if (i == 0 || v.compareTo(min[k]) < 0) {
                    min[k] = v;
                }
                if (i == 0 || v.compareTo(max[k]) > 0) {
                    max[k] = v;
                }
            }
        }
        BigDecimal[] row = new BigDecimal[c];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < c; k++) {
                row[k] = values[k][i];
            }
            ranks[i] = (byte) rank(score(row, min, max));
        }
        return new Tiering(scale, population.ids, ranks, i -> explain(figures[i], min, max, ranks[i]));
    }

    private BigDecimal value(String criterion, AccountFigures f) {
        switch (criterion) {
            case REVENUE:
                return f.revenue().amount();
            case MARGIN:
                return f.margin()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "account " + f.account() + " has no margin, which criterion 'margin' needs"))
                        .amount();
            case GROWTH_POTENTIAL:
                return f.projectedMargins().isEmpty()
                        ? BigDecimal.ZERO
                        : Npv.endOfPeriods(f.projectedMargins(), discountRate).amount();
            default:
                return f.criterion(criterion)
                        .orElseThrow(() -> new IllegalArgumentException("account " + f.account()
                                + " has no value for criterion '" + criterion + "' (its criteria: "
                                + f.criteria().keySet() + ")"));
        }
    }

    private static BigDecimal normalised(BigDecimal v, BigDecimal min, BigDecimal max) {
        BigDecimal range = max.subtract(min);
        if (range.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return v.subtract(min).divide(range, PRECISION);
    }

    private BigDecimal score(BigDecimal[] row, BigDecimal[] min, BigDecimal[] max) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < row.length; k++) {
            sum = sum.add(criterionWeights[k].multiply(normalised(row[k], min[k], max[k])));
        }
        return sum.divide(weightSum, PRECISION);
    }

    private int rank(BigDecimal score) {
        for (int t = 0; t < thresholds.size(); t++) {
            if (score.compareTo(thresholds.get(t).fraction()) >= 0) {
                return t;
            }
        }
        return thresholds.size();
    }

    private Explanation explain(AccountFigures f, BigDecimal[] min, BigDecimal[] max, int rank) {
        Explanation.Builder why = Explanation.builder();
        BigDecimal[] row = new BigDecimal[criteria.length];
        for (int k = 0; k < criteria.length; k++) {
            row[k] = value(criteria[k], f);
            why.addStep(Step.of(
                    "tier.weighted.criterion",
                    "{account}: {criterion} {value} in the population's {min} to {max} normalises to"
                            + " {normalised}, weight {weight}",
                    "account",
                    f.account().value(),
                    "criterion",
                    criteria[k],
                    "value",
                    row[k],
                    "min",
                    min[k],
                    "max",
                    max[k],
                    "normalised",
                    normalised(row[k], min[k], max[k]),
                    "weight",
                    criterionWeights[k]));
        }
        Rate score = Rate.ofFraction(score(row, min, max));
        why.addStep(Step.of(
                "tier.weighted.score",
                "score {score} = sum of weight × normalised / {weightSum}",
                "score",
                score,
                "weightSum",
                weightSum));
        String tier = scale.atRank(rank).name();
        if (rank < thresholds.size()) {
            why.addStep(Step.of(
                    "tier.weighted.threshold",
                    "{score} reaches the threshold {threshold} of tier {tier}",
                    "score",
                    score,
                    "threshold",
                    thresholds.get(rank),
                    "tier",
                    tier));
        } else if (thresholds.isEmpty()) {
            why.addStep(Step.of("tier.weighted.below", "the scale has one tier: {tier}", "tier", tier));
        } else {
            why.addStep(Step.of(
                    "tier.weighted.below",
                    "{score} is below the lowest threshold {threshold}: lowest tier {tier}",
                    "score",
                    score,
                    "threshold",
                    thresholds.get(thresholds.size() - 1),
                    "tier",
                    tier));
        }
        return why.build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WeightedScorePolicy that
                && scale.equals(that.scale)
                && thresholds.equals(that.thresholds)
                && weights.equals(that.weights)
                && discountRate.equals(that.discountRate);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(scale, thresholds, weights, discountRate);
    }

    /** E.g. {@code "WeightedScorePolicy[Key > Other] at [60%], weights {revenue=1}, discount 10%"}. */
    @Override
    public String toString() {
        return "WeightedScorePolicy" + scale + " at " + thresholds + ", weights " + weights + ", discount "
                + discountRate;
    }

    /**
     * Builds a {@link WeightedScorePolicy}. A null argument fails with an {@link
     * IllegalArgumentException} naming it. A builder is not thread-safe.
     */
    public static final class Builder {
        private TierScale scale = TierScale.standard();
        private List<Rate> thresholds = STANDARD_THRESHOLDS;
        private final TreeMap<String, BigDecimal> weights = new TreeMap<>();
        private Rate discountRate = Rate.percent(10);

        private Builder() {}

        /**
         * Sets the scale (default Strategic / Key / Growth / Maintain); set matching {@link
         * #thresholds} too unless it has four tiers.
         *
         * @param scale the tiers, not null
         * @return this builder
         */
        public Builder scale(TierScale scale) {
            this.scale = notNull(scale, "scale");
            return this;
        }

        /**
         * Sets the score thresholds (default 75%, 50%, 25%).
         *
         * @param thresholds one per tier except the lowest, strictly decreasing, each above 0% and
         *     at most 100%, not null
         * @return this builder
         */
        public Builder thresholds(List<Rate> thresholds) {
            notNull(thresholds, "thresholds");
            List<Rate> copy = new ArrayList<>(thresholds.size());
            for (int i = 0; i < thresholds.size(); i++) {
                copy.add(notNull(thresholds.get(i), "thresholds[" + i + "]"));
            }
            this.thresholds = copy;
            return this;
        }

        /**
         * Sets (or replaces) a criterion's weight.
         *
         * @param criterion {@value WeightedScorePolicy#REVENUE}, {@value WeightedScorePolicy#MARGIN}, {@value
         *     WeightedScorePolicy#GROWTH_POTENTIAL} or a host
         *     criterion's name (a letter followed by letters, digits or '_'), not null
         * @param weight the weight, not negative, not null
         * @return this builder
         */
        public Builder weight(String criterion, BigDecimal weight) {
            notNull(criterion, "criterion");
            decimal(weight, "weights[" + criterion + "]");
            argument(
                    NAME.matcher(criterion).matches(),
                    "criterion must be a letter followed by letters, digits or '_': '%s'",
                    criterion);
            argument(weight.signum() >= 0, "weights[%s] must not be negative: %s", criterion, weight.toPlainString());
            weights.put(criterion, weight);
            return this;
        }

        /**
         * Sets the discount rate of the growth-potential NPV (default 10%).
         *
         * @param discountRate the rate per period, above −100%, not null
         * @return this builder
         */
        public Builder discountRate(Rate discountRate) {
            notNull(discountRate, "discountRate");
            argument(
                    discountRate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT.negate()),
                    "discountRate must be above -100%: %s",
                    discountRate);
            this.discountRate = discountRate;
            return this;
        }

        /**
         * The policy.
         *
         * @return the policy
         * @throws IllegalArgumentException if there is no weight or all are zero, or the thresholds
         *     do not fit the scale
         */
        public WeightedScorePolicy build() {
            argument(!weights.isEmpty(), "weights must not be empty: give at least one criterion a weight");
            argument(
                    weights.values().stream().anyMatch(w -> w.signum() > 0),
                    "weights must not all be zero: %s",
                    weights);
            return new WeightedScorePolicy(
                    scale,
                    Thresholds.check(scale, thresholds, "thresholds", false, true),
                    ImmutableSortedMap.copyOf(weights),
                    discountRate);
        }
    }
}
