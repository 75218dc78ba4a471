package io.github.herenet.helium.drivers.level;

import com.fazecast.jSerialComm.SerialPort;

import java.io.IOException;

/**
 * A {@link LinePort} on a serial port through jSerialComm, 8N1 without flow control. Reads use
 * jSerialComm's semi-blocking mode: wait up to the deadline for the first byte, then return what is there.
 */
final class SerialLinePort extends LinePort {

    private final SerialPort port;
    private int timeoutMillis = -1;

    private SerialLinePort(SerialPort port) {
        this.port = port;
    }

    /**
     * Opens {@code device} (e.g. {@code /dev/ttyUSB0}) at {@code baud}, 8 data bits, no parity, one stop bit.
     *
     * @throws IOException when it does not exist or cannot be opened
     */
    static SerialLinePort open(String device, int baud) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(device);
        } catch (RuntimeException e) {
            throw new IOException("no serial port " + device + ": " + e.getMessage(), e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + device + " (error " + port.getLastErrorCode()
                    + " at " + port.getLastErrorLocation() + "): missing, busy or not permitted");
        }
        return new SerialLinePort(port);
    }

    @Override
    protected int read(byte[] buffer, int timeoutMillis) throws IOException {
        if (timeoutMillis != this.timeoutMillis) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    timeoutMillis, timeoutMillis);
            this.timeoutMillis = timeoutMillis;
        }
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0) {
            throw new IOException("serial port " + port.getSystemPortPath() + " failed (error "
                    + port.getLastErrorCode() + "): unplugged?");
        }
        return n;
    }

    @Override
    protected void write(byte[] bytes) throws IOException {
        int n = port.writeBytes(bytes, bytes.length);
        if (n != bytes.length) {
            throw new IOException("serial port " + port.getSystemPortPath() + " wrote " + n + " of "
                    + bytes.length + " bytes (error " + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public void close() {
        port.closePort();
    }
}
