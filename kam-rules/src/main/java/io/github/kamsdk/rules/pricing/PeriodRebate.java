package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.ledger.EventId;
import io.github.kamsdk.core.ledger.Ledger;
import io.github.kamsdk.core.ledger.Order;
import io.github.kamsdk.core.ledger.OrderLine;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.ledger.Reversal;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A period rebate of a bonus programme (R-DISC-3): an account that buys at least N units of some
 * products or groups in a period gets x% of what it paid for them back.
 *
 * <pre>{@code
 * PeriodRebate q2Pumps = PeriodRebate.builder()
 *     .id(RuleId.of("REBATE-Q2-PUMPS"))
 *     .period(DateRange.ofQuarter(2026, 2))
 *     .addProductGroup(ProductGroupId.of("PUMPS"))
 *     .minQuantity(new BigDecimal("100"))
 *     .rebate(Rate.percent(3))
 *     .build();
 * RebateResult r = q2Pumps.compute(ledger, AccountId.of("C-1"), catalog);
 * r.rebate(); // 3% of the qualifying amount, when 100 units were reached
 * }</pre>
 *
 * <p><b>Definition.</b> From the ledger's orders of the account dated in the period, the lines of a
 * listed product or of a product in (or below) a listed group qualify (with no product or group
 * listed, every line does). A return or refusal of such an order takes back its share: the
 * qualifying quantity and amount of the order times {@code reversed value / order amount}. The
 * rebate is {@code rate × qualifying amount} when the qualifying quantity reaches the minimum
 * (inclusive), rounded once; nothing otherwise. Quantities are the order lines' (base units).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodRebate {
    private final RuleId id;
    private final DateRange period;
    private final Set<ProductId> products;
    private final Set<ProductGroupId> groups;
    private final BigDecimal minQuantity;
    private final Rate rebate;

    private PeriodRebate(Builder b) {
        this.id = notNull(b.id, "id");
        this.period = notNull(b.period, "period");
        this.products = Set.copyOf(b.products);
        this.groups = Set.copyOf(b.groups);
        this.minQuantity = notNull(b.minQuantity, "minQuantity");
        this.rebate = notNull(b.rebate, "rebate");
    }

    /**
     * A builder: id, period, minimum quantity and rate are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rebate an account earned.
     *
     * @param ledger the ledger, not null
     * @param account the account, not null
     * @param catalog the catalog, for products' groups, not null
     * @return the result, explained
     * @throws IllegalArgumentException if the account's qualifying orders are in two currencies
     */
    public RebateResult compute(Ledger ledger, AccountId account, Catalog catalog) {
        notNull(ledger, "ledger");
        notNull(account, "account");
        notNull(catalog, "catalog");
        Map<EventId, Money> reversed = new HashMap<>();
        for (Reversal r : ledger.reversals()) {
            reversed.merge(r.order(), r.value(), Money::plus);
        }
        BigDecimal quantity = BigDecimal.ZERO;
        Money amount = null;
        List<Step> steps = new ArrayList<>();
        for (Order o : ledger.orders()) {
            if (!o.account().equals(account) || !period.contains(o.date())) {
                continue;
            }
            BigDecimal q = BigDecimal.ZERO;
            Money a = Money.zero(o.currency());
            for (OrderLine l : o.lines()) {
                if (qualifies(l, catalog)) {
                    q = q.add(l.quantity());
                    a = a.plus(l.amount());
                }
            }
            if (q.signum() == 0) {
                continue;
            }
            Money back = reversed.get(o.id());
            if (back != null && o.amount().isPositive()) {
                BigDecimal kept = BigDecimal.ONE.subtract(back.amount()
                        .divide(o.amount().amount(), 10, RoundingMode.HALF_EVEN)
                        .min(BigDecimal.ONE));
                steps.add(Step.of(
                        "pricing.rebate.reversed",
                        "order {order}: {back} of {total} reversed, so {kept} of its qualifying {quantity} units and"
                                + " {amount} count",
                        "order",
                        o.id().value(),
                        "back",
                        back,
                        "total",
                        o.amount(),
                        "kept",
                        Rate.ofFraction(kept),
                        "quantity",
                        q,
                        "amount",
                        a));
                q = q.multiply(kept);
                a = a.times(kept);
            } else {
                steps.add(Step.of(
                        "pricing.rebate.order",
                        "order {order} of {date}: {quantity} qualifying units, {amount}",
                        "order",
                        o.id().value(),
                        "date",
                        o.date(),
                        "quantity",
                        q,
                        "amount",
                        a));
            }
            if (amount != null) {
                argument(
                        amount.isSameCurrency(a),
                        "the qualifying orders of %s are in two currencies: %s and %s",
                        account,
                        amount.currency().getCurrencyCode(),
                        a.currency().getCurrencyCode());
            }
            quantity = quantity.add(q);
            amount = amount == null ? a : amount.plus(a);
        }
        boolean qualifies = quantity.compareTo(minQuantity) >= 0 && amount != null;
        Money earned = qualifies ? amount.times(rebate).round(RoundingPolicy.DEFAULT) : null;
        steps.add(Step.of(
                qualifies ? "pricing.rebate.earned" : "pricing.rebate.missed",
                qualifies
                        ? "{quantity} units reach the minimum {min}: {rate} of {amount} = {rebate}"
                        : "{quantity} units do not reach the minimum {min}: no rebate",
                "quantity",
                quantity,
                "min",
                minQuantity,
                "rate",
                rebate,
                "amount",
                amount == null ? "nothing" : amount.toString(),
                "rebate",
                earned == null ? "none" : earned.toString()));
        return new RebateResult(
                id,
                account,
                period,
                quantity,
                Optional.ofNullable(amount),
                Optional.ofNullable(earned),
                Explanation.of(steps));
    }

    private boolean qualifies(OrderLine l, Catalog catalog) {
        if (products.isEmpty() && groups.isEmpty()) {
            return true;
        }
        if (products.contains(l.product())) {
            return true;
        }
        Optional<ProductGroupId> g =
                l.group().isPresent() ? l.group() : catalog.find(l.product()).flatMap(ProductInfo::group);
        if (g.isEmpty()) {
            return false;
        }
        for (ProductGroupId a : catalog.groups().ancestorsOrSelf(g.get())) {
            if (groups.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The programme's id.
     *
     * @return the id
     */
    public RuleId id() {
        return id;
    }

    /**
     * The period.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * The least quantity that earns the rebate.
     *
     * @return the minimum, inclusive
     */
    public BigDecimal minQuantity() {
        return minQuantity;
    }

    /**
     * The share paid back.
     *
     * @return the rate
     */
    public Rate rebate() {
        return rebate;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PeriodRebate that
                && id.equals(that.id)
                && period.equals(that.period)
                && products.equals(that.products)
                && groups.equals(that.groups)
                && minQuantity.compareTo(that.minQuantity) == 0
                && rebate.equals(that.rebate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, period, products, groups, rebate);
    }

    @Override
    public String toString() {
        return id + ": " + rebate + " back from " + minQuantity.toPlainString() + " units in " + period;
    }

    /** Builds a {@link PeriodRebate}; a builder is not thread-safe. */
    public static final class Builder {
        private @Nullable RuleId id;
        private @Nullable DateRange period;
        private final java.util.Set<ProductId> products = new java.util.TreeSet<>();
        private final java.util.Set<ProductGroupId> groups = new java.util.TreeSet<>();
        private @Nullable BigDecimal minQuantity;
        private @Nullable Rate rebate;

        Builder() {}

        /**
         * The id.
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(RuleId id) {
            this.id = notNull(id, "id");
            return this;
        }

        /**
         * The period.
         *
         * @param period the period, not null
         * @return this builder
         */
        public Builder period(DateRange period) {
            this.period = notNull(period, "period");
            return this;
        }

        /**
         * A qualifying product.
         *
         * @param product the product, not null
         * @return this builder
         */
        public Builder addProduct(ProductId product) {
            products.add(notNull(product, "product"));
            return this;
        }

        /**
         * A qualifying product group (its subgroups included).
         *
         * @param group the group, not null
         * @return this builder
         */
        public Builder addProductGroup(ProductGroupId group) {
            groups.add(notNull(group, "group"));
            return this;
        }

        /**
         * The least quantity that earns the rebate.
         *
         * @param minQuantity above zero, not null
         * @return this builder
         */
        public Builder minQuantity(BigDecimal minQuantity) {
            decimal(minQuantity, "minQuantity");
            argument(minQuantity.signum() > 0, "minQuantity must be above zero: %s", minQuantity.toPlainString());
            this.minQuantity = minQuantity;
            return this;
        }

        /**
         * The share paid back.
         *
         * @param rebate 0% to 100%, not null
         * @return this builder
         */
        public Builder rebate(Rate rebate) {
            this.rebate = notNull(rebate, "rebate").requireBetween(Rate.ZERO, Rate.ONE_HUNDRED_PERCENT, "rebate");
            return this;
        }

        /**
         * The rebate.
         *
         * @return the rebate
         * @throws IllegalArgumentException if a required attribute is missing
         */
        public PeriodRebate build() {
            return new PeriodRebate(this);
        }
    }
}
