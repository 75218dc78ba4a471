package io.github.herenet.helium.drivers;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.UriParameter;
import io.github.herenet.helium.device.spi.UriParameter.Type;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * What the Modbus drivers share: the parameters every Modbus URI takes ({@code unit}, {@code profile},
 * {@code timeout}, {@code retries}), their checks, and opening a {@link ModbusConnection} on a link of any
 * kind (first connection with the same retries, so a wrong address fails at once).
 */
final class ModbusOpening {

    static final UriParameter UNIT = UriParameter.optional("unit", Type.INTEGER, "1",
            "the Modbus unit id (slave address) of the device, 0-255");
    static final UriParameter PROFILE = UriParameter.required("profile", Type.TEXT, "the device profile: a built-in name ("
            + String.join(", ", new TreeSet<>(DeviceProfile.BUILT_IN)) + ") or the path of a JSON profile file");
    static final UriParameter TIMEOUT = UriParameter.optional("timeout", Type.DURATION, "1s",
            "deadline of one attempt (connect, or request and answer)");
    static final UriParameter RETRIES = UriParameter.optional("retries", Type.INTEGER, "2",
            "attempts after a failed one (timeout or dropped link), each on a new connection after a short back-off");

    private ModbusOpening() {
    }

    /**
     * Checks the common parameters, loads the profile, connects once through {@code endpoint} and returns
     * the connection.
     *
     * @throws DeviceException.UnknownParameter for a unit, timeout or retries out of range, or a profile
     *                                          that is neither built in nor a readable, valid file
     * @throws DeviceException.Connect          if the device cannot be reached
     * @throws DeviceException.Timeout          if it does not accept the connection in time
     */
    static DeviceConnection open(DeviceAddress address, ModbusLink.Endpoint endpoint, Clock clock) {
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
        ModbusLink link = new ModbusLink(new ModbusLink.Settings(endpoint, (int) unit, timeout, (int) retries));
        try {
            link.execute("connection", (master, u) -> null);
        } catch (RuntimeException e) {
            link.close();
            throw e;
        }
        return new ModbusConnection(address.uri(), profile, link, clock);
    }

    /** The common parameters after the driver's own ones. */
    static List<UriParameter> parameters(UriParameter... own) {
        List<UriParameter> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(List.of(UNIT, PROFILE, TIMEOUT, RETRIES));
        return List.copyOf(all);
    }

    static DeviceException.UnknownParameter bad(DeviceAddress address, String name, String problem) {
        return new DeviceException.UnknownParameter("parameter '" + name + "' in " + address.uri() + ": " + problem);
    }

    private static DeviceProfile profile(DeviceAddress address) {
        String name = address.text("profile");
        try {
            return DeviceProfile.resolve(name);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw bad(address, "profile", "'" + name + "' cannot be used: " + e.getMessage());
        }
    }
}
