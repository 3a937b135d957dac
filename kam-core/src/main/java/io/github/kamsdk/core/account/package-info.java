/**
 * Client accounts: identity, lifecycle, sales history and tiering (which clients are key, and why).
 */
@NullMarked
@KamStyle
package io.github.kamsdk.core.account;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
