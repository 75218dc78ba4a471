package io.github.herenet.helium.alert;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** The one HTTP POST the webhook notifier and the HTTP speech sink make: a body, a deadline, a 2xx answer. */
final class HttpPost {

    private final URI uri;
    private final Duration requestTimeout;
    private final HttpClient client;

    HttpPost(URI uri, Duration connectTimeout, Duration requestTimeout) {
        this.uri = uri;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI uri() {
        return uri;
    }

    /**
     * Posts {@code body} as UTF-8.
     *
     * @throws IOException if the endpoint cannot be reached, times out or answers other than 2xx; an
     *                     {@link InterruptedIOException} (with the interrupt flag set again) if interrupted
     */
    void send(String contentType, String body, Locale locale) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Content-Type", contentType + "; charset=utf-8")
                .header("Content-Language", locale.toLanguageTag())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while posting to " + uri);
            io.initCause(e);
            throw io;
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new IOException(uri + " answered HTTP " + status + " (expected 2xx)");
        }
    }
}
