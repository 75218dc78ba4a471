package io.github.herenet.helium.json;

import io.github.herenet.helium.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EventJsonTest {

    static List<LedgerEvent> events() {
        return SampleEvents.all();
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTripIsExact(LedgerEvent event) {
        String json = EventJson.encode(event);
        assertThat(EventJson.decode(json)).isEqualTo(event);
        assertThat(json).doesNotContain("\n", ", \"", "\": ").startsWith("{\"type\":\"" + event.getClass().getSimpleName() + "\",\"time\":");
    }

    @Test
    void samplesCoverEveryEventKind() {
        Set<Class<?>> kinds = events().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(LedgerEvent.class.getPermittedSubclasses());
    }

    @Test
    void writesTheDocumentedForm() {
        assertThat(EventJson.encode(events().get(0))).isEqualTo(
                "{\"type\":\"LiquidDelivered\",\"time\":\"2026-01-05T09:00:00Z\",\"dewarId\":\"D-07\",\"labId\":\"nmr-1\",\"litres\":80.0}");
        assertThat(EventJson.encode(events().get(16))).isEqualTo("{\"type\":\"InventoryCounted\",\"time\":\"2026-01-05T09:00:00Z\","
                + "\"siteId\":\"okayama\",\"labId\":\"nmr-1\",\"vesselId\":\"D-07\",\"reading\":{\"type\":\"liquid\","
                + "\"level\":{\"type\":\"percent\",\"percent\":40.0},\"pressurePa\":102825.0}}");
        assertThat(EventJson.encode(events().get(13))).contains("\"labId\":null,\"kilograms\":0.0,");
    }

    @Test
    void readsMembersInAnyOrderWithWhiteSpaceAndAbsentNullables() {
        LedgerEvent vented = EventJson.decode("""
                { "reason": "leak", "kilograms": 0, "siteId": "okayama",
                  "time": "2026-01-05T09:00:00Z", "type": "Vented" }""");
        assertThat(vented).isEqualTo(events().get(13));
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
                () -> EventJson.decode("{\"type\":\"LiquidDelivered\",\n\"time\" \"2026-01-05T09:00:00Z\"}"));
        assertThat(e.getMessage()).startsWith("event: malformed JSON at line 2, column ");
        assertThat(e.line()).hasValue(2);
        assertThat(e.column()).isPresent();
        assertThat(e.pointer()).isEmpty();
        assertThatThrownBy(() -> EventJson.decode("{\"type\":\"GasFed\"} x")).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("malformed JSON at line 1, column");
        assertThatThrownBy(() -> EventJson.decode("")).isInstanceOf(JsonFormatException.class)
                .hasMessageStartingWith("event: ");
        assertThatThrownBy(() -> EventJson.decode("[1]")).isInstanceOf(JsonFormatException.class)
                .hasMessage("event: must be a JSON object, got an array");
    }

    @Test
    void unknownTypeListsTheKnownTypes() {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
                () -> EventJson.decode("{\"type\":\"LiquidDelivery\",\"time\":\"2026-01-05T09:00:00Z\"}"));
        assertThat(e).hasMessageStartingWith("event: field 'type' must be one of LiquidDelivered, DewarReturned, MeterRead,")
                .hasMessageEndingWith("CampaignStep, AlertChanged, got \"LiquidDelivery\"");
        assertThat(e.pointer()).hasValue("/type");
        assertThatThrownBy(() -> EventJson.decode("{\"time\":\"2026-01-05T09:00:00Z\"}"))
                .hasMessage("event: field 'type' is missing");
    }

    @Test
    void missingFieldIsNamed() {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> EventJson.decode(
                "{\"type\":\"LiquidDelivered\",\"time\":\"2026-01-05T09:00:00Z\",\"dewarId\":\"D-07\",\"litres\":80}"));
        assertThat(e).hasMessage("event 'LiquidDelivered': field 'labId' is missing");
        assertThat(e.pointer()).hasValue("/labId");
    }

    @Test
    void wrongTypeIsNamedWithTheValue() {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> EventJson.decode(
                "{\"type\":\"LiquidDelivered\",\"time\":\"2026-01-05T09:00:00Z\",\"dewarId\":\"D-07\",\"labId\":\"nmr-1\",\"litres\":\"abc\"}"));
        assertThat(e).hasMessage("event 'LiquidDelivered': field 'litres' must be a number, got \"abc\"");
        assertThat(e.pointer()).hasValue("/litres");
        assertThatThrownBy(() -> EventJson.decode(
                "{\"type\":\"GasFed\",\"time\":\"2026-01-05T09:00:00Z\",\"vesselId\":7,\"siteId\":\"hub\"}"))
                .hasMessage("event 'GasFed': field 'vesselId' must be a string, got 7");
        assertThatThrownBy(() -> EventJson.decode(
                "{\"type\":\"GasFed\",\"time\":\"5 Jan 2026\",\"vesselId\":\"C-1\",\"siteId\":\"hub\"}"))
                .hasMessage("event 'GasFed': field 'time' must be an ISO-8601 UTC instant such as \"2026-01-05T09:00:00Z\", got \"5 Jan 2026\"");
        assertThatThrownBy(() -> EventJson.decode(
                "{\"type\":\"GasFed\",\"time\":\"2026-01-05T09:00:00Z\",\"vesselId\":null,\"siteId\":\"hub\"}"))
                .hasMessage("event 'GasFed': field 'vesselId' must be a string, got null");
        assertThatThrownBy(() -> EventJson.decode(
                "{\"type\":\"MeterRead\",\"time\":\"2026-01-05T09:00:00Z\",\"meterId\":\"M-1\",\"totalM3\":1e999}"))
                .hasMessage("event 'MeterRead': field 'totalM3' must be a finite number, got 1e999");
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        String json = EventJson.encode(events().get(16)).replace("\"percent\":40.0", "\"percent\":140");
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> EventJson.decode(json));
        assertThat(e).hasMessage("event 'InventoryCounted': field 'reading/level/percent' is invalid: "
                + "liquid level must be 0-100 %, got 140.0");
        assertThat(e.pointer()).hasValue("/reading/level/percent");
        String gasInBagFull = EventJson.encode(events().get(3)).replace("\"type\":\"bag\"", "\"type\":\"gas\"");
        assertThatThrownBy(() -> EventJson.decode(gasInBagFull))
                .hasMessage("event 'BagFull': field 'reading/type' must be one of bag, got \"gas\"");
        String badVessel = EventJson.encode(events().get(7)).replace("\"CB-1\"", "false");
        assertThatThrownBy(() -> EventJson.decode(badVessel))
                .hasMessage("event 'ShipmentSent': field 'vesselIds/2' must be a string, got false");
    }

    @Test
    void unknownAndRepeatedFieldsAreRefused() {
        assertThatThrownBy(() -> EventJson.decode(
                "{\"type\":\"GasFed\",\"time\":\"2026-01-05T09:00:00Z\",\"vesselId\":\"C-1\",\"siteId\":\"hub\",\"labID\":\"x\"}"))
                .hasMessage("event 'GasFed': field 'labID' is not a known field here; known fields: type, time, vesselId, siteId");
        assertThatThrownBy(() -> EventJson.decode(
                "{\"type\":\"GasFed\",\"time\":\"2026-01-05T09:00:00Z\",\"vesselId\":\"C-1\",\"vesselId\":\"C-2\",\"siteId\":\"hub\"}"))
                .hasMessage("event: field 'vesselId' appears twice in its object");
    }

    @Test
    void valuesTheEventRefusesAreReportedAtTheEvent() {
        assertThatThrownBy(() -> EventJson.decode(
                "{\"type\":\"BagSwapped\",\"time\":\"2026-01-05T09:00:00Z\",\"fullBagId\":\"B-1\",\"emptyBagId\":\"B-1\",\"siteId\":\"x\"}"))
                .isInstanceOf(JsonFormatException.class)
                .hasMessage("event 'BagSwapped': is invalid: a bag cannot be swapped for itself: B-1");
        assertThatThrownBy(() -> EventJson.decode(
                "{\"type\":\"Purchased\",\"time\":\"2026-01-05T09:00:00Z\",\"siteId\":\"hub\",\"vesselId\":\"D-1\",\"kilograms\":-1}"))
                .hasMessage("event 'Purchased': field 'kilograms' is invalid: helium amount must be finite and >= 0 kg, got -1.0 kg");
    }

    @Test
    void isThreadSafe() {
        List<LedgerEvent> events = events();
        long wrong = IntStream.range(0, 50_000).parallel()
                .filter(i -> !EventJson.decode(EventJson.encode(events.get(i % events.size()))).equals(events.get(i % events.size())))
                .count();
        assertThat(wrong).isZero();
    }

    @Test
    void encodeRefusesNull() {
        assertThatThrownBy(() -> EventJson.encode(null)).isInstanceOf(NullPointerException.class);
    }
}
