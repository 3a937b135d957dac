package io.github.kamsdk.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to a package or a type.
 *
 * <p>Users see the abstract type only: it declares {@code static Builder builder()} and a nested
 * {@code Builder extends ImmutableX.Builder}, and the generated {@code ImmutableX} stays
 * package-private. A null argument or a missing required attribute fails with an {@link
 * IllegalArgumentException} whose message names the attribute, never with the generator's usual
 * {@code NullPointerException} or {@code IllegalStateException}; each type's {@code @Value.Check}
 * adds its own consistency checks, also as {@code IllegalArgumentException}s. The builder has no
 * {@code from(instance)}.
 *
 * <p><b>Known limitation</b>: the bulk and {@code Optional} setters that Immutables generates
 * ({@code addAllX(Iterable)}, {@code x(Iterable)}, {@code x(Optional)}, {@code x(OptionalInt)})
 * iterate or unwrap their argument before any check, so a null collection or a null {@code
 * Optional} there throws {@link NullPointerException}; pass {@code List.of()} or {@code
 * Optional.empty()} instead. The single-value setters throw {@link IllegalArgumentException} naming
 * the attribute. Types whose builders must check whole collections keep a hand-written builder.
 * Generated code uses JDK collections only and adds no annotations that would need a run-time
 * dependency.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        throwForNullPointer = IllegalArgumentException.class,
        throwForInvalidImmutableState = IllegalArgumentException.class,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = false),
        allowedClasspathAnnotations = {Override.class},
        depluralize = true,
        depluralizeDictionary = {"child:children"},
        from = "")
public @interface KamStyle {}
