/**
 * Contact activities (calls, visits, meetings, complaints) and the weekly contact planner that
 * schedules calls and visits by each account's tier cadence (R-ACC-4; the counts feed R-KPI-4).
 *
 * <ul>
 *   <li>{@link io.github.kamsdk.core.activity.Activity} and {@link
 *       io.github.kamsdk.core.activity.ActivityLog}: what happened, in a fixed order, with last
 *       contact dates, counts by kind and open complaints.
 *   <li>{@link io.github.kamsdk.core.activity.ContactCadence} and {@link
 *       io.github.kamsdk.core.activity.CadencePolicy}: how often each tier is called or visited.
 *   <li>{@link io.github.kamsdk.core.activity.ContactPlanner}: from {@link
 *       io.github.kamsdk.core.activity.ContactCandidate}s and managers' {@link
 *       io.github.kamsdk.core.activity.Availability} to a {@link
 *       io.github.kamsdk.core.activity.WeeklyPlan} of explained contacts and unplanned accounts.
 * </ul>
 */
@NullMarked
@KamStyle
package io.github.kamsdk.core.activity;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
