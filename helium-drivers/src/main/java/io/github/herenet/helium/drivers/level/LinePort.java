package io.github.herenet.helium.drivers.level;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One open byte link to an instrument (a TCP socket, a serial port) that writes commands and reads
 * answers line by line with a deadline. A line ends at CR, LF or CRLF; empty lines (the LF of a CRLF
 * read separately, a blank line) are skipped. Subclasses supply the bytes. Not thread-safe:
 * {@link LineLink} runs one exchange at a time.
 */
abstract class LinePort implements AutoCloseable {

    /** The longest line accepted; a longer one is garbage. */
    static final int MAX_LINE = 1024;

    private final byte[] buffer = new byte[256];
    private int position;
    private int limit;

    /** Thrown when no complete line arrived before the deadline. */
    static final class LineTimeout extends IOException {
        private static final long serialVersionUID = 1L;

        LineTimeout(String message) {
            super(message);
        }
    }

    /** Thrown when a line is longer than {@link #MAX_LINE}. */
    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        final String start;

        LineTooLong(String start) {
            super("a line longer than " + MAX_LINE + " bytes");
            this.start = start;
        }
    }

    /**
     * Reads up to {@code buffer.length} bytes, waiting at most {@code timeoutMillis} (>= 1) for the first.
     *
     * @return the number of bytes read, 0 when none came in time
     * @throws IOException when the link is lost (end of stream counts)
     */
    protected abstract int read(byte[] buffer, int timeoutMillis) throws IOException;

    /** Writes all of {@code bytes}. */
    protected abstract void write(byte[] bytes) throws IOException;

    /** Releases the link. Idempotent; never throws. */
    @Override
    public abstract void close();

    /** Sends {@code command} followed by {@code lineEnding}, after discarding bytes already waiting. */
    final void send(String command, String lineEnding) throws IOException {
        position = 0;
        limit = 0;
        write((command + lineEnding).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The next non-empty line, without its line end, decoded as ISO-8859-1 (any byte is a character, so
     * garbage reaches the parser to be quoted).
     *
     * @param deadlineNanos the {@link System#nanoTime()} by which the line must be complete
     * @throws LineTimeout  when it is not complete by then
     * @throws LineTooLong  when it exceeds {@link #MAX_LINE} bytes
     * @throws IOException  when the link is lost
     */
    final String readLine(long deadlineNanos) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            while (position < limit) {
                char c = (char) (buffer[position++] & 0xff);
                if (c == '\r' || c == '\n') {
                    if (line.length() > 0) {
                        return line.toString();
                    }
                } else if (line.length() >= MAX_LINE) {
                    throw new LineTooLong(line.substring(0, 80));
                } else {
                    line.append(c);
                }
            }
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                throw new LineTimeout(line.length() == 0 ? "no answer"
                        : "an unfinished line \"" + ReplyText.quote(line.toString()) + "\"");
            }
            int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (remaining + 999_999) / 1_000_000));
            position = 0;
            limit = read(buffer, millis);
        }
    }
}
