/**
 * Key performance indicators (R-KPI-1..7): formulas over the commercial ledger, activities and
 * competitor losses of a period, computed in one streaming pass, and a weighted scorecard.
 *
 * <ul>
 *   <li>{@link io.github.kamsdk.core.kpi.KpiFormula}: the strategy; a formula has a {@link
 *       io.github.kamsdk.core.kpi.KpiDefinition} (stable id and version, unit, whether higher or
 *       lower is better, the exact definition) and makes a {@link
 *       io.github.kamsdk.core.kpi.KpiAccumulator} that sees every input once, merges with another
 *       accumulator of the same formula and yields a {@link io.github.kamsdk.core.kpi.KpiValue};
 *   <li>{@link io.github.kamsdk.core.kpi.KpiContext}: the period, the prior period, the reporting
 *       currency and exchange rates, and the scope (the company or one manager);
 *   <li>{@link io.github.kamsdk.core.kpi.KpiCalculator}: runs many formulas over one pass of the
 *       input, for the company or for several managers at once, or incrementally through a {@link
 *       io.github.kamsdk.core.kpi.KpiRun}.
 * </ul>
 *
 * <p>A figure that cannot be computed (a rate over zero clients, attainment of a plan that does not
 * exist) is neither an exception nor a silent zero: its {@link io.github.kamsdk.core.kpi.KpiValue}
 * is <em>not defined</em> and says why.
 */
@NullMarked
@KamStyle
package io.github.kamsdk.core.kpi;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
