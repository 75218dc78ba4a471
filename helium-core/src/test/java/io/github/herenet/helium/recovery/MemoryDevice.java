package io.github.herenet.helium.recovery;

import io.github.herenet.helium.device.Channel;
import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A device in memory for the driver tests (the device package's {@code MemoryDriver} has fixed channels):
 * read-only channels with the units given, whose values the test sets. Its clock is virtual: it stands still
 * and each {@link #set} moves it on a minute, so readings after a change are dated after it.
 */
final class MemoryDevice implements DeviceConnection {

    private final String name;
    private final Map<String, String> units;
    private final Map<String, Double> values = new ConcurrentHashMap<>();
    private volatile Instant now;

    /** A device named {@code name}, its clock at {@code start}, with channels (name to unit) all reading 0. */
    MemoryDevice(String name, Instant start, Map<String, String> units) {
        this.name = name;
        this.now = start;
        this.units = Map.copyOf(units);
        units.keySet().forEach(channel -> values.put(channel, 0.0));
    }

    /** Sets a channel's value and moves the clock on a minute. */
    synchronized void set(String channel, double value) {
        if (!units.containsKey(channel)) {
            throw new IllegalArgumentException("no channel '" + channel + "' in " + units.keySet());
        }
        now = now.plus(Duration.ofMinutes(1));
        values.put(channel, value);
    }

    @Override
    public URI uri() {
        return URI.create("memory://" + name);
    }

    @Override
    public List<Channel> channels() {
        return units.entrySet().stream().map(e -> new Channel(e.getKey(), e.getKey(), e.getValue(), false)).toList();
    }

    @Override
    public synchronized Reading read(String channel) {
        String unit = units.get(channel);
        if (unit == null) {
            throw new DeviceException.InvalidAddress(uri() + " has no channel '" + channel + "'");
        }
        return new Reading(channel, values.get(channel), unit, Quality.GOOD, now);
    }

    @Override
    public void write(String channel, double value) {
        throw new DeviceException.InvalidAddress(uri() + " is read-only");
    }

    @Override
    public void close() {
    }
}
