package io.github.herenet.helium.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.github.herenet.helium.alert.Notification;
import io.github.herenet.helium.alert.NotificationDispatcher;
import io.github.herenet.helium.alert.NotificationException;
import io.github.herenet.helium.alert.NotificationLevel;
import io.github.herenet.helium.alert.NotificationMessages;
import io.github.herenet.helium.alert.NotifierConfig;
import io.github.herenet.helium.alert.NotifierFactory;
import io.github.herenet.helium.json.JsonFormatException;
import io.github.herenet.helium.json.NotifierConfigJson;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmailNotifierTest {
    static final NotificationMessages M = new NotificationMessages(ZoneId.of("Asia/Tokyo"));
    static final Notification BAG = new Notification(NotificationLevel.WARNING, "BAG_NEARLY_FULL", "鳥取大学",
            "NMR 2", "3", 90, "%", 85, Instant.parse("2026-11-23T01:30:00Z"));

    GreenMail mail;

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    SmtpSettings smtp() {
        return SmtpSettings.plain("127.0.0.1", mail.getSmtp().getPort(), Duration.ofSeconds(5));
    }

    @Test
    void sendsJapaneseMailEndToEnd() throws Exception {
        try (EmailNotifier e = new EmailNotifier(smtp(), "helium@example.ac.jp",
                List.of("nmr2@example.ac.jp", "staff@example.ac.jp"), M)) {
            assertThat(e.name()).isEqualTo("email");
            e.send(BAG, Locale.JAPANESE);
        }
        assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] got = mail.getReceivedMessages();
        assertThat(got).hasSize(2);
        MimeMessage m = got[0];
        assertThat(m.getSubject()).isEqualTo("【警告】鳥取大学 NMR 2 ガスバッグ 3 がまもなく満杯（90 %）");
        assertThat(((String) m.getContent()).replace("\r\n", "\n"))
                .startsWith("鳥取大学 NMR 2 のガスバッグ 3 が 90 % になりました（しきい値 85 %、")
                .contains("\n満杯になる前にバッグを交換してください。");
        assertThat(m.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Address::toString))
                .containsExactly("nmr2@example.ac.jp", "staff@example.ac.jp");
        assertThat(m.getFrom()[0].toString()).isEqualTo("helium@example.ac.jp");
        assertThat(m.getHeader("X-Helium-Key")).containsExactly("BAG_NEARLY_FULL");
        assertThat(m.getSentDate().toInstant()).isEqualTo(BAG.time());
    }

    @Test
    void sendsEnglishMail() throws Exception {
        Notification n = new Notification(NotificationLevel.CRITICAL, "OXYGEN_LOW", "Tottori University",
                "NMR room", "B1", 17.5, "%", 18, BAG.time());
        try (EmailNotifier e = new EmailNotifier(smtp(), "helium@example.org", List.of("safety@example.org"), M)) {
            e.send(n, Locale.ENGLISH);
        }
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage m = mail.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("[CRITICAL] Tottori University NMR room: oxygen low (17.5 %)");
        assertThat((String) m.getContent()).contains("is 17.5 %, below 18 %");
    }

    @Test
    void throughTheDispatcher() throws Exception {
        EmailNotifier e = new EmailNotifier(smtp(), "helium@example.ac.jp", List.of("nmr2@example.ac.jp"), M);
        NotificationDispatcher.Route ja = new NotificationDispatcher.Route(Locale.JAPANESE,
                Map.of(NotificationLevel.WARNING, Set.of("email")));
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(e), Map.of(), ja,
                new NotificationDispatcher.Retry(3, Duration.ofMillis(50), Duration.ofMillis(200)), 8)) {
            assertThat(d.dispatch(BAG)).isEqualTo(1);
            assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        }
        assertThat(mail.getReceivedMessages()[0].getSubject()).contains("ガスバッグ 3");
    }

    @Test
    void unreachableServerFailsWithNotificationException() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmailNotifier e = new EmailNotifier(SmtpSettings.plain("127.0.0.1", port, Duration.ofSeconds(1)),
                "helium@example.org", List.of("a@example.org"), M);
        assertThatThrownBy(() -> e.send(BAG, Locale.ENGLISH)).isInstanceOf(NotificationException.class);
        assertThatThrownBy(() -> new EmailNotifier(smtp(), "helium@example.org", List.of(), M))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailNotifier(smtp(), "not an address", List.of("a@example.org"), M))
                .isInstanceOf(IllegalArgumentException.class);
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

    private JsonFormatException configError(String staff) {
        return catchThrowableOfType(JsonFormatException.class,
                () -> NotifierConfigJson.read(new StringReader(config(staff))).close());
    }

    @Test
    void badSettingsAreLocated() {
        assertThat(configError("\"host\": \"h\", \"port\": 70000, \"from\": \"a@b.jp\", \"to\": [\"c@d.jp\"]"))
                .hasMessageStartingWith("/notifiers/staff/port: must be a TCP port from 1 to 65535, got 70000");
        assertThat(configError("\"host\": \"h\", \"from\": \"not an address\", \"to\": [\"c@d.jp\"]"))
                .hasMessageStartingWith("/notifiers/staff/from: must hold e-mail addresses");
        assertThat(configError("\"host\": \"h\", \"from\": \"a@b.jp\", \"to\": []"))
                .hasMessageStartingWith("/notifiers/staff/to: must name at least one");
        assertThat(configError("\"host\": \"h\", \"from\": \"a@b.jp\", \"to\": [\"c@d.jp\"], \"user\": \"x\""))
                .hasMessageStartingWith("/notifiers/staff/user: is not a known field here");
        assertThat(configError("\"host\": \"h\", \"username\": \"x\", \"from\": \"a@b.jp\", \"to\": [\"c@d.jp\"]"))
                .hasMessageStartingWith("/notifiers/staff/password: needs both username and password");
    }
}
