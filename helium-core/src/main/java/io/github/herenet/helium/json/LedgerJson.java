package io.github.herenet.helium.json;

import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.RecordedEvent;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A whole ledger as one JSON document, for export, archive and import:
 *
 * <pre>{@code
 * {"format":"herenet-ledger","version":1,"events":[{"sequence":1,"event":{"type":"LiquidDelivered",...}},...]}
 * }</pre>
 *
 * <p>Each {@code "event"} is in the form of {@link EventJson}; sequence numbers run 1, 2, 3, ... without
 * gaps. Both directions stream: {@link #export} writes event by event with a {@link JsonGenerator}, and
 * {@link #read} parses event by event, never holding the document as a tree, so a million events need
 * only the memory of the events themselves.
 *
 * <p>{@link #read} is all-or-nothing: it returns every event or throws on the first problem, so that the
 * caller can append the list to a ledger as one atomic batch.
 *
 * <p>Stateless and thread-safe.
 */
public final class LedgerJson {

    /** The value of {@code "format"}. */
    public static final String FORMAT = "herenet-ledger";
    /** The value of {@code "version"} this class writes and reads. */
    public static final int VERSION = 1;

    private static final String SHAPE = "{\"format\": \"" + FORMAT + "\", \"version\": " + VERSION + ", \"events\": [...]}";

    private LedgerJson() {
    }

    /**
     * Writes {@code events} as a compact ledger document to {@code out}, which is flushed but not closed.
     *
     * @param events the ledger's events, numbered 1, 2, 3, ... in order (an empty list is an empty ledger)
     * @param out    where the document goes
     * @throws IllegalArgumentException if the sequence numbers do not run 1, 2, 3, ... (checked before
     *                                  anything is written: such a document could not be read back)
     * @throws IOException              if {@code out} fails
     */
    public static void export(List<RecordedEvent> events, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        long expected = 1;
        for (RecordedEvent recorded : events) {
            if (recorded.sequence() != expected) {
                throw new IllegalArgumentException("a ledger export needs sequence numbers 1, 2, 3, ... without gaps; "
                        + "event " + expected + " has sequence " + recorded.sequence());
            }
            expected++;
        }
        try (JsonGenerator g = JsonIo.generator(out, false)) {
            g.writeStartObject().write("format", FORMAT).write("version", VERSION).writeStartArray("events");
            for (Iterator<RecordedEvent> it = events.iterator(); it.hasNext(); ) {
                RecordedEvent recorded = it.next();
                g.writeStartObject().write("sequence", recorded.sequence());
                EventJson.write(g, "event", recorded.event());
                g.writeEnd();
            }
            g.writeEnd().writeEnd();
        } catch (JsonException e) {
            throw JsonIo.ioCause(e);
        }
    }

    /**
     * Imports a ledger document into {@code ledger}: reads and checks the whole document, then appends
     * all its events as one batch, which the ledger checks against what it holds and records all or
     * none. After a failure of either kind nothing of the document is in the ledger.
     *
     * @param ledger the ledger to append to
     * @param in     a ledger document (left open)
     * @return the events as recorded, with their sequence numbers in {@code ledger}
     * @throws JsonFormatException       if the document is malformed (with the problem's location)
     * @throws io.github.herenet.helium.ledger.LedgerValidationException if an event does not fit the ledger
     * @throws IOException               if {@code in} cannot be read
     */
    public static List<RecordedEvent> importInto(Ledger ledger, Reader in) throws IOException {
        return ledger.appendAll(read(in));
    }

    /**
     * Reads a ledger document to its end and returns its events in sequence order, after checking all of
     * them: the format and version, sequence numbers 1, 2, 3, ... without gaps, and every event. Nothing
     * is returned unless all is well. {@code in} is left open.
     *
     * @param in a ledger document
     * @return the events, the first having sequence number 1
     * @throws JsonFormatException at the first problem, with its location: line and column for malformed
     *                             JSON, else the JSON pointer ({@code /events/1234/event/litres: must be a
     *                             number, got "abc"})
     * @throws IOException         if {@code in} cannot be read
     */
    public static List<LedgerEvent> read(Reader in) throws IOException {
        return JsonIo.read(in, parser -> {
            List<LedgerEvent> events = document(parser);
            if (parser.hasNext()) {
                throw new Problem(Pointer.ROOT, "holds more than one JSON value");
            }
            return events;
        });
    }

    private static List<LedgerEvent> document(JsonParser parser) {
        if (!parser.hasNext()) {
            throw new Problem(Pointer.ROOT, "is empty: expected " + SHAPE);
        }
        JsonParser.Event start = parser.next();
        if (start != JsonParser.Event.START_OBJECT) {
            throw new Problem(Pointer.ROOT, "must be " + SHAPE + ", got "
                    + JsonIo.describe(JsonTree.value(parser, start, Pointer.ROOT)));
        }
        boolean format = false;
        boolean version = false;
        List<LedgerEvent> events = null;
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
            String key = parser.getString();
            Pointer at = Pointer.ROOT.field(key);
            JsonParser.Event value = parser.next();
            boolean repeated;
            switch (key) {
                case "format":
                    repeated = format;
                    format = true;
                    expect(parser, value, at, repeated, FORMAT, "\"" + FORMAT + "\"");
                    break;
                case "version":
                    repeated = version;
                    version = true;
                    expect(parser, value, at, repeated, new JsonTree.Num(String.valueOf(VERSION)),
                            VERSION + " (the version this reader knows)");
                    break;
                case "events":
                    if (events != null) {
                        throw new Problem(at, "appears twice in its object");
                    }
                    if (value != JsonParser.Event.START_ARRAY) {
                        throw new Problem(at, "must be an array, got " + JsonIo.describe(JsonTree.value(parser, value, at)));
                    }
                    events = events(parser, at);
                    break;
                default:
                    throw new Problem(at, "is not a known field here; known fields: format, version, events");
            }
        }
        if (!format) {
            throw new Problem(Pointer.ROOT.field("format"), "is missing");
        }
        if (!version) {
            throw new Problem(Pointer.ROOT.field("version"), "is missing");
        }
        if (events == null) {
            throw new Problem(Pointer.ROOT.field("events"), "is missing");
        }
        return events;
    }

    private static void expect(JsonParser parser, JsonParser.Event event, Pointer at, boolean repeated,
                               Object expected, String description) {
        if (repeated) {
            throw new Problem(at, "appears twice in its object");
        }
        Object value = JsonTree.value(parser, event, at);
        if (!expected.equals(value)) {
            throw new Problem(at, "must be " + description + ", got " + JsonIo.describe(value));
        }
    }

    /** The events of the array the parser has just entered, each checked. */
    private static List<LedgerEvent> events(JsonParser parser, Pointer array) {
        List<LedgerEvent> events = new ArrayList<>();
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
            long expected = events.size() + 1L;
            Fields entry = JsonTree.object(parser, e, array.item(events.size()), "an object {\"sequence\": n, \"event\": {...}}");
            events.add(entry.make(f -> {
                long sequence = f.integer("sequence");
                if (sequence != expected) {
                    throw new Problem(f.at("sequence"), "must be " + expected
                            + " (sequence numbers run 1, 2, 3, ... without gaps), got " + sequence);
                }
                return EventJson.read(f.object("event"));
            }));
        }
        return events;
    }
}
