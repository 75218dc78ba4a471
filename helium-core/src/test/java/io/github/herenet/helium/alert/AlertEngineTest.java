package io.github.herenet.helium.alert;

import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertEngineTest {

    private static final String DEV = "modbus://bag-1:502";
    private static final String SUBJECT = DEV + "/level";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

    private static final Rule.Threshold NEARLY_FULL = new Rule.Threshold("bag-nearly-full", "*/level",
            AlertKind.BAG_NEARLY_FULL, Severity.WARNING, Rule.Direction.ABOVE, 90, 5, 1);

    private AlertEngine engine(Ledger ledger, Rule... rules) {
        AlertEngine e = new AlertEngine(List.of(rules), clock,
                new AlertEngine.Settings(Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofMinutes(1)), ledger);
        e.addListener((a, ev) -> heard.add(ev + " " + a.id() + " " + a.severity()));
        return e;
    }

    private void read(AlertEngine e, double value) {
        e.onReading(DEV, new Reading("level", value, "%", Quality.GOOD, clock.instant()));
    }

    private static Ledger ledger() {
        Network network = new Network(List.of(new Site("okayama", "Okayama University", Site.Role.HUB)),
                List.of(new Lab("nmr-a", "NMR A", "okayama")), List.of(), List.of());
        return Ledger.open(network, new InMemoryLedgerStore());
    }

    @Test
    void lifecycleRaisedAcknowledgedClearedIsRecordedInTheLedger() {
        Ledger ledger = ledger();
        AlertEngine e = engine(ledger, NEARLY_FULL);
        read(e, 80);
        assertThat(e.openAlerts()).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        read(e, 92);
        Alert a = e.openAlerts().get(0);
        assertThat(a.state()).isEqualTo(Alert.State.RAISED);
        assertThat(a.subject()).isEqualTo(SUBJECT);
        assertThat(a.kind()).isEqualTo(AlertKind.BAG_NEARLY_FULL);
        assertThat(a.value()).isEqualTo(92);
        assertThat(a.threshold()).isEqualTo(90);
        clock.advance(Duration.ofMinutes(2));
        Alert acked = e.acknowledge(a.id(), "yamada");
        assertThat(acked.acknowledgedBy()).isEqualTo("yamada");
        assertThat(acked.acknowledgedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> e.acknowledge(a.id(), "sato")).isInstanceOf(IllegalArgumentException.class);
        clock.advance(Duration.ofMinutes(2));
        read(e, 87);
        assertThat(e.openAlerts()).hasSize(1);
        read(e, 84);
        assertThat(e.openAlerts()).isEmpty();
        assertThat(e.alert(a.id())).isEmpty();
        assertThatThrownBy(() -> e.acknowledge(a.id(), "sato")).isInstanceOf(IllegalArgumentException.class);
        assertThat(heard).containsExactly("RAISED A-1 WARNING", "ACKNOWLEDGED A-1 WARNING", "CLEARED A-1 WARNING");
        List<String> states = ledger.events().stream().map(RecordedEvent::event)
                .map(ev -> (LedgerEvent.AlertChanged) ev).map(ev -> ev.state() + " " + ev.by()).toList();
        assertThat(states).containsExactly("RAISED null", "ACKNOWLEDGED yamada", "CLEARED null");
    }

    @Test
    void renotifiesWhileUnacknowledgedAndEscalatesOnce() {
        AlertEngine e = engine(null, NEARLY_FULL);
        read(e, 95);
        for (int minute = 1; minute <= 45; minute++) {
            clock.advance(Duration.ofMinutes(1));
            e.tick();
        }
        // raised at 0, reminders at 10 and 20, escalated at 30, reminder at 40
        assertThat(heard).containsExactly("RAISED A-1 WARNING", "RENOTIFIED A-1 WARNING", "RENOTIFIED A-1 WARNING",
                "ESCALATED A-1 CRITICAL", "RENOTIFIED A-1 CRITICAL");
        e.acknowledge("A-1", "sato");
        heard.clear();
        clock.advance(Duration.ofHours(2));
        e.tick();
        assertThat(heard).isEmpty();
    }

    @Test
    void flappingInputIsRateLimited() {
        AlertEngine e = engine(null, NEARLY_FULL);
        // 1,000 alternating readings in a minute, then 1,000 more in the next minute
        for (int i = 0; i < 2000; i++) {
            read(e, i % 2 == 0 ? 95 : 50);
            clock.advance(Duration.ofMillis(60));
        }
        assertThat(heard).hasSizeLessThanOrEqualTo(2);
        assertThat(e.suppressed()).isGreaterThan(1900);
    }

    @Test
    void rulesApplyOnlyToTheirSubjects() {
        Rule o2 = new Rule.Threshold("o2", "*/o2", AlertKind.OXYGEN_LOW, Severity.CRITICAL, Rule.Direction.BELOW,
                18, 0.5, 2);
        AlertEngine e = engine(null, NEARLY_FULL, o2, new Rule.Stale("dead", "*", Severity.WARNING, 3));
        e.onReading("line://room", new Reading("o2", 17, "%", Quality.GOOD, clock.instant()));
        read(e, 17);
        assertThat(e.openAlerts()).isEmpty();
        e.onReading("line://room", new Reading("o2", 17, "%", Quality.GOOD, clock.instant()));
        assertThat(e.openAlerts()).extracting(Alert::rule).containsExactly("o2");
        for (int i = 0; i < 3; i++) {
            e.onReading(DEV, new Reading("level", 95, "%", Quality.STALE, clock.instant()));
        }
        assertThat(e.openAlerts()).extracting(Alert::rule, Alert::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("o2", "line://room/o2"),
                        org.assertj.core.groups.Tuple.tuple("dead", SUBJECT));
    }

    @Test
    void duplicateRuleNamesAreRefusedAndListenerFailuresIgnored() {
        assertThatThrownBy(() -> engine(null, NEARLY_FULL, NEARLY_FULL)).isInstanceOf(IllegalArgumentException.class);
        AlertEngine e = engine(null, NEARLY_FULL);
        e.addListener((a, ev) -> {
            throw new IllegalStateException("boom");
        });
        read(e, 99);
        assertThat(heard).containsExactly("RAISED A-1 WARNING");
    }

    @Test
    void concurrentReadingsAreSafe() throws InterruptedException {
        AlertEngine e = engine(null, NEARLY_FULL);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String dev = "modbus://bag-" + t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    e.onReading(dev, new Reading("level", i % 2 == 0 ? 95 : 50, "%", Quality.GOOD, clock.instant()));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(heard).hasSize(4);
    }

    @Test
    void pollListenerFeedsReadingsWithTheConnectionUriAsSubject() {
        AlertEngine e = engine(null, NEARLY_FULL);
        io.github.herenet.helium.device.DeviceConnection connection = new io.github.herenet.helium.device.DeviceConnection() {
            @Override
            public java.net.URI uri() {
                return java.net.URI.create(DEV);
            }

            @Override
            public List<io.github.herenet.helium.device.Channel> channels() {
                return List.of();
            }

            @Override
            public Reading read(String channel) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(String channel, double value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
            }
        };
        e.pollListener().onReading(connection, new Reading("level", 97, "%", Quality.GOOD, clock.instant()));
        assertThat(e.openAlerts()).extracting(Alert::subject).containsExactly(SUBJECT);
    }
}
