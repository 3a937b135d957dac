package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.internal.Checks.argument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A discount rule, promotion or programme price (R-DISC-1, R-DISC-3): conditions, an effect, a
 * priority and a stacking mode.
 *
 * <pre>{@code
 * DiscountRule spring = DiscountRule.builder()
 *     .id(RuleId.of("PROMO-SPRING-26"))
 *     .description("spring promotion on pumps")
 *     .conditions(RuleConditions.builder()
 *         .addProductGroup(ProductGroupId.of("PUMPS"))
 *         .validity(DateRange.closed(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))
 *         .build())
 *     .effect(DiscountEffect.percentOff(Rate.percent(8)))
 *     .stacking(StackingMode.ADDITIVE)
 *     .priority(10)
 *     .build();
 * }</pre>
 *
 * <p>A higher {@link #priority()} ranks first among rules of equal specificity (see {@link
 * RuleConditions}). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DiscountRule {
    DiscountRule() {}

    /**
     * A builder: id and effect are required; conditions always, priority 0, additive by default.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rule's id.
     *
     * @return the id
     */
    public abstract RuleId id();

    /**
     * The rule in words, for explanations.
     *
     * @return the description, or empty
     */
    public abstract Optional<String> description();

    /**
     * When the rule applies.
     *
     * @return the conditions; always by default
     */
    @Value.Default
    public RuleConditions conditions() {
        return RuleConditions.always();
    }

    /**
     * What it does.
     *
     * @return the effect
     */
    public abstract DiscountEffect effect();

    /**
     * Its rank among rules of equal specificity: higher first.
     *
     * @return the priority; 0 by default
     */
    @Value.Default
    public int priority() {
        return 0;
    }

    /**
     * How it combines with other matching rules.
     *
     * @return the stacking mode; {@link StackingMode#ADDITIVE} by default
     */
    @Value.Default
    public StackingMode stacking() {
        return StackingMode.ADDITIVE;
    }

    @Value.Check
    void check() {
        description().ifPresent(d -> argument(!d.isBlank(), "description of rule %s must not be blank", id()));
    }

    /**
     * Builds a {@link DiscountRule}; a null argument fails with an {@link IllegalArgumentException}
     * naming the attribute. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableDiscountRule.Builder {
        Builder() {}
    }
}
