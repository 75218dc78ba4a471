package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Volume;

/**
 * A vessel that holds helium, identified by its id (a dewar number, a cylinder serial). Each kind turns
 * a {@link VesselReading} into the helium it holds, through the reference EOS: real gas for cylinders,
 * bags, tanks and buffers; saturated liquid plus the vapour in the ullage for dewars and magnets.
 * Immutable.
 */
public sealed interface Vessel permits GasBag, Cylinder, CylinderBundle, Dewar, Magnet, StorageTank, ProcessBuffer {

    /** The vessel's id, unique in a network. */
    String id();

    /** The space helium can occupy: water volume of a cylinder, capacity of a bag or dewar. */
    Volume internalVolume();

    /**
     * The helium in this vessel according to {@code reading}.
     *
     * @throws IllegalArgumentException if the reading is not of the kind this vessel takes (a liquid
     *                                  level for a cylinder, say) or does not fit it (more liquid than
     *                                  the vessel holds)
     * @throws io.github.herenet.helium.thermo.EosRangeException if the state is outside the EOS
     */
    HeliumAmount content(VesselReading reading);
}
