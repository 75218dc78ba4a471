package io.github.herenet.helium.recovery;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The shared half of the machines: the table of allowed event types per phase, the refusal of the others
 * and of events dated before the state, and guard refusals. A subclass fills the table and implements
 * {@link #step} for allowed events only.
 */
abstract class PhaseMachine<S extends MachineState<P>, P extends Enum<P>, E extends RecoveryEvent>
        implements Machine<S, E> {

    private final String kind;
    private final Map<P, Set<Class<? extends E>>> table;

    PhaseMachine(String kind, Class<P> phases) {
        this.kind = kind;
        this.table = new EnumMap<>(phases);
        for (P phase : phases.getEnumConstants()) {
            table.put(phase, Set.of());
        }
    }

    /** Allows {@code events} in {@code phase}; called from the subclass constructor only. */
    @SafeVarargs
    final void allow(P phase, Class<? extends E>... events) {
        table.put(phase, Set.of(events));
    }

    @Override
    public final Set<Class<? extends E>> allowed(S state) {
        return table.get(state.phase());
    }

    @Override
    public final Transition<S> apply(S state, E event) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        if (!permits(state, event)) {
            throw new IllegalTransitionException(kind, state.subject(), state.phase(), event, allowed(state), null);
        }
        if (event.time().isBefore(state.since())) {
            throw refuse(state, event, "it is dated " + event.time() + ", before the state's " + state.since());
        }
        return step(state, event);
    }

    /** The step for an event whose type is allowed in the state's phase. */
    abstract Transition<S> step(S state, E event);

    /** A guard refusal of {@code event} in {@code state}, for {@code reason}. */
    final IllegalTransitionException refuse(S state, E event, String reason) {
        return new IllegalTransitionException(kind, state.subject(), state.phase(), event, allowed(state), reason);
    }

    /** Refuses {@code event} unless {@code condition} holds. */
    final void guard(boolean condition, S state, E event, String reason) {
        if (!condition) {
            throw refuse(state, event, reason);
        }
    }

    /** An operator's name, checked: people's actions must say who acted. */
    static String operator(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the operator must be named (non-blank), got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }

    /** Checks a person's action: its time is given and the operator named. */
    static void acted(java.time.Instant time, String operator) {
        Objects.requireNonNull(time, "time");
        operator(operator);
    }

    /** An id, checked. */
    static String id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be given (non-blank), got "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }
}
