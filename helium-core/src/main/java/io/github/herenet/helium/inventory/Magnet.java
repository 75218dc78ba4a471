package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Volume;

import java.util.Objects;

/**
 * A magnet's cryostat (NMR, MRI) holding liquid helium: an MRI holds about 2000 L, a sealed MRI about
 * 7 L. Takes a {@link VesselReading.Liquid} reading, usually the level in percent.
 *
 * @param id           the magnet's id
 * @param type         NMR or MRI
 * @param heliumVolume the helium space of the cryostat
 */
public record Magnet(String id, Type type, Volume heliumVolume) implements Vessel {

    /** The kind of magnet. */
    public enum Type {
        /** Nuclear magnetic resonance spectrometer. */
        NMR,
        /** Magnetic resonance imaging scanner. */
        MRI
    }

    /** @throws IllegalArgumentException for a blank id or zero volume */
    public Magnet {
        Ids.require(id, "magnet");
        Objects.requireNonNull(type, "type");
        Ids.positive(heliumVolume, "magnet " + id + " helium volume");
    }

    @Override
    public Volume internalVolume() {
        return heliumVolume;
    }

    @Override
    public HeliumAmount content(VesselReading reading) {
        VesselReading.Liquid liquid = Contents.require(this, reading, VesselReading.Liquid.class, "liquid (level, pressure)");
        if (liquid.level() instanceof LiquidLevel.GrossWeight) {
            throw new IllegalArgumentException("magnet " + id + " cannot be weighed: give its level in % or litres");
        }
        return Contents.liquid(this, heliumVolume, Mass.ZERO, liquid);
    }
}
