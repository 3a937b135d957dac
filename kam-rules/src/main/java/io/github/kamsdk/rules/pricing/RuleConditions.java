package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.decimal;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.account.Tier;
import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When a {@link DiscountRule} applies: every condition set must hold (an empty set or an absent
 * bound is no condition).
 *
 * <pre>{@code
 * RuleConditions keyPumps = RuleConditions.builder()
 *     .addTier(tiers.tier("Key"))
 *     .addProductGroup(ProductGroupId.of("PUMPS"))
 *     .minQuantity(new BigDecimal("10"))                // base units on the line
 *     .validity(DateRange.closed(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
 *     .build();
 * }</pre>
 *
 * <p><b>Matching</b>: the account is one of {@link #accounts()}, or its group is (or is below) one
 * of {@link #accountGroups()}; its tier is one of {@link #tiers()}; its segment one of {@link
 * #segments()}; the product is one of {@link #products()} or its group is (or is below) one of
 * {@link #productGroups()} (when both are set, either matches); the line's absolute base quantity is
 * within {@code [minQuantity, maxQuantity]} and its amount at the column price within {@code
 * [minAmount, maxAmount]} (both bounds inclusive); the quote's date is within the validity; and the
 * quote takes part in the programme.
 *
 * <p><b>Specificity</b> (how resolution ranks matching rules): by account — a named account beats an
 * account group, a deeper group beats a higher one, which beats tier or segment, which beats no
 * account condition — then by product, in the same way (product, group by depth, none).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleConditions {
    private static final RuleConditions ALWAYS = builder().build();

    RuleConditions() {}

    /**
     * A builder with no condition.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * No condition: matches every line.
     *
     * @return the conditions
     */
    public static RuleConditions always() {
        return ALWAYS;
    }

    /**
     * Accounts the rule is for.
     *
     * @return the accounts; empty for any
     */
    public abstract Set<AccountId> accounts();

    /**
     * Account groups the rule is for (their subgroups included).
     *
     * @return the groups; empty for any
     */
    public abstract Set<AccountGroupId> accountGroups();

    /**
     * Tiers the rule is for.
     *
     * @return the tiers; empty for any
     */
    public abstract Set<Tier> tiers();

    /**
     * Segments the rule is for.
     *
     * @return the segments; empty for any
     */
    public abstract Set<String> segments();

    /**
     * Products the rule is for.
     *
     * @return the products; empty for any (unless groups are set)
     */
    public abstract Set<ProductId> products();

    /**
     * Product groups the rule is for (their subgroups included).
     *
     * @return the groups; empty for any (unless products are set)
     */
    public abstract Set<ProductGroupId> productGroups();

    /**
     * The least absolute base quantity on the line.
     *
     * @return the bound, inclusive, or empty
     */
    public abstract Optional<BigDecimal> minQuantity();

    /**
     * The most absolute base quantity on the line.
     *
     * @return the bound, inclusive, or empty
     */
    public abstract Optional<BigDecimal> maxQuantity();

    /**
     * The least absolute line amount at the column price.
     *
     * @return the bound, inclusive, or empty
     */
    public abstract Optional<Money> minAmount();

    /**
     * The most absolute line amount at the column price.
     *
     * @return the bound, inclusive, or empty
     */
    public abstract Optional<Money> maxAmount();

    /**
     * The days the rule is valid (a promotion's window).
     *
     * @return the validity, half-open, or empty for always
     */
    public abstract Optional<DateRange> validity();

    /**
     * The programme the quote must take part in.
     *
     * @return the programme code, or empty
     */
    public abstract Optional<String> programme();

    @Value.Check
    void check() {
        minQuantity().ifPresent(q -> {
            decimal(q, "minQuantity");
            argument(q.signum() >= 0, "minQuantity must not be negative: %s", q.toPlainString());
        });
        maxQuantity().ifPresent(q -> decimal(q, "maxQuantity"));
        if (minQuantity().isPresent() && maxQuantity().isPresent()) {
            argument(
                    minQuantity().get().compareTo(maxQuantity().get()) <= 0,
                    "minQuantity %s must not be above maxQuantity %s",
                    minQuantity().get().toPlainString(),
                    maxQuantity().get().toPlainString());
        }
        minAmount().ifPresent(m -> argument(m.isPositiveOrZero(), "minAmount must not be negative: %s", m));
        if (minAmount().isPresent() && maxAmount().isPresent()) {
            argument(
                    minAmount().get().isSameCurrency(maxAmount().get()),
                    "minAmount %s and maxAmount %s must be in one currency",
                    minAmount().get(),
                    maxAmount().get());
            argument(
                    !minAmount().get().isGreaterThan(maxAmount().get()),
                    "minAmount %s must not be above maxAmount %s",
                    minAmount().get(),
                    maxAmount().get());
        }
        for (String s : segments()) {
            argument(!s.isBlank(), "segments must not be blank: '%s'", s);
        }
        programme().ifPresent(p -> argument(!p.isBlank(), "programme must not be blank: '%s'", p));
    }

    /**
     * Builds {@link RuleConditions}; a null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableRuleConditions.Builder {
        Builder() {}
    }
}
