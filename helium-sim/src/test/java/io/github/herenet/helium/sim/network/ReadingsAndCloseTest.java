package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.alert.Alert;
import io.github.herenet.helium.alert.AlertEngine;
import io.github.herenet.helium.alert.AlertKind;
import io.github.herenet.helium.alert.Rule;
import io.github.herenet.helium.alert.Severity;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.sim.ModbusDeviceServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the simulated sensors show, and what closing releases. */
class ReadingsAndCloseTest {

    private static final Scenario REFERENCE = Scenario.reference();

    @Test
    void sensorsAreSampledEveryFifteenMinutesAndShowFillsFaultsAndTheQuench() {
        Map<String, List<Reading>> bySubject = new HashMap<>();
        try (Ledger ledger = Ledger.open(REFERENCE.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(REFERENCE, 42, ledger)) {
            sim.addReadingListener((subject, reading) -> {
                assertThat(subject).endsWith("/" + reading.channel());
                if (subject.startsWith("sim://ous/") || subject.startsWith("sim://ehime/ehime-nmr1/")
                        || subject.startsWith("sim://yonago/compressor/")) {
                    bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(reading);
                }
            });
            sim.run(Duration.ofDays(320), Progress.NONE);

            List<Reading> o2 = bySubject.get("sim://ous/ous-nmr1/o2");
            assertThat(o2).hasSize(320 * 96 + 1);
            assertThat(Duration.between(o2.get(0).timestamp(), o2.get(1).timestamp())).isEqualTo(Duration.ofMinutes(15));
            assertThat(o2.get(0).value()).isEqualTo(20.9);
            assertThat(o2).anySatisfy(r -> assertThat(r.value()).isLessThan(18));
            assertThat(o2.get(o2.size() - 1).value()).isGreaterThan(20.8);

            List<Reading> fill = bySubject.get("sim://ous/ous-B01/fill");
            assertThat(fill.stream().mapToDouble(Reading::value).max().orElseThrow()).isGreaterThan(90);
            assertThat(fill.stream().mapToDouble(Reading::value).min().orElseThrow()).isLessThan(10);

            List<Reading> state = bySubject.get("sim://yonago/compressor/state");
            assertThat(state).anySatisfy(r -> assertThat(r.value()).isEqualTo(2.0)); // the injected fault

            List<Reading> level = bySubject.get("sim://ehime/ehime-nmr1/level");
            Instant stuck = REFERENCE.start().plus(Duration.ofDays(231));
            assertThat(level.stream().filter(r -> r.timestamp().isAfter(stuck)).mapToDouble(Reading::value).distinct().count())
                    .as("a stuck level sensor").isEqualTo(1);
            assertThat(level.stream().filter(r -> r.timestamp().isBefore(stuck)).mapToDouble(Reading::value).distinct().count())
                    .isGreaterThan(100);
            assertThat(sim.read("sim://ous/ous-nmr2/meterTotal").unit()).isEqualTo("m3");
            assertThatThrownBy(() -> sim.read("sim://ous/nothing/level")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anAlertEngineFedByTheSimulationSeesTheQuenchTheCompressorFaultAndTheStuckSensor() {
        List<Rule> rules = List.of(
                new Rule.Threshold("o2", "sim://*/*/o2", AlertKind.OXYGEN_LOW, Severity.CRITICAL, Rule.Direction.BELOW,
                        18, 0.5, 1),
                new Rule.Threshold("compressor", "sim://*/compressor/state", AlertKind.COMPRESSOR_FAULT, Severity.WARNING,
                        Rule.Direction.ABOVE, 2, 0.5, 1),
                new Rule.Stuck("stuck", "sim://ehime/*/level", Severity.WARNING, 96, 1e-9));
        List<Alert> raised = new ArrayList<>();
        try (Ledger ledger = Ledger.open(REFERENCE.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(REFERENCE, 42, ledger)) {
            AlertEngine alerts = new AlertEngine(rules, sim.clock(), AlertEngine.Settings.DEFAULT, ledger);
            alerts.addListener((alert, event) -> raised.add(alert));
            sim.addReadingListener(ReadingListener.byDevice(alerts::onReading));
            List<LedgerEvent> told = new ArrayList<>();
            int atStart = ledger.size(); // the stock counted at the start, recorded by create
            sim.addLedgerListener(r -> told.add(r.event()));
            sim.run(Duration.ofDays(320), Progress.NONE);
            assertThat(ledger.events()).anySatisfy(r -> assertThat(r.event()).isInstanceOf(LedgerEvent.AlertChanged.class));
            assertThat(told).hasSize(ledger.size() - atStart - (int) ledger.events().stream()
                    .filter(r -> r.event() instanceof LedgerEvent.AlertChanged).count())
                    .noneMatch(e -> e instanceof LedgerEvent.AlertChanged);
        }
        assertThat(raised).extracting(Alert::subject).contains("sim://ous/ous-nmr1/o2", "sim://yonago/compressor/state",
                "sim://ehime/ehime-nmr1/level");
    }

    @Test
    void closeStopsTheModbusServerUnregistersAndRefusesRuns() throws IOException {
        int port = freePort();
        Ledger ledger = Ledger.open(REFERENCE.network(), new InMemoryLedgerStore());
        NetworkSimulation sim = NetworkSimulation.create(REFERENCE, 99, ledger);
        ModbusDeviceServer server = sim.exposeCompressor("tottori", port);
        assertThat(NetworkSimulation.open("reference", 99)).containsSame(sim);
        boolean sawRunning = false;
        for (int i = 0; i < 6 * 24 * 60 && !sawRunning; i++) {
            sim.run(Duration.ofMinutes(1), Progress.NONE);
            sawRunning = server.value("running") == 1;
        }
        assertThat(sawRunning).as("the compressor ran within 6 days").isTrue();
        assertThat(server.value("operatingState")).isEqualTo(3);
        assertThatThrownBy(() -> sim.exposeCompressor("okayama", freePort())).isInstanceOf(IllegalArgumentException.class);

        sim.close();
        assertThat(sim.isClosed()).isTrue();
        assertThat(NetworkSimulation.open("reference", 99)).isEmpty();
        assertThatThrownBy(() -> sim.run(Duration.ofDays(1), Progress.NONE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith(ModbusDeviceServer.THREAD_PREFIX)
                && t.isAlive() && t.getName().contains(String.valueOf(port)));
        ledger.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
