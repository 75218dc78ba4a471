package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceException;

import java.util.Locale;

/**
 * The AMI Model 135's answers: {@code UNIT} names the unit ({@code C}, {@code I} or {@code %}) and
 * {@code LEVEL} gives the level as a number in that unit, e.g. {@code 35.2}. Spaces and CR/LF around them
 * are allowed; a level may repeat its unit ({@code 35.2 cm}), which must then agree. Pure; thread-safe.
 */
public final class Ami135Parser {

    /** The query for the unit levels are given in. */
    public static final String UNIT_QUERY = "UNIT";

    /** The query for the level. */
    public static final String LEVEL_QUERY = "LEVEL";

    private static final String INSTRUMENT = "AMI 135";

    private Ami135Parser() {
    }

    /**
     * The unit in a reply to {@code UNIT}: {@code C} -> {@code cm}, {@code I} -> {@code in}, {@code %} -> {@code %}.
     *
     * @throws DeviceException.Protocol quoting the reply for anything else
     */
    public static String parseUnit(String reply) {
        return switch (ReplyText.trim(reply).toUpperCase(Locale.ROOT)) {
            case "C", "CM" -> "cm";
            case "I", "IN", "INCH" -> "in";
            case "%", "P", "PERCENT" -> "%";
            default -> throw ReplyText.garbage(INSTRUMENT, reply, "a unit C, I or %");
        };
    }

    /**
     * The level in a reply to {@code LEVEL}, in {@code unit} (what {@link #parseUnit} returned).
     *
     * @throws DeviceException.Protocol quoting the reply when it is not a number, or names another unit
     */
    public static LevelValue parseLevel(String reply, String unit) {
        String text = ReplyText.trim(reply);
        int end = ReplyText.numberEnd(text);
        String suffix = ReplyText.trim(text.substring(end));
        if (!suffix.isEmpty() && !unit.equals(ReplyText.unit(suffix))) {
            throw ReplyText.garbage(INSTRUMENT, reply, "a level in " + unit);
        }
        return new LevelValue(ReplyText.number(ReplyText.trim(text.substring(0, end)), INSTRUMENT, reply), unit);
    }
}
