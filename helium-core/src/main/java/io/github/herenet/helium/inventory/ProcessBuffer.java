package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Volume;

import java.util.Objects;

/**
 * A gas buffer of the hub's purifier or liquefier: gas waiting to be purified, or clean gas waiting to
 * be liquefied. Takes a {@link VesselReading.Gas} reading.
 *
 * @param id     the buffer's id
 * @param volume internal volume
 * @param stage  which plant it feeds
 */
public record ProcessBuffer(String id, Volume volume, Stage stage) implements Vessel {

    /** The plant a buffer feeds. */
    public enum Stage {
        /** Impure recovered gas before the purifier. */
        PURIFIER,
        /** Purified gas before the liquefier. */
        LIQUEFIER
    }

    /** @throws IllegalArgumentException for a blank id or zero volume */
    public ProcessBuffer {
        Ids.require(id, "process buffer");
        Ids.positive(volume, "process buffer " + id + " volume");
        Objects.requireNonNull(stage, "stage");
    }

    @Override
    public Volume internalVolume() {
        return volume;
    }

    @Override
    public HeliumAmount content(VesselReading reading) {
        return Contents.ofGasVessel(this, volume, reading);
    }
}
