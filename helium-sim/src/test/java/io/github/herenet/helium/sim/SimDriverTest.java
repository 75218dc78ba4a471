package io.github.herenet.helium.sim;

import io.github.herenet.helium.device.Channel;
import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.sim.network.NetworkSimulation;
import io.github.herenet.helium.sim.network.Progress;
import io.github.herenet.helium.sim.network.Scenario;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code sim://} driver: discovery, refused addresses, and readings that follow the simulation. */
class SimDriverTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theDriverIsFoundByItsSchemeAndDocumentsItsParameters() {
        try (Devices devices = Devices.load()) {
            assertThat(devices.schemes()).contains("sim");
            assertThat(devices.driver("sim").parameters()).extracting(p -> p.name())
                    .containsExactly("scenario", "seed", "speed");
        }
    }

    @Test
    void unknownParametersSitesAndDevicesAreRefused() {
        try (Devices devices = Devices.load()) {
            assertThatThrownBy(() -> devices.open(URI.create("sim://tottori/compressor?seed=42&colour=red")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("colour")
                    .hasMessageContaining("seed");
            assertThatThrownBy(() -> devices.open(URI.create("sim://tottori/pump?seed=42")))
                    .isInstanceOf(DeviceException.InvalidAddress.class).hasMessageContaining("compressor")
                    .hasMessageContaining("tottori-B01");
            assertThatThrownBy(() -> devices.open(URI.create("sim://kyoto/compressor")))
                    .isInstanceOf(DeviceException.InvalidAddress.class).hasMessageContaining("okayama");
            assertThatThrownBy(() -> devices.open(URI.create("sim://tottori/compressor?scenario=/no/such.json")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("scenario");
        }
    }

    @Test
    void aConnectionOfItsOwnAdvancesWithTheClockItIsGiven() {
        TestClock clock = new TestClock();
        try (Devices devices = Devices.load(clock);
             DeviceConnection lab = devices.open(URI.create("sim://tottori/tottori-nmr2?seed=5&speed=86400"))) {
            assertThat(lab.channels()).extracting(Channel::name).containsExactlyInAnyOrder("level", "flow", "meterTotal", "o2");
            double level = lab.read("level").value();
            double meter = lab.read("meterTotal").value();
            clock.now = clock.now.plusSeconds(10); // ten simulated days
            assertThat(lab.read("level").value()).isLessThan(level);
            assertThat(lab.read("meterTotal").value()).isGreaterThan(meter);
            assertThat(lab.read("level").timestamp()).isEqualTo(Scenario.reference().start().plus(Duration.ofDays(10)));
            assertThatThrownBy(() -> lab.read("pressure")).isInstanceOf(DeviceException.InvalidAddress.class);
            assertThatThrownBy(() -> lab.write("level", 1)).isInstanceOf(DeviceException.InvalidAddress.class);
        }
        assertThat(NetworkSimulation.open("reference", 5)).isEmpty();
    }

    @Test
    void aConnectionToAnOpenSimulationReadsItsLiveValues() {
        Scenario scenario = Scenario.reference();
        try (Ledger ledger = Ledger.open(scenario.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(scenario, 1234, ledger);
             Devices devices = Devices.load();
             DeviceConnection bag = devices.open(URI.create("sim://ehime/ehime-B01?seed=1234"));
             DeviceConnection compressor = devices.open(URI.create("sim://ehime/compressor?seed=1234"))) {
            double before = bag.read("fill").value();
            sim.run(Duration.ofDays(2), Progress.NONE);
            assertThat(bag.read("fill").value()).isGreaterThan(before);
            assertThat(compressor.read("state").value()).isBetween(0.0, 2.0);
            assertThat(compressor.read("cylinderPressure").unit()).isEqualTo("MPa");
            sim.close();
            assertThatThrownBy(() -> bag.read("fill")).isInstanceOf(DeviceException.Connect.class);
        }
    }
}
