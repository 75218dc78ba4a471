package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.HeliumEos;
import io.github.herenet.helium.thermo.SaturationState;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;

import java.util.Objects;

/** The content calculations the vessel kinds share. */
final class Contents {

    private Contents() {
    }

    /**
     * Helium in {@code volume} of gas at the reading's p and T: the gas's moles from the helium EOS (the
     * impurities are a few percent at most, so helium's compressibility stands for the mixture's), times
     * the helium mole fraction.
     */
    static HeliumAmount gas(Volume volume, VesselReading.Gas reading) {
        HeliumAmount all = HeliumAmount.inVessel(volume, reading.pressure(), reading.temperature());
        return HeliumAmount.ofKilograms(all.kilograms() * reading.purity().heliumMoleFraction());
    }

    /** Helium in a bag: its gas volume at the bag's p and T, times the helium mole fraction. */
    static HeliumAmount bag(Vessel bag, VesselReading.Bag reading) {
        if (reading.gasVolume().cubicMetres() > bag.internalVolume().cubicMetres() * (1 + 1e-9)) {
            throw new IllegalArgumentException("bag " + bag.id() + " holds at most " + bag.internalVolume()
                    + ", the reading says " + reading.gasVolume());
        }
        return gas(reading.gasVolume(), new VesselReading.Gas(reading.pressure(), reading.temperature(), reading.purity()));
    }

    /**
     * Helium in a vented liquid vessel with {@code heliumVolume} of space: the liquid at the saturation
     * state of the vessel pressure, and saturated vapour filling the rest. A weighed vessel's helium is
     * its gross weight less the tare.
     */
    static HeliumAmount liquid(Vessel vessel, Volume heliumVolume, Mass tare, VesselReading.Liquid reading) {
        LiquidLevel level = reading.level();
        if (level instanceof LiquidLevel.GrossWeight weight) {
            double net = weight.gross().kilograms() - tare.kilograms();
            if (net < 0) {
                throw new IllegalArgumentException("vessel " + vessel.id() + " weighs " + weight.gross()
                        + ", less than its tare " + tare);
            }
            return HeliumAmount.ofKilograms(net);
        }
        double space = heliumVolume.cubicMetres();
        double liquid = level instanceof LiquidLevel.Percent percent
                ? space * percent.percent() / 100
                : ((LiquidLevel.Litres) level).litres() / 1000;
        if (liquid > space * (1 + 1e-9)) {
            throw new IllegalArgumentException("vessel " + vessel.id() + " holds at most " + heliumVolume.litres()
                    + " L of helium, the reading says " + liquid * 1000 + " L of liquid");
        }
        SaturationState sat = saturation(reading.pressure());
        double ullage = Math.max(0, space - liquid);
        return HeliumAmount.ofKilograms(liquid * sat.liquid().density() + ullage * sat.vapour().density());
    }

    /**
     * The saturation state at {@code pressure}. Vented vessels are at one atmosphere almost always, and
     * ledger replays ask for it for every delivery and count, so that state is computed once.
     */
    static SaturationState saturation(Pressure pressure) {
        return pressure.pascals() == Pressure.STANDARD_ATMOSPHERE.pascals()
                ? OneAtmosphere.STATE : HeliumEos.reference().saturationAtPressure(pressure.pascals());
    }

    private static final class OneAtmosphere {
        static final SaturationState STATE =
                HeliumEos.reference().saturationAtPressure(Pressure.STANDARD_ATMOSPHERE.pascals());
    }

    /** The content of a closed gas vessel of {@code volume}: a gas reading is required. */
    static HeliumAmount ofGasVessel(Vessel vessel, Volume volume, VesselReading reading) {
        return gas(volume, require(vessel, reading, VesselReading.Gas.class, "gas (p, T, purity)"));
    }

    /** The reading as the kind the vessel takes, or an error naming the vessel and the kind expected. */
    static <R extends VesselReading> R require(Vessel vessel, VesselReading reading, Class<R> kind, String expected) {
        Objects.requireNonNull(reading, "reading");
        if (!kind.isInstance(reading)) {
            throw new IllegalArgumentException(vessel.getClass().getSimpleName() + " " + vessel.id() + " takes a "
                    + expected + " reading, got " + reading);
        }
        return kind.cast(reading);
    }

}
