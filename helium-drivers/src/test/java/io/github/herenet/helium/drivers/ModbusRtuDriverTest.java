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

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code modbus-rtu} driver over a pseudo-terminal: a python3 helper bridges a pty byte for byte to a
 * {@link ModbusDeviceServer} that speaks RTU frames; the driver opens the pty with j2mod's serial master
 * (jSerialComm) like a real RS-485 adapter. Skipped only where python3 or /dev/pts is missing.
 */
@Timeout(60)
class ModbusRtuDriverTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsEveryCryomechChannelAndWritesEnableOverAPseudoTerminalLeavingNothingOpen() throws Exception {
        DeviceProfile profile = DeviceProfile.builtIn("cryomech-cpa");
        try (ModbusDeviceServer server = ModbusDeviceServer.startRtu(profile, 3);
             PtyBridge pty = PtyBridge.start(server.port());
             Devices devices = Devices.of(CLOCK, new ModbusRtuDriver())) {
            int n = 0;
            for (RegisterChannel channel : profile.channels()) {
                server.set(channel.name(), plausible(channel, n++));
            }
            Set<Thread> before = Leaks.threads();
            DeviceConnection c = devices.open(URI.create("modbus-rtu://" + pty.path
                    + "?baud=19200&unit=3&profile=cryomech-cpa&timeout=1s&retries=2"));
            assertThat(c).isInstanceOf(ModbusConnection.class);
            assertThat(c.channels()).isEqualTo(profile.deviceChannels());
            for (RegisterChannel channel : profile.channels()) {
                Reading r = c.read(channel.name());
                assertThat(r.value()).as(channel.name()).isEqualTo(server.value(channel.name()));
                assertThat(r.quality()).as(channel.name()).isEqualTo(Quality.GOOD);
                assertThat(r.unit()).isEqualTo(channel.unit());
                assertThat(r.timestamp()).isEqualTo(CLOCK.instant());
            }
            c.write("enable", 1);
            assertThat(server.value("enable")).isEqualTo(1.0);
            assertThat(c.read("enable").value()).isEqualTo(1.0);
            c.write("enable", 0);
            assertThat(server.value("enable")).isEqualTo(0.0);
            assertThatThrownBy(() -> c.write(readOnly(profile), 1)).isInstanceOf(DeviceException.InvalidAddress.class)
                    .hasMessageContaining("read-only");
            assertThat(Leaks.openDescriptorsOf(pty.path)).as("the port is open").isEqualTo(1);

            c.close();
            assertThat(Leaks.openDescriptorsOf(pty.path)).as("the port is closed").isZero();
            assertThatThrownBy(() -> c.read("enable")).isInstanceOf(IllegalStateException.class);
            assertThat(awaitNoNewThreads(before)).as("threads left after close").isEmpty();
        }
    }

    @Test
    void aSilentDeviceTimesOutWithinTimeoutTimesAttemptsAndAnswersAgainLater() throws Exception {
        DeviceProfile profile = DeviceProfile.builtIn("cryomech-cpa");
        RegisterChannel first = profile.channels().get(0);
        try (ModbusDeviceServer server = ModbusDeviceServer.startRtu(profile, 3);
             PtyBridge pty = PtyBridge.start(server.port());
             Devices devices = Devices.of(new ModbusRtuDriver())) {
            server.set(first.name(), plausible(first, 0));
            DeviceConnection c = devices.open(URI.create("modbus-rtu://" + pty.path
                    + "?unit=3&profile=cryomech-cpa&timeout=300ms&retries=2"));
            assertThat(c.read(first.name()).value()).isEqualTo(server.value(first.name()));
            server.silent(true);
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.read(first.name())).isInstanceOf(DeviceException.Timeout.class)
                    .hasMessageContaining("modbus-rtu " + pty.path).hasMessageContaining("3 tries");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            // 3 x 300 ms plus back-off of 30 + 60 ms; a generous upper bound for a loaded machine
            assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(600)).isLessThan(Duration.ofSeconds(5));
            server.silent(false);
            Thread.sleep(100);
            assertThat(c.read(first.name()).value()).isEqualTo(server.value(first.name()));
            c.close();
        }
    }

    @Test
    void refusesUnknownAndBadParametersAndAMissingPort() {
        try (Devices devices = Devices.of(new ModbusRtuDriver())) {
            assertThatThrownBy(() -> devices.open(URI.create("modbus-rtu:///dev/ttyUSB0?profile=cryomech-cpa&host=x")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("unknown parameter 'host'");
            assertThatThrownBy(() -> devices.open(URI.create("modbus-rtu:///dev/ttyUSB0?profile=cryomech-cpa&parity=mark")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("parameter 'parity'")
                    .hasMessageContaining("'mark' is not none, even or odd");
            assertThatThrownBy(() -> devices.open(URI.create("modbus-rtu:///dev/ttyUSB0?profile=cryomech-cpa&stopBits=3")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("3 is not 1 or 2");
            assertThatThrownBy(() -> devices.open(URI.create("modbus-rtu:///dev/ttyUSB0?profile=cryomech-cpa&baud=12")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("outside 300-921600");
            assertThatThrownBy(() -> devices.open(URI.create("modbus-rtu:///dev/ttyUSB0?profile=cryomech-cpa&unit=256")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("outside 0-255");
            assertThatThrownBy(() -> devices.open(URI.create("modbus-rtu:///dev/ttyUSB0?profile=no-such-profile")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("'no-such-profile'");
            assertThatThrownBy(() -> devices.open(URI.create("modbus-rtu:///?profile=cryomech-cpa")))
                    .isInstanceOf(DeviceException.InvalidAddress.class).hasMessageContaining("no serial device path");
            assertThatThrownBy(() -> devices.open(URI.create("modbus-rtu:///dev/no-such-tty?profile=cryomech-cpa&timeout=100ms&retries=0")))
                    .isInstanceOf(DeviceException.Connect.class).hasMessageContaining("/dev/no-such-tty");
        }
    }

    @Test
    void documentsEveryParameter() {
        assertThat(new ModbusRtuDriver().parameters()).extracting(p -> p.name())
                .containsExactly("baud", "parity", "stopBits", "unit", "profile", "timeout", "retries");
        assertThat(new ModbusRtuDriver().parameters()).allSatisfy(p -> assertThat(p.meaning()).isNotBlank());
        assertThat(new ModbusRtuDriver().parameters()).filteredOn(p -> p.name().equals("parity"))
                .singleElement().satisfies(p -> assertThat(p.defaultValue()).isEqualTo("none"));
    }

    private static String readOnly(DeviceProfile profile) {
        return profile.channels().stream().filter(ch -> !ch.writable()).findFirst().orElseThrow().name();
    }

    /** The threads started since {@code before} that are still alive after up to 5 s (the simulator's aside). */
    private static List<Thread> awaitNoNewThreads(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            List<Thread> left = Leaks.newThreads(before).stream()
                    .filter(t -> !t.getName().startsWith(ModbusDeviceServer.THREAD_PREFIX))
                    .toList();
            if (left.isEmpty() || System.nanoTime() > deadline) {
                return left;
            }
            Thread.sleep(20);
        }
    }

    private static double plausible(RegisterChannel channel, int n) {
        double low = Double.isInfinite(channel.minimum()) ? 0 : channel.minimum();
        double high = Double.isInfinite(channel.maximum()) ? low + 1000 : channel.maximum();
        double wanted = low + (high - low) * ((n % 7) + 1) / 9.0;
        return channel.decode(channel.encode(wanted));
    }
}
