package io.github.herenet.helium.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;

class NotifiersTest {
    static final NotificationMessages M = new NotificationMessages(ZoneId.of("Asia/Tokyo"));
    static final Notification BAG = new Notification(NotificationLevel.WARNING, "BAG_NEARLY_FULL", "鳥取大学",
            "NMR 2", "3", 90, "%", 85, Instant.parse("2026-11-23T01:30:00Z"));

    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI serve(AtomicInteger status, List<String> bodies, List<String> types) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            types.add(ex.getRequestHeaders().getFirst("Content-Type") + " " + ex.getRequestMethod());
            ex.sendResponseHeaders(status.get(), -1);
            ex.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @Test
    void webhookPostsJsonToALoopbackServer() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> types = new CopyOnWriteArrayList<>();
        URI uri = serve(new AtomicInteger(204), bodies, types);
        try (WebhookNotifier w = new WebhookNotifier(uri, Duration.ofSeconds(2), Duration.ofSeconds(2), M)) {
            assertThat(w.name()).isEqualTo("webhook");
            w.send(BAG, Locale.JAPANESE);
        }
        assertThat(bodies).hasSize(1);
        assertThat(types.get(0)).startsWith("application/json").endsWith("POST");
        JsonObject o = Json.createReader(new StringReader(bodies.get(0))).readObject();
        assertThat(o.getString("key")).isEqualTo("BAG_NEARLY_FULL");
        assertThat(o.getString("level")).isEqualTo("WARNING");
        assertThat(o.getString("site")).isEqualTo("鳥取大学");
        assertThat(o.getJsonNumber("value").doubleValue()).isEqualTo(90);
        assertThat(o.getJsonNumber("threshold").doubleValue()).isEqualTo(85);
        assertThat(o.getString("locale")).isEqualTo("ja");
        assertThat(o.getString("time")).isEqualTo("2026-11-23T01:30:00Z");
        assertThat(o.getString("spoken")).isEqualTo("鳥取大学 NMR 2 のガスバッグ 3 が 90 % になりました。交換してください。");
        assertThat(o.getString("subject")).contains("ガスバッグ 3");
    }

    @Test
    void webhookErrorStatusAndUnreachableServerFail() throws Exception {
        URI uri = serve(new AtomicInteger(500), new ArrayList<>(), new ArrayList<>());
        try (WebhookNotifier w = new WebhookNotifier(uri, Duration.ofSeconds(2), Duration.ofSeconds(2), M)) {
            assertThatThrownBy(() -> w.send(BAG, Locale.ENGLISH)).isInstanceOf(NotificationException.class)
                    .hasMessageContaining("500");
        }
        int port = server.getAddress().getPort();
        server.stop(0);
        server = null;
        URI dead = URI.create("http://127.0.0.1:" + port + "/hook");
        try (WebhookNotifier w = new WebhookNotifier(dead, Duration.ofSeconds(1), Duration.ofSeconds(1), M)) {
            assertThatThrownBy(() -> w.send(BAG, Locale.ENGLISH)).isInstanceOf(NotificationException.class);
        }
    }

    @Test
    void webhookTimesOutOnASilentServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow");
        long t0 = System.nanoTime();
        try (WebhookNotifier w = new WebhookNotifier(uri, Duration.ofSeconds(1), Duration.ofMillis(300), M)) {
            assertThatThrownBy(() -> w.send(BAG, Locale.ENGLISH)).isInstanceOf(NotificationException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void spokenNotifierHandsTheSentenceToTheSink() throws Exception {
        List<String> said = new ArrayList<>();
        try (SpokenNotifier s = new SpokenNotifier((text, locale) -> said.add(locale + ":" + text), M)) {
            assertThat(s.name()).isEqualTo("spoken");
            s.send(BAG, Locale.JAPANESE);
            s.send(new Notification(NotificationLevel.WARNING, "BAG_NEARLY_FULL", "Tottori University", "NMR 2", "3",
                    90, "%", 85, BAG.time()), Locale.ENGLISH);
        }
        assertThat(said).containsExactly("ja:鳥取大学 NMR 2 のガスバッグ 3 が 90 % になりました。交換してください。",
                "en:Tottori University NMR 2: gas bag 3 is at 90 %. Please swap it.");
        SpokenNotifier broken = new SpokenNotifier((text, locale) -> {
            throw new IOException("speaker offline");
        }, M);
        assertThatThrownBy(() -> broken.send(BAG, Locale.JAPANESE)).isInstanceOf(NotificationException.class)
                .hasMessageContaining("speaker offline");
    }

    @Test
    void logNotifierLogsAtTheLevelOfTheNotification() {
        List<String> lines = new ArrayList<>();
        AbstractLogger logger = new AbstractLogger() {
            private static final long serialVersionUID = 1L;

            @Override
            protected String getFullyQualifiedCallerName() {
                return null;
            }

            @Override
            protected void handleNormalizedLoggingCall(Level level, Marker marker, String msg, Object[] args,
                                                       Throwable t) {
                lines.add(level + " " + MessageFormatter.basicArrayFormat(msg, args));
            }

            @Override public boolean isTraceEnabled() { return true; }
            @Override public boolean isTraceEnabled(Marker m) { return true; }
            @Override public boolean isDebugEnabled() { return true; }
            @Override public boolean isDebugEnabled(Marker m) { return true; }
            @Override public boolean isInfoEnabled() { return true; }
            @Override public boolean isInfoEnabled(Marker m) { return true; }
            @Override public boolean isWarnEnabled() { return true; }
            @Override public boolean isWarnEnabled(Marker m) { return true; }
            @Override public boolean isErrorEnabled() { return true; }
            @Override public boolean isErrorEnabled(Marker m) { return true; }
        };
        LogNotifier log = new LogNotifier(logger, M);
        log.send(BAG, Locale.JAPANESE);
        log.send(new Notification(NotificationLevel.CRITICAL, "QUENCH", "Uni", "NMR 1", "", 10, "%", 50, BAG.time()),
                Locale.ENGLISH);
        log.send(new Notification(NotificationLevel.INFO, "DEVICE_STALE", "Uni", "Meter", "", Double.NaN, "",
                Double.NaN, BAG.time()), Locale.ENGLISH);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("WARN 【警告】鳥取大学 NMR 2 ガスバッグ 3");
        assertThat(lines.get(1)).startsWith("ERROR [CRITICAL] Uni NMR 1: magnet quench");
        assertThat(lines.get(2)).startsWith("INFO [INFO] Uni Meter: no data");
    }

    @Test
    void logNotifierIsAService() {
        assertThat(Notifier.loadAll()).extracting(Notifier::name).contains("log");
        new LogNotifier().send(BAG, Locale.ENGLISH);
    }
}
