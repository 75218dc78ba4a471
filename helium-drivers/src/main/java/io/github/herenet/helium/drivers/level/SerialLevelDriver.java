package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.DeviceDriver;
import io.github.herenet.helium.device.spi.UriParameter;
import io.github.herenet.helium.device.spi.UriParameter.Type;

import java.time.Clock;
import java.util.List;

/**
 * The {@code serial} driver for level meters on RS-232 (AMI Model 135, Cryomagnetics LM-500/510), on
 * jSerialComm: {@code serial:///dev/ttyUSB0?protocol=lm510&baud=9600&timeout=2s}, 8N1 without flow
 * control. The parameters are {@link #PARAMETERS}. The connection's one channel is {@code level}
 * ({@link LevelMeterConnection}). Opening reads the level once; a read that finds the port failed opens it
 * anew. Closing closes the port. Thread-safe and stateless.
 */
public final class SerialLevelDriver implements DeviceDriver {

    /** The URI scheme. */
    public static final String SCHEME = "serial";

    /** Every parameter a {@code serial} URI takes. */
    public static final List<UriParameter> PARAMETERS = List.of(
            LevelSettings.PROTOCOL,
            UriParameter.optional("baud", Type.INTEGER, "9600", "the port's speed in bit/s, 300-921600 (8N1)"),
            LevelSettings.TIMEOUT, LevelSettings.RETRIES);

    /** For {@link java.util.ServiceLoader}. */
    public SerialLevelDriver() {
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
     * Opens the port and reads the level once.
     *
     * @throws DeviceException.UnknownParameter for a bad protocol, baud rate, timeout or retries
     * @throws DeviceException.InvalidAddress   for a URI without a device path
     * @throws DeviceException.Connect          if the port cannot be opened
     * @throws DeviceException.Timeout          if the meter does not answer in time
     * @throws DeviceException.Protocol         if its answer is not its protocol's
     */
    @Override
    public DeviceConnection open(DeviceAddress address, Clock clock) {
        LevelSettings settings = LevelSettings.of(address);
        long baud = address.integer("baud");
        if (baud < 300 || baud > 921_600) {
            throw LevelSettings.bad(address, "baud", baud + " is outside 300-921600");
        }
        String device = address.path();
        if (device.isEmpty() || device.equals("/")) {
            throw new DeviceException.InvalidAddress("no serial device path in " + address.uri()
                    + "; e.g. serial:///dev/ttyUSB0?protocol=lm510");
        }
        LineLink link = new LineLink("serial " + device + " (" + settings.protocol() + ")", settings.protocol(),
                timeout -> SerialLinePort.open(device, (int) baud), settings.timeout(), settings.retries());
        return LevelMeterConnection.open(address.uri(), link, clock);
    }
}
