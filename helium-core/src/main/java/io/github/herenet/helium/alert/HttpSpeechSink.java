package io.github.herenet.helium.alert;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link SpeechSink} that POSTs each sentence as UTF-8 {@code text/plain}, with its language in
 * {@code Content-Language}, to a smart-speaker bridge or text-to-speech service (e.g. a WAN-WAN-style
 * announcer on the site's network). Any answer other than 2xx is a failure. Thread-safe.
 */
public final class HttpSpeechSink implements SpeechSink {

    private final HttpPost post;

    /**
     * Creates the sink.
     *
     * @param uri            the endpoint, http or https
     * @param connectTimeout how long to wait for the connection
     * @param requestTimeout how long to wait for the answer
     */
    public HttpSpeechSink(URI uri, Duration connectTimeout, Duration requestTimeout) {
        this.post = new HttpPost(Objects.requireNonNull(uri, "uri"), Objects.requireNonNull(connectTimeout,
                "connectTimeout"), Objects.requireNonNull(requestTimeout, "requestTimeout"));
    }

    /** {@inheritDoc} */
    @Override
    public void speak(String text, Locale locale) throws IOException {
        post.send("text/plain", text, locale);
    }
}
