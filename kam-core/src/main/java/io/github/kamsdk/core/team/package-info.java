/**
 * Sales teams: managers and their roles, reporting lines, dated portfolio assignments, capacity,
 * delegation during absence, and the accounts each manager may see on a date.
 */
@NullMarked
@KamStyle
package io.github.kamsdk.core.team;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
