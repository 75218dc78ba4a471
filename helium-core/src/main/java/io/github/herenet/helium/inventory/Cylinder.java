package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A high-pressure gas cylinder: 47 L water volume filled to 14.7 or 19.6 MPa in Japan. Takes a
 * {@link VesselReading.Gas} reading; the content is real gas from the reference EOS.
 *
 * @param id             the cylinder's serial
 * @param waterVolume    internal (water) volume
 * @param ratedPressure  the fill pressure it is rated for (absolute)
 * @param inspectionDate date of the last pressure test
 */
public record Cylinder(String id, Volume waterVolume, Pressure ratedPressure, LocalDate inspectionDate) implements Vessel {

    /** @throws NullPointerException if a part is missing; IllegalArgumentException for a blank id or zero volume */
    public Cylinder {
        Ids.require(id, "cylinder");
        Ids.positive(waterVolume, "cylinder " + id + " water volume");
        Objects.requireNonNull(ratedPressure, "rated pressure");
        Objects.requireNonNull(inspectionDate, "inspection date");
    }

    @Override
    public Volume internalVolume() {
        return waterVolume;
    }

    @Override
    public HeliumAmount content(VesselReading reading) {
        return Contents.ofGasVessel(this, waterVolume, reading);
    }
}
