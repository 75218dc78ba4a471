package io.github.herenet.helium.device;

import java.time.Instant;
import java.util.Objects;

/**
 * One value read from a channel, stamped by the connection's clock.
 *
 * @param channel   the channel's name
 * @param value     the value, in {@code unit}; NaN when the quality is {@link Quality#FAILED}
 * @param unit      the unit the device reported
 * @param quality   how far it can be trusted
 * @param timestamp when it was read (the injected clock's time)
 */
public record Reading(String channel, double value, String unit, Quality quality, Instant timestamp) {

    /** @throws NullPointerException for a missing part */
    public Reading {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
