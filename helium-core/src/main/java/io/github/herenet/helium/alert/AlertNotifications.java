package io.github.herenet.helium.alert;

import java.util.Objects;
import java.util.function.Function;

/**
 * Connects an {@link AlertEngine} to a {@link NotificationDispatcher}: every alert raised, re-notified
 * or escalated becomes a {@link Notification} in the site's language and channels. Acknowledgements and
 * clearances are recorded by the engine (and the ledger) but not announced.
 *
 * <pre>{@code
 * engine.addListener(new AlertNotifications(dispatcher, subject -> new AlertNotifications.Subject(
 *         "鳥取大学", "NMR 2", "3", "%")));
 * }</pre>
 *
 * The directory turns an alert's subject ({@code connection-uri/channel}) into the names people know
 * (site, lab or device, vessel) and the unit of its values. Thread-safe when the directory is.
 */
public final class AlertNotifications implements AlertListener {

    /**
     * What people call the thing an alert is about.
     *
     * @param site   the site's display name (it also picks the dispatcher's route)
     * @param source the lab or device, e.g. "NMR 2"
     * @param target the vessel or part, e.g. "3" for gas bag 3; may be empty
     * @param unit   the unit of the alert's value and threshold
     */
    public record Subject(String site, String source, String target, String unit) {
        /** @throws NullPointerException if a part is missing */
        public Subject {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(unit, "unit");
        }
    }

    private final NotificationDispatcher dispatcher;
    private final Function<String, Subject> directory;

    /**
     * @param dispatcher where notifications go
     * @param directory  names and unit for an alert subject
     */
    public AlertNotifications(NotificationDispatcher dispatcher, Function<String, Subject> directory) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public void onAlert(Alert alert, AlertEvent event) {
        if (event == AlertEvent.RAISED || event == AlertEvent.RENOTIFIED || event == AlertEvent.ESCALATED) {
            dispatcher.dispatch(notification(alert, directory.apply(alert.subject())));
        }
    }

    /** The notification that announces {@code alert}, named as {@code subject} says. */
    public static Notification notification(Alert alert, Subject subject) {
        return new Notification(NotificationLevel.valueOf(alert.severity().name()), alert.kind().name(),
                subject.site(), subject.source(), subject.target(), alert.value(), subject.unit(), alert.threshold(),
                alert.raisedAt(), alert.detail());
    }
}
