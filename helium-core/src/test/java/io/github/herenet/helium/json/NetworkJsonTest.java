package io.github.herenet.helium.json;

import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Vessel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NetworkJsonTest {

    private static String resource() throws IOException {
        try (InputStream in = NetworkJsonTest.class.getResourceAsStream("network.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void roundTripOfEveryVesselKind() {
        Network network = SampleNetwork.network();
        Set<Class<?>> kinds = network.vessels().stream().map(p -> p.vessel().getClass()).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(Vessel.class.getPermittedSubclasses());
        assertThat(NetworkJson.read(NetworkJson.write(network))).isEqualTo(network);
    }

    @Test
    void writesAndReadsTheDocumentedForm() throws IOException {
        String text = resource();
        assertThat(NetworkJson.write(SampleNetwork.network())).isEqualTo(text);
        try (Reader in = new InputStreamReader(NetworkJsonTest.class.getResourceAsStream("network.json"),
                StandardCharsets.UTF_8)) {
            assertThat(NetworkJson.read(in)).isEqualTo(SampleNetwork.network());
        }
    }

    @Test
    void readsCompactJsonWithEmptyLists() {
        Network empty = NetworkJson.read("{\"vessels\":[],\"meters\":[],\"labs\":[],\"sites\":[]}");
        assertThat(empty.sites()).isEmpty();
        assertThat(empty.vessels()).isEmpty();
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        String broken = "{\n  \"sites\": [\n    {\"id\": \"okayama\" \"name\": \"x\"}\n  ]\n}";
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> NetworkJson.read(broken));
        assertThat(e.line()).hasValue(3);
        assertThat(e.column()).isPresent();
        assertThat(e.getMessage()).startsWith("malformed JSON at line 3, column " + e.column().getAsLong() + ": ");
        assertThat(e.pointer()).isEmpty();
        JsonFormatException truncated = catchThrowableOfType(JsonFormatException.class,
                () -> NetworkJson.read("{\"sites\": [\n"));
        assertThat(truncated.line()).hasValue(2);
    }

    @Test
    void fieldErrorsGiveTheirPath() throws IOException {
        String text = resource();
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
                () -> NetworkJson.read(text.replace("\"waterVolumeM3\": 0.047", "\"waterVolumeM3\": \"47 L\"")));
        assertThat(e).hasMessage("/vessels/1/waterVolumeM3: must be a number, got \"47 L\"");
        assertThat(e.pointer()).hasValue("/vessels/1/waterVolumeM3");
        assertThat(e.line()).isEmpty();

        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"tareKilograms\": 60.5", "\"tare\": 60.5")))
                .hasMessage("/vessels/3/tareKilograms: is missing");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"storageTank\"", "\"tank\"")))
                .hasMessage("/vessels/5/type: must be one of gasBag, cylinder, cylinderBundle, dewar, magnet, "
                        + "storageTank, processBuffer, got \"tank\"");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"PARTNER\"", "\"partner\"")))
                .hasMessage("/sites/1/role: must be one of [HUB, PARTNER], got \"partner\"");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"cylinders\": 30", "\"cylinders\": 30.5")))
                .hasMessage("/vessels/2/cylinders: must be an integer, got 30.5");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"2025-04-01\"", "\"1 April 2025\"")))
                .hasMessage("/vessels/1/inspectionDate: must be an ISO-8601 date such as \"2025-04-01\", got \"1 April 2025\"");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"volumeM3\": 10.0", "\"volumeM3\": -10.0")))
                .hasMessage("/vessels/5/volumeM3: is invalid: volume must be >= 0 m3, got -10.0 m3");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"volumeM3\": 2.0", "\"volumeM3\": 0")))
                .hasMessage("/vessels/6: is invalid: process buffer PB-1 volume must be > 0, got 0.0 m3");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"temperatureK\": 273.15", "\"temperatureK\": 1e9")))
                .hasMessageStartingWith("/meters/0/conditions: is invalid: temperature 1.0E9 K is outside the helium reference EOS range");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"siteId\": \"kyoto\"", "\"siteId\": \"kyoto\", \"floor\": 3")))
                .hasMessage("/labs/0/floor: is not a known field here; known fields: id, name, siteId");
        assertThatThrownBy(() -> NetworkJson.read("[]"))
                .hasMessageStartingWith("(document): must be an object {\"sites\": [...]");
        assertThatThrownBy(() -> NetworkJson.read("{\"sites\":[],\"labs\":[]}"))
                .hasMessage("/meters: is missing");
        assertThatThrownBy(() -> NetworkJson.read("{\"sites\":{},\"labs\":[],\"meters\":[],\"vessels\":[]}"))
                .hasMessage("/sites: must be an array, got an object");
        assertThatThrownBy(() -> NetworkJson.read("{\"sites\":[\"okayama\"],\"labs\":[],\"meters\":[],\"vessels\":[]}"))
                .hasMessage("/sites/0: must be an object, got \"okayama\"");
    }

    @Test
    void duplicateIdsAndDanglingReferencesAreLocated() throws IOException {
        String text = resource();
        JsonFormatException duplicate = catchThrowableOfType(JsonFormatException.class,
                () -> NetworkJson.read(text.replace("\"id\": \"T-1\"", "\"id\": \"C-1\"")));
        assertThat(duplicate).hasMessage("/vessels/5/id: duplicate vessel id 'C-1', first at /vessels/1");
        assertThat(duplicate.pointer()).hasValue("/vessels/5/id");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"id\": \"mri-1\"", "\"id\": \"nmr-1\"")))
                .hasMessage("/labs/1/id: duplicate lab id 'nmr-1', first at /labs/0");

        JsonFormatException dangling = catchThrowableOfType(JsonFormatException.class,
                () -> NetworkJson.read(text.replace("\"siteId\": \"kyoto\"", "\"siteId\": \"osaka\"")));
        assertThat(dangling).hasMessage("/labs/0/siteId: unknown site 'osaka'; known sites: [kyoto, okayama]");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"labId\": \"mri-1\"", "\"labId\": \"mri-2\"")))
                .hasMessage("/meters/1/labId: unknown lab 'mri-2'; known labs: [mri-1, nmr-1]");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"homeSiteId\": \"okayama\",\n            \"volumeM3\": 2.0",
                        "\"homeSiteId\": \"hub\",\n            \"volumeM3\": 2.0")))
                .hasMessage("/vessels/6/homeSiteId: unknown site 'hub'; known sites: [kyoto, okayama]");
        assertThatThrownBy(() -> NetworkJson.read(text.replace("\"PARTNER\"", "\"HUB\"")))
                .hasMessage("/sites/1/role: a network has at most one hub site; /sites/0 is the hub already");
    }

    @Test
    void readerIsLeftOpen() throws IOException {
        boolean[] closed = {false};
        Reader in = new StringReader(NetworkJson.write(SampleNetwork.network())) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        NetworkJson.read(in);
        assertThat(closed[0]).isFalse();
    }
}
