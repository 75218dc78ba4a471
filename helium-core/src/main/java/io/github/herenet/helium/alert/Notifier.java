package io.github.herenet.helium.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * A channel that delivers {@link Notification}s: log, webhook, e-mail, spoken announcement. Implementations
 * with a public no-argument constructor can be registered as services and found with {@link #loadAll()}
 * ({@link ServiceLoader}, on the module path and the class path).
 *
 * <p>{@link #send} may block (network I/O); the {@link NotificationDispatcher} calls each notifier on its
 * own thread, so a slow or failing notifier never holds up the others.
 */
public interface Notifier extends AutoCloseable {

    /**
     * The name sites use to route to this notifier (e.g. "log", "webhook", "email", "spoken").
     *
     * @return a short, stable name
     */
    String name();

    /**
     * Delivers one notification in the given language.
     *
     * @param n      the notification
     * @param locale the language to render it in
     * @throws NotificationException if it could not be delivered (the caller may retry)
     */
    void send(Notification n, Locale locale) throws NotificationException;

    /**
     * Releases the notifier's resources; the default does nothing.
     */
    @Override
    default void close() {
    }

    /**
     * Instantiates every {@code Notifier} service provider visible to this module.
     *
     * @return the providers found, in {@link ServiceLoader} order
     */
    static List<Notifier> loadAll() {
        List<Notifier> all = new ArrayList<>();
        for (Notifier n : ServiceLoader.load(Notifier.class, Notifier.class.getClassLoader())) {
            all.add(n);
        }
        return all;
    }
}
