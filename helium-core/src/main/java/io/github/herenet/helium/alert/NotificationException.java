package io.github.herenet.helium.alert;

/**
 * A {@link Notifier} could not deliver a {@link Notification}; the dispatcher retries it with back-off.
 */
public class NotificationException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     */
    public NotificationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public NotificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
