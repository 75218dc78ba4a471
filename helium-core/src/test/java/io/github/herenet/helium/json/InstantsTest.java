package io.github.herenet.helium.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstantsTest {

    @Test
    void agreesWithInstantParseOnWhatInstantToStringWrites() {
        SplittableRandom random = new SplittableRandom(42);
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(), max);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(Instants.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-05T09:00:00Z", "2026-01-05T09:00:00.5Z", "2026-01-05T09:00:00.123456789Z",
            "2026-02-28T23:59:59Z", "2024-02-29T00:00:00Z", "2016-12-31T23:59:60Z", "2026-01-05t09:00:00z",
            "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2026-01-05T09:00:00.10Z", "2026-01-05T24:00:00Z",
            "2026-01-05T09:00:00.Z"})
    void acceptsWhatInstantParseAccepts(String text) {
        assertThat(Instants.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T09:00:00Z", "2026-13-05T09:00:00Z", "2026-01-05T25:00:00Z",
            "2026-01-05T09:60:00Z", "2026-01-05T09:00:00.1234567891Z", "2026-01-05 09:00:00Z",
            "2026-01-05T09:00:00", "2026-01-0xT09:00:00Z", "", "2026-01-05"})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Instants.parse(text)).isInstanceOf(DateTimeException.class);
    }
}
