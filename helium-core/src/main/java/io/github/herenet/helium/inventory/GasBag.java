package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Volume;

/**
 * A gas bag that catches a magnet's boil-off at near-ambient pressure: about 1 m3 at the partner sites,
 * ten per site. Takes a {@link VesselReading.Bag} reading.
 *
 * @param id       the bag's id
 * @param capacity the bag's full volume
 */
public record GasBag(String id, Volume capacity) implements Vessel {

    /** @throws NullPointerException if a part is missing; IllegalArgumentException for a blank id or zero capacity */
    public GasBag {
        Ids.require(id, "gas bag");
        Ids.positive(capacity, "gas bag " + id + " capacity");
    }

    @Override
    public Volume internalVolume() {
        return capacity;
    }

    @Override
    public HeliumAmount content(VesselReading reading) {
        return Contents.bag(this, Contents.require(this, reading, VesselReading.Bag.class, "bag (gas volume, p, T, purity)"));
    }
}
