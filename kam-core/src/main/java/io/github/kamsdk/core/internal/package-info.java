/** Implementation helpers shared by the SDK's modules; not part of the API. */
@NullMarked
package io.github.kamsdk.core.internal;

import org.jspecify.annotations.NullMarked;
