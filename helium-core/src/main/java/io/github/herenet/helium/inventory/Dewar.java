package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.SaturationState;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Volume;

import java.util.Objects;

/**
 * A transport or storage dewar (100 L at HeReNet; 30-1000 L in general). Takes a
 * {@link VesselReading.Liquid} reading: level in percent of capacity, litres, or gross weight less the tare.
 *
 * @param id                   the dewar's number
 * @param capacity             liquid capacity
 * @param boilOffPercentPerDay nominal loss, percent of capacity per day (about 1 for a 100 L dewar)
 * @param tare                 empty weight, for weighed readings
 */
public record Dewar(String id, Volume capacity, double boilOffPercentPerDay, Mass tare) implements Vessel {

    /** @throws IllegalArgumentException for a blank id, zero capacity or a negative or NaN boil-off */
    public Dewar {
        Ids.require(id, "dewar");
        Ids.positive(capacity, "dewar " + id + " capacity");
        if (!(boilOffPercentPerDay >= 0 && boilOffPercentPerDay < 100)) {
            throw new IllegalArgumentException("dewar " + id + " boil-off must be >= 0 and < 100 %/day, got "
                    + boilOffPercentPerDay);
        }
        Objects.requireNonNull(tare, "tare");
    }

    @Override
    public Volume internalVolume() {
        return capacity;
    }

    /** Litres of liquid lost per day when full at the nominal rate. */
    public double nominalLossLitresPerDay() {
        return capacity.litres() * boilOffPercentPerDay / 100;
    }

    /**
     * The litres of liquid that, with saturated vapour filling the rest of the dewar at {@code pressure},
     * make up {@code content}: the inverse of a level reading (0 if there is not even a full dewar of vapour).
     *
     * @throws io.github.herenet.helium.thermo.EosRangeException if the pressure is outside the saturation range
     */
    public double liquidLitres(HeliumAmount content, Pressure pressure) {
        SaturationState sat = Contents.saturation(pressure);
        double vapour = capacity.cubicMetres() * sat.vapour().density();
        double litres = (content.kilograms() - vapour) / (sat.liquid().density() - sat.vapour().density()) * 1000;
        return Math.max(0, litres);
    }

    @Override
    public HeliumAmount content(VesselReading reading) {
        return Contents.liquid(this, capacity, tare, Contents.require(this, reading, VesselReading.Liquid.class,
                "liquid (level, pressure)"));
    }
}
