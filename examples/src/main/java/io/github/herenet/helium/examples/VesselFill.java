package io.github.herenet.helium.examples;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.HeliumEos;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

import java.util.Objects;

/**
 * Helium filling a closed vessel (a cylinder, a bundle, a buffer tank) at a known pressure and temperature.
 *
 * @param volume           the internal (water) volume of the vessel
 * @param pressure         the absolute pressure of the helium in it
 * @param temperature      the temperature of the helium in it
 * @param temperatureGiven whether the temperature was given by the user ({@code false}: the default 15 C)
 */
public record VesselFill(Volume volume, Pressure pressure, Temperature temperature, boolean temperatureGiven) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public VesselFill {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(pressure, "pressure");
        Objects.requireNonNull(temperature, "temperature");
    }

    /**
     * The helium in the vessel on the reference equation of state (real gas).
     *
     * @return the real content
     * @throws io.github.herenet.helium.thermo.EosRangeException if the state is outside the EOS range
     */
    public HeliumAmount realGas() {
        return HeliumAmount.inVessel(volume, pressure, temperature);
    }

    /**
     * The helium in the vessel by the ideal-gas formula {@code m = p V M / (R T)}, for comparison.
     *
     * @return the ideal-gas content
     */
    public HeliumAmount idealGas() {
        return HeliumAmount.idealGasInVessel(volume, pressure, temperature);
    }

    /**
     * The compressibility factor {@code Z = p / (rho R T)} of the helium in the vessel.
     *
     * @return Z, dimensionless (above 1 for compressed helium at room temperature)
     */
    public double compressibility() {
        return HeliumEos.reference().state(temperature.kelvin(), pressure.pascals()).compressibility();
    }

    /**
     * How much the ideal-gas formula overstates the real content.
     *
     * @return {@code (ideal / real - 1) * 100}, in %
     */
    public double idealOverstatementPercent() {
        return (idealGas().kilograms() / realGas().kilograms() - 1.0) * 100.0;
    }
}
