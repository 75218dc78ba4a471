package io.github.herenet.helium.sim;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.ModbusIOException;
import com.ghgande.j2mod.modbus.io.ModbusRTUTCPTransport;
import com.ghgande.j2mod.modbus.io.ModbusTCPTransport;
import com.ghgande.j2mod.modbus.msg.ModbusRequest;
import com.ghgande.j2mod.modbus.msg.ModbusResponse;
import com.ghgande.j2mod.modbus.net.AbstractModbusListener;
import com.ghgande.j2mod.modbus.procimg.ProcessImage;
import io.github.herenet.helium.device.DeviceProfile;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;

/**
 * A simulated Modbus TCP (or RTU) device on 127.0.0.1: serves a {@link DeviceProfile}'s registers under one unit
 * id, so drivers and lab software can be tested without the hardware.
 *
 * <pre>{@code
 * try (ModbusDeviceServer cpa = ModbusDeviceServer.start(DeviceProfile.builtIn("cryomech-cpa"), 1)) {
 *     cpa.set("highPressure", 280.5);                       // psi, into input registers 30019-30020
 *     URI uri = URI.create("modbus-tcp://127.0.0.1:" + cpa.port() + "?profile=cryomech-cpa");
 *     ...
 *     double enable = cpa.value("enable");                  // what a client wrote to 40001
 * }
 * }</pre>
 *
 * <p>j2mod decodes the requests and answers them from a j2mod process image (functions 3, 4, 6, 16 and
 * the rest j2mod implements; an address the profile does not use gets exception code 2, another unit id
 * code 11). The server owns its listening socket, its accepted sockets and their threads, so
 * {@link #close()} ends every one of them: it acts like a device that was switched off. (j2mod's own
 * {@code ModbusSlave} cannot do that: closing it leaves the connections it accepted open, and they go on
 * answering.) Owning the socket also means it binds port 0 and knows the port it got.
 *
 * <p>With {@link Framing#RTU} ({@link #startRtu}) it speaks Modbus RTU frames (unit, function, data, CRC;
 * no MBAP header) over its TCP connections instead, byte for byte as on a serial line, so a pseudo-terminal
 * bridged to it is a serial Modbus RTU device. Such a connection is kept however long it is idle, as a
 * serial line would be.
 *
 * <p>Thread-safe. One thread accepts, and one thread serves each open connection; all are daemon threads
 * named {@code helium-sim modbus-tcp :PORT ...}.
 */
public final class ModbusDeviceServer implements AutoCloseable {

    /** The name every thread of a server starts with. */
    public static final String THREAD_PREFIX = "helium-sim modbus-tcp";

    /** How requests and answers are framed on the server's connections. */
    public enum Framing {
        /** Modbus TCP: an MBAP header before each PDU. */
        TCP,
        /** Modbus RTU: unit id, PDU and CRC, as on a serial line. */
        RTU
    }

    private final Framing framing;

    private final ProfileImage image;
    private final int unitId;
    private final ImageListener listener = new ImageListener();
    private final Acceptor acceptor;
    private volatile boolean silent;
    private volatile long delayMillis;

    private ModbusDeviceServer(DeviceProfile profile, int unitId, ServerSocket serverSocket, Framing framing) {
        this.framing = framing;
        this.image = new ProfileImage(profile, unitId);
        this.unitId = unitId;
        this.acceptor = new Acceptor(serverSocket, THREAD_PREFIX, socket -> {
            ModbusTCPTransport transport = transport(socket);
            return () -> serve(transport);
        });
        acceptor.start();
    }

    /**
     * Starts a server for {@code profile} on a free port of 127.0.0.1; every register is 0.
     *
     * @param unitId the Modbus unit id it answers to, 0-255
     * @throws UncheckedIOException if no port can be bound
     */
    public static ModbusDeviceServer start(DeviceProfile profile, int unitId) {
        return start(profile, unitId, 0);
    }

    /**
     * Starts a server on a given port of 127.0.0.1 (0 for a free one), e.g. to restart a device on the
     * port its clients know.
     *
     * @throws IllegalArgumentException for a unit id outside 0-255 or a port outside 0-65535
     * @throws UncheckedIOException     if the port cannot be bound (in use)
     */
    public static ModbusDeviceServer start(DeviceProfile profile, int unitId, int port) {
        return start(profile, unitId, port, Framing.TCP);
    }

