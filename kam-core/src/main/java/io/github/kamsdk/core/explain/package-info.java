/**
 * Explanations: what every engine returns beside its figures, so a person can re-check each figure
 * by hand. An {@link io.github.kamsdk.core.explain.Explanation} is an ordered list of {@link
 * io.github.kamsdk.core.explain.Step}s; each has a stable code, named parameters and a text, and may
 * hold sub-steps.
 */
@NullMarked
@KamStyle
package io.github.kamsdk.core.explain;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
