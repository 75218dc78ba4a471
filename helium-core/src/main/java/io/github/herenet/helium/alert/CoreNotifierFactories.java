package io.github.herenet.helium.alert;

import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The {@link NotifierFactory} services of helium-core:
 * <ul>
 * <li>{@code log}: {@link LogNotifier}; setting {@code logger} (default
 * {@code io.github.herenet.helium.alert.notifications}).</li>
 * <li>{@code webhook}: {@link WebhookNotifier}; settings {@code url} (http or https, required),
 * {@code connectTimeout} (default {@code PT5S}), {@code timeout} (default {@code PT10S}).</li>
 * <li>{@code spoken}: {@link SpokenNotifier} on an {@link HttpSpeechSink}; the same settings, {@code url}
 * being the speaker bridge.</li>
 * </ul>
 */
public final class CoreNotifierFactories {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration REQUEST = Duration.ofSeconds(10);

    private CoreNotifierFactories() {
    }

    /** The {@code log} type. */
    public static final class Log implements NotifierFactory {
        /** The service constructor. */
        public Log() {
        }

        /** {@inheritDoc} */
        @Override
        public String type() {
            return "log";
        }

        /** {@inheritDoc} */
        @Override
        public Notifier create(NotifierSettings s) {
            return new LogNotifier(LoggerFactory.getLogger(s.string("logger",
                    "io.github.herenet.helium.alert.notifications")), s.messages());
        }
    }

    /** The {@code webhook} type. */
    public static final class Webhook implements NotifierFactory {
        /** The service constructor. */
        public Webhook() {
        }

        /** {@inheritDoc} */
        @Override
        public String type() {
            return "webhook";
        }

        /** {@inheritDoc} */
        @Override
        public Notifier create(NotifierSettings s) {
            return new WebhookNotifier(s.httpUrl("url"), s.duration("connectTimeout", CONNECT),
                    s.duration("timeout", REQUEST), s.messages());
        }
    }

    /** The {@code spoken} type. */
    public static final class Spoken implements NotifierFactory {
        /** The service constructor. */
        public Spoken() {
        }

        /** {@inheritDoc} */
        @Override
        public String type() {
            return "spoken";
        }

        /** {@inheritDoc} */
        @Override
        public Notifier create(NotifierSettings s) {
            return new SpokenNotifier(new HttpSpeechSink(s.httpUrl("url"), s.duration("connectTimeout", CONNECT),
                    s.duration("timeout", REQUEST)), s.messages());
        }
    }
}
