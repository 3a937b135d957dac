package io.github.kamsdk.rules.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.rules.testing.PricingGens;
import io.github.kamsdk.rules.testing.PricingGens.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The guard rails over generated policies and quotes ({@link PricingGens#scenariosWithRails()}):
 * on every priced sale line the amount the rails leave is at least the margin floor {@code cost ×
 * (1 + minimum margin)} when the cost is known, and at least {@code list × (1 − the tier's maximum
 * discount)} when the tier has one; the rails lift the line exactly to the higher limit when they
 * bind and add nothing otherwise; the net amount is that amount rounded once.
 *
 * <p>The amount before rounding is read from the line's {@code pricing.net} step (parameter
 * {@code exact}): {@link LinePricing} does not expose it, and {@code gross − discounts + guard
 * rails} is not it when a price rule applied (see {@code RuleKindsTest}).
 */
class GuardRailsProperties {

    /** The line's amount after the guard rails, before rounding, for the sale of its absolute quantity. */
    static Money exact(LinePricing line) {
        return line.explanation().find("pricing.net").get(0).parameter("exact", Money.class);
    }

    /**
     * The limits that hold for the sale of a line's absolute quantity (a return is priced as that
     * sale): the margin floor, the tier's cap, when set.
     */
    static List<Money> limits(Scenario s, LinePricing line) {
        List<Money> limits = new ArrayList<>();
        Optional<Rate> margin = s.rails().minMargin();
        if (margin.isPresent() && line.cost().isPresent()) {
            Money cost = line.cost().get().abs();
            limits.add(cost.plus(cost.times(margin.get())));
        }
        Optional<Rate> cap = s.rails().maxDiscount(s.quote().tier());
        if (cap.isPresent()) {
            Money list = line.listAmount().abs();
            limits.add(list.minus(list.times(cap.get())));
        }
        return limits;
    }

    static List<LinePricing> pricedSales(Scenario s) {
        return s.policy().price(s.quote()).lines().stream()
                .filter(l -> l.unpricedReason().isEmpty() && l.quantity().signum() > 0)
                .toList();
    }

    @Test
    void theAmountAfterTheRailsIsNeverBelowTheFloorNorTheCap() {
        Props.qt().forAll(PricingGens.scenariosWithRails()).checkAssert(s -> {
            for (LinePricing line : pricedSales(s)) {
                for (Money limit : limits(s, line)) {
                    assertThat(exact(line)).as("line %s", line).isGreaterThanOrEqualTo(limit);
                }
            }
        });
    }

    @Test
    void theRailsLiftALineExactlyToTheHigherLimitOrAddNothing() {
        Props.qt().forAll(PricingGens.scenariosWithRails()).checkAssert(s -> {
            for (LinePricing line : pricedSales(s)) {
                assertThat(line.guardRailAmount().isNegative())
                        .as("line %s", line)
                        .isFalse();
                assertThat(line.guardRail().isPresent())
                        .as("a rail is named exactly when it adds something: %s", line)
                        .isEqualTo(line.guardRailAmount().isPositive());
                if (line.guardRailAmount().isPositive()) {
                    Money highest =
                            limits(s, line).stream().max(Money::compareTo).orElseThrow();
                    assertThat(exact(line)).as("line %s", line).isEqualTo(highest);
                }
            }
        });
    }

    @Test
    void theNetAmountIsTheAmountAfterTheRailsRoundedOnce() {
        Props.qt().forAll(PricingGens.scenarios()).checkAssert(s -> {
            DiscountPolicy policy = s.policy();
            for (LinePricing line : policy.price(s.quote()).lines()) {
                if (line.unpricedReason().isEmpty()) {
                    // rounded once by the policy, or up where that would fall below a rail's limit
                    Money rounded = exact(line).round(policy.rounding());
                    java.util.Optional<Money> limit = limits(s, line).stream().max(Money::compareTo);
                    if (limit.isPresent() && rounded.isLessThan(limit.get())) {
                        rounded = exact(line).round(policy.rounding().withMode(java.math.RoundingMode.UP));
                    }
                    assertThat(line.netAmount())
                            .as("line %s", line)
                            .isEqualTo(line.quantity().signum() < 0 ? rounded.negate() : rounded);
                }
            }
        });
    }

    @Test
    void theNetAmountIsNeverBelowTheFloorNorTheCap() {
        Props.qt().forAll(PricingGens.scenariosWithRails()).checkAssert(s -> {
            for (LinePricing line : pricedSales(s)) {
                for (Money limit : limits(s, line)) {
                    assertThat(line.netAmount()).as("line %s", line).isGreaterThanOrEqualTo(limit);
                }
            }
        });
    }
}
