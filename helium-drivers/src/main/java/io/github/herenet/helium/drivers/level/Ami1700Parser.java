package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceException;

/**
 * The AMI Model 1700's answer to {@code MEAS:HE:LEV?}: the helium level in percent, e.g. {@code 56.4},
 * with or without a trailing {@code %}, spaces and line ends. Pure; thread-safe.
 */
public final class Ami1700Parser {

    /** The query that asks for the helium level. */
    public static final String LEVEL_QUERY = "MEAS:HE:LEV?";

    private static final String INSTRUMENT = "AMI 1700";

    private Ami1700Parser() {
    }

    /**
     * The level in {@code reply}, in percent.
     *
     * @throws DeviceException.Protocol quoting the reply when it is not a number (optionally followed by %)
     */
    public static LevelValue parseLevel(String reply) {
        String text = ReplyText.trim(reply);
        if (text.endsWith("%")) {
            text = ReplyText.trim(text.substring(0, text.length() - 1));
        }
        return new LevelValue(ReplyText.number(text, INSTRUMENT, reply), "%");
    }
}
