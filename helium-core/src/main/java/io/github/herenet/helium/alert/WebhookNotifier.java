package io.github.herenet.helium.alert;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;

/**
 * POSTs a notification as a JSON object to an HTTP endpoint (chat services, smart-speaker bridges such as
 * WAN-WAN): {@code level, key, site, source, target, value, unit, threshold, detail, time, locale, subject,
 * body, spoken} ({@code value}/{@code threshold} omitted when NaN, {@code detail} when empty). Any status
 * other than 2xx is a failure.
 */
public final class WebhookNotifier implements Notifier {
    private final HttpPost post;
    private final NotificationMessages messages;

    /**
     * Creates the notifier.
     *
     * @param uri            the endpoint
     * @param connectTimeout how long to wait for the connection
     * @param requestTimeout how long to wait for the response
     * @param messages       renders the texts put in the body
     */
    public WebhookNotifier(URI uri, Duration connectTimeout, Duration requestTimeout,
                           NotificationMessages messages) {
        this.post = new HttpPost(Objects.requireNonNull(uri, "uri"), Objects.requireNonNull(connectTimeout,
                "connectTimeout"), Objects.requireNonNull(requestTimeout, "requestTimeout"));
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "webhook";
    }

    /**
     * The JSON body sent for a notification.
     *
     * @param n      the notification
     * @param locale the language of the texts
     * @return the JSON text
     */
    public String json(Notification n, Locale locale) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("level", n.level().name())
                .add("key", n.key())
                .add("site", n.site())
                .add("source", n.source())
                .add("target", n.target());
        if (!Double.isNaN(n.value())) {
            b.add("value", n.value());
        }
        b.add("unit", n.unit());
        if (!Double.isNaN(n.threshold())) {
            b.add("threshold", n.threshold());
        }
        if (!n.detail().isEmpty()) {
            b.add("detail", n.detail());
        }
        b.add("time", n.time().toString())
                .add("locale", locale.toLanguageTag())
                .add("subject", messages.subject(n, locale))
                .add("body", messages.body(n, locale))
                .add("spoken", messages.spoken(n, locale));
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriter(out)) {
            w.writeObject(b.build());
        }
        return out.toString();
    }

    /** {@inheritDoc} */
    @Override
    public void send(Notification n, Locale locale) throws NotificationException {
        try {
            post.send("application/json", json(n, locale), locale);
        } catch (IOException e) {
            throw new NotificationException("webhook " + post.uri() + " failed: " + e, e);
        }
    }
}
