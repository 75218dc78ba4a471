package io.github.herenet.helium.device;

import java.net.URI;
import java.util.List;

/**
 * An open connection to one device, opened by {@link Devices#open}. Calls block until the device
 * answers or the connection's deadline passes ({@link DeviceException.Timeout}); a connection runs one
 * transaction at a time and is safe to share between threads. Closing it releases its socket or port
 * and any thread it started.
 */
public interface DeviceConnection extends AutoCloseable {

    /** The URI it was opened with. */
    URI uri();

    /** The device's channels. */
    List<Channel> channels();

    /**
     * Reads one channel now.
     *
     * @throws DeviceException.InvalidAddress for a channel the device does not have
     * @throws DeviceException                if the link fails (timeout, connection, protocol)
     */
    Reading read(String channel);

    /**
     * Writes a value to a writable channel (a compressor's enable, a valve).
     *
     * @throws DeviceException.InvalidAddress for an unknown or read-only channel
     * @throws DeviceException                if the link fails
     */
    void write(String channel, double value);

    /** Releases the connection's resources; further calls throw IllegalStateException. Idempotent. */
    @Override
    void close();
}
