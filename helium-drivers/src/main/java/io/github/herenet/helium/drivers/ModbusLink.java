package io.github.herenet.helium.drivers;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.AbstractModbusMaster;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.drivers.internal.Attempts;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One Modbus link (TCP, or RTU on a serial port) to one unit: runs transactions one at a time with a
 * deadline, our own retries with back-off, and a fresh connection after any failure of the link. What
 * kind of link it is comes from its {@link Endpoint}, which makes the j2mod master.
 *
 * <p>Each attempt is one j2mod try ({@code setRetries(1)}; j2mod's 0 and its default both try five times,
 * multiplying the timeout). An attempt that fails on the link closes the socket or serial port, so a late
 * answer on a TCP connection can never be taken for the next request's; the next attempt connects anew. (A
 * serial line keeps bytes across a reopen: j2mod's RTU transport discards unread input before each request,
 * so only an answer arriving after the next request went out could be mistaken.) An exception response is
 * the device's answer: it is not retried. All attempts together end within about
 * {@code timeout x (retries + 1)} plus the back-off pauses (and, on a serial port, the time to reopen it).
 * Thread-safe: transactions are serialised.
 */
final class ModbusLink implements AutoCloseable {

    /** Where and how to reach the unit. */
    record Settings(Endpoint endpoint, int unit, Duration timeout, int retries) {
        Settings {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(timeout, "timeout");
        }

        @Override
        public String toString() {
            return endpoint + " unit " + unit;
        }
    }

    /**
     * Makes the j2mod master of one kind of link; its {@code toString} names the link in messages
     * ({@code "modbus-tcp host:502"}).
     */
    interface Endpoint {
        /** A new, unconnected master whose attempts each wait at most {@code timeoutMillis} for an answer. */
        AbstractModbusMaster master(int timeoutMillis);

        /**
         * Whether a failed request on a connected master means the device did not answer in time. A TCP
         * master says so in the message; a serial master only reports that it could not read an answer,
         * which on an open port means silence.
         */
        default boolean silence(Exception failure) {
            return mentionsTimeout(failure);
        }
    }

    /** Whether the exception's message says it timed out. */
    static boolean mentionsTimeout(Exception e) {
        String detail = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return detail.contains("timeout") || detail.contains("timed out");
    }

    /** A request on a connected j2mod master. */
    @FunctionalInterface
    interface Transaction<T> {
        T run(AbstractModbusMaster master, int unit) throws ModbusException;
    }

    private final Settings settings;
    private final int timeoutMillis;
    private final Attempts attempts;
    private AbstractModbusMaster master;
    private boolean closed;

    ModbusLink(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        long millis = settings.timeout().toMillis();
        if (millis < 1 || millis > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout " + settings.timeout() + " is outside 1 ms to 24 days");
        }
        if (settings.retries() < 0) {
            throw new IllegalArgumentException("retries " + settings.retries() + " must not be negative");
        }
        this.timeoutMillis = (int) millis;
        this.attempts = new Attempts(timeoutMillis, settings.retries());
    }

    /** Where it connects. */
    Settings settings() {
        return settings;
    }

    /**
     * Runs {@code transaction}, retrying as configured.
     *
     * @param what the request in words, for messages ("read of input registers 30001-30002")
     * @throws DeviceException.Protocol with the Modbus exception code when the device refuses the request
     * @throws DeviceException.Timeout  when the last attempt got no answer in time
     * @throws DeviceException.Connect  when the last attempt could not connect or lost the link
     * @throws IllegalStateException    when the link is closed
     */
    synchronized <T> T execute(String what, Transaction<T> transaction) {
        if (closed) {
            throw new IllegalStateException(settings + " is closed");
        }
        return attempts.run(() -> {
            try {
                return transaction.run(connected(), settings.unit());
            } catch (ModbusSlaveException e) {
                throw new DeviceException.Protocol(settings + " refused the " + what + " with Modbus exception code "
                        + e.getType() + " (" + ModbusSlaveException.getMessage(e.getType()) + ")", e.getType(), e);
            } catch (Attempts.Failed e) {
                disconnect();
                throw e;
            } catch (ModbusException | RuntimeException e) {
                Attempts.Failed failed = new Attempts.Failed(classify(what, e, settings.endpoint().silence(e)));
                disconnect();
                throw failed;
            }
        });
    }

    /** Closes the connection (socket or port), if open; further transactions are refused. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        disconnect();
    }

    private AbstractModbusMaster connected() throws Attempts.Failed {
        if (master == null) {
            AbstractModbusMaster fresh;
            try {
                fresh = settings.endpoint().master(timeoutMillis);
            } catch (RuntimeException e) {
                throw new Attempts.Failed(classify("connection", e, false));
            }
            try {
                fresh.connect();
            } catch (Exception e) {
                fresh.disconnect();
                throw new Attempts.Failed(classify("connection", e, mentionsTimeout(e)));
            }
            fresh.setRetries(1);            // one try per attempt: our loop does the retrying
            fresh.setCheckingValidity(true); // an answer to another request is a failure, never a value
            master = fresh;
        }
        return master;
    }

    private void disconnect() {
        if (master != null) {
            master.disconnect();
            master = null;
        }
    }

    private DeviceException classify(String what, Exception e, boolean timedOut) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (timedOut) {
            return new DeviceException.Timeout(settings + ": no answer to the " + what + " within "
                    + timeoutMillis + " ms: " + detail, e);
        }
        return new DeviceException.Connect(settings + ": the " + what + " failed on the link: " + detail, e);
    }
}
