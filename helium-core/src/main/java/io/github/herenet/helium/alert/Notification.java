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
 */
public record Notification(NotificationLevel level, String key, String site, String source, String target,
                           double value, String unit, double threshold, Instant time) {

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
        if (key.isBlank()) {
            throw new IllegalArgumentException("blank key");
        }
    }
}
