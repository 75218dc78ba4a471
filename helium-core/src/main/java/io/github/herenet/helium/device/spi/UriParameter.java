package io.github.herenet.helium.device.spi;

import java.util.Objects;

/**
 * One query parameter a driver's URIs accept, documented: e.g. {@code timeout}, a duration, default
 * {@code 2s}, "deadline of every request". Drivers list all of theirs; any other is refused.
 *
 * @param name         the parameter's name in the query
 * @param type         its type: {@link Type}
 * @param defaultValue the value when absent, or {@code null} when the parameter is required
 * @param meaning      what it does, for error messages and documentation
 */
public record UriParameter(String name, Type type, String defaultValue, String meaning) {

    /** The value types parameters have. */
    public enum Type {
        /** Any text. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        NUMBER,
        /** A duration such as {@code 500ms}, {@code 2s}, {@code 1m}. */
        DURATION
    }

    /** @throws NullPointerException for a missing name, type or meaning */
    public UriParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** A required parameter. */
    public static UriParameter required(String name, Type type, String meaning) {
        return new UriParameter(name, type, null, meaning);
    }

    /** An optional parameter with its default. */
    public static UriParameter optional(String name, Type type, String defaultValue, String meaning) {
        return new UriParameter(name, type, Objects.requireNonNull(defaultValue, "default"), meaning);
    }

    /** "name (type, default X): meaning", for messages and documentation. */
    public String describe() {
        return name + " (" + type.name().toLowerCase(java.util.Locale.ROOT)
                + (defaultValue == null ? ", required" : ", default " + defaultValue) + "): " + meaning;
    }
}
