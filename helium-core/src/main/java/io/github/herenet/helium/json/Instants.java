package io.github.herenet.helium.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 instants in UTC ({@code 2026-01-05T09:00:00Z}, {@code 2026-01-05T09:00:00.123Z}) read without
 * the general {@link java.time.format.DateTimeFormatter} machinery for the form {@link Instant#toString()}
 * writes (years 0000-9999, seconds always present), which is several times faster; anything else goes to
 * {@link Instant#parse}, so the accepted text is exactly what {@code Instant.parse} accepts.
 */
final class Instants {

    private static final int BASIC = "2026-01-05T09:00:00Z".length();

    private Instants() {
    }

    /**
     * The instant in {@code text}.
     *
     * @throws java.time.DateTimeException if it is not an ISO-8601 instant (a
     *         {@link DateTimeParseException}, or for an impossible date such as 30 February)
     */
    static Instant parse(String text) {
        int n = text.length();
        if (n >= BASIC && text.charAt(n - 1) == 'Z' && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nano = fraction(text, 19, n - 1);
            // a leap second (":60") and other out-of-range fields go to Instant.parse, which decides;
            // LocalDate.of refuses a 30 February as Instant.parse would
            if (year >= 0 && month >= 1 && day >= 1 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59
                    && second >= 0 && second <= 59 && nano >= 0) {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3600 + minute * 60 + second, nano);
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in {@code text[from, to)}, -1 if a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Nanoseconds of {@code ""} or {@code ".d"} to {@code ".ddddddddd"} in {@code text[from, to)}; -1 otherwise. */
    private static int fraction(String text, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return 0;
        }
        if (length < 2 || length > 10 || text.charAt(from) != '.') {
            return -1;
        }
        int value = digits(text, from + 1, to);
        for (int i = length - 1; i < 9 && value >= 0; i++) {
            value *= 10;
        }
        return value;
    }
}
