package io.github.herenet.helium.alert.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.herenet.helium.alert.Notification;
import io.github.herenet.helium.alert.NotificationDispatcher;
import io.github.herenet.helium.alert.NotificationLevel;
import io.github.herenet.helium.alert.NotifierConfig;
import io.github.herenet.helium.alert.NotifierFactory;
import io.github.herenet.helium.json.JsonFormatException;
import io.github.herenet.helium.json.NotifierConfigJson;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The {@code email} notifier type of a site's JSON notifier configuration, found as a service. */
class EmailNotifierConfigTest {

    private GreenMail mail;

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    private String config(String staff) {
        return "{\"language\": \"ja\", \"zone\": \"Asia/Tokyo\", \"notifiers\": {\"staff\": {\"type\": \"email\", "
                + staff + "}}, \"channels\": {\"CRITICAL\": [\"staff\"]}}";
    }

    private String server() {
        return "\"host\": \"127.0.0.1\", \"port\": " + mail.getSmtp().getPort() + ", \"timeout\": \"PT5S\", ";
    }

    @Test
    void emailTypeIsAServiceAndSendsTheSitesMail() throws Exception {
        assertThat(NotifierFactory.loadAll()).extracting(NotifierFactory::type).contains("email", "webhook", "log");
        NotifierConfig config = NotifierConfigJson.read(new StringReader(config(server()
                + "\"from\": \"helium@example.ac.jp\", \"to\": [\"staff@example.ac.jp\"]")));
        try (NotificationDispatcher d = config.dispatcher()) {
            d.dispatch(new Notification(NotificationLevel.CRITICAL, "COMPRESSOR_FAULT", "鳥取大学", "液化室", "CPA-1",
                    1024, "", 0, Instant.parse("2026-11-23T01:30:00Z"), "high pressure high"));
            d.dispatch(new Notification(NotificationLevel.WARNING, "BAG_NEARLY_FULL", "鳥取大学", "NMR 2", "3", 90,
                    "%", 85, Instant.parse("2026-11-23T01:30:00Z")));
            d.close(Duration.ofSeconds(10));
        }
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] got = mail.getReceivedMessages();
        assertThat(got).hasSize(1);
        assertThat(got[0].getSubject()).contains("圧縮機");
        assertThat((String) got[0].getContent()).contains("high pressure high");
    }

    @Test
    void badSettingsAreLocated() {
        assertThat(catchThrowableOfType(JsonFormatException.class, () -> NotifierConfigJson.read(new StringReader(
                config("\"host\": \"h\", \"port\": 70000, \"from\": \"a@b.jp\", \"to\": [\"c@d.jp\"]")))))
                .hasMessageStartingWith("/notifiers/staff/port: must be a TCP port from 1 to 65535, got 70000");
        assertThat(catchThrowableOfType(JsonFormatException.class, () -> NotifierConfigJson.read(new StringReader(
                config("\"host\": \"h\", \"from\": \"not an address\", \"to\": [\"c@d.jp\"]")))))
                .hasMessageStartingWith("/notifiers/staff/from: must hold e-mail addresses");
        assertThat(catchThrowableOfType(JsonFormatException.class, () -> NotifierConfigJson.read(new StringReader(
                config("\"host\": \"h\", \"from\": \"a@b.jp\", \"to\": []")))))
                .hasMessageStartingWith("/notifiers/staff/to: must name at least one");
        assertThat(catchThrowableOfType(JsonFormatException.class, () -> NotifierConfigJson.read(new StringReader(
                config("\"host\": \"h\", \"from\": \"a@b.jp\", \"to\": [\"c@d.jp\"], \"user\": \"x\"")))))
                .hasMessageStartingWith("/notifiers/staff/user: is not a known field here");
        assertThat(catchThrowableOfType(JsonFormatException.class, () -> NotifierConfigJson.read(new StringReader(
                config("\"host\": \"h\", \"username\": \"x\", \"from\": \"a@b.jp\", \"to\": [\"c@d.jp\"]")))))
                .hasMessageStartingWith("/notifiers/staff/password: needs both username and password");
    }
}
