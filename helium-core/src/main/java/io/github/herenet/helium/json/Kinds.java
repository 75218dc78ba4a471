package io.github.herenet.helium.json;

import jakarta.json.stream.JsonGenerator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The members of a sealed family (events, vessels, readings, liquid levels) and how each is written and
 * read as a JSON object with a {@code "type"} member naming it. Immutable once built; thread-safe.
 *
 * @param <T> the family
 */
final class Kinds<T> {

    /**
     * Writes the members of one kind, after {@code "type"} and any members its caller writes.
     *
     * @param <E> the kind
     */
    @FunctionalInterface
    interface Writer<E> {
        /** Writes {@code value}'s own members into the open object. */
        void write(JsonGenerator g, E value);
    }

    /**
     * One kind: its name in JSON, its class, and how to write and read it.
     *
     * @param <E> the kind
     */
    static final class Kind<E> {
        private final String name;
        private final Class<E> type;
        private final Writer<? super E> writer;
        private final Function<Fields, ? extends E> reader;

        private Kind(String name, Class<E> type, Writer<? super E> writer, Function<Fields, ? extends E> reader) {
            this.name = name;
            this.type = type;
            this.writer = writer;
            this.reader = reader;
        }

        /** The name written as {@code "type"}. */
        String name() {
            return name;
        }

        /** Writes the members of {@code value} (of this kind). */
        void writeMembers(JsonGenerator g, Object value) {
            writer.write(g, type.cast(value));
        }
    }

    private final Map<String, Kind<? extends T>> byName = new LinkedHashMap<>();
    private final Map<Class<?>, Kind<? extends T>> byClass = new HashMap<>();

    /** Adds a kind: written as {@code {"type": name, ...writer...}}, read by {@code reader}. */
    <E extends T> Kinds<T> add(String name, Class<E> type, Writer<? super E> writer, Function<Fields, ? extends E> reader) {
        Kind<E> kind = new Kind<>(name, type, writer, reader);
        byName.put(name, kind);
        byClass.put(type, kind);
        return this;
    }

    /** The kinds' names in the order they were added. */
    Iterable<String> names() {
        return byName.keySet();
    }

    /** Whether {@code name} is one of the kinds. */
    boolean knows(String name) {
        return name != null && byName.containsKey(name);
    }

    /** The kind of {@code value}. */
    Kind<? extends T> of(T value) {
        Kind<? extends T> kind = byClass.get(value.getClass());
        if (kind == null) {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
        return kind;
    }

    /** Writes {@code value} as an object, as member {@code key} of the open object ({@code null}: as a value). */
    void write(JsonGenerator g, String key, T value) {
        Kind<? extends T> kind = of(value);
        if (key == null) {
            g.writeStartObject();
        } else {
            g.writeStartObject(key);
        }
        g.write("type", kind.name);
        kind.writeMembers(g, value);
        g.writeEnd();
    }

    /** Reads an object of one of the kinds, named by its {@code "type"}, refusing members it does not have. */
    T read(Fields fields) {
        String name = fields.string("type");
        Kind<? extends T> kind = byName.get(name);
        if (kind == null) {
            throw new Problem(fields.at("type"), "must be one of " + String.join(", ", byName.keySet())
                    + ", got " + JsonIo.quote(name));
        }
        return fields.make(kind.reader);
    }
}
