package io.github.herenet.helium.ledger;

/** A ledger store could not read or write: the disk, the database or the connection failed. */
public final class LedgerStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message saying what failed and the cause. */
    public LedgerStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a message saying what failed. */
    public LedgerStoreException(String message) {
        super(message);
    }
}
