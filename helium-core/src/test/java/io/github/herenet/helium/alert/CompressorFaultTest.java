package io.github.herenet.helium.alert;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The compressor fault / interlock rule over the Cryomech CPA status channels. */
class CompressorFaultTest {

    private static final String CPA = "modbus-tcp://cpa-1:502";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));

    private AlertEngine engine(Rule... rules) {
        return new AlertEngine(List.of(rules), clock,
                new AlertEngine.Settings(Duration.ofHours(1), Duration.ofHours(2), Duration.ZERO), null);
    }

    private void read(AlertEngine e, String channel, double value) {
        e.onReading(CPA, new Reading(channel, value, "", Quality.GOOD, clock.instant()));
    }

    @Test
    void alarmBitsRaiseAfterTheDebounceAndClearWhenGone() {
        AlertEngine e = engine(new Rule.CompressorFault("cpa", CPA + "/*", Severity.CRITICAL, 2));
        read(e, "alarms", 0);
        read(e, "coolantInTemperature", 120);
        read(e, "alarms", 1024 + 16);
        assertThat(e.openAlerts()).isEmpty();
        read(e, "alarms", 1024 + 16);
        assertThat(e.openAlerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.COMPRESSOR_FAULT);
            assertThat(a.subject()).isEqualTo(CPA + "/alarms");
            assertThat(a.value()).isEqualTo(1040);
            assertThat(a.detail()).isEqualTo("oil high, high pressure high");
        });
        read(e, "alarms", 0);
        assertThat(e.openAlerts()).hasSize(1);
        read(e, "alarms", 0);
        assertThat(e.openAlerts()).isEmpty();
    }

    @Test
    void faultStatesAndWarningsAreSeparateAlerts() {
        AlertEngine e = engine(new Rule.CompressorFault("cpa", CPA + "/*", Severity.WARNING, 1));
        read(e, "operatingState", 3);
        read(e, "warnings", 0);
        assertThat(e.openAlerts()).isEmpty();
        read(e, "operatingState", 6);
        read(e, "warnings", -524288); // the panel may report the word negated
        assertThat(e.openAlerts()).extracting(Alert::subject, Alert::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CPA + "/operatingState", "operating state 6"),
                org.assertj.core.groups.Tuple.tuple(CPA + "/warnings", "cold head motor stall"));
        read(e, "operatingState", 15); // recovered from error
        assertThat(e.openAlerts()).extracting(Alert::subject).containsExactly(CPA + "/warnings");
    }

    @Test
    void ownFaultStatesAndHoldFor() {
        AlertEngine e = engine(new Rule.CompressorFault("cpa", CPA + "/operatingState", Severity.CRITICAL,
                Set.of(7), 1, Duration.ofSeconds(30)));
        read(e, "operatingState", 6);
        clock.advance(Duration.ofMinutes(5));
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
        read(e, "operatingState", 7);
        clock.advance(Duration.ofSeconds(29));
        e.tick();
        assertThat(e.openAlerts()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        e.tick();
        assertThat(e.openAlerts()).hasSize(1);
    }

    @Test
    void decodesBitsAndUnknownBits() {
        assertThat(Rule.CompressorFault.decode(0)).isEmpty();
        assertThat(Rule.CompressorFault.decode(1 + 2 + 8192)).isEqualTo("coolant in high, coolant in low, delta pressure low");
        assertThat(Rule.CompressorFault.decode(1 << 15)).isEqualTo("bit 15");
    }

    @Test
    void theMessageNamesTheBits() {
        AlertEngine e = engine(new Rule.CompressorFault("cpa", CPA + "/alarms", Severity.CRITICAL, 1));
        read(e, "alarms", 1024);
        Notification n = AlertNotifications.notification(e.openAlerts().get(0),
                new AlertNotifications.Subject("Tottori University", "Liquefier room", "CPA-1", ""));
        NotificationMessages m = new NotificationMessages(ZoneOffset.UTC);
        assertThat(m.body(n, Locale.ENGLISH)).contains("CPA-1").contains(": high pressure high.");
        assertThat(m.body(n, Locale.JAPANESE)).contains("high pressure high").contains("圧縮機");
        assertThat(new WebhookNotifier(java.net.URI.create("http://127.0.0.1:9/"), Duration.ofSeconds(1),
                Duration.ofSeconds(1), m).json(n, Locale.ENGLISH)).contains("\"detail\":\"high pressure high\"");
    }
}
