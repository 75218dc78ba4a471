package io.github.herenet.helium.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated liquid-helium level meter on 127.0.0.1 that speaks one of three line protocols over TCP, so
 * drivers and lab software can be tested without the hardware:
 * <ul>
 *   <li>{@link Dialect#AMI1700}: {@code MEAS:HE:LEV?} answers the level in %, e.g. {@code 56.40};</li>
 *   <li>{@link Dialect#AMI135}: {@code UNIT} answers {@code C}, {@code I} or {@code %}, {@code LEVEL} the
 *       level in it; {@code CM}, {@code INCH}, {@code PERCENT} set the unit;</li>
 *   <li>{@link Dialect#LM510}: {@code MEAS? 1} answers e.g. {@code 35.2 cm}; {@code UNITS cm|in|percent}
 *       sets the unit; {@code *IDN?} names it; with {@link #echo(boolean)} every command is echoed first, as
 *       the meter does on RS-232.</li>
 * </ul>
 * Commands end at CR, LF or CRLF; other commands get no answer. Answers end with {@link #replyEnding} (CRLF
 * by default) and can be {@link #padded}; {@link #silent} and {@link #garbage} modes act like a hung or a
 * broken meter.
 *
 * <pre>{@code
 * try (LevelMeterServer meter = LevelMeterServer.start(LevelMeterServer.Dialect.AMI1700)) {
 *     meter.level(56.4);
 *     URI uri = URI.create("tcp://127.0.0.1:" + meter.port() + "?protocol=ami1700");
 * }
 * }</pre>
 *
 * <p>The server owns its listening socket, its accepted sockets and their threads, so {@link #close()} ends
 * every one of them, like a meter switched off. {@link #serve(InputStream, OutputStream)} answers on any
 * stream pair instead (a pseudo-terminal). Thread-safe; all threads are daemon threads named
 * {@code helium-sim level-meter :PORT ...}.
 */
public final class LevelMeterServer implements AutoCloseable {

    /** The protocols it speaks. */
    public enum Dialect {
        /** AMI Model 135. */
        AMI135,
        /** AMI Model 1700. */
        AMI1700,
        /** Cryomagnetics LM-500/510. */
        LM510
    }

    /** The name every thread of a server starts with. */
    public static final String THREAD_PREFIX = "helium-sim level-meter";

    private static final int MAX_LINE = 4096;
    private static final List<String> NONSENSE = List.of("?", "-E- 0x1f", "\u00ff\u00fe\u0001", "35.2 furlongs",
            "level high", "ERR", ".", "1.2.3", "--5 cm", "NaN");

    private final Dialect dialect;
    private final Acceptor acceptor;
    private final AtomicInteger commands = new AtomicInteger();
    private final AtomicInteger nonsense = new AtomicInteger();
    private volatile double level = 50.0;
    private volatile String unit;
    private volatile boolean silent;
    private volatile boolean garbage;
    private volatile boolean echo;
    private volatile boolean padded;
    private volatile String replyEnding = "\r\n";

    private LevelMeterServer(Dialect dialect, ServerSocket serverSocket) {
        this.dialect = dialect;
        this.unit = dialect == Dialect.LM510 ? "cm" : "%";
        this.acceptor = new Acceptor(serverSocket, THREAD_PREFIX, socket -> () -> session(socket));
        acceptor.start();
    }

    /**
     * Starts a meter speaking {@code dialect} on a free port of 127.0.0.1, level 50 (in % for the AMI
     * meters, cm for the LM-510).
     *
     * @throws UncheckedIOException if no port can be bound
     */
    public static LevelMeterServer start(Dialect dialect) {
        return start(dialect, 0);
    }

    /**
     * Starts a meter on a given port of 127.0.0.1 (0 for a free one), e.g. to restart it on the port its
     * clients know.
     *
     * @throws IllegalArgumentException for a port outside 0-65535
     * @throws UncheckedIOException     if the port cannot be bound (in use)
     */
    public static LevelMeterServer start(Dialect dialect, int port) {
        Objects.requireNonNull(dialect, "dialect");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0-65535");
        }
        return new LevelMeterServer(dialect, Acceptor.listen(port, "a " + dialect + " level meter"));
    }

    /** The protocol it speaks. */
    public Dialect dialect() {
        return dialect;
    }

    /** The TCP port it listens on. */
    public int port() {
        return acceptor.port();
    }

    /** Sets the level it reports, in its current {@link #unit()}. */
    public void level(double level) {
        this.level = level;
    }

    /** The level it reports. */
    public double level() {
        return level;
    }

    /**
     * Sets the unit it reports in: {@code cm}, {@code in} or {@code %} (the AMI 1700 reports % only).
     *
     * @throws IllegalArgumentException for another unit, or a length unit on an AMI 1700
     */
    public void unit(String unit) {
        if (!List.of("cm", "in", "%").contains(unit) || (dialect == Dialect.AMI1700 && !unit.equals("%"))) {
            throw new IllegalArgumentException("a " + dialect + " cannot report in '" + unit + "'");
        }
        this.unit = unit;
    }

    /** The unit it reports in. */
    public String unit() {
        return unit;
    }

    /** While silent, it reads commands but never answers: a hung meter, for testing timeouts. */
    public void silent(boolean silent) {
        this.silent = silent;
    }

    /** While on, it answers every query with nonsense (a different line each time): a broken meter. */
    public void garbage(boolean garbage) {
        this.garbage = garbage;
    }

    /** While on, it echoes every command line before answering, as an LM-510 does on RS-232. */
    public void echo(boolean echo) {
        this.echo = echo;
    }

    /** While on, answers have spaces before and after them (" 35.2 cm "). */
    public void padded(boolean padded) {
        this.padded = padded;
    }

    /**
     * What ends each answer: {@code "\r\n"} (the default), {@code "\n"} or {@code "\r"}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public void replyEnding(String ending) {
        if (!List.of("\r\n", "\n", "\r").contains(ending)) {
            throw new IllegalArgumentException("a reply ends with CR, LF or CRLF, not '" + ending + "'");
        }
        this.replyEnding = ending;
    }

    /** How many client connections are open now. */
    public int connections() {
        return acceptor.connections();
    }

    /** How many command lines it has received in all. */
    public int commands() {
        return commands.get();
    }

    /**
     * Answers commands read from {@code in} on {@code out} until {@code in} ends or fails, or the server is
     * closed: the meter behind a pseudo-terminal or any other stream pair. Blocks the calling thread.
     */
    public void serve(InputStream in, OutputStream out) {
        try {
            StringBuilder line = new StringBuilder();
            int b;
            while (!acceptor.isClosed() && (b = in.read()) >= 0) {
                if (b == '\r' || b == '\n') {
                    if (line.length() > 0) {
                        answer(line.toString(), out);
                        line.setLength(0);
                    }
                } else if (line.length() < MAX_LINE) {
                    line.append((char) b);
                }
            }
        } catch (IOException e) {
            // the client hung up or the server is closing
        }
    }

    /**
     * Stops listening, closes every accepted connection and waits for its threads to end; the port is free
     * again when it returns. Idempotent.
     *
     * @throws IllegalStateException if a thread did not end within 5 s
     */
    @Override
    public void close() {
        acceptor.close();
    }

    private void answer(String command, OutputStream out) throws IOException {
        commands.incrementAndGet();
        if (silent) {
            return;
        }
        StringBuilder reply = new StringBuilder();
        if (echo) {
            reply.append(command).append(replyEnding);
        }
        String text = respond(command.strip());
        if (text != null) {
            if (garbage) {
                text = NONSENSE.get(Math.floorMod(nonsense.getAndIncrement(), NONSENSE.size()));
            }
            reply.append(padded ? "  " + text + " " : text).append(replyEnding);
        }
        if (reply.length() > 0) {
            out.write(reply.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }

    /** The answer to a command, or null when it has none (a setting, or an unknown command). */
    private String respond(String command) {
        String upper = command.toUpperCase(Locale.ROOT);
        return switch (dialect) {
            case AMI1700 -> upper.equals("MEAS:HE:LEV?") ? number(level, 2) : null;
            case AMI135 -> switch (upper) {
                case "UNIT" -> unit.equals("cm") ? "C" : unit.equals("in") ? "I" : "%";
                case "LEVEL" -> number(level, 2);
                case "CM" -> set("cm");
                case "INCH" -> set("in");
                case "PERCENT" -> set("%");
                default -> null;
            };
            case LM510 -> {
                if (upper.equals("MEAS? 1") || upper.equals("MEAS?")) {
                    yield number(level, 1) + " " + unit;
                } else if (upper.equals("*IDN?")) {
                    yield "CRYOMAGNETICS,LM-510,SIMULATED,1.0";
                } else if (upper.startsWith("UNITS ")) {
                    String wanted = upper.substring(6).strip();
                    yield set(wanted.equals("CM") ? "cm" : wanted.equals("IN") ? "in" : "%");
                }
                yield null;
            }
        };
    }

    private String set(String newUnit) {
        unit = newUnit;
        return null;
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private void session(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            serve(socket.getInputStream(), socket.getOutputStream());
        } catch (IOException e) {
            // could not set up the connection: drop it (the acceptor closes its socket)
        }
    }
}
