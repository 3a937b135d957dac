/**
 * Time as the domain counts it: half-open periods of whole days, calendar and fiscal months,
 * quarters and years, and exact day-based proration. "Today" is always a parameter: nothing here
 * reads a clock.
 */
@NullMarked
package io.github.kamsdk.core.time;

import org.jspecify.annotations.NullMarked;
