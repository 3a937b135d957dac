package io.github.kamsdk.core.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions for bad-input tests, shared by every suite: the API's promise is an {@link
 * IllegalArgumentException} (exactly, or a documented subclass checked separately) whose message
 * names the field and the bad value.
 */
public final class BadInput {
    private BadInput() {}

    /**
     * Fails unless the call throws exactly an {@link IllegalArgumentException} whose message
     * contains every fragment (typically the field's name and the bad value).
     *
     * @param call the call with bad input
     * @param fragments what the message must contain
     */
    public static void assertRejected(ThrowingCallable call, String... fragments) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(fragments);
    }

    /**
     * Fails unless the call throws exactly an {@link IllegalArgumentException} with the message
     * {@code "<parameter> must not be null"}.
     *
     * @param call the call with a null argument
     * @param parameter the parameter's name as the message must give it
     */
    public static void assertNullRejected(ThrowingCallable call, String parameter) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(parameter + " must not be null");
    }
}
