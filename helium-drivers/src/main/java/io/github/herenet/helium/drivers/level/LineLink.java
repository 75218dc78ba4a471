package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.drivers.internal.Attempts;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * One link to a level meter over a {@link LinePort} (TCP or serial): runs one level read at a time with a
 * deadline per attempt, our own retries with back-off, and a fresh port after any failure, so a late answer
 * is never read as the next one's. A protocol error (garbage) is the meter's answer: it is not retried, but
 * the port is reopened for the next read. All attempts together end within {@code timeout x (retries + 1)}
 * plus the back-off pauses. Thread-safe: reads are serialised.
 */
final class LineLink implements AutoCloseable {

    /** Opens a port to the meter. */
    @FunctionalInterface
    interface Opener {
        /** @throws SocketTimeoutException when the connect deadline passed; IOException when it failed */
        LinePort open(int timeoutMillis) throws IOException;
    }

    private final String name;
    private final LevelProtocol protocol;
    private final Opener opener;
    private final int timeoutMillis;
    private final Attempts attempts;
    private LinePort port;
    private boolean closed;

    /**
     * @param name    the meter for messages, e.g. {@code "tcp 10.0.0.5:7180 (AMI1700)"}
     * @param timeout deadline of one attempt, 1 ms to 1 h
     * @param retries attempts after a failed one, 0-100
     */
    LineLink(String name, LevelProtocol protocol, Opener opener, Duration timeout, int retries) {
        this.name = Objects.requireNonNull(name, "name");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.opener = Objects.requireNonNull(opener, "opener");
        long millis = timeout.toMillis();
        if (millis < 1 || millis > 3_600_000) {
            throw new IllegalArgumentException("timeout " + timeout + " is outside 1 ms to 1 h");
        }
        if (retries < 0 || retries > 100) {
            throw new IllegalArgumentException("retries " + retries + " is outside 0-100");
        }
        this.timeoutMillis = (int) millis;
        this.attempts = new Attempts(timeoutMillis, retries);
    }

    /**
     * Reads the level, retrying as configured.
     *
     * @throws DeviceException.Protocol quoting the answer when it does not follow the protocol
     * @throws DeviceException.Timeout  when the last attempt got no (complete) answer in time
     * @throws DeviceException.Connect  when the last attempt could not connect or lost the link
     * @throws IllegalStateException    when the link is closed
     */
    synchronized LevelValue readLevel() {
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
        return attempts.run(() -> {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            try {
                LinePort open = connected();
                return protocol.readLevel(new LevelProtocol.Exchange() {
                    @Override
                    public String ask(String command) throws IOException {
                        open.send(command, protocol.lineEnding());
                        return open.readLine(deadline);
                    }

                    @Override
                    public String next() throws IOException {
                        return open.readLine(deadline);
                    }
                });
            } catch (DeviceException.Protocol e) {
                disconnect();
                throw new DeviceException.Protocol(name + ": " + e.getMessage(), e.code(), e);
            } catch (LinePort.LineTooLong e) {
                disconnect();
                throw new DeviceException.Protocol(name + " sent a line longer than " + LinePort.MAX_LINE
                        + " bytes, starting \"" + ReplyText.quote(e.start) + "\"", -1, e);
            } catch (LinePort.LineTimeout | SocketTimeoutException e) {
                Attempts.Failed failed = new Attempts.Failed(new DeviceException.Timeout(name + ": " + e.getMessage()
                        + " within " + timeoutMillis + " ms", e));
                disconnect();
                throw failed;
            } catch (IOException e) {
                Attempts.Failed failed = new Attempts.Failed(
                        new DeviceException.Connect(name + ": the link failed: " + e.getMessage(), e));
                disconnect();
                throw failed;
            }
        });
    }

    /** Closes the port, if open; further reads are refused. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        disconnect();
    }

    private LinePort connected() throws IOException {
        if (port == null) {
            port = opener.open(timeoutMillis);
        }
        return port;
    }

    private void disconnect() {
        if (port != null) {
            port.close();
            port = null;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
