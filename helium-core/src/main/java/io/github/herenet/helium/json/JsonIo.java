package io.github.herenet.helium.json;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import java.io.FilterReader;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the codecs share about jakarta.json: the provider and its factories, looked up once (a lookup per
 * call would cost a service-loader scan), the conversion of parser failures, and small adapters for the
 * caller's readers and writers. The factories are thread-safe.
 */
final class JsonIo {

    /** The jakarta.json implementation (Eclipse Parsson at run time). */
    static final JsonProvider PROVIDER = JsonProvider.provider();
    /** Parsers, default configuration. */
    static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
    /** Generators writing compact JSON (no white space). */
    static final JsonGeneratorFactory COMPACT = PROVIDER.createGeneratorFactory(Map.of());
    /** Generators writing indented JSON, one member per line. */
    static final JsonGeneratorFactory PRETTY =
            PROVIDER.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private static final int MAX_QUOTED = 80;

    private JsonIo() {
    }

    /** A parser over {@code in} that leaves {@code in} open when it is closed. */
    static JsonParser parser(Reader in) {
        return PARSERS.createParser(new FilterReader(in) {
            @Override
            public void close() {
                // the caller owns the reader
            }
        });
    }

    /** A compact or pretty generator writing to {@code out} that flushes, but does not close, {@code out}. */
    static JsonGenerator generator(Writer out, boolean pretty) {
        return (pretty ? PRETTY : COMPACT).createGenerator(new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }

    /** Malformed JSON, with the parser's line and column. */
    /** Reads a JSON document from {@code in} with {@code body}, turning every failure into a located {@link JsonFormatException}. */
    static <T> T read(Reader in, Function<JsonParser, T> body) throws IOException {
        Objects.requireNonNull(in, "in");
        try (JsonParser parser = parser(in)) {
            return body.apply(parser);
        } catch (Problem p) {
            throw p.located();
        } catch (JsonParsingException e) {
            throw malformed(e, "");
        } catch (JsonException e) {
            throw ioOrThrow(e, "");
        }
    }

    /**
     * Reads a document that must be one JSON object, built by {@code make} ({@link Fields#make}: members it
     * does not ask for are refused); {@code shape} describes the expected object for the error message.
     */
    static <T> T readObject(Reader in, String shape, Function<Fields, T> make) throws IOException {
        return read(in, parser -> {
            Object value = JsonTree.document(parser);
            if (!(value instanceof Fields fields)) {
                throw new Problem(Pointer.ROOT, "must be an object " + shape + ", got " + describe(value));
            }
            return fields.make(make);
        });
    }

    static JsonFormatException malformed(JsonParsingException e, String prefix) {
        JsonLocation location = e.getLocation();
        long line = location == null ? -1 : location.getLineNumber();
        long column = location == null ? -1 : location.getColumnNumber();
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        return new JsonFormatException(prefix + "malformed JSON" + where + ": " + e.getMessage(), line, column, e);
    }

    /**
     * A parser or generator failure other than malformed JSON: the {@link IOException} of the caller's
     * reader or writer if that was the cause, else a {@link JsonFormatException}.
     */
    static IOException ioOrThrow(JsonException e, String prefix) {
        if (e.getCause() instanceof IOException io) {
            return io;
        }
        throw new JsonFormatException(prefix + "unreadable JSON: " + e.getMessage(), -1, -1, e);
    }

    /** The {@link IOException} of the caller's writer that caused a generator failure; else {@code e} itself is thrown. */
    static IOException ioCause(JsonException e) {
        if (e.getCause() instanceof IOException io) {
            return io;
        }
        throw e;
    }

    /** {@link #ioOrThrow} for in-memory text, where an {@link IOException} cannot happen. */
    static RuntimeException inMemory(JsonException e, String prefix) {
        return new UncheckedIOException(ioOrThrow(e, prefix));
    }

    /** A value as a message shows it: {@code "abc"} (JSON-quoted), {@code 12.5}, {@code null}, {@code an object}. */
    static String describe(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Fields) {
            return "an object";
        }
        if (value instanceof Items) {
            return "an array";
        }
        if (value == JsonValue.NULL) {
            return "null";
        }
        return String.valueOf(value); // numbers (their JSON text) and booleans
    }

    /** A string as a JSON literal, escaped by the provider, shortened if long. */
    static String quote(String s) {
        String text = s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "..." : s;
        return PROVIDER.createValue(text).toString();
    }
}
