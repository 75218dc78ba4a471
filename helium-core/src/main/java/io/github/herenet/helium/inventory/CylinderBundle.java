package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A bundle (カードル) of 20-30 cylinders on one manifold, filled to 14.7 or 19.6 MPa. Takes a
 * {@link VesselReading.Gas} reading of the manifold.
 *
 * @param id                 the bundle's id
 * @param cylinders          number of cylinders, {@code >= 1}
 * @param waterVolumeEach    water volume of each cylinder
 * @param ratedPressure      rated fill pressure (absolute)
 * @param inspectionDate     date of the last pressure test
 */
public record CylinderBundle(String id, int cylinders, Volume waterVolumeEach, Pressure ratedPressure,
                             LocalDate inspectionDate) implements Vessel {

    /** @throws IllegalArgumentException for a blank id, no cylinders or zero volume */
    public CylinderBundle {
        Ids.require(id, "cylinder bundle");
        if (cylinders < 1) {
            throw new IllegalArgumentException("cylinder bundle " + id + " needs at least 1 cylinder, got " + cylinders);
        }
        Ids.positive(waterVolumeEach, "cylinder bundle " + id + " water volume");
        Objects.requireNonNull(ratedPressure, "rated pressure");
        Objects.requireNonNull(inspectionDate, "inspection date");
    }

    @Override
    public Volume internalVolume() {
        return Volume.ofCubicMetres(waterVolumeEach.cubicMetres() * cylinders);
    }

    @Override
    public HeliumAmount content(VesselReading reading) {
        return Contents.ofGasVessel(this, internalVolume(), reading);
    }
}
