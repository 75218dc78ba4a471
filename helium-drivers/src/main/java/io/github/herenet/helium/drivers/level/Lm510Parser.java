package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceException;

/**
 * The Cryomagnetics LM-500/510's answer to {@code MEAS? <channel>}: a number and its unit, e.g.
 * {@code 35.2 cm}, {@code 35.2cm}, {@code 13.9 in} or {@code 56.0 %}, with spaces and line ends around.
 * Over RS-232 the meter echoes each command before its answer: {@link #isEcho} tells that line apart, and
 * {@link #parseLevel} skips an echo line at the start of a multi-line reply. Pure; thread-safe.
 */
public final class Lm510Parser {

    private static final String INSTRUMENT = "LM-510";

    private Lm510Parser() {
    }

    /** The query for the level of a channel, 1 or 2. */
    public static String levelQuery(int channel) {
        if (channel != 1 && channel != 2) {
            throw new IllegalArgumentException("LM-510 channel " + channel + " is not 1 or 2");
        }
        return "MEAS? " + channel;
    }

    /** Whether {@code line} is the echo of {@code command} (spaces, line ends and letter case aside). */
    public static boolean isEcho(String line, String command) {
        return ReplyText.trim(line).equalsIgnoreCase(ReplyText.trim(command));
    }

    /**
     * The level in a reply to {@code command}, skipping a first line that echoes it.
     *
     * @throws DeviceException.Protocol quoting the reply when it is not a number followed by cm, in or %
     */
    public static LevelValue parseLevel(String reply, String command) {
        String text = reply;
        int lineEnd = firstLineEnd(text);
        if (lineEnd >= 0 && isEcho(text.substring(0, lineEnd), command)) {
            text = text.substring(lineEnd + 1);
        }
        return parseLine(text, reply);
    }

    /**
     * The level in one line, e.g. {@code 35.2 cm}.
     *
     * @throws DeviceException.Protocol quoting the line when it is not a number followed by cm, in or %
     */
    public static LevelValue parseLevel(String line) {
        return parseLine(line, line);
    }

    private static LevelValue parseLine(String text, String reply) {
        String trimmed = ReplyText.trim(text);
        int end = ReplyText.numberEnd(trimmed);
        String unit = ReplyText.unit(ReplyText.trim(trimmed.substring(end)));
        if (unit == null) {
            throw ReplyText.garbage(INSTRUMENT, reply, "a level with its unit (cm, in or %)");
        }
        return new LevelValue(ReplyText.number(ReplyText.trim(trimmed.substring(0, end)), INSTRUMENT, reply), unit);
    }

    private static int firstLineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                // an echo line is followed by more than line ends
                return ReplyText.trim(text.substring(i)).isEmpty() ? -1 : i;
            }
        }
        return -1;
    }
}
