/**
 * Credit decisions (R-CRED-1..4, R-DISC-2): credit profiles and limits, exposure, overdue debt judged
 * by amount and age, a credit score from the payment history, and one decision per order — approve,
 * approve up to an amount, hold (with who may release it) or reject — always with reasons.
 *
 * <ul>
 *   <li>{@link io.github.kamsdk.rules.credit.CreditProfile} and {@link
 *       io.github.kamsdk.rules.credit.CreditLimit} (unlimited is not zero), looked up account, then
 *       account group, then company default;
 *   <li>{@link io.github.kamsdk.rules.credit.Exposure} and {@link
 *       io.github.kamsdk.rules.credit.CreditHistory}, derived from the ledger as of a day;
 *   <li>{@link io.github.kamsdk.rules.credit.CreditRule}, the strategy, with the standard rules in
 *       {@link io.github.kamsdk.rules.credit.CreditRules};
 *   <li>{@link io.github.kamsdk.rules.credit.CreditPolicy} turns a {@link
 *       io.github.kamsdk.rules.credit.CreditRequest} into a {@link
 *       io.github.kamsdk.rules.credit.CreditDecision}, and releases holds on authority held that day.
 * </ul>
 */
@NullMarked
@KamStyle
package io.github.kamsdk.rules.credit;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
