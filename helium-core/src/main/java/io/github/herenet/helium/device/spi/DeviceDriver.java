package io.github.herenet.helium.device.spi;

import io.github.herenet.helium.device.DeviceConnection;

import java.time.Clock;
import java.util.List;

/**
 * The driver SPI: one implementation per URI scheme, found by {@link java.util.ServiceLoader} (declare it
 * in {@code META-INF/services/io.github.herenet.helium.device.spi.DeviceDriver} and with
 * {@code provides ... with ...} in module-info). Implementations must have a public no-argument
 * constructor and be thread-safe.
 */
public interface DeviceDriver {

    /** The URI scheme it handles, e.g. {@code "modbus-tcp"}. */
    String scheme();

    /** Every query parameter its URIs accept, documented; any other is refused before {@link #open}. */
    List<UriParameter> parameters();

    /**
     * Opens a connection.
     *
     * @param address the URI with its parameters checked against {@link #parameters()}
     * @param clock   the clock that stamps readings
     * @throws io.github.herenet.helium.device.DeviceException if the device cannot be reached
     */
    DeviceConnection open(DeviceAddress address, Clock clock);
}
