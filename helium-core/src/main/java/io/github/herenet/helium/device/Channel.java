package io.github.herenet.helium.device;

import java.util.Objects;

/**
 * A named quantity a device exposes: {@code level} of a level meter, {@code dischargePressure} or
 * {@code enable} of a compressor.
 *
 * @param name     the channel's name, unique on its device
 * @param quantity what it measures, e.g. "level", "pressure", "temperature", "flow", "state"
 * @param unit     the unit its values are in, as the device reports them (e.g. "%", "cm", "bar", "K")
 * @param writable whether {@link DeviceConnection#write} accepts it (an enable, a valve)
 */
public record Channel(String name, String quantity, String unit, boolean writable) {

    /** @throws IllegalArgumentException for a blank name; NullPointerException for a missing part */
    public Channel {
        Objects.requireNonNull(name, "channel name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("channel name must not be blank");
        }
        Objects.requireNonNull(quantity, "quantity of channel " + name);
        Objects.requireNonNull(unit, "unit of channel " + name);
    }
}