    /**
     * Starts a server that answers Modbus RTU frames on a free port of 127.0.0.1: bridge a
     * pseudo-terminal to it to get a serial Modbus RTU device.
     *
     * @throws IllegalArgumentException for a unit id outside 0-255
     * @throws UncheckedIOException     if no port can be bound
     */
    public static ModbusDeviceServer startRtu(DeviceProfile profile, int unitId) {
        return start(profile, unitId, 0, Framing.RTU);
    }

    /**
     * Starts a server with the given framing on a given port of 127.0.0.1 (0 for a free one).
     *
     * @throws IllegalArgumentException for a unit id outside 0-255 or a port outside 0-65535
     * @throws UncheckedIOException     if the port cannot be bound (in use)
     */
    public static ModbusDeviceServer start(DeviceProfile profile, int unitId, int port, Framing framing) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(framing, "framing");
        if (unitId < 0 || unitId > 255) {
            throw new IllegalArgumentException("Modbus unit id " + unitId + " is outside 0-255");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0-65535");
        }
        return new ModbusDeviceServer(profile, unitId, Acceptor.listen(port, "Modbus device " + profile.name()),
                framing);
    }

    /** The TCP port it listens on. */
    public int port() {
        return acceptor.port();
    }

    /** How it frames requests and answers. */
    public Framing framing() {
        return framing;
    }

    /** The unit id it answers to. */
    public int unitId() {
        return unitId;
    }

    /**
     * Sets a channel's value (in the channel's unit): encoded into its input or holding registers as the
     * profile says, for clients to read.
     *
     * @throws io.github.herenet.helium.device.DeviceException.InvalidAddress for a channel the profile lacks
     * @throws IllegalArgumentException for a value the register type cannot hold
     */
    public void set(String channel, double value) {
        image.set(channel, value);
    }

    /**
     * A channel's value now, decoded from its registers: what was {@link #set}, or what a client wrote.
     *
     * @throws io.github.herenet.helium.device.DeviceException.InvalidAddress for a channel the profile lacks
     */
    public double value(String channel) {
        return image.value(channel);
    }

    /**
     * While silent, the server accepts connections and reads requests but never answers: a device that
     * hangs, for testing timeouts.
     */
    public void silent(boolean silent) {
        this.silent = silent;
    }

    /**
     * Delays every answer by {@code delay} (zero for none): a slow device, whose answers arrive after the
     * client's deadline.
     */
    public void delay(Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    /** How many client connections are open now. */
    public int connections() {
        return acceptor.connections();
    }

    /**
     * Stops listening, closes every accepted connection and waits for all of the server's threads to end;
     * the port is free again when it returns. Idempotent.
     *
     * @throws IllegalStateException if a thread did not end within 5 s
     */
    @Override
    public void close() {
        acceptor.close();
    }

    /** A transport over an accepted connection, framed as the server frames. */
    private ModbusTCPTransport transport(Socket socket) throws SocketException {
        socket.setTcpNoDelay(true);
        if (framing == Framing.RTU) {
            ModbusTCPTransport transport = new ModbusRTUTCPTransport(socket);
            transport.setTimeout(0); // a serial line stays open while idle
            return transport;
        }
        return new ModbusTCPTransport(socket);
    }

    private void serve(ModbusTCPTransport transport) {
        try {
            while (!acceptor.isClosed()) {
                ModbusRequest request = transport.readRequest(listener);
                if (silent) {
                    continue;
                }
                ModbusResponse response;
                synchronized (image.lock()) {
                    response = request.getUnitID() == unitId ? request.createResponse(listener)
                            : request.createExceptionResponse(Modbus.GATEWAY_TARGET_NO_RESPONSE);
                }
                long delay = delayMillis;
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                transport.writeResponse(response);
            }
        } catch (ModbusIOException | RuntimeException e) {
            // the client hung up, sent garbage, or the server is closing: drop this connection only
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the acceptor closes the connection's socket when this returns
    }

    /** Gives j2mod's request handlers the image; it does not listen itself. */
    private final class ImageListener extends AbstractModbusListener {

        @Override
        public ProcessImage getProcessImage(int unit) {
            return unit == unitId ? image.processImage() : null;
        }

        @Override
        public void run() {
            throw new UnsupportedOperationException("the device server accepts connections itself");
        }

        @Override
        public void stop() {
            // nothing to stop: the server owns the sockets
        }
    }
}
