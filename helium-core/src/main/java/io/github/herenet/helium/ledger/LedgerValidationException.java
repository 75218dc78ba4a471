package io.github.herenet.helium.ledger;

/**
 * An event that does not fit the ledger: an unknown id, a dewar returned that was never delivered, a
 * meter running backwards, an event older than the last one. Nothing of the batch it came in was
 * recorded. The message names the event and what is wrong.
 */
public final class LedgerValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient LedgerEvent event;

    LedgerValidationException(LedgerEvent event, String problem) {
        super(event.getClass().getSimpleName() + " at " + event.time() + ": " + problem);
        this.event = event;
    }

    /** The event that was refused. */
    public LedgerEvent event() {
        return event;
    }
}
