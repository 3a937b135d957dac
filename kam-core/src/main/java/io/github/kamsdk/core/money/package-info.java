/**
 * Money, rates, rounding, allocation and currency conversion: the exact arithmetic every engine of
 * the SDK builds on.
 *
 * <p>Amounts stay exact until a figure becomes payable; then {@link
 * io.github.kamsdk.core.money.RoundingPolicy} rounds it explicitly. Splits go through {@link
 * io.github.kamsdk.core.money.Allocation} so that the parts always add up to the total. Currencies
 * are never mixed without an {@link io.github.kamsdk.core.money.ExchangeRates} conversion.
 */
@NullMarked
package io.github.kamsdk.core.money;

import org.jspecify.annotations.NullMarked;
