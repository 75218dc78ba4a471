package io.github.herenet.helium.alert;

import java.time.ZoneId;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes notifications to slf4j (logger {@code io.github.herenet.helium.alert.notifications}): INFO at info,
 * WARNING at warn, CRITICAL at error. Registered as a {@link Notifier} service.
 */
public final class LogNotifier implements Notifier {
    private final Logger log;
    private final NotificationMessages messages;

    /**
     * Creates a log notifier with the default logger and messages in Asia/Tokyo time (the service
     * constructor).
     */
    public LogNotifier() {
        this(LoggerFactory.getLogger("io.github.herenet.helium.alert.notifications"),
                new NotificationMessages(ZoneId.of("Asia/Tokyo")));
    }

    /**
     * Creates a log notifier.
     *
     * @param log      the logger to write to
     * @param messages renders the messages
     */
    public LogNotifier(Logger log, NotificationMessages messages) {
        this.log = log;
        this.messages = messages;
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "log";
    }

    /** {@inheritDoc} */
    @Override
    public void send(Notification n, Locale locale) {
        String line = messages.subject(n, locale) + " | " + messages.body(n, locale);
        switch (n.level()) {
            case INFO -> log.info(line);
            case WARNING -> log.warn(line);
            case CRITICAL -> log.error(line);
            default -> throw new IllegalStateException(n.level().toString());
        }
    }
}
