package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds random bytes (seeded) to every parser: each returns a finite value in a known unit or throws
 * {@link DeviceException.Protocol}, never anything else.
 */
class LevelParserFuzzTest {

    private static final int INPUTS = 5_000;
    private static final String ALPHABET = "0123456789.+-eE %cmin\r\n\t CIP";
    private static final List<String> UNITS = List.of("cm", "in", "%");

    private static final List<Function<String, LevelValue>> PARSERS = List.of(
            Ami1700Parser::parseLevel,
            reply -> Ami135Parser.parseLevel(reply, "cm"),
            reply -> Ami135Parser.parseLevel(reply, "%"),
            reply -> new LevelValue(0, Ami135Parser.parseUnit(reply)),
            Lm510Parser::parseLevel,
            reply -> Lm510Parser.parseLevel(reply, "MEAS? 1"));

    @Test
    void randomBytesGiveAValueOrAProtocolErrorOnly() {
        Random random = new Random(20261123L);
        int values = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = i % 2 == 0 ? randomBytes(random) : nearMiss(random);
            for (Function<String, LevelValue> parser : PARSERS) {
                try {
                    LevelValue v = parser.apply(input);
                    assertThat(Double.isFinite(v.value())).isTrue();
                    assertThat(UNITS).contains(v.unit());
                    values++;
                } catch (DeviceException.Protocol e) {
                    assertThat(e.getMessage()).contains("sent \"");
                    refused++;
                } catch (RuntimeException e) {
                    fail("input \"" + ReplyText.quote(input) + "\" threw " + e, e);
                }
            }
        }
        assertThat(values).as("inputs that parsed").isPositive();
        assertThat(refused).as("inputs refused").isPositive();
    }

    /** Any bytes, decoded as the link decodes them (ISO-8859-1). */
    private static String randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(40)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Characters that real answers are made of, in random order: the inputs closest to valid ones. */
    private static String nearMiss(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(16);
        for (int k = 0; k < n; k++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
