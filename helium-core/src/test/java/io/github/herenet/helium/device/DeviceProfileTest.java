package io.github.herenet.helium.device;

import io.github.herenet.helium.json.DeviceProfileJson;
import io.github.herenet.helium.json.JsonFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped register maps load, and profile files are checked with located errors. */
class DeviceProfileTest {

    @Test
    void everyBuiltInProfileLoads() {
        for (String name : DeviceProfile.BUILT_IN) {
            DeviceProfile profile = DeviceProfile.builtIn(name);
            assertThat(profile.name()).isEqualTo(name);
            assertThat(profile.channels()).isNotEmpty();
        }
    }

    @Test
    void theCryomechCompressorMap() {
        DeviceProfile cpa = DeviceProfile.builtIn("cryomech-cpa");
        RegisterChannel state = cpa.channel("operatingState");
        assertThat(state.table()).isEqualTo(RegisterChannel.Table.INPUT);
        assertThat(state.address()).isZero();
        RegisterChannel high = cpa.channel("highPressure");
        assertThat(high.register()).isEqualTo(30019);
        assertThat(high.type()).isEqualTo(RegisterChannel.DataType.FLOAT32);
        assertThat(high.unit()).isEqualTo("psi");
        RegisterChannel enable = cpa.channel("enable");
        assertThat(enable.table()).isEqualTo(RegisterChannel.Table.HOLDING);
        assertThat(enable.address()).isZero();
        assertThat(enable.writable()).isTrue();
        assertThat(cpa.deviceChannels()).extracting(Channel::name).contains("heliumTemperature", "motorCurrent", "hours");
        assertThatThrownBy(() -> cpa.channel("level")).isInstanceOf(DeviceException.InvalidAddress.class)
                .hasMessageContaining("no channel 'level'").hasMessageContaining("highPressure");
    }

    @Test
    void unknownBuiltInNamesListTheShippedOnes() {
        assertThatThrownBy(() -> DeviceProfile.builtIn("linde-l70")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cryomech-cpa").hasMessageContaining("gas-meter-totaliser");
    }

    @Test
    void aProfileFileIsReadWithDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("valve.json");
        Files.writeString(file, """
                {"name": "valve", "channels": [
                  {"name": "open", "quantity": "state", "register": 40010, "type": "UINT16", "writable": true},
                  {"name": "flow", "quantity": "flow", "register": 30001, "type": "INT32", "scale": 0.01, "unit": "m3/h"}
                ]}""");
        DeviceProfile valve = DeviceProfile.resolve(file.toString());
        RegisterChannel flow = valve.channel("flow");
        assertThat(flow.wordOrder()).isEqualTo(RegisterChannel.WordOrder.HIGH_FIRST);
        assertThat(flow.byteOrder()).isEqualTo(RegisterChannel.ByteOrder.BIG);
        assertThat(flow.offset()).isZero();
        assertThat(flow.writable()).isFalse();
        assertThat(flow.inRange(1e300)).isTrue();
        assertThat(valve.description()).isEmpty();
    }

    @Test
    void badProfilesSayWhere() {
        assertThatThrownBy(() -> read("{\"name\":\"x\",\"channels\":[{\"name\":\"a\",\"quantity\":\"q\","
                + "\"register\":20001,\"type\":\"UINT16\"}]}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("/channels/0")
                .hasMessageContaining("neither an input (30001-39999) nor a holding register");
        assertThatThrownBy(() -> read("{\"name\":\"x\",\"channels\":[{\"name\":\"a\",\"quantity\":\"q\","
                + "\"register\":30001,\"type\":\"DOUBLE\"}]}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("/channels/0/type")
                .hasMessageContaining("FLOAT32");
        assertThatThrownBy(() -> read("{\"name\":\"x\",\"channels\":[{\"name\":\"a\",\"quantity\":\"q\","
                + "\"register\":30001,\"type\":\"UINT16\",\"writeable\":true}]}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("/channels/0/writeable")
                .hasMessageContaining("writable");
        assertThatThrownBy(() -> read("{\"name\":\"x\",\"channels\":[{\"name\":\"a\",\"quantity\":\"q\","
                + "\"register\":30001,\"type\":\"UINT16\"},{\"name\":\"a\",\"quantity\":\"q\",\"register\":30002,"
                + "\"type\":\"UINT16\"}]}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("/channels/1/name")
                .hasMessageContaining("duplicate channel 'a'");
        assertThatThrownBy(() -> read("{\"name\":\"x\",\"channels\":[{\"name\":\"a\",\"quantity\":\"q\","
                + "\"register\":30001,\"type\":\"UINT16\",\"writable\":\"yes\"}]}"))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("true or false");
        assertThatThrownBy(() -> read("{\"name\": ")).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("line 1");
    }

    private static DeviceProfile read(String json) throws IOException {
        return DeviceProfileJson.read(new StringReader(json));
    }
}
