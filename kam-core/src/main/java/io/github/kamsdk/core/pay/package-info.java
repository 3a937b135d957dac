/**
 * Variable pay (R-PAY-1..7): compensation plans, their components, and the pay statements they
 * produce, every figure explained and reconciled to the cent.
 *
 * <ul>
 *   <li>What earns: {@link io.github.kamsdk.core.pay.PayTransaction}s (a deal's lines, the share of
 *       the deal this credit covers, on a {@link io.github.kamsdk.core.pay.CreditingBasis}: booked,
 *       invoiced or collected), built by the host or from a ledger by {@link
 *       io.github.kamsdk.core.pay.PayTransactions}.
 *   <li>The rules: a {@link io.github.kamsdk.core.pay.CompensationPlan} of dated {@link
 *       io.github.kamsdk.core.pay.PlanVersion}s (fixed pay and {@link
 *       io.github.kamsdk.core.pay.PayComponent}s), with a clawback policy, variable cap and floor and
 *       a draw; {@link io.github.kamsdk.core.pay.PayPlans} says whose plan is which. The standard
 *       components are in {@link io.github.kamsdk.core.pay.TransactionCommission}, {@link
 *       io.github.kamsdk.core.pay.TeamOverride}, {@link io.github.kamsdk.core.pay.KpiBonus} and
 *       {@link io.github.kamsdk.core.pay.PlanMissReduction}.
 *   <li>The engine: {@link io.github.kamsdk.core.pay.PayCalculator} turns a {@link
 *       io.github.kamsdk.core.pay.PayInput} into {@link io.github.kamsdk.core.pay.PayStatement}s (one
 *       manager, or many in one pass as a {@link io.github.kamsdk.core.pay.PayRun}), {@link
 *       io.github.kamsdk.core.pay.PayAdjustment}s between a paid and a recalculated statement, and
 *       {@link io.github.kamsdk.core.pay.WhatIf} answers.
 * </ul>
 *
 * <p>Amounts are exact until a {@link io.github.kamsdk.core.pay.PayLine} is made: each line is
 * rounded once by the plan's rounding policy, and a statement's totals are sums of its rounded
 * lines, so they add up exactly.
 */
@NullMarked
@KamStyle
package io.github.kamsdk.core.pay;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
