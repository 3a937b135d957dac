package io.github.kamsdk.rules.pricing;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three identifiers of the pricing package, {@link PriceColumn}, {@link RuleId} and {@link
 * AccountGroupId}: kept as given, compared and ordered as text, refused when blank, padded, too
 * long or null.
 */
class PricingIdsTest {

    record Kind<T extends Comparable<T>>(String field, Function<String, T> of, Function<T, String> value) {
        @Override
        public String toString() {
            return field;
        }
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(new Kind<>("priceColumn", PriceColumn::of, PriceColumn::value)),
                Arguments.of(new Kind<>("ruleId", RuleId::of, RuleId::value)),
                Arguments.of(new Kind<>("accountGroupId", AccountGroupId::of, AccountGroupId::value)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends Comparable<T>> void keptAsGivenAndComparedAsText(Kind<T> kind) {
        T id = kind.of().apply("Key-Account 2");

        assertThat(kind.value().apply(id)).isEqualTo("Key-Account 2");
        assertThat(id.toString()).isEqualTo("Key-Account 2");
        assertThat(id).isEqualTo(kind.of().apply("Key-Account 2"));
        assertThat(id).hasSameHashCodeAs(kind.of().apply("Key-Account 2"));
        assertThat(id).isNotEqualTo(kind.of().apply("key-account 2"));
        assertThat(id).isNotEqualTo("Key-Account 2");
        // ordered as text, whatever the order given
        List<T> ids = new ArrayList<>(
                List.of(kind.of().apply("b"), kind.of().apply("A"), kind.of().apply("a")));
        Collections.sort(ids);
        assertThat(ids).extracting(kind.value()).containsExactly("A", "a", "b");
        assertThat(kind.of().apply("a").compareTo(kind.of().apply("a"))).isZero();
        // inner spaces and 200 characters are fine
        assertThat(kind.value().apply(kind.of().apply("x".repeat(200)))).hasSize(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T extends Comparable<T>> void refusedWhenBlankPaddedTooLongOrNull(Kind<T> kind) {
        String field = kind.field();
        assertRejected(() -> kind.of().apply(""), field + " must not be blank: ''");
        assertRejected(() -> kind.of().apply("  "), field + " must not be blank: '  '");
        assertRejected(() -> kind.of().apply(" list"), field + " must not start or end with white space: ' list'");
        assertRejected(() -> kind.of().apply("list\t"), field + " must not start or end with white space");
        assertRejected(() -> kind.of().apply("x".repeat(201)), field + " must be at most 200 characters");
        assertNullRejected(() -> kind.of().apply(null), field);
    }
}
