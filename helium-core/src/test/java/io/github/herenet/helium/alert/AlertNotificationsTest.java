package io.github.herenet.helium.alert;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A bag reading crosses its limit and the site hears it, in Japanese, through the spoken notifier. */
class AlertNotificationsTest {

    @Test
    void aRaisedAlertIsAnnouncedInTheSitesLanguage() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"));
        Rule nearlyFull = new Rule.Threshold("bag-nearly-full", "*/level", AlertKind.BAG_NEARLY_FULL,
                Severity.WARNING, Rule.Direction.ABOVE, 90, 5, 1);
        List<String> said = new CopyOnWriteArrayList<>();
        NotificationMessages messages = new NotificationMessages(ZoneId.of("Asia/Tokyo"));
        NotificationDispatcher.Route japanese = new NotificationDispatcher.Route(Locale.JAPANESE,
                Map.of(NotificationLevel.WARNING, Set.of("spoken"), NotificationLevel.CRITICAL, Set.of("spoken")));
        try (NotificationDispatcher dispatcher = new NotificationDispatcher(
                List.of(new SpokenNotifier((text, locale) -> said.add(text), messages)), Map.of("鳥取大学", japanese),
                japanese, new NotificationDispatcher.Retry(1, Duration.ZERO, Duration.ZERO), 16)) {
            AlertEngine engine = new AlertEngine(List.of(nearlyFull), clock, new AlertEngine.Settings(
                    Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofMinutes(1)), null);
            engine.addListener(new AlertNotifications(dispatcher,
                    subject -> new AlertNotifications.Subject("鳥取大学", "NMR 2", "3", "%")));
            engine.onReading("modbus-tcp://bag-3:502", new Reading("level", 89, "%", Quality.GOOD, clock.instant()));
            engine.onReading("modbus-tcp://bag-3:502", new Reading("level", 90, "%", Quality.GOOD, clock.instant()));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (said.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertThat(said).containsExactly("鳥取大学 NMR 2 のガスバッグ 3 が 90 % になりました。交換してください。");
    }
}
