package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.UriParameter;
import io.github.herenet.helium.device.spi.UriParameter.Type;

import java.time.Duration;

/**
 * The URI parameters the {@code tcp} and {@code serial} level-meter drivers share ({@code protocol},
 * {@code timeout}, {@code retries}), documented and checked in one place.
 *
 * @param protocol the meter's line protocol
 * @param timeout  deadline of one attempt
 * @param retries  attempts after a failed one
 */
record LevelSettings(LevelProtocol protocol, Duration timeout, int retries) {

    /** {@code protocol}: required. */
    static final UriParameter PROTOCOL = UriParameter.required("protocol", Type.TEXT,
            "the meter's line protocol: " + LevelProtocol.names());
    /** {@code timeout}: default 2 s. */
    static final UriParameter TIMEOUT = UriParameter.optional("timeout", Type.DURATION, "2s",
            "deadline of one attempt (connect, or commands and answers), 1 ms to 1 h");
    /** {@code retries}: default 1. */
    static final UriParameter RETRIES = UriParameter.optional("retries", Type.INTEGER, "1",
            "attempts after a failed one (timeout or dropped link), 0-100, each on a fresh link after a short back-off");

    /**
     * The settings in {@code address}.
     *
     * @throws DeviceException.UnknownParameter for an unknown protocol, or a timeout or retries out of range
     */
    static LevelSettings of(DeviceAddress address) {
        LevelProtocol protocol;
        try {
            protocol = LevelProtocol.byUriName(address.text("protocol"));
        } catch (DeviceException.UnknownParameter e) {
            throw bad(address, "protocol", e.getMessage());
        }
        Duration timeout = address.duration("timeout");
        if (timeout.toMillis() < 1 || timeout.compareTo(Duration.ofHours(1)) > 0) {
            throw bad(address, "timeout", timeout + " is outside 1 ms to 1 h");
        }
        long retries = address.integer("retries");
        if (retries < 0 || retries > 100) {
            throw bad(address, "retries", retries + " is outside 0-100");
        }
        return new LevelSettings(protocol, timeout, (int) retries);
    }

    /** A refused parameter value. */
    static DeviceException.UnknownParameter bad(DeviceAddress address, String name, String problem) {
        return new DeviceException.UnknownParameter("parameter '" + name + "' in " + address.uri() + ": " + problem);
    }
}
