package io.github.herenet.helium.drivers;

import com.fazecast.jSerialComm.SerialPort;
import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.ModbusIOException;
import com.ghgande.j2mod.modbus.facade.AbstractModbusMaster;
import com.ghgande.j2mod.modbus.facade.ModbusSerialMaster;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.DeviceDriver;
import io.github.herenet.helium.device.spi.UriParameter;
import io.github.herenet.helium.device.spi.UriParameter.Type;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code modbus-rtu} driver: Modbus RTU on a serial line, on j2mod's {@link ModbusSerialMaster}
 * (jSerialComm underneath):
 * {@code modbus-rtu:///dev/ttyUSB0?baud=19200&unit=3&profile=cryomech-cpa&timeout=1s&retries=2}. The
 * parameters are {@link #PARAMETERS}; 8 data bits, no flow control. Channels, values, quality, deadlines,
 * retries with back-off and reopening the port after a failure are those of {@link ModbusTcpDriver}: both
 * return a {@link ModbusConnection}. Opening opens the port once (with the same retries), so a missing port
 * fails at once. Thread-safe and stateless.
 */
public final class ModbusRtuDriver implements DeviceDriver {

    /** The URI scheme. */
    public static final String SCHEME = "modbus-rtu";

    private static final Map<String, Integer> PARITIES = Map.of("none", SerialPort.NO_PARITY,
            "even", SerialPort.EVEN_PARITY, "odd", SerialPort.ODD_PARITY);

    /** Every parameter a {@code modbus-rtu} URI takes. */
    public static final List<UriParameter> PARAMETERS = ModbusOpening.parameters(
            UriParameter.optional("baud", Type.INTEGER, "19200", "the port's speed in bit/s, 300-921600"),
            UriParameter.optional("parity", Type.TEXT, "none", "the parity bit: none, even or odd"),
            UriParameter.optional("stopBits", Type.INTEGER, "1", "stop bits per character: 1 or 2"));

    /** For {@link java.util.ServiceLoader}. */
    public ModbusRtuDriver() {
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
     * Checks the parameters, loads the profile and opens the serial port.
     *
     * @throws DeviceException.InvalidAddress   for a URI without a device path
     * @throws DeviceException.UnknownParameter for a baud rate, parity, stop bits, unit, timeout or retries
     *                                          out of range, or a profile that is neither built in nor a
     *                                          readable, valid file
     * @throws DeviceException.Connect          if the port cannot be opened (missing, busy, not permitted)
     */
    @Override
    public DeviceConnection open(DeviceAddress address, Clock clock) {
        long baud = address.integer("baud");
        if (baud < 300 || baud > 921_600) {
            throw ModbusOpening.bad(address, "baud", baud + " is outside 300-921600");
        }
        String parityName = address.text("parity").toLowerCase(Locale.ROOT);
        Integer parity = PARITIES.get(parityName);
        if (parity == null) {
            throw ModbusOpening.bad(address, "parity", "'" + address.text("parity") + "' is not none, even or odd");
        }
        long stopBits = address.integer("stopBits");
        if (stopBits != 1 && stopBits != 2) {
            throw ModbusOpening.bad(address, "stopBits", stopBits + " is not 1 or 2");
        }
        String device = address.path();
        if (device.isEmpty() || device.equals("/")) {
            throw new DeviceException.InvalidAddress("no serial device path in " + address.uri()
                    + "; e.g. modbus-rtu:///dev/ttyUSB0?unit=3&profile=cryomech-cpa");
        }
        String name = SCHEME + " " + device + " " + baud + " " + parityName.charAt(0) + stopBits;
        return ModbusOpening.open(address, new ModbusLink.Endpoint() {
            @Override
            public AbstractModbusMaster master(int timeoutMillis) {
                SerialParameters parameters = new SerialParameters();
                parameters.setPortName(device);
                parameters.setBaudRate((int) baud);
                parameters.setDatabits(8);
                parameters.setParity(parity);
                parameters.setStopbits(stopBits == 1 ? SerialPort.ONE_STOP_BIT : SerialPort.TWO_STOP_BITS);
                parameters.setFlowControlIn(SerialPort.FLOW_CONTROL_DISABLED);
                parameters.setFlowControlOut(SerialPort.FLOW_CONTROL_DISABLED);
                parameters.setEncoding(Modbus.SERIAL_ENCODING_RTU);
                return new ModbusSerialMaster(parameters, timeoutMillis);
            }

            /** On an open port, a request j2mod could not read an answer to met silence (or garbage). */
            @Override
            public boolean silence(Exception failure) {
                return failure instanceof ModbusIOException || ModbusLink.mentionsTimeout(failure);
            }

            @Override
            public String toString() {
                return name;
            }
        }, clock);
    }
}
