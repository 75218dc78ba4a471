package io.github.herenet.helium.drivers;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.sim.ModbusDeviceServer;
import io.github.herenet.helium.sim.network.NetworkSimulation;
import io.github.herenet.helium.sim.network.Progress;
import io.github.herenet.helium.sim.network.Scenario;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The modbus-tcp driver reading a compressor of a running network simulation, end to end. */
class SimulatedCompressorTest {

    @Test
    void theDriverSeesTheSimulatedCompressorStartAndFault() throws IOException {
        Scenario scenario = Scenario.reference();
        try (Ledger ledger = Ledger.open(scenario.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(scenario, 11, ledger);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            ModbusDeviceServer server = sim.exposeCompressor("yonago", freePort());
            DeviceConnection cpa = devices.open(URI.create("modbus-tcp://127.0.0.1:" + server.port()
                    + "?unit=1&profile=cryomech-cpa&timeout=1s&retries=1"));
            assertThat(cpa.read("running").value()).isZero();
            boolean ran = false;
            for (int minute = 0; minute < 8 * 24 * 60 && !ran; minute++) {
                sim.run(Duration.ofMinutes(1), Progress.NONE);
                ran = sim.read("sim://yonago/compressor/running").value() == 1;
            }
            assertThat(ran).as("the compressor started on a full bag").isTrue();
            assertThat(cpa.read("running").value()).isEqualTo(1);
            assertThat(cpa.read("operatingState").value()).isEqualTo(3);
            assertThat(cpa.read("highPressure").value()).isGreaterThan(100);

            sim.runUntil(scenario.start().plus(Duration.ofDays(76))); // the scenario's compressor fault at yonago
            assertThat(cpa.read("alarms").value()).isEqualTo(1);
            assertThat(cpa.read("running").value()).isZero();

            sim.runUntil(scenario.start().plus(Duration.ofDays(80))); // repaired
            cpa.write("enable", 255);
            sim.run(Duration.ofDays(8), Progress.NONE);
            assertThat(sim.read("sim://yonago/compressor/state").value()).as("switched off by the client").isEqualTo(3);
            assertThat(cpa.read("operatingState").value()).isEqualTo(5);
            assertThat(sim.sensors()).filteredOn(s -> s.siteId().equals("yonago") && s.channel().equals("fill"))
                    .as("full bags wait while it is off")
                    .anySatisfy(s -> assertThat(sim.read(s.subject()).value()).isGreaterThan(90));
            cpa.write("enable", 1);
            sim.run(Duration.ofMinutes(2), Progress.NONE);
            assertThat(sim.read("sim://yonago/compressor/state").value()).as("on again, with full bags waiting").isEqualTo(1);
            cpa.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
