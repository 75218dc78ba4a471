package io.github.herenet.helium.recovery;

import io.github.herenet.helium.ledger.LedgerEvent;

import java.util.List;
import java.util.Objects;

/**
 * The result of an accepted event: the new state and the ledger events it implies, in the order they
 * are to be appended (possibly none: a compressor start moves no helium).
 *
 * @param state        the state after the event
 * @param ledgerEvents the ledger events to append, in order
 * @param <S>          the state type
 */
public record Transition<S>(S state, List<LedgerEvent> ledgerEvents) {

    /** @throws NullPointerException if the state or an event is missing */
    public Transition {
        Objects.requireNonNull(state, "state");
        ledgerEvents = List.copyOf(ledgerEvents);
    }

    /**
     * A transition to {@code state} with the given ledger events.
     *
     * @param state        the state after
     * @param ledgerEvents the ledger events, in order
     * @param <S>          the state type
     * @return the transition
     */
    public static <S> Transition<S> to(S state, LedgerEvent... ledgerEvents) {
        return new Transition<>(state, List.of(ledgerEvents));
    }
}
