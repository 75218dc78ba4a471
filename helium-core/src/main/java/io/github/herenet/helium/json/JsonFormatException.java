package io.github.herenet.helium.json;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * JSON text that cannot be read as what it should describe: malformed JSON, a value of the wrong type, a
 * missing or unknown field, an unknown type name, or values the model refuses (a negative volume, a
 * duplicate id). The message says where: line and column for malformed JSON, a JSON pointer such as
 * {@code /vessels/3/waterVolumeM3} for a bad value, or the field of a single event
 * ({@code event 'LiquidDelivered': field 'litres' must be a number, got "abc"}).
 */
public final class JsonFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON pointer of the bad value; {@code null} for malformed JSON. */
    private final String pointer;
    /** The line of malformed JSON, from 1; -1 if not known or not malformed. */
    private final long line;
    /** The column of malformed JSON, from 1; -1 if not known or not malformed. */
    private final long column;

    /** A bad value at {@code pointer}. */
    JsonFormatException(String message, String pointer) {
        super(message);
        this.pointer = pointer;
        this.line = -1;
        this.column = -1;
    }

    /** Malformed JSON at {@code line}, {@code column} (from 1; -1 when the parser did not say). */
    JsonFormatException(String message, long line, long column, Throwable cause) {
        super(message, cause);
        this.pointer = null;
        this.line = line;
        this.column = column;
    }

    /**
     * A bad value at {@code pointer} in a document read by a codec outside this package (a simulation
     * scenario embedding a network, say): the message is {@code pointer: detail}, as this package writes it.
     *
     * @param pointer the RFC 6901 pointer of the offending or missing value ({@code ""} for the document)
     * @param detail  what is wrong and what is allowed, e.g. {@code must be a number, got "abc"}
     * @return the exception, to be thrown
     */
    public static JsonFormatException at(String pointer, String detail) {
        java.util.Objects.requireNonNull(pointer, "pointer");
        return new JsonFormatException((pointer.isEmpty() ? "(document)" : pointer) + ": " + detail, pointer);
    }

    /**
     * Malformed JSON found by a jakarta.json parser outside this package, with the parser's line and column.
     *
     * @param e the parser's exception
     * @return the exception, to be thrown
     */
    public static JsonFormatException malformed(jakarta.json.stream.JsonParsingException e) {
        return JsonIo.malformed(e, "");
    }

    /**
     * This problem as found in a document embedded at {@code parent} of a larger one: the pointer and the
     * message are prefixed with it ({@code /vessels/3/id} under {@code /network} is {@code /network/vessels/3/id}).
     * Malformed JSON (no pointer) is returned unchanged.
     *
     * @param parent the pointer of the embedded document in the larger one
     * @return the relocated exception
     */
    public JsonFormatException under(String parent) {
        if (pointer == null) {
            return this;
        }
        String message = getMessage();
        int colon = message.indexOf(": ");
        String detail = colon < 0 ? message : message.substring(colon + 2);
        JsonFormatException moved = at(parent + pointer, detail);
        moved.initCause(this);
        return moved;
    }

    /**
     * The RFC 6901 JSON pointer to the offending or missing value ({@code ""} for the whole document,
     * {@code /events/12/event/litres}); empty for malformed JSON, which has a {@link #line()} instead.
     *
     * @return the pointer, if the JSON was well-formed
     */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }

    /**
     * The line (from 1) of malformed JSON.
     *
     * @return the line, empty for a well-formed document with a bad value
     */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /**
     * The column (from 1) of malformed JSON.
     *
     * @return the column, empty for a well-formed document with a bad value
     */
    public OptionalLong column() {
        return column > 0 ? OptionalLong.of(column) : OptionalLong.empty();
    }
}
