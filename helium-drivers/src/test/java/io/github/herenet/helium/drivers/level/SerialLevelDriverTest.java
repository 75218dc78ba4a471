package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.drivers.Leaks;
import io.github.herenet.helium.drivers.PtyBridge;
import io.github.herenet.helium.sim.LevelMeterServer;
import io.github.herenet.helium.sim.LevelMeterServer.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code serial} driver over a pseudo-terminal: a Python helper (pty module) opens a pty pair and bridges
 * its master side to a {@link LevelMeterServer}; the driver opens the slave side with jSerialComm like a
 * real RS-232 port. Skipped only where python3 or /dev/pts is missing.
 */
@Timeout(30)
class SerialLevelDriverTest {

    @Test
    void readsAnLm510WithItsEchoOverAPseudoTerminal() throws Exception {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.LM510);
             PtyBridge pty = PtyBridge.start(meter.port());
             Devices devices = Devices.of(new SerialLevelDriver())) {
            meter.echo(true);
            meter.level(35.2);
            DeviceConnection c = devices.open(URI.create("serial://" + pty.path + "?protocol=lm510&baud=9600&timeout=2s"));
            Reading r = c.read("level");
            assertThat(r.value()).isEqualTo(35.2);
            assertThat(r.unit()).isEqualTo("cm");
            meter.unit("in");
            meter.level(13.9);
            for (int i = 0; i < 20; i++) {
                assertThat(c.read("level").value()).isEqualTo(13.9);
            }
            assertThat(c.read("level").unit()).isEqualTo("in");
            assertThat(Leaks.openDescriptorsOf(pty.path)).as("the port is open").isEqualTo(1);
            c.close();
            assertThat(Leaks.openDescriptorsOf(pty.path)).as("the port is closed").isZero();
        }
    }

    @Test
    void readsAnAmi135OverAPseudoTerminalAndTimesOutWhenItIsSilent() throws Exception {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.AMI135);
             PtyBridge pty = PtyBridge.start(meter.port());
             Devices devices = Devices.of(new SerialLevelDriver())) {
            meter.unit("cm");
            meter.level(81.5);
            DeviceConnection c = devices.open(URI.create("serial://" + pty.path + "?protocol=ami135&timeout=300ms&retries=1"));
            assertThat(c.read("level").value()).isEqualTo(81.5);
            meter.silent(true);
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.read("level")).isInstanceOf(DeviceException.Timeout.class)
                    .hasMessageContaining("2 tries");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            meter.silent(false);
            assertThat(c.read("level").value()).isEqualTo(81.5);
        }
    }

    @Test
    void aMissingPortFailsWithConnectAndBadParametersAreRefused() {
        try (Devices devices = Devices.of(new SerialLevelDriver())) {
            assertThatThrownBy(() -> devices.open(URI.create("serial:///dev/no-such-tty?protocol=lm510&timeout=200ms")))
                    .isInstanceOf(DeviceException.Connect.class).hasMessageContaining("/dev/no-such-tty");
            assertThatThrownBy(() -> devices.open(URI.create("serial:///dev/ttyUSB0?protocol=lm510&baud=12")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("outside 300-921600");
            assertThatThrownBy(() -> devices.open(URI.create("serial:///dev/ttyUSB0?protocol=lm510&unit=1")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("unknown parameter 'unit'");
            assertThatThrownBy(() -> devices.open(URI.create("serial:///dev/ttyUSB0?protocol=ami1800")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("'ami1800'");
            assertThatThrownBy(() -> devices.open(URI.create("serial:///?protocol=lm510")))
                    .isInstanceOf(DeviceException.InvalidAddress.class).hasMessageContaining("no serial device path");
        }
        assertThat(new SerialLevelDriver().parameters()).extracting(p -> p.name())
                .containsExactly("protocol", "baud", "timeout", "retries");
    }
}
