package io.github.herenet.helium.inventory;

import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.util.Objects;

/**
 * What was read off a vessel: the state from which {@link Vessel#content} computes the helium in it.
 * Gas vessels (cylinders, bundles, tanks, buffers) take a {@link Gas} reading, bags a {@link Bag}
 * reading, dewars and magnets a {@link Liquid} reading.
 */
public sealed interface VesselReading {

    /**
     * Pressure and temperature of a closed gas vessel, and the purity of its gas.
     *
     * @param pressure    absolute pressure
     * @param temperature gas temperature
     * @param purity      helium mole fraction
     */
    record Gas(Pressure pressure, Temperature temperature, Purity purity) implements VesselReading {
        /** @throws NullPointerException if any part is missing */
        public Gas {
            Objects.requireNonNull(pressure, "pressure");
            Objects.requireNonNull(temperature, "temperature");
            Objects.requireNonNull(purity, "purity");
        }
    }

    /**
     * The gas volume in a bag (measured, or capacity times fill fraction) at near-ambient pressure.
     *
     * @param gasVolume   volume of gas in the bag
     * @param pressure    absolute pressure in the bag (about 1 atm)
     * @param temperature gas temperature
     * @param purity      helium mole fraction
     */
    record Bag(Volume gasVolume, Pressure pressure, Temperature temperature, Purity purity) implements VesselReading {
        /** @throws NullPointerException if any part is missing */
        public Bag {
            Objects.requireNonNull(gasVolume, "gas volume");
            Objects.requireNonNull(pressure, "pressure");
            Objects.requireNonNull(temperature, "temperature");
            Objects.requireNonNull(purity, "purity");
        }
    }

    /**
     * The liquid level in a dewar or magnet and the pressure of its ullage (the vessel vents at it).
     *
     * @param level    liquid level
     * @param pressure absolute pressure in the vessel (saturation: 5.04-228 kPa)
     */
    record Liquid(LiquidLevel level, Pressure pressure) implements VesselReading {
        /** @throws NullPointerException if any part is missing */
        public Liquid {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(pressure, "pressure");
        }
    }
}
