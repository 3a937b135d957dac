/**
 * Prices and discounts (R-DISC-1, R-DISC-3, R-DISC-4): price lists with columns, discount rules and
 * promotions, volume breaks, guard rails, and the engine that prices a quote line by line with every
 * figure explained.
 *
 * <ul>
 *   <li>What is sold: {@link io.github.kamsdk.rules.pricing.PriceList} (prices per product and
 *       {@link io.github.kamsdk.rules.pricing.PriceColumn}, dated), {@link
 *       io.github.kamsdk.rules.pricing.Catalog} of {@link io.github.kamsdk.rules.pricing.ProductInfo}
 *       (group, cost, units) and product groups as a {@link io.github.kamsdk.rules.pricing.Hierarchy};
 *   <li>the rules: {@link io.github.kamsdk.rules.pricing.DiscountRule} ({@link
 *       io.github.kamsdk.rules.pricing.RuleConditions}, a {@link
 *       io.github.kamsdk.rules.pricing.DiscountEffect}, a priority and a {@link
 *       io.github.kamsdk.rules.pricing.StackingMode}), {@link
 *       io.github.kamsdk.rules.pricing.VolumeBreaks}, {@link
 *       io.github.kamsdk.rules.pricing.GuardRails}, {@link
 *       io.github.kamsdk.rules.pricing.ColumnSelection}, {@link
 *       io.github.kamsdk.rules.pricing.PeriodRebate};
 *   <li>the engine: {@link io.github.kamsdk.rules.pricing.DiscountPolicy} prices a {@link
 *       io.github.kamsdk.rules.pricing.Quote} into a {@link
 *       io.github.kamsdk.rules.pricing.PricingResult} of {@link
 *       io.github.kamsdk.rules.pricing.LinePricing}s.
 * </ul>
 */
@NullMarked
@KamStyle
package io.github.kamsdk.rules.pricing;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
