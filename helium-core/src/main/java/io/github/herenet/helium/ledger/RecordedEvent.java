package io.github.herenet.helium.ledger;

import java.util.Objects;

/**
 * An event as the ledger holds it: with the sequence number it was given on append (1, 2, 3, ... with
 * no gaps).
 *
 * @param sequence position in the ledger, from 1
 * @param event    the event
 */
public record RecordedEvent(long sequence, LedgerEvent event) {

    /** @throws IllegalArgumentException for a sequence below 1; NullPointerException without an event */
    public RecordedEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1, got " + sequence);
        }
        Objects.requireNonNull(event, "event");
    }
}
