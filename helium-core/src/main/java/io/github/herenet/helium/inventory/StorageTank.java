package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;

import java.util.Objects;

/**
 * A gas storage tank (a recovery gas holder or a medium-pressure tank). Takes a {@link VesselReading.Gas} reading.
 *
 * @param id            the tank's id
 * @param volume        internal volume
 * @param ratedPressure maximum working pressure (absolute)
 */
public record StorageTank(String id, Volume volume, Pressure ratedPressure) implements Vessel {

    /** @throws IllegalArgumentException for a blank id or zero volume */
    public StorageTank {
        Ids.require(id, "storage tank");
        Ids.positive(volume, "storage tank " + id + " volume");
        Objects.requireNonNull(ratedPressure, "rated pressure");
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
