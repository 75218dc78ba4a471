package io.github.herenet.helium.json;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

/**
 * Reads JSON values from a streaming parser into a light tree that remembers where each value is:
 * {@link Fields} for objects, {@link Items} for arrays, {@link String}, {@link Num} (the number's text,
 * converted only when asked for), {@link Boolean} and {@link JsonValue#NULL}. Cheaper than the
 * jakarta.json object model (no {@code BigDecimal} per number), and its getters report errors with the
 * value's location.
 */
final class JsonTree {

    private JsonTree() {
    }

    /**
     * A JSON number as written: converted by {@link Double#parseDouble} (exact round trip of the
     * shortest representation) or {@link Long#parseLong} when a field is read.
     *
     * @param text the number's JSON text
     */
    record Num(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * Reads a whole document holding one value.
     *
     * @throws Problem if there is no value
     * @throws jakarta.json.stream.JsonParsingException for malformed JSON or anything after the value
     */
    static Object document(JsonParser parser) {
        if (!parser.hasNext()) {
            throw new Problem(Pointer.ROOT, "is empty: expected a JSON value");
        }
        Object value = value(parser, parser.next(), Pointer.ROOT);
        if (parser.hasNext()) {
            throw new Problem(Pointer.ROOT, "holds more than one JSON value");
        }
        return value;
    }

    /** Reads the value that starts with {@code event} (already taken from the parser), which sits {@code at}. */
    static Object value(JsonParser parser, JsonParser.Event event, Pointer at) {
        switch (event) {
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER:
                return new Num(parser.getString());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return JsonValue.NULL;
            case START_OBJECT:
                return Fields.read(parser, at);
            case START_ARRAY:
                return Items.read(parser, at);
            default:
                throw new IllegalStateException("parser event " + event + " where a value starts");
        }
    }

    /** Reads the value that starts with {@code event} and requires an object. */
    static Fields object(JsonParser parser, JsonParser.Event event, Pointer at, String what) {
        Object value = value(parser, event, at);
        if (value instanceof Fields fields) {
            return fields;
        }
        throw new Problem(at, "must be " + what + ", got " + JsonIo.describe(value));
    }
}
