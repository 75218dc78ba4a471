package io.github.herenet.helium.device;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Register words to values and back, checked against words worked out by hand (IEEE 754: 12.5f is
 * 0x41480000; -2.0f is 0xC0000000).
 */
class RegisterChannelTest {

    private static RegisterChannel channel(RegisterChannel.DataType type, RegisterChannel.WordOrder words,
                                           RegisterChannel.ByteOrder bytes, double scale, double offset) {
        return new RegisterChannel("c", "q", 30001, type, words, bytes, scale, offset, "u", false,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    private static RegisterChannel plain(RegisterChannel.DataType type) {
        return channel(type, RegisterChannel.WordOrder.HIGH_FIRST, RegisterChannel.ByteOrder.BIG, 1, 0);
    }

    @Test
    void floatsInBothWordOrders() {
        assertThat(plain(RegisterChannel.DataType.FLOAT32).decode(new int[]{0x4148, 0x0000})).isEqualTo(12.5);
        RegisterChannel lowFirst = channel(RegisterChannel.DataType.FLOAT32, RegisterChannel.WordOrder.LOW_FIRST,
                RegisterChannel.ByteOrder.BIG, 1, 0);
        assertThat(lowFirst.decode(new int[]{0x0000, 0x4148})).isEqualTo(12.5);
        assertThat(lowFirst.encode(-2.0)).containsExactly(0x0000, 0xC000);
        RegisterChannel swapped = channel(RegisterChannel.DataType.FLOAT32, RegisterChannel.WordOrder.HIGH_FIRST,
                RegisterChannel.ByteOrder.SWAPPED, 1, 0);
        assertThat(swapped.decode(new int[]{0x4841, 0x0000})).isEqualTo(12.5);
    }

    @Test
    void integersSignedAndUnsigned() {
        assertThat(plain(RegisterChannel.DataType.INT16).decode(new int[]{0xFFFF})).isEqualTo(-1);
        assertThat(plain(RegisterChannel.DataType.UINT16).decode(new int[]{0xFFFF})).isEqualTo(65535);
        assertThat(plain(RegisterChannel.DataType.INT32).decode(new int[]{0xFFFF, 0xFFFE})).isEqualTo(-2);
        assertThat(plain(RegisterChannel.DataType.UINT32).decode(new int[]{0xFFFF, 0xFFFE})).isEqualTo(4_294_967_294.0);
        // a totaliser counting litres: 123456789 L = 0x075B_CD15 = 123456.789 m3
        RegisterChannel total = channel(RegisterChannel.DataType.UINT32, RegisterChannel.WordOrder.HIGH_FIRST,
                RegisterChannel.ByteOrder.BIG, 0.001, 0);
        assertThat(total.decode(new int[]{0x075B, 0xCD15})).isCloseTo(123456.789, within(1e-9));
        assertThat(total.encode(123456.789)).containsExactly(0x075B, 0xCD15);
    }

    @Test
    void scaleAndOffset() {
        // tenths of a degree C with -273.15 offset: raw 2931 -> 293.1 - 273.15 = 19.95
        RegisterChannel t = channel(RegisterChannel.DataType.INT16, RegisterChannel.WordOrder.HIGH_FIRST,
                RegisterChannel.ByteOrder.BIG, 0.1, -273.15);
        assertThat(t.decode(new int[]{2931})).isCloseTo(19.95, within(1e-12));
        assertThat(t.encode(19.95)).containsExactly(2931);
    }

    @Test
    void randomRoundTrips() {
        SplittableRandom random = new SplittableRandom(7);
        for (RegisterChannel.DataType type : RegisterChannel.DataType.values()) {
            for (RegisterChannel.WordOrder words : RegisterChannel.WordOrder.values()) {
                for (RegisterChannel.ByteOrder bytes : RegisterChannel.ByteOrder.values()) {
                    RegisterChannel c = channel(type, words, bytes, 1, 0);
                    for (int i = 0; i < 1000; i++) {
                        int[] w = new int[type.registers()];
                        for (int k = 0; k < w.length; k++) {
                            w[k] = random.nextInt(0x10000);
                        }
                        double value = c.decode(w);
                        if (Double.isNaN(value)) {
                            continue; // a NaN float has many encodings
                        }
                        assertThat(c.encode(value)).as("%s %s %s", type, words, bytes).containsExactly(w);
                    }
                }
            }
        }
    }

    @Test
    void valuesThatDoNotFitAreRefused() {
        assertThatThrownBy(() -> plain(RegisterChannel.DataType.UINT16).encode(70000))
                .hasMessageContaining("does not fit a UINT16").hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> plain(RegisterChannel.DataType.INT16).encode(Double.NaN)).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> plain(RegisterChannel.DataType.UINT16).decode(new int[]{1, 2}))
                .hasMessageContaining("takes 1 register words, got 2");
        assertThatThrownBy(() -> plain(RegisterChannel.DataType.UINT16).decode(new int[]{70000}))
                .hasMessageContaining("outside 0-65535");
    }

    @Test
    void channelDefinitionsAreChecked() {
        assertThatThrownBy(() -> new RegisterChannel("x", "q", 30001, RegisterChannel.DataType.UINT16,
                RegisterChannel.WordOrder.HIGH_FIRST, RegisterChannel.ByteOrder.BIG, 1, 0, "", true, 0, 1))
                .hasMessageContaining("input register 30001 cannot be writable");
        assertThatThrownBy(() -> new RegisterChannel("x", "q", 39999, RegisterChannel.DataType.FLOAT32,
                RegisterChannel.WordOrder.HIGH_FIRST, RegisterChannel.ByteOrder.BIG, 1, 0, "", false, 0, 1))
                .hasMessageContaining("runs past the table");
        assertThatThrownBy(() -> new RegisterChannel("x", "q", 40001, RegisterChannel.DataType.UINT16,
                RegisterChannel.WordOrder.HIGH_FIRST, RegisterChannel.ByteOrder.BIG, 0, 0, "", false, 0, 1))
                .hasMessageContaining("scale must be finite and not 0");
        assertThatThrownBy(() -> new RegisterChannel("x", "q", 40001, RegisterChannel.DataType.UINT16,
                RegisterChannel.WordOrder.HIGH_FIRST, RegisterChannel.ByteOrder.BIG, 1, 0, "", false, 2, 1))
                .hasMessageContaining("minimum 2.0 is above maximum 1.0");
    }
}
