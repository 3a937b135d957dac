/**
 * The commercial ledger: the immutable events a host maps its ERP data onto (R-ACC-2, R-KPI-7,
 * R-CRED-3) and the receivables derived from them.
 *
 * <ul>
 *   <li>{@link io.github.kamsdk.core.ledger.CommercialEvent}: what every event has (an id, an
 *       account, the crediting managers, a date and a currency), implemented by {@link
 *       io.github.kamsdk.core.ledger.Order} (lines with product, group, quantity, price and cost),
 *       {@link io.github.kamsdk.core.ledger.Invoice} (due date from the payment terms), {@link
 *       io.github.kamsdk.core.ledger.Payment} (full or partial, applied to invoices; what is not
 *       applied is an advance) and {@link io.github.kamsdk.core.ledger.Reversal} (a return or a
 *       refusal of an order, with its reason);
 *   <li>{@link io.github.kamsdk.core.ledger.Credits}: who is credited with an event, in shares that
 *       add up to exactly 100%;
 *   <li>{@link io.github.kamsdk.core.ledger.CompetitorLoss}: the host's mark that an account went
 *       to a competitor on a date.
 * </ul>
 *
 * <p>Every type here is immutable and checks its own consistency when built; references between
 * events (a payment's invoice, a reversal's order) are checked where events are brought together.
 */
@NullMarked
@KamStyle
package io.github.kamsdk.core.ledger;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
