package io.github.herenet.helium.device;

import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.DeviceDriver;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entry to devices: finds the drivers, one per URI scheme, and opens connections by URI.
 *
 * <pre>{@code
 * try (Devices devices = Devices.load();
 *      DeviceConnection c = devices.open(URI.create("tcp://127.0.0.1:7180?protocol=ami1700&timeout=2s"))) {
 *     Reading level = c.read("level");
 * }
 * }</pre>
 *
 * Closing it closes every connection it opened that is still open. Thread-safe.
 */
public final class Devices implements AutoCloseable {

    private final Map<String, DeviceDriver> drivers;
    private final Clock clock;
    private final List<DeviceConnection> opened = new ArrayList<>();
    private boolean closed;

    private Devices(Iterable<DeviceDriver> found, Clock clock) {
        Map<String, DeviceDriver> byScheme = new LinkedHashMap<>();
        for (DeviceDriver driver : found) {
            DeviceDriver other = byScheme.putIfAbsent(driver.scheme(), driver);
            if (other != null) {
                throw new DeviceException.DriverConflict("two drivers handle the scheme '" + driver.scheme() + "': "
                        + other.getClass().getName() + " and " + driver.getClass().getName());
            }
        }
        this.drivers = Collections.unmodifiableMap(byScheme);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The drivers on the class path and module path ({@link ServiceLoader}), with the system clock.
     *
     * @throws DeviceException.DriverConflict if two drivers claim one scheme
     */
    public static Devices load() {
        return load(Clock.systemUTC());
    }

    /** As {@link #load()}, stamping readings with {@code clock}. */
    public static Devices load(Clock clock) {
        return new Devices(ServiceLoader.load(DeviceDriver.class, Devices.class.getClassLoader()), clock);
    }

    /** Exactly these drivers (for tests and jshell), with the system clock. */
    public static Devices of(DeviceDriver... drivers) {
        return of(Clock.systemUTC(), drivers);
    }

    /** Exactly these drivers, stamping readings with {@code clock}. */
    public static Devices of(Clock clock, DeviceDriver... drivers) {
        return new Devices(List.of(drivers), clock);
    }

    /** The schemes the drivers handle. */
    public Set<String> schemes() {
        return new TreeSet<>(drivers.keySet());
    }

    /** The driver for a scheme, for its parameter documentation. */
    public DeviceDriver driver(String scheme) {
        DeviceDriver driver = drivers.get(scheme);
        if (driver == null) {
            throw new DeviceException.UnknownScheme("no driver for the scheme '" + scheme + "'; known schemes: " + schemes());
        }
        return driver;
    }

    /**
     * Opens a connection to the device at {@code uri}.
     *
     * @throws DeviceException.UnknownScheme    if no driver handles its scheme (the message lists the known ones)
     * @throws DeviceException.UnknownParameter for a parameter the driver does not define, or a bad value
     * @throws DeviceException                  if the device cannot be reached
     */
    public DeviceConnection open(URI uri) {
        Objects.requireNonNull(uri, "uri");
        DeviceDriver driver = driver(uri.getScheme());
        DeviceAddress address = DeviceAddress.of(uri, driver.parameters());
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("devices are closed");
            }
        }
        DeviceConnection connection = driver.open(address, clock);
        synchronized (this) {
            opened.add(connection);
        }
        return connection;
    }

    /** Closes every connection opened here. */
    @Override
    public void close() {
        List<DeviceConnection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayList<>(opened);
            opened.clear();
        }
        RuntimeException failure = null;
        for (DeviceConnection connection : toClose) {
            try {
                connection.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
