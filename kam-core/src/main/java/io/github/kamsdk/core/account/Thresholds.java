package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.money.Rate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks of the per-tier rates the policies are configured with. */
final class Thresholds {
    private Thresholds() {}

    /**
     * One rate per tier except the lowest, each within [min, 100%] (above 0% if {@code
     * aboveZero}), strictly increasing or decreasing.
     */
    static ImmutableList<Rate> check(
            TierScale scale, @Nullable List<Rate> rates, String field, boolean increasing, boolean aboveZero) {
        notNull(scale, "scale");
        notNull(rates, field);
        argument(
                rates.size() == scale.size() - 1,
                "%s must hold one rate per tier except the lowest: %s for %s, got %s",
                field,
                scale.size() - 1,
                scale,
                rates.size());
        for (int i = 0; i < rates.size(); i++) {
            Rate rate = notNull(rates.get(i), field + "[" + i + "]");
            argument(
                    (aboveZero ? rate.isPositive() : !rate.isNegative())
                            && !rate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT),
                    "%s[%s] must be %s 0% and at most 100%: %s",
                    field,
                    i,
                    aboveZero ? "above" : "at least",
                    rate);
            if (i > 0) {
                Rate before = rates.get(i - 1);
                argument(
                        increasing ? rate.isGreaterThan(before) : rate.isLessThan(before),
                        "%s must be strictly %s: %s[%s] %s after %s",
                        field,
                        increasing ? "increasing" : "decreasing",
                        field,
                        i,
                        rate,
                        before);
            }
        }
        return ImmutableList.copyOf(rates);
    }
}
