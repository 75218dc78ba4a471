package io.github.herenet.helium.device;

import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.DeviceDriver;
import io.github.herenet.helium.device.spi.UriParameter;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test driver for the scheme {@code memory}: a device whose channels hold values in memory
 * ({@code memory://lab/meter?level=42.5&timeout=2s}). Registered for ServiceLoader in the test resources.
 */
public class MemoryDriver implements DeviceDriver {

    static final List<UriParameter> PARAMETERS = List.of(
            UriParameter.optional("level", UriParameter.Type.NUMBER, "50", "initial value of the level channel, %"),
            UriParameter.optional("timeout", UriParameter.Type.DURATION, "2s", "deadline of every request"),
            UriParameter.optional("unit", UriParameter.Type.INTEGER, "1", "device address on its bus"));

    @Override
    public String scheme() {
        return "memory";
    }

    @Override
    public List<UriParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public DeviceConnection open(DeviceAddress address, Clock clock) {
        return new Connection(address, clock);
    }

    /** An open memory device. */
    static final class Connection implements DeviceConnection {
        private final DeviceAddress address;
        private final Clock clock;
        private final Map<String, Double> values = new ConcurrentHashMap<>();
        private volatile boolean closed;

        Connection(DeviceAddress address, Clock clock) {
            this.address = address;
            this.clock = clock;
            values.put("level", address.number("level"));
            values.put("enable", 0.0);
        }

        Duration timeout() {
            return address.duration("timeout");
        }

        boolean closed() {
            return closed;
        }

        @Override
        public URI uri() {
            return address.uri();
        }

        @Override
        public List<Channel> channels() {
            return List.of(new Channel("level", "level", "%", false), new Channel("enable", "state", "", true));
        }

        @Override
        public Reading read(String channel) {
            check();
            Double value = values.get(channel);
            if (value == null) {
                throw new DeviceException.InvalidAddress("memory device has no channel '" + channel + "'");
            }
            return new Reading(channel, value, channel.equals("level") ? "%" : "", Quality.GOOD, clock.instant());
        }

        @Override
        public void write(String channel, double value) {
            check();
            if (!channel.equals("enable")) {
                throw new DeviceException.InvalidAddress("channel '" + channel + "' is not writable");
            }
            values.put(channel, value);
        }

        private void check() {
            if (closed) {
                throw new IllegalStateException("connection closed");
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
