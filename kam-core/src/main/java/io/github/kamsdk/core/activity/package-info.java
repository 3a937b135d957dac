/**
 * Contact activities (calls, visits, meetings, complaints) and the weekly contact planner that
 * schedules calls and visits by each account's tier cadence.
 */
@NullMarked
@KamStyle
package io.github.kamsdk.core.activity;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
