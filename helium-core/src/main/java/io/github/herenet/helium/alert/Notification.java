package io.github.herenet.helium.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * What to tell people, independent of the rules engine: a level, a message key (one of
 * {@link NotificationMessages#KEYS}, e.g. {@code "BAG_NEARLY_FULL"}) and the arguments the message needs.
 *
 * @param level     how urgent it is
 * @param key       the message key in the {@code notifications} resource bundle
 * @param site      the site's display name (e.g. "Tottori University", "鳥取大学")
 * @param source    the lab or device the event comes from (e.g. "NMR 2")
 * @param target    the vessel or part concerned (e.g. "3" for gas bag 3, a dewar id), may be empty
 * @param value     the measured value, in {@code unit}; {@code NaN} when the message has none
 * @param unit      the unit of {@code value} and {@code threshold} (e.g. "%", "MPa", "°C", "L/h"), may be empty
 * @param threshold the limit that was crossed, in {@code unit}; {@code NaN} when the message has none
 * @param time      when the event happened
 * @param detail    what the value means in words, e.g. the decoded alarm bits of a compressor
 *                  ("high pressure running high, motor current low"); may be empty
 */
public record Notification(NotificationLevel level, String key, String site, String source, String target,
                           double value, String unit, double threshold, Instant time, String detail) {

    /**
     * Checks that nothing is null and that the key is not blank.
     */
    public Notification {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(detail, "detail");
        if (key.isBlank()) {
            throw new IllegalArgumentException("blank key");
        }
    }

    /**
     * A notification without a detail.
     *
     * @param level     how urgent it is
     * @param key       the message key
     * @param site      the site's display name
     * @param source    the lab or device
     * @param target    the vessel or part, may be empty
     * @param value     the measured value, or {@code NaN}
     * @param unit      the unit, may be empty
     * @param threshold the limit, or {@code NaN}
     * @param time      when the event happened
     */
    public Notification(NotificationLevel level, String key, String site, String source, String target,
                        double value, String unit, double threshold, Instant time) {
        this(level, key, site, source, target, value, unit, threshold, time, "");
    }
}
