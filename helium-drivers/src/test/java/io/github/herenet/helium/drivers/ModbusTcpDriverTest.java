package io.github.herenet.helium.drivers;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.device.RegisterChannel;
import io.github.herenet.helium.sim.ModbusDeviceServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@Timeout(30)
class ModbusTcpDriverTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"cryomech-cpa", "gas-meter-totaliser", "pt-transmitter"})
    void readsEveryChannelOfABuiltInProfileEndToEnd(String name) {
        DeviceProfile profile = DeviceProfile.builtIn(name);
        try (ModbusDeviceServer server = ModbusDeviceServer.start(profile, 3);
             Devices devices = Devices.of(CLOCK, new ModbusTcpDriver())) {
            int n = 0;
            for (RegisterChannel channel : profile.channels()) {
                server.set(channel.name(), plausible(channel, n++));
            }
            DeviceConnection c = devices.open(uri(server, "unit=3&profile=" + name));
            assertThat(c.channels()).isEqualTo(profile.deviceChannels());
            for (RegisterChannel channel : profile.channels()) {
                Reading r = c.read(channel.name());
                assertThat(r.value()).as(channel.name()).isEqualTo(server.value(channel.name()));
                assertThat(r.quality()).as(channel.name()).isEqualTo(Quality.GOOD);
                assertThat(r.unit()).isEqualTo(channel.unit());
                assertThat(r.timestamp()).isEqualTo(CLOCK.instant());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cryomech-cpa", "gas-meter-totaliser"})
    void writesTheWritableChannelsAndRefusesTheOthers(String name) {
        DeviceProfile profile = DeviceProfile.builtIn(name);
        try (ModbusDeviceServer server = ModbusDeviceServer.start(profile, 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            DeviceConnection c = devices.open(uri(server, "profile=" + name));
            for (RegisterChannel channel : profile.channels()) {
                if (channel.writable()) {
                    c.write(channel.name(), 1);
                    assertThat(server.value(channel.name())).as(channel.name()).isEqualTo(1.0);
                    assertThat(c.read(channel.name()).value()).isEqualTo(1.0);
                } else {
                    assertThatThrownBy(() -> c.write(channel.name(), 1))
                            .isInstanceOf(DeviceException.InvalidAddress.class).hasMessageContaining("read-only");
                }
            }
        }
    }

    @Test
    void writesATwoRegisterValueWithFunction16FromAProfileFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("valve.json");
        Files.writeString(file, """
                {"name": "valve", "description": "a proportional valve",
                 "channels": [
                   {"name": "opening", "quantity": "ratio", "register": 40010, "type": "FLOAT32", "unit": "%",
                    "writable": true, "minimum": 0, "maximum": 100}]}
                """);
        DeviceProfile profile = DeviceProfile.load(file);
        try (ModbusDeviceServer server = ModbusDeviceServer.start(profile, 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            DeviceConnection c = devices.open(uri(server, "profile=" + file.toUri().getPath()));
            c.write("opening", 42.25);
            assertThat(server.value("opening")).isEqualTo(42.25);
            assertThat(c.read("opening").value()).isEqualTo(42.25);
        }
    }

    @Test
    void aValueOutsideThePlausibleRangeReadsOutOfRange() {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(DeviceProfile.builtIn("pt-transmitter"), 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            server.set("pressure", 4500);
            server.set("temperature", 21.5);
            DeviceConnection c = devices.open(uri(server, "profile=pt-transmitter"));
            Reading pressure = c.read("pressure");
            assertThat(pressure.value()).isCloseTo(4500, within(1e-9));
            assertThat(pressure.quality()).isEqualTo(Quality.OUT_OF_RANGE);
            assertThat(c.read("temperature").quality()).isEqualTo(Quality.GOOD);
            assertThatThrownBy(() -> c.read("level")).isInstanceOf(DeviceException.InvalidAddress.class)
                    .hasMessageContaining("no channel 'level'");
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutAfterEveryAttemptWithinTheDeadline() {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(DeviceProfile.builtIn("pt-transmitter"), 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            DeviceConnection c = devices.open(uri(server, "profile=pt-transmitter&timeout=200ms&retries=2"));
            server.silent(true);
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.read("pressure")).isInstanceOf(DeviceException.Timeout.class)
                    .hasMessageContaining("no answer to the read of input register 30001 within 200 ms")
                    .hasMessageContaining("3 tries");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            // 3 x 200 ms plus back-off of 20 + 40 ms; j2mod's own retries would take 5 x 3 x 200 ms
            assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(600)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void aLateAnswerIsNeverTakenForTheNextRequest() {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(DeviceProfile.builtIn("pt-transmitter"), 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            server.set("pressure", 101.3);
            server.set("temperature", -12.5);
            DeviceConnection c = devices.open(uri(server, "profile=pt-transmitter&timeout=100ms&retries=0"));
            server.delay(Duration.ofMillis(250));
            assertThatThrownBy(() -> c.read("pressure")).isInstanceOf(DeviceException.Timeout.class);
            server.delay(Duration.ZERO);
            assertThat(c.read("temperature").value()).isCloseTo(-12.5, within(1e-9));
            assertThat(c.read("pressure").value()).isCloseTo(101.3, within(1e-9));
        }
    }

    @Test
    void reconnectsAfterTheServerIsKilledAndRestartedOnTheSamePort() {
        DeviceProfile profile = DeviceProfile.builtIn("gas-meter-totaliser");
        ModbusDeviceServer first = ModbusDeviceServer.start(profile, 1);
        int port = first.port();
        try (Devices devices = Devices.of(new ModbusTcpDriver())) {
            first.set("total", 1234.5);
            DeviceConnection c = devices.open(uri(first, "profile=gas-meter-totaliser&timeout=300ms&retries=1"));
            assertThat(c.read("total").value()).isCloseTo(1234.5, within(1e-9));

            first.close();
            assertThatThrownBy(() -> c.read("total")).isInstanceOf(DeviceException.Connect.class)
                    .hasMessageContaining("2 tries");

            try (ModbusDeviceServer second = ModbusDeviceServer.start(profile, 1, port)) {
                second.set("total", 1250.0);
                assertThat(c.read("total").value()).isCloseTo(1250.0, within(1e-9));
                second.close(); // killed again while the driver holds a connection to it
                try (ModbusDeviceServer third = ModbusDeviceServer.start(profile, 1, port)) {
                    third.set("total", 1300.0);
                    assertThat(c.read("total").value()).isCloseTo(1300.0, within(1e-9));
                    assertThat(third.connections()).isEqualTo(1);
                }
            }
        } finally {
            first.close();
        }
    }

    @Test
    void anExceptionResponseIsAProtocolErrorWithTheModbusCode() {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(DeviceProfile.builtIn("pt-transmitter"), 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            ModbusConnection c = (ModbusConnection) devices.open(uri(server, "profile=pt-transmitter"));
            assertThatThrownBy(() -> c.readRegisters(RegisterChannel.Table.INPUT, 100, 2))
                    .isInstanceOfSatisfying(DeviceException.Protocol.class, e -> assertThat(e.code()).isEqualTo(2))
                    .hasMessageContaining("input registers 30101-30102")
                    .hasMessageContaining("Modbus exception code 2");
            // the device refused, the link is fine: the next read works on the same connection
            assertThat(c.readRegisters(RegisterChannel.Table.INPUT, 0, 3)).hasSize(3);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aWrongUnitIdIsAProtocolErrorWithCode11() {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(DeviceProfile.builtIn("pt-transmitter"), 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            DeviceConnection c = devices.open(uri(server, "unit=9&profile=pt-transmitter"));
            assertThatThrownBy(() -> c.read("pressure"))
                    .isInstanceOfSatisfying(DeviceException.Protocol.class, e -> assertThat(e.code()).isEqualTo(11));
        }
    }

    @Test
    void refusesUnknownAndBadParameters() {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(DeviceProfile.builtIn("pt-transmitter"), 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            assertThatThrownBy(() -> devices.open(uri(server, "profile=pt-transmitter&baud=9600")))
                    .isInstanceOf(DeviceException.UnknownParameter.class)
                    .hasMessageContaining("unknown parameter 'baud'").hasMessageContaining("retries (integer, default 2)");
            assertThatThrownBy(() -> devices.open(uri(server, "unit=1")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("missing parameter 'profile'");
            assertThatThrownBy(() -> devices.open(uri(server, "profile=pt-transmitter&unit=300")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("300 is outside 0-255");
            assertThatThrownBy(() -> devices.open(uri(server, "profile=pt-transmitter&timeout=soon")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("'soon'");
            assertThatThrownBy(() -> devices.open(uri(server, "profile=no-such-profile.json")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("no-such-profile.json");
        }
    }

    @Test
    void openingAPortWhereNothingListensFailsWithConnect() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (Devices devices = Devices.of(new ModbusTcpDriver())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> devices.open(URI.create("modbus-tcp://127.0.0.1:" + port
                    + "?profile=pt-transmitter&timeout=200ms&retries=1")))
                    .isInstanceOf(DeviceException.Connect.class).hasMessageContaining("127.0.0.1:" + port);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void threadsSharingAConnectionEachGetTheirOwnChannelsValue() throws Exception {
        DeviceProfile profile = DeviceProfile.builtIn("cryomech-cpa");
        List<String> channels = List.of("coolantInTemperature", "oilTemperature", "lowPressure", "highPressure");
        ExecutorService pool = Executors.newFixedThreadPool(channels.size());
        try (ModbusDeviceServer server = ModbusDeviceServer.start(profile, 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            for (int i = 0; i < channels.size(); i++) {
                server.set(channels.get(i), 50 + i);
            }
            DeviceConnection c = devices.open(uri(server, "profile=cryomech-cpa"));
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < channels.size(); i++) {
                String channel = channels.get(i);
                double expected = 50 + i;
                results.add(pool.submit(() -> {
                    int right = 0;
                    for (int k = 0; k < 200; k++) {
                        right += c.read(channel).value() == expected ? 1 : 0;
                    }
                    return right;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(200);
            }
            assertThat(server.connections()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aClosedConnectionRefusesCalls() {
        try (ModbusDeviceServer server = ModbusDeviceServer.start(DeviceProfile.builtIn("pt-transmitter"), 1);
             Devices devices = Devices.of(new ModbusTcpDriver())) {
            DeviceConnection c = devices.open(uri(server, "profile=pt-transmitter"));
            c.close();
            c.close();
            assertThatThrownBy(() -> c.read("pressure")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }
    }

    @Test
    void leavesNoThreadAndNoSocketAfterConnectionAndServerClose() throws Exception {
        Set<Thread> before = Leaks.threads();
        // j2mod leaves the socket of a failed connect to the garbage collector (another test makes one): let it go first
        System.gc();
        Thread.sleep(100);
        long socketsBefore = Leaks.openSockets();
        ModbusDeviceServer server = ModbusDeviceServer.start(DeviceProfile.builtIn("cryomech-cpa"), 1);
        int port = server.port();
        try (Devices devices = Devices.of(new ModbusTcpDriver())) {
            DeviceConnection c = devices.open(uri(server, "profile=cryomech-cpa"));
            for (int i = 0; i < 100; i++) {
                c.read("highPressure");
            }
            assertThat(server.connections()).isEqualTo(1);
            c.close();
            awaitConnections(server, 0); // the driver hung up: the server saw its socket close
        } finally {
            server.close();
        }
        assertThat(Leaks.newThreads(before)).as("threads started and not ended").isEmpty();
        assertThat(Leaks.openSockets()).as("open socket descriptors of this process").isLessThanOrEqualTo(socketsBefore);
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
    }

    private static URI uri(ModbusDeviceServer server, String query) {
        return URI.create("modbus-tcp://127.0.0.1:" + server.port() + "?" + query);
    }

    /** A value inside the channel's range that its register type holds exactly, different per channel. */
    private static double plausible(RegisterChannel channel, int n) {
        double low = Double.isInfinite(channel.minimum()) ? 0 : channel.minimum();
        double high = Double.isInfinite(channel.maximum()) ? low + 1000 : channel.maximum();
        double wanted = low + (high - low) * ((n % 7) + 1) / 9.0;
        return channel.decode(channel.encode(wanted));
    }

    private static void awaitConnections(ModbusDeviceServer server, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.connections() != count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(server.connections()).isEqualTo(count);
    }
}
