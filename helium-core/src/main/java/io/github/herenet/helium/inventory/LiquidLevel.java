package io.github.herenet.helium.inventory;

import io.github.herenet.helium.units.Mass;

/** How the liquid in a dewar or magnet was measured: level in percent, litres, or gross weight. */
public sealed interface LiquidLevel {

    /**
     * Level gauge reading in percent of the vessel's helium volume (0 to 100).
     *
     * @param percent the level, 0-100
     */
    record Percent(double percent) implements LiquidLevel {
        /** @throws IllegalArgumentException outside 0-100 or NaN */
        public Percent {
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("liquid level must be 0-100 %, got " + percent);
            }
        }
    }

    /**
     * Liquid volume in litres (a calibrated gauge, or litres counted in and out).
     *
     * @param litres the liquid volume, L, {@code >= 0}
     */
    record Litres(double litres) implements LiquidLevel {
        /** @throws IllegalArgumentException if negative, NaN or infinite */
        public Litres {
            if (!(litres >= 0) || Double.isInfinite(litres)) {
                throw new IllegalArgumentException("liquid volume must be finite and >= 0 L, got " + litres);
            }
        }
    }

    /**
     * Gross weight on a scale: vessel plus helium; the vessel's tare is subtracted.
     *
     * @param gross the scale reading
     */
    record GrossWeight(Mass gross) implements LiquidLevel {
        /** @throws NullPointerException if null */
        public GrossWeight {
            java.util.Objects.requireNonNull(gross, "gross weight");
        }
    }
}
