package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LevelParsersTest {

    @ParameterizedTest
    @ValueSource(strings = {"56.4", "56.4\r\n", "56.4\n", "56.4\r", "  56.4  \r\n", "\t56.40", "56.4%", "56.4 %\r\n", "+56.4", "5.64e1"})
    void ami1700ReadsPercentWithSpacesAndLineEnds(String reply) {
        assertThat(Ami1700Parser.parseLevel(reply)).isEqualTo(new LevelValue(56.4, "%"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\r\n", "abc", "56.4 cm", "NaN", "Infinity", "56,4", "1.2.3", "%", "0x10", "56.4%%", "5 6"})
    void ami1700RefusesGarbageQuotingIt(String reply) {
        assertThatThrownBy(() -> Ami1700Parser.parseLevel(reply)).isInstanceOf(DeviceException.Protocol.class)
                .hasMessageContaining("AMI 1700 sent \"" + ReplyText.quote(reply) + "\"");
    }

    @Test
    void ami135ReadsTheUnitAndTheLevelInIt() {
        assertThat(Ami135Parser.parseUnit("C\r\n")).isEqualTo("cm");
        assertThat(Ami135Parser.parseUnit(" I ")).isEqualTo("in");
        assertThat(Ami135Parser.parseUnit("%\n")).isEqualTo("%");
        assertThat(Ami135Parser.parseLevel("35.2\r\n", "cm")).isEqualTo(new LevelValue(35.2, "cm"));
        assertThat(Ami135Parser.parseLevel(" 35.2 cm ", "cm")).isEqualTo(new LevelValue(35.2, "cm"));
        assertThat(Ami135Parser.parseLevel("35.2cm", "cm")).isEqualTo(new LevelValue(35.2, "cm"));
        assertThat(Ami135Parser.parseLevel("13.9 in\n", "in")).isEqualTo(new LevelValue(13.9, "in"));
        assertThat(Ami135Parser.parseLevel("-0.5\r", "%")).isEqualTo(new LevelValue(-0.5, "%"));
    }

    @Test
    void ami135RefusesAnUnknownUnitAndAMismatchedOne() {
        assertThatThrownBy(() -> Ami135Parser.parseUnit("X\r\n")).isInstanceOf(DeviceException.Protocol.class)
                .hasMessageContaining("\"X\\r\\n\"").hasMessageContaining("a unit C, I or %");
        assertThatThrownBy(() -> Ami135Parser.parseLevel("35.2 in", "cm")).isInstanceOf(DeviceException.Protocol.class)
                .hasMessageContaining("\"35.2 in\"");
        assertThatThrownBy(() -> Ami135Parser.parseLevel("level", "cm")).isInstanceOf(DeviceException.Protocol.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"35.2 cm", "35.2cm", "35.2 cm\r\n", "  35.2  cm \n", "35.2 CM\r", "3.52e1 cm"})
    void lm510ReadsANumberAndItsUnit(String reply) {
        assertThat(Lm510Parser.parseLevel(reply)).isEqualTo(new LevelValue(35.2, "cm"));
    }

    @Test
    void lm510ReadsInchesAndPercentAndSkipsTheEchoOfTheCommand() {
        assertThat(Lm510Parser.parseLevel("13.9 in")).isEqualTo(new LevelValue(13.9, "in"));
        assertThat(Lm510Parser.parseLevel("56.0 %")).isEqualTo(new LevelValue(56.0, "%"));
        assertThat(Lm510Parser.parseLevel("56.0 percent")).isEqualTo(new LevelValue(56.0, "%"));
        assertThat(Lm510Parser.parseLevel("MEAS? 1\r\n35.2 cm\r\n", "MEAS? 1")).isEqualTo(new LevelValue(35.2, "cm"));
        assertThat(Lm510Parser.parseLevel("meas? 1\n 35.2 cm", "MEAS? 1")).isEqualTo(new LevelValue(35.2, "cm"));
        assertThat(Lm510Parser.parseLevel("35.2 cm\r\n", "MEAS? 1")).isEqualTo(new LevelValue(35.2, "cm"));
        assertThat(Lm510Parser.isEcho(" MEAS? 1\r", "MEAS? 1")).isTrue();
        assertThat(Lm510Parser.isEcho("35.2 cm", "MEAS? 1")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "35.2", "cm", "35.2 furlongs", "MEAS? 1", "35.2 cm 4", "--5 cm", "NaN cm", "1.2.3 cm"})
    void lm510RefusesGarbageQuotingIt(String reply) {
        assertThatThrownBy(() -> Lm510Parser.parseLevel(reply, "MEAS? 1")).isInstanceOf(DeviceException.Protocol.class)
                .hasMessageContaining("LM-510 sent \"" + ReplyText.quote(reply) + "\"");
    }

    @Test
    void aLevelIsPlausibleWithin0To100PercentOrAsANonNegativeLength() {
        assertThat(new LevelValue(100, "%").plausible()).isTrue();
        assertThat(new LevelValue(100.1, "%").plausible()).isFalse();
        assertThat(new LevelValue(-0.1, "%").plausible()).isFalse();
        assertThat(new LevelValue(150, "cm").plausible()).isTrue();
        assertThat(new LevelValue(-1, "in").plausible()).isFalse();
    }

    @Test
    void quotesControlCharactersAndShortensLongReplies() {
        assertThat(ReplyText.quote("a\r\n\u0001\"")).isEqualTo("a\\r\\n\\x01\\\"");
        assertThat(ReplyText.quote("x".repeat(200))).endsWith("... (200 characters)").hasSize(80 + 20);
    }

    @Test
    void protocolsAreNamedAsInUris() {
        assertThat(LevelProtocol.byUriName("AMI1700")).isEqualTo(LevelProtocol.AMI1700);
        assertThat(LevelProtocol.byUriName("lm510").lineEnding()).isEqualTo("\n");
        assertThat(LevelProtocol.byUriName("ami135").lineEnding()).isEqualTo("\r\n");
        assertThatThrownBy(() -> LevelProtocol.byUriName("ilm210")).isInstanceOf(DeviceException.UnknownParameter.class)
                .hasMessageContaining("ami1700, ami135, lm510");
    }
}
