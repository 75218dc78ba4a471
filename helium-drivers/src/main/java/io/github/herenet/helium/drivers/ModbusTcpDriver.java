package io.github.herenet.helium.drivers;

import com.ghgande.j2mod.modbus.facade.AbstractModbusMaster;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.DeviceDriver;
import io.github.herenet.helium.device.spi.UriParameter;

import java.time.Clock;
import java.util.List;

/**
 * The {@code modbus-tcp} driver, on j2mod:
 * {@code modbus-tcp://host:port?unit=1&profile=cryomech-cpa&timeout=1s&retries=2}. The port defaults to
 * {@value #DEFAULT_PORT}; the parameters are {@link #PARAMETERS}. Opening connects once (with the same
 * retries), so a wrong address fails at once; after that, a read or write that finds the link dropped
 * connects anew. Thread-safe and stateless.
 */
public final class ModbusTcpDriver implements DeviceDriver {

    /** The URI scheme. */
    public static final String SCHEME = "modbus-tcp";

    /** The Modbus TCP port used when the URI has none. */
    public static final int DEFAULT_PORT = 502;

    /** Every parameter a {@code modbus-tcp} URI takes. */
    public static final List<UriParameter> PARAMETERS = ModbusOpening.parameters();

    /** For {@link java.util.ServiceLoader}. */
    public ModbusTcpDriver() {
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
     * Loads the profile and connects.
     *
     * @throws DeviceException.UnknownParameter for a unit, timeout or retries out of range, or a profile
     *                                          that is neither built in nor a readable, valid file
     * @throws DeviceException.Connect          if the device cannot be reached
     * @throws DeviceException.Timeout          if it does not accept the connection in time
     */
    @Override
    public DeviceConnection open(DeviceAddress address, Clock clock) {
        String host = address.host();
        int port = address.port(DEFAULT_PORT);
        return ModbusOpening.open(address, new ModbusLink.Endpoint() {
            @Override
            public AbstractModbusMaster master(int timeoutMillis) {
                return new ModbusTCPMaster(host, port, timeoutMillis, false, false);
            }

            @Override
            public String toString() {
                return SCHEME + " " + host + ":" + port;
            }
        }, clock);
    }
}
