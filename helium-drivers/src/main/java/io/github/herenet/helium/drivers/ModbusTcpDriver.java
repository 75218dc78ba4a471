package io.github.herenet.helium.drivers;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.DeviceDriver;
import io.github.herenet.helium.device.spi.UriParameter;
import io.github.herenet.helium.device.spi.UriParameter.Type;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The {@code modbus-tcp} driver, on j2mod:
 * {@code modbus-tcp://host:port?unit=1&profile=cryomech-cpa&timeout=1s&retries=2}. The port defaults to
 * {@value #DEFAULT_PORT}; the parameters are {@link #PARAMETERS}. Opening connects once (with the same
 * retries), so a wrong address fails at once; after that, a read or write that finds the link dropped
 * connects anew. Thread-safe and stateless.
 */
public final class ModbusTcpDriver implements DeviceDriver {

    /** The URI scheme. */
    public static final String SCHEME = "modbus-tcp";

    /** The Modbus TCP port used when the URI has none. */
    public static final int DEFAULT_PORT = 502;

    /** Every parameter a {@code modbus-tcp} URI takes. */
    public static final List<UriParameter> PARAMETERS = List.of(
            UriParameter.optional("unit", Type.INTEGER, "1", "the Modbus unit id (slave address) of the device, 0-255"),
            UriParameter.required("profile", Type.TEXT, "the device profile: a built-in name ("
                    + String.join(", ", new java.util.TreeSet<>(DeviceProfile.BUILT_IN)) + ") or the path of a JSON profile file"),
            UriParameter.optional("timeout", Type.DURATION, "1s", "deadline of one attempt (connect, or request and answer)"),
            UriParameter.optional("retries", Type.INTEGER, "2",
                    "attempts after a failed one (timeout or dropped link), each on a new connection after a short back-off"));

    /** For {@link java.util.ServiceLoader}. */
    public ModbusTcpDriver() {
    }

    /** {@value #SCHEME}. */
    @Override
    public String scheme() {
        return SCHEME;
    }

    /** {@link #PARAMETERS}. */
    @Override
    public List<UriParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * Loads the profile and connects.
     *
     * @throws DeviceException.UnknownParameter for a unit, timeout or retries out of range, or a profile
     *                                          that is neither built in nor a readable, valid file
     * @throws DeviceException.Connect          if the device cannot be reached
     * @throws DeviceException.Timeout          if it does not accept the connection in time
     */
    @Override
    public DeviceConnection open(DeviceAddress address, Clock clock) {
        long unit = address.integer("unit");
        if (unit < 0 || unit > 255) {
            throw bad(address, "unit", unit + " is outside 0-255");
        }
        Duration timeout = address.duration("timeout");
        if (timeout.toMillis() < 1 || timeout.compareTo(Duration.ofHours(1)) > 0) {
            throw bad(address, "timeout", timeout + " is outside 1 ms to 1 h");
        }
        long retries = address.integer("retries");
        if (retries < 0 || retries > 100) {
            throw bad(address, "retries", retries + " is outside 0-100");
        }
        DeviceProfile profile = profile(address);
        ModbusLink link = new ModbusLink(new ModbusLink.Settings(address.host(), address.port(DEFAULT_PORT),
                (int) unit, timeout, (int) retries));
        try {
            link.execute("connection", (master, u) -> null);
        } catch (RuntimeException e) {
            link.close();
            throw e;
        }
        return new ModbusTcpConnection(address.uri(), profile, link, clock);
    }

    private static DeviceProfile profile(DeviceAddress address) {
        String name = address.text("profile");
        try {
            return DeviceProfile.resolve(name);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw bad(address, "profile", "'" + name + "' cannot be used: " + e.getMessage());
        }
    }

    private static DeviceException.UnknownParameter bad(DeviceAddress address, String name, String problem) {
        return new DeviceException.UnknownParameter("parameter '" + name + "' in " + address.uri() + ": " + problem);
    }
}
