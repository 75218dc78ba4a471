package io.github.herenet.helium.json;

import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LedgerJsonTest {

    private static final int COUNT = 3000;
    private static final int BAD = 1234;

    /** {@link #COUNT} events: the samples over and over, an hour apart; event {@link #BAD} delivers 77.25 L. */
    private static List<RecordedEvent> ledger() {
        List<LedgerEvent> samples = SampleEvents.all();
        List<RecordedEvent> events = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            LedgerEvent event = i == BAD
                    ? new LedgerEvent.LiquidDelivered(SampleEvents.T.plusSeconds(3600L * i), "D-07", "nmr-1", 77.25)
                    : samples.get(i % samples.size());
            events.add(new RecordedEvent(i + 1, event));
        }
        return events;
    }

    private static String export(List<RecordedEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        LedgerJson.export(events, out);
        return out.toString();
    }

    private static List<LedgerEvent> read(String text) throws IOException {
        return LedgerJson.read(new StringReader(text));
    }

    @Test
    void roundTripOfThousandsOfEvents() throws IOException {
        List<RecordedEvent> ledger = ledger();
        String text = export(ledger);
        assertThat(text).startsWith("{\"format\":\"herenet-ledger\",\"version\":1,\"events\":[{\"sequence\":1,\"event\":"
                + "{\"type\":\"LiquidDelivered\",").endsWith("}}]}");
        assertThat(read(text)).isEqualTo(ledger.stream().map(RecordedEvent::event).toList());
    }

    @Test
    void anEmptyLedger() throws IOException {
        String text = export(List.of());
        assertThat(text).isEqualTo("{\"format\":\"herenet-ledger\",\"version\":1,\"events\":[]}");
        assertThat(read(text)).isEmpty();
        assertThat(read(" {\"events\": [], \"version\": 1, \"format\": \"herenet-ledger\"}\n")).isEmpty();
    }

    @Test
    void aBadEventInTheMiddleRejectsTheWholeDocument() throws IOException {
        String text = export(ledger());
        String bad = text.replace("\"litres\":77.25", "\"litres\":\"abc\"");
        assertThat(bad).isNotEqualTo(text);
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> read(bad));
        assertThat(e).hasMessage("/events/1234/event/litres: must be a number, got \"abc\"");
        assertThat(e.pointer()).hasValue("/events/" + BAD + "/event/litres");

        assertThatThrownBy(() -> read(text.replace("\"litres\":77.25", "\"litres\":-77.25")))
                .hasMessage("/events/1234/event: is invalid: litres delivered must be finite and >= 0 L, got -77.25");
        String time = ",\"time\":\"" + SampleEvents.T.plusSeconds(3600L * BAD) + "\"";
        assertThat(time).isEqualTo(",\"time\":\"2026-02-25T19:00:00Z\"");
        assertThatThrownBy(() -> read(text.replace("\"LiquidDelivered\"" + time, "\"LiquidDelivery\"" + time)))
                .hasMessageStartingWith("/events/1234/event/type: must be one of LiquidDelivered, DewarReturned,");
    }

    @Test
    void aGapInTheSequenceNumbersIsRejected() throws IOException {
        String text = export(ledger());
        assertThatThrownBy(() -> read(text.replace("{\"sequence\":500,", "{\"sequence\":501,")))
                .isInstanceOf(JsonFormatException.class)
                .hasMessage("/events/499/sequence: must be 500 (sequence numbers run 1, 2, 3, ... without gaps), got 501");
        assertThatThrownBy(() -> read(text.replace("{\"sequence\":1,", "{\"sequence\":0,")))
                .hasMessage("/events/0/sequence: must be 1 (sequence numbers run 1, 2, 3, ... without gaps), got 0");
        assertThatThrownBy(() -> read(text.replace("{\"sequence\":7,", "{\"sequence\":\"7\",")))
                .hasMessage("/events/6/sequence: must be an integer, got \"7\"");
    }

    @Test
    void theEnvelopeIsChecked() throws IOException {
        String events = "\"events\":[]";
        assertThatThrownBy(() -> read("{\"format\":\"csv\",\"version\":1," + events + "}"))
                .hasMessage("/format: must be \"herenet-ledger\", got \"csv\"");
        assertThatThrownBy(() -> read("{\"format\":\"herenet-ledger\",\"version\":2," + events + "}"))
                .hasMessage("/version: must be 1 (the version this reader knows), got 2");
        assertThatThrownBy(() -> read("{\"format\":\"herenet-ledger\"," + events + "}"))
                .hasMessage("/version: is missing");
        assertThatThrownBy(() -> read("{\"format\":\"herenet-ledger\",\"version\":1}"))
                .hasMessage("/events: is missing");
        assertThatThrownBy(() -> read("{\"format\":\"herenet-ledger\",\"version\":1,\"events\":{}}"))
                .hasMessage("/events: must be an array, got an object");
        assertThatThrownBy(() -> read("{\"format\":\"herenet-ledger\",\"version\":1,\"events\":[1]}"))
                .hasMessage("/events/0: must be an object {\"sequence\": n, \"event\": {...}}, got 1");
        assertThatThrownBy(() -> read("{\"format\":\"herenet-ledger\",\"version\":1," + events + ",\"note\":\"x\"}"))
                .hasMessage("/note: is not a known field here; known fields: format, version, events");
        assertThatThrownBy(() -> read("{\"format\":\"herenet-ledger\",\"version\":1," + events + "," + events + "}"))
                .hasMessage("/events: appears twice in its object");
        assertThatThrownBy(() -> read("[]")).hasMessageStartingWith("(document): must be {\"format\": \"herenet-ledger\"");
        assertThatThrownBy(() -> read("")).hasMessageStartingWith("malformed JSON at line 1, column 0");
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        String text = export(ledger()).replace("},{\"sequence\":3,", "},\n{\"sequence\":3,,");
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> read(text));
        assertThat(e.line()).hasValue(2);
        assertThat(e.column()).hasValue(15);
        assertThat(e).hasMessageStartingWith("malformed JSON at line 2, column 15: ");
        JsonFormatException cut = catchThrowableOfType(JsonFormatException.class,
                () -> read(export(ledger()).substring(0, 5000)));
        assertThat(cut).hasMessageStartingWith("malformed JSON at line 1, column ");
        assertThatThrownBy(() -> read("{\"format\":\"herenet-ledger\",\"version\":1,\"events\":[]} []"))
                .isInstanceOf(JsonFormatException.class).hasMessageStartingWith("malformed JSON at line 1, column ");
    }

    @Test
    void exportRefusesAGapAndLeavesTheWriterOpen() throws IOException {
        List<RecordedEvent> gap = List.of(new RecordedEvent(1, SampleEvents.all().get(0)),
                new RecordedEvent(3, SampleEvents.all().get(1)));
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> LedgerJson.export(gap, out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event 2 has sequence 3");
        assertThat(out.toString()).isEmpty();

        boolean[] closed = {false};
        Writer writer = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        LedgerJson.export(ledger().subList(0, 3), writer);
        assertThat(closed[0]).isFalse();
        assertThat(read(writer.toString())).hasSize(3);
    }

    @Test
    void aMillionEventsStreamBothWays() throws IOException {
        int million = 1_000_000;
        Instant t = SampleEvents.T;
        List<RecordedEvent> events = new AbstractList<>() {
            @Override
            public RecordedEvent get(int i) {
                return new RecordedEvent(i + 1, new LedgerEvent.MeterRead(t.plusSeconds(i), "M-1", i * 0.25));
            }

            @Override
            public int size() {
                return million;
            }
        };
        long[] written = {0};
        Writer counter = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                written[0] += length;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        LedgerJson.export(events, counter);
        assertThat(written[0]).isGreaterThan(100L * million);

        List<LedgerEvent> read = LedgerJson.read(new GeneratedLedger(events));
        assertThat(read).hasSize(million);
        assertThat(read.get(million - 1)).isEqualTo(events.get(million - 1).event());
    }

    /** A ledger document produced on demand, event by event, never held whole. */
    private static final class GeneratedLedger extends Reader {
        private final List<RecordedEvent> events;
        private final StringBuilder chunk = new StringBuilder("{\"format\":\"herenet-ledger\",\"version\":1,\"events\":[");
        private int next;
        private int position;

        GeneratedLedger(List<RecordedEvent> events) {
            this.events = events;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == chunk.length()) {
                chunk.setLength(0);
                position = 0;
                if (next < events.size()) {
                    RecordedEvent e = events.get(next++);
                    chunk.append(next > 1 ? "," : "").append("{\"sequence\":").append(e.sequence()).append(",\"event\":")
                            .append(EventJson.encode(e.event())).append('}');
                } else if (next++ == events.size()) {
                    chunk.append("]}");
                } else {
                    return -1;
                }
            }
            int n = Math.min(length, chunk.length() - position);
            chunk.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
