package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.Channel;
import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A connection to one liquid-helium level meter over TCP or serial: one read-only channel,
 * {@value #LEVEL}, in the unit the meter reports (cm, in or %; the unit of the latest reading). A level
 * outside 0-100 % or a negative length reads with quality {@link Quality#OUT_OF_RANGE}. Thread-safe: one
 * read at a time.
 */
public final class LevelMeterConnection implements DeviceConnection {

    /** The name of the level channel. */
    public static final String LEVEL = "level";

    private final URI uri;
    private final LineLink link;
    private final Clock clock;
    private volatile String unit;

    private LevelMeterConnection(URI uri, LineLink link, Clock clock, String unit) {
        this.uri = uri;
        this.link = link;
        this.clock = clock;
        this.unit = unit;
    }

    /** Opens: reads the level once, so that a wrong address or protocol fails now and the unit is known. */
    static LevelMeterConnection open(URI uri, LineLink link, Clock clock) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(clock, "clock");
        try {
            return new LevelMeterConnection(uri, link, clock, link.readLevel().unit());
        } catch (RuntimeException e) {
            link.close();
            throw e;
        }
    }

    /** {@inheritDoc} */
    @Override
    public URI uri() {
        return uri;
    }

    /** The one channel, {@value #LEVEL}, in the unit of the latest reading. */
    @Override
    public List<Channel> channels() {
        return List.of(new Channel(LEVEL, "level", unit, false));
    }

    /**
     * Reads the level now.
     *
     * @throws DeviceException.InvalidAddress for a channel other than {@value #LEVEL}
     * @throws DeviceException.Protocol       quoting the answer when it does not follow the protocol
     * @throws DeviceException.Timeout        when no attempt got an answer in time
     * @throws DeviceException.Connect        when no attempt reached the meter
     */
    @Override
    public Reading read(String channel) {
        check(channel);
        LevelValue level = link.readLevel();
        unit = level.unit();
        return new Reading(LEVEL, level.value(), level.unit(),
                level.plausible() ? Quality.GOOD : Quality.OUT_OF_RANGE, clock.instant());
    }

    /**
     * Refused: a level meter has no writable channel.
     *
     * @throws DeviceException.InvalidAddress always
     */
    @Override
    public void write(String channel, double value) {
        check(channel);
        throw new DeviceException.InvalidAddress("channel '" + LEVEL + "' of " + link + " is read-only");
    }

    /** Closes the socket or port; further calls throw IllegalStateException. Idempotent. */
    @Override
    public void close() {
        link.close();
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    private void check(String channel) {
        if (!LEVEL.equals(channel)) {
            throw new DeviceException.InvalidAddress("a level meter has no channel '" + channel
                    + "'; its only channel is '" + LEVEL + "'");
        }
    }
}
