package io.github.herenet.helium.alert;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A site's notifier configuration: its language, its notifiers by name, and which notifiers each level of
 * notification goes to; read from a file by {@link io.github.herenet.helium.json.NotifierConfigJson}.
 * It holds open notifiers: build the dispatcher with {@link #dispatcher()} (which closes them when it closes),
 * or close them with {@link #close()}.
 *
 * @param language      the site's language
 * @param zone          the time zone the messages show times in
 * @param notifiers     the notifiers by the names the channels use (a notifier whose own
 *                      {@link Notifier#name()} differs is routed under the configured name)
 * @param channels      the notifier names per level; levels absent go nowhere
 * @param retry         the dispatcher's retry settings
 * @param queueCapacity the bound of each notifier's queue, >= 1
 */
public record NotifierConfig(Locale language, ZoneId zone, Map<String, Notifier> notifiers,
                             Map<NotificationLevel, Set<String>> channels, NotificationDispatcher.Retry retry,
                             int queueCapacity) implements AutoCloseable {

    /**
     * Copies the maps and checks that every channel names a notifier.
     *
     * @throws IllegalArgumentException for a channel naming no notifier, or a capacity below 1
     */
    public NotifierConfig {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(retry, "retry");
        Map<String, Notifier> byName = Collections.unmodifiableMap(new LinkedHashMap<>(notifiers));
        Map<NotificationLevel, Set<String>> copy = new EnumMap<>(NotificationLevel.class);
        for (Map.Entry<NotificationLevel, Set<String>> e : channels.entrySet()) {
            for (String name : e.getValue()) {
                if (!byName.containsKey(name)) {
                    throw new IllegalArgumentException("channel " + e.getKey() + " names notifier '" + name
                            + "', which is not configured; notifiers: " + byName.keySet());
                }
            }
            copy.put(e.getKey(), Collections.unmodifiableSet(new LinkedHashSet<>(e.getValue())));
        }
        notifiers = byName;
        channels = Collections.unmodifiableMap(copy);
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be >= 1, got " + queueCapacity);
        }
    }

    /**
     * The route of this site's notifications.
     *
     * @return the language and channels
     */
    public NotificationDispatcher.Route route() {
        return new NotificationDispatcher.Route(language, channels);
    }

    /**
     * A dispatcher sending every notification (whatever its site) by this configuration's route. The
     * dispatcher owns the notifiers from then on: closing it closes them.
     *
     * @return the dispatcher
     */
    public NotificationDispatcher dispatcher() {
        List<Notifier> named = new ArrayList<>();
        notifiers.forEach((name, n) -> named.add(n.name().equals(name) ? n : new NamedNotifier(name, n)));
        return new NotificationDispatcher(named, Map.of(), route(), retry, queueCapacity);
    }

    /** Closes the notifiers (when no dispatcher was built). */
    @Override
    public void close() {
        notifiers.values().forEach(Notifier::close);
    }

    /** A notifier routed under another name than its own. */
    private record NamedNotifier(String name, Notifier delegate) implements Notifier {

        @Override
        public void send(Notification n, Locale locale) throws NotificationException {
            delegate.send(n, locale);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
