package io.github.herenet.helium.device;

import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.DeviceDriver;
import io.github.herenet.helium.device.spi.UriParameter;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Driver discovery, URI parameters, and connections closed with their Devices. */
class DevicesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void serviceLoaderFindsDriversOnTheClassPath() {
        try (Devices devices = Devices.load(CLOCK)) {
            assertThat(devices.schemes()).contains("memory");
            DeviceConnection c = devices.open(URI.create("memory://lab/meter?level=42.5"));
            Reading level = c.read("level");
            assertThat(level.value()).isEqualTo(42.5);
            assertThat(level.unit()).isEqualTo("%");
            assertThat(level.quality()).isEqualTo(Quality.GOOD);
            assertThat(level.timestamp()).isEqualTo(CLOCK.instant());
            c.write("enable", 1);
            assertThat(c.read("enable").value()).isEqualTo(1.0);
        }
    }

    @Test
    void twoDriversForOneSchemeAreRefusedNamingBoth() {
        DeviceDriver other = new MemoryDriver() {
        };
        assertThatThrownBy(() -> Devices.of(new MemoryDriver(), other))
                .isInstanceOf(DeviceException.DriverConflict.class)
                .hasMessageContaining("'memory'")
                .hasMessageContaining(MemoryDriver.class.getName())
                .hasMessageContaining(other.getClass().getName());
    }

    @Test
    void anUnknownSchemeListsTheKnownOnes() {
        try (Devices devices = Devices.of(new MemoryDriver())) {
            assertThatThrownBy(() -> devices.open(URI.create("modbus-tcp://127.0.0.1:502")))
                    .isInstanceOf(DeviceException.UnknownScheme.class)
                    .hasMessageContaining("'modbus-tcp'").hasMessageContaining("[memory]");
        }
    }

    @Test
    void unknownRepeatedAndIllTypedParametersAreRefused() {
        try (Devices devices = Devices.of(new MemoryDriver())) {
            assertThatThrownBy(() -> devices.open(URI.create("memory://x?levle=3")))
                    .isInstanceOf(DeviceException.UnknownParameter.class)
                    .hasMessageContaining("unknown parameter 'levle'")
                    .hasMessageContaining("level (number, default 50): initial value of the level channel, %")
                    .hasMessageContaining("timeout (duration, default 2s)");
            assertThatThrownBy(() -> devices.open(URI.create("memory://x?level=1&level=2")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("given twice");
            assertThatThrownBy(() -> devices.open(URI.create("memory://x?timeout=soon")))
                    .isInstanceOf(DeviceException.UnknownParameter.class)
                    .hasMessageContaining("'soon', which is not a valid duration");
            assertThatThrownBy(() -> devices.open(URI.create("memory://x?unit=1.5")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("not a valid integer");
        }
    }

    @Test
    void requiredParametersAndDurations() {
        List<UriParameter> parameters = List.of(
                UriParameter.required("protocol", UriParameter.Type.TEXT, "ami1700 or lm510"),
                UriParameter.optional("timeout", UriParameter.Type.DURATION, "2s", "deadline"));
        assertThatThrownBy(() -> DeviceAddress.of(URI.create("tcp://h:7180"), parameters))
                .isInstanceOf(DeviceException.UnknownParameter.class)
                .hasMessageContaining("missing parameter 'protocol'").hasMessageContaining("required");
        DeviceAddress address = DeviceAddress.of(URI.create("tcp://h:7180?protocol=ami1700&timeout=1.5m"), parameters);
        assertThat(address.text("protocol")).isEqualTo("ami1700");
        assertThat(address.duration("timeout")).isEqualTo(Duration.ofSeconds(90));
        assertThat(address.host()).isEqualTo("h");
        assertThat(address.port(502)).isEqualTo(7180);
        assertThat(DeviceAddress.of(URI.create("tcp://h?protocol=x&timeout=250ms"), parameters).duration("timeout"))
                .isEqualTo(Duration.ofMillis(250));
        assertThat(DeviceAddress.of(URI.create("tcp://h?protocol=a%20b"), parameters).text("protocol")).isEqualTo("a b");
    }

    @Test
    void closingDevicesClosesItsConnections() {
        MemoryDriver.Connection connection;
        try (Devices devices = Devices.of(new MemoryDriver())) {
            connection = (MemoryDriver.Connection) devices.open(URI.create("memory://x"));
            assertThat(connection.timeout()).isEqualTo(Duration.ofSeconds(2));
        }
        assertThat(connection.closed()).isTrue();
        assertThatThrownBy(() -> connection.read("level")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unknownChannelsAreInvalidAddresses() {
        try (Devices devices = Devices.of(new MemoryDriver());
             DeviceConnection c = devices.open(URI.create("memory://x"))) {
            assertThatThrownBy(() -> c.read("pressure")).isInstanceOf(DeviceException.InvalidAddress.class)
                    .hasMessageContaining("'pressure'");
            assertThatThrownBy(() -> c.write("level", 3)).isInstanceOf(DeviceException.InvalidAddress.class)
                    .hasMessageContaining("not writable");
        }
    }
}
