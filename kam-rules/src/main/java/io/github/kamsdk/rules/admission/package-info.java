/**
 * Order admission: one check of a priced order at order time — discount authority, margin floor and
 * credit — with one outcome and every reason, for hosts to wire into their order flow.
 */
@NullMarked
@KamStyle
package io.github.kamsdk.rules.admission;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
