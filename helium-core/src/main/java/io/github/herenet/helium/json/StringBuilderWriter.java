package io.github.herenet.helium.json;

import java.io.Writer;

/** A {@link Writer} into a {@link StringBuilder}: {@link java.io.StringWriter} without its locking. Not thread-safe. */
final class StringBuilderWriter extends Writer {

    private final StringBuilder text;

    /** An empty writer with room for {@code capacity} characters. */
    StringBuilderWriter(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** What was written. */
    @Override
    public String toString() {
        return text.toString();
    }
}
