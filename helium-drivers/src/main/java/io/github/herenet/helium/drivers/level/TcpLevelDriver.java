package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.DeviceDriver;
import io.github.herenet.helium.device.spi.UriParameter;

import java.time.Clock;
import java.util.List;

/**
 * The {@code tcp} driver for level meters on the network, e.g. an AMI Model 1700:
 * {@code tcp://10.0.0.5:7180?protocol=ami1700&timeout=2s}. The port defaults to {@value #DEFAULT_PORT};
 * the parameters are {@link #PARAMETERS}. The connection's one channel is {@code level}
 * ({@link LevelMeterConnection}). Opening reads the level once, so a wrong address fails at once; after
 * that, a read that finds the link dropped connects anew. Thread-safe and stateless.
 */
public final class TcpLevelDriver implements DeviceDriver {

    /** The URI scheme. */
    public static final String SCHEME = "tcp";

    /** The port used when the URI has none: the AMI 1700's. */
    public static final int DEFAULT_PORT = 7180;

    /** Every parameter a {@code tcp} URI takes. */
    public static final List<UriParameter> PARAMETERS = List.of(
            LevelSettings.PROTOCOL, LevelSettings.TIMEOUT, LevelSettings.RETRIES);

    /** For {@link java.util.ServiceLoader}. */
    public TcpLevelDriver() {
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
     * Connects and reads the level once.
     *
     * @throws io.github.herenet.helium.device.DeviceException.UnknownParameter for a bad protocol, timeout or retries
     * @throws io.github.herenet.helium.device.DeviceException.Connect          if the meter cannot be reached
     * @throws io.github.herenet.helium.device.DeviceException.Timeout          if it does not answer in time
     * @throws io.github.herenet.helium.device.DeviceException.Protocol         if its answer is not its protocol's
     */
    @Override
    public DeviceConnection open(DeviceAddress address, Clock clock) {
        LevelSettings settings = LevelSettings.of(address);
        String host = address.host();
        int port = address.port(DEFAULT_PORT);
        LineLink link = new LineLink("tcp " + host + ":" + port + " (" + settings.protocol() + ")", settings.protocol(),
                timeout -> TcpLinePort.connect(host, port, timeout), settings.timeout(), settings.retries());
        return LevelMeterConnection.open(address.uri(), link, clock);
    }
}
