package io.github.herenet.helium.json;

import com.sun.net.httpserver.HttpServer;
import io.github.herenet.helium.alert.NotificationDispatcher;
import io.github.herenet.helium.alert.Notification;
import io.github.herenet.helium.alert.NotificationLevel;
import io.github.herenet.helium.alert.Notifier;
import io.github.herenet.helium.alert.NotifierConfig;
import io.github.herenet.helium.alert.NotifierFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A site's notifier configuration read from JSON, end to end against a webhook and a speaker on loopback. */
class NotifierConfigJsonTest {

    private HttpServer server;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String path : new String[] {"/hook", "/speak"}) {
            server.createContext(path, exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(path + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                        + exchange.getRequestHeaders().getFirst("Content-Language") + " " + body);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
        }
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String config(String notifiers, String channels) {
        return "{\"language\": \"ja\", \"zone\": \"Asia/Tokyo\", \"notifiers\": {" + notifiers + "},"
                + " \"channels\": {" + channels + "}}";
    }

    private static NotifierConfig read(String json) throws IOException {
        return NotifierConfigJson.read(new StringReader(json));
    }

    private static JsonFormatException error(String json) {
        return catchThrowableOfType(JsonFormatException.class, () -> read(json).close());
    }

    @Test
    void webhookAndSpeakerReceiveTheSitesNotificationsInItsLanguage() throws Exception {
        String json = config("\"log\": {\"type\": \"log\"},"
                + " \"chat\": {\"type\": \"webhook\", \"url\": \"" + base() + "/hook\", \"timeout\": \"PT5S\"},"
                + " \"speaker\": {\"type\": \"spoken\", \"url\": \"" + base() + "/speak\"}",
                "\"INFO\": [\"log\"], \"WARNING\": [\"log\", \"chat\"], \"CRITICAL\": [\"chat\", \"speaker\"]");
        NotifierConfig config = read(json);
        assertThat(config.language()).isEqualTo(Locale.JAPANESE);
        assertThat(config.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(config.notifiers().keySet()).containsExactly("log", "chat", "speaker");
        assertThat(config.channels().get(NotificationLevel.CRITICAL)).containsExactly("chat", "speaker");
        assertThat(config.retry()).isEqualTo(NotifierConfigJson.DEFAULT_RETRY);
        try (NotificationDispatcher dispatcher = config.dispatcher()) {
            Instant t = Instant.parse("2026-11-23T01:30:00Z");
            assertThat(dispatcher.dispatch(new Notification(NotificationLevel.WARNING, "BAG_NEARLY_FULL", "鳥取大学",
                    "NMR 2", "3", 90, "%", 85, t))).isEqualTo(2);
            String hook = received.poll(10, TimeUnit.SECONDS);
            assertThat(hook).startsWith("/hook application/json; charset=utf-8 ja ")
                    .contains("\"spoken\":\"鳥取大学 NMR 2 のガスバッグ 3 が 90 % になりました。交換してください。\"");
            dispatcher.dispatch(new Notification(NotificationLevel.CRITICAL, "QUENCH", "鳥取大学", "NMR 2", "", 20,
                    "%", 2, t));
            List<String> both = List.of(received.poll(10, TimeUnit.SECONDS), received.poll(10, TimeUnit.SECONDS));
            assertThat(both).anySatisfy(s -> assertThat(s).startsWith("/speak text/plain; charset=utf-8 ja ")
                    .contains("クエンチ"));
            assertThat(both).anySatisfy(s -> assertThat(s).startsWith("/hook "));
            dispatcher.close(Duration.ofSeconds(5));
            assertThat(dispatcher.failed()).isZero();
        }
    }

    @Test
    void defaultsAndFactoriesFromServices() throws IOException {
        assertThat(NotifierFactory.loadAll()).extracting(NotifierFactory::type)
                .contains("log", "webhook", "spoken");
        try (NotifierConfig c = read("{\"language\": \"en\", \"notifiers\": {}, \"channels\": {},"
                + " \"retry\": {\"maxAttempts\": 5}, \"queueCapacity\": 7}")) {
            assertThat(c.zone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(c.retry().maxAttempts()).isEqualTo(5);
            assertThat(c.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(1));
            assertThat(c.queueCapacity()).isEqualTo(7);
            assertThat(c.channels()).isEmpty();
        }
    }

    @Test
    void mistakesAreRefusedWhereTheyAre() {
        String hook = "\"chat\": {\"type\": \"webhook\", \"url\": \"" + base() + "/hook\"";
        assertThat(error(config(hook + ", \"colour\": \"red\"}", "")))
                .hasMessageStartingWith("/notifiers/chat/colour: is not a known field here; known fields: type, url,");
        assertThat(error(config("\"chat\": {\"type\": \"webhook\", \"url\": \"ftp://example.org/x\"}", "")))
                .hasMessageStartingWith("/notifiers/chat/url: must be an absolute http or https URL")
                .hasMessageContaining("\"ftp://example.org/x\"");
        assertThat(error(config("\"chat\": {\"type\": \"webhook\", \"url\": \"http:// bad\"}", "")))
                .hasMessageStartingWith("/notifiers/chat/url: must be an absolute http or https URL");
        assertThat(error(config("\"x\": {\"type\": \"pager\"}", "")))
                .hasMessageStartingWith("/notifiers/x/type: must be one of ").hasMessageContaining("\"pager\"");
        assertThat(error(config("\"x\": {\"type\": \"email\"}", "")))
                .hasMessageContaining("e-mail needs helium-notify");
        assertThat(error(config(hook + "}", "\"WARNING\": [\"chat\", \"pager\"]")))
                .hasMessageStartingWith("/channels/WARNING/1: names no notifier; notifiers: chat");
        assertThat(error(config(hook + "}", "\"LOUD\": [\"chat\"]")))
                .hasMessageStartingWith("/channels/LOUD: is not a level; levels: INFO, WARNING, CRITICAL");
        assertThat(error(config(hook + ", \"timeout\": \"10s\"}", "")))
                .hasMessageStartingWith("/notifiers/chat/timeout: must be an ISO-8601 duration");
        assertThat(error("{\"language\": \"\", \"notifiers\": {}, \"channels\": {}}"))
                .hasMessageStartingWith("/language: must be a BCP 47 language tag");
        assertThat(error("{\"language\": \"ja\", \"zone\": \"Mars/Olympus\", \"notifiers\": {}, \"channels\": {}}"))
                .hasMessageStartingWith("/zone: must be a time zone");
        assertThat(error("{\"language\": \"ja\", \"notifiers\": {}, \"channels\": {}, \"queueCapacity\": 0}"))
                .hasMessageStartingWith("/queueCapacity: must be at least 1");
        assertThat(error("{\"language\": \"ja\", \"notifiers\": {}, \"channels\": {}, \"sites\": 1}"))
                .hasMessageStartingWith("/sites: is not a known field here");
    }

    @Test
    void notifiersMadeBeforeAnErrorAreClosed() {
        boolean[] closed = {false};
        NotifierFactory probe = new NotifierFactory() {
            @Override
            public String type() {
                return "probe";
            }

            @Override
            public Notifier create(io.github.herenet.helium.alert.NotifierSettings s) {
                return new Notifier() {
                    @Override
                    public String name() {
                        return "probe";
                    }

                    @Override
                    public void send(Notification n, Locale locale) {
                    }

                    @Override
                    public void close() {
                        closed[0] = true;
                    }
                };
            }
        };
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> NotifierConfigJson.read(
                new StringReader(config("\"p\": {\"type\": \"probe\"}", "\"INFO\": [\"q\"]")), List.of(probe)));
        assertThat(e).hasMessageStartingWith("/channels/INFO/0:");
        assertThat(closed[0]).isTrue();
        assertThat(e.pointer()).contains("/channels/INFO/0");
    }
}
