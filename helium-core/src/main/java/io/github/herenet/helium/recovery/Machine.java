package io.github.herenet.helium.recovery;

import io.github.herenet.helium.ledger.LedgerEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A procedure as a pure transition function: given an immutable state and an event, it returns the next
 * state and the ledger events the step implies, or refuses the event. A machine holds only its fixed
 * configuration (the vessel, the limits), never the state, so one machine serves any number of states and
 * is safe to share between threads.
 *
 * @param <S> the state record
 * @param <E> the sealed event interface
 */
public interface Machine<S, E> {

    /**
     * The step {@code event} makes from {@code state}.
     *
     * @param state the state before
     * @param event what happened
     * @return the state after and the ledger events it implies (possibly none)
     * @throws IllegalTransitionException if the event is not allowed in the state's phase, or a guard
     *                                    refuses it (see {@link IllegalTransitionException#reason()})
     * @throws NullPointerException       if either is null
     */
    Transition<S> apply(S state, E event);

    /**
     * The event types {@link #apply} takes in {@code state}'s phase. An event of another type is always
     * refused; an event of one of these types may still be refused by a guard.
     *
     * @param state the state
     * @return the allowed event types, possibly empty (a final phase)
     */
    Set<Class<? extends E>> allowed(S state);

    /**
     * Whether {@code event}'s type is allowed in {@code state}'s phase (a guard may still refuse it).
     *
     * @param state the state
     * @param event the event
     * @return {@code allowed(state).contains(event.getClass())}
     */
    default boolean permits(S state, E event) {
        return allowed(state).contains(event.getClass());
    }

    /**
     * Applies {@code events} in order, collecting the ledger events of every step.
     *
     * @param state  the state to start from
     * @param events the events, in order
     * @return the last state and all ledger events, in order
     * @throws IllegalTransitionException at the first refused event (nothing of the run is returned)
     */
    default Transition<S> applyAll(S state, List<? extends E> events) {
        S current = state;
        List<LedgerEvent> ledger = new ArrayList<>();
        for (E event : events) {
            Transition<S> step = apply(current, event);
            current = step.state();
            ledger.addAll(step.ledgerEvents());
        }
        return new Transition<>(current, ledger);
    }
}
