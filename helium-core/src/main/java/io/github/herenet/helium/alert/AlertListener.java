package io.github.herenet.helium.alert;

/**
 * Receives the notifications of an {@link AlertEngine}. Called outside the engine's lock, possibly from
 * several threads; an exception it throws is caught and logged, never stopping the engine.
 */
@FunctionalInterface
public interface AlertListener {

    /**
     * One notification.
     *
     * @param alert the alert as it is after the change
     * @param event what happened to it
     */
    void onAlert(Alert alert, AlertEvent event);
}
