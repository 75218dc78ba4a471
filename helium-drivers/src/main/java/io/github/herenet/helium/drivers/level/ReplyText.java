package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the level-meter parsers share: trimming a reply of spaces and line ends, reading a plain decimal
 * number, naming units, and the protocol error that quotes what was received.
 */
final class ReplyText {

    /** A plain decimal number as instruments print it: sign, digits, point, exponent; no NaN or Infinity. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");
    private static final int QUOTE_LIMIT = 80;

    private ReplyText() {
    }

    /** The reply without leading and trailing spaces, tabs, CR and LF. */
    static String trim(String reply) {
        int start = 0;
        int end = reply.length();
        while (start < end && blank(reply.charAt(start))) {
            start++;
        }
        while (end > start && blank(reply.charAt(end - 1))) {
            end--;
        }
        return reply.substring(start, end);
    }

    /** Whether {@code text} is a plain decimal number. */
    static boolean isNumber(CharSequence text) {
        return NUMBER.matcher(text).matches();
    }

    /**
     * The number {@code text} holds.
     *
     * @throws DeviceException.Protocol quoting {@code reply} when it is not a finite plain number
     */
    static double number(String text, String instrument, String reply) {
        if (!isNumber(text)) {
            throw garbage(instrument, reply, "a number");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw garbage(instrument, reply, "a finite number");
        }
        return value;
    }

    /**
     * Where the number at the start of {@code trimmed} ends and a unit written after it begins: after the
     * last digit or point ({@code "35.2 cm"} -> 4; {@code "cm"} -> 0).
     */
    static int numberEnd(String trimmed) {
        int end = trimmed.length();
        while (end > 0 && !Character.isDigit(trimmed.charAt(end - 1)) && trimmed.charAt(end - 1) != '.') {
            end--;
        }
        return end;
    }

    /** The canonical unit for a unit as written in a reply ({@code cm}, {@code in}, {@code %}), or null. */
    static String unit(String written) {
        return switch (written.toLowerCase(Locale.ROOT)) {
            case "cm" -> "cm";
            case "in", "inch", "inches" -> "in";
            case "%", "percent" -> "%";
            default -> null;
        };
    }

    /** A protocol error quoting the reply (shortened, control characters escaped) and what was expected. */
    static DeviceException.Protocol garbage(String instrument, String reply, String expected) {
        return new DeviceException.Protocol(instrument + " sent \"" + quote(reply) + "\" where " + expected
                + " was expected", -1, null);
    }

    /** The reply for a message: at most 80 characters, CR, LF and other control characters escaped. */
    static String quote(String reply) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(reply.length(), QUOTE_LIMIT);
        for (int i = 0; i < n; i++) {
            char c = reply.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (reply.length() > QUOTE_LIMIT) {
            out.append("... (").append(reply.length()).append(" characters)");
        }
        return out.toString();
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
