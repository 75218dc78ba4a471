package io.github.herenet.helium.alert;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the short spoken form of a notification ({@link NotificationMessages#spoken}) and hands it to
 * a {@link SpeechSink}, e.g. "鳥取大学 NMR 2 のガスバッグ 3 が 90 % になりました。交換してください。".
 */
public final class SpokenNotifier implements Notifier {
    private final SpeechSink sink;
    private final NotificationMessages messages;

    /**
     * Creates the notifier.
     *
     * @param sink     where the sentences go
     * @param messages renders the sentences
     */
    public SpokenNotifier(SpeechSink sink, NotificationMessages messages) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "spoken";
    }

    /** {@inheritDoc} */
    @Override
    public void send(Notification n, Locale locale) throws NotificationException {
        try {
            sink.speak(messages.spoken(n, locale), locale);
        } catch (IOException | RuntimeException e) {
            throw new NotificationException("speech sink failed: " + e.getMessage(), e);
        }
    }
}
