package io.github.herenet.helium.recovery;

import org.assertj.core.api.ThrowableAssert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions on guard refusals. */
final class Refusals {

    private Refusals() {
    }

    /** {@code call} is refused by a guard (an allowed event type) whose reason contains {@code words}. */
    static void refusedByGuard(ThrowableAssert.ThrowingCallable call, String... words) {
        assertThatThrownBy(call).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.byGuard()).as("refused by a guard").isTrue();
            assertThat(e.reason()).contains(words);
            assertThat(e.getMessage()).contains(e.reason(), e.state().toString(), e.event().getClass().getSimpleName());
        });
    }
}
