package io.github.herenet.helium.json;

import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import jakarta.json.stream.JsonGenerator;

/**
 * The JSON form of quantities and vessel readings, with the unit in each member's name:
 * <pre>
 * {"type":"gas","pressurePa":1.47e7,"temperatureK":288.15,"heliumMoleFraction":0.99}
 * {"type":"bag","gasVolumeM3":0.8,"pressurePa":101325.0,"temperatureK":293.15,"heliumMoleFraction":0.95}
 * {"type":"liquid","level":{"type":"percent","percent":40.0},"pressurePa":101325.0}
 * level: {"type":"litres","litres":62.5} or {"type":"grossWeight","kilograms":95.2}
 * </pre>
 */
final class Readings {

    /** Liquid levels: percent, litres, gross weight. */
    static final Kinds<LiquidLevel> LEVELS = new Kinds<LiquidLevel>()
            .add("percent", LiquidLevel.Percent.class,
                    (g, l) -> g.write("percent", l.percent()),
                    f -> f.quantity("percent", LiquidLevel.Percent::new))
            .add("litres", LiquidLevel.Litres.class,
                    (g, l) -> g.write("litres", l.litres()),
                    f -> f.quantity("litres", LiquidLevel.Litres::new))
            .add("grossWeight", LiquidLevel.GrossWeight.class,
                    (g, l) -> g.write("kilograms", l.gross().kilograms()),
                    f -> new LiquidLevel.GrossWeight(f.quantity("kilograms", Mass::ofKilograms)));

    /** A bag reading only (the reading of a {@code BagFull} event). */
    static final Kinds<VesselReading.Bag> BAG = new Kinds<VesselReading.Bag>()
            .add("bag", VesselReading.Bag.class, Readings::writeBag, Readings::readBag);

    /** Any vessel reading: gas, bag or liquid. */
    static final Kinds<VesselReading> ALL = new Kinds<VesselReading>()
            .add("gas", VesselReading.Gas.class,
                    (g, r) -> {
                        pressure(g, r.pressure());
                        temperature(g, r.temperature());
                        purity(g, r.purity());
                    },
                    f -> new VesselReading.Gas(pressure(f), temperature(f), purity(f)))
            .add("bag", VesselReading.Bag.class, Readings::writeBag, Readings::readBag)
            .add("liquid", VesselReading.Liquid.class,
                    (g, r) -> {
                        LEVELS.write(g, "level", r.level());
                        pressure(g, r.pressure());
                    },
                    f -> new VesselReading.Liquid(LEVELS.read(f.object("level")), pressure(f)));

    private Readings() {
    }

    private static void writeBag(JsonGenerator g, VesselReading.Bag r) {
        g.write("gasVolumeM3", r.gasVolume().cubicMetres());
        pressure(g, r.pressure());
        temperature(g, r.temperature());
        purity(g, r.purity());
    }

    private static VesselReading.Bag readBag(Fields f) {
        return new VesselReading.Bag(f.quantity("gasVolumeM3", Volume::ofCubicMetres), pressure(f), temperature(f), purity(f));
    }

    /** Writes {@code "pressurePa"}. */
    static void pressure(JsonGenerator g, Pressure p) {
        g.write("pressurePa", p.pascals());
    }

    /** Reads {@code "pressurePa"}. */
    static Pressure pressure(Fields f) {
        return f.quantity("pressurePa", Pressure::ofPascals);
    }

    /** Writes {@code "temperatureK"}. */
    static void temperature(JsonGenerator g, Temperature t) {
        g.write("temperatureK", t.kelvin());
    }

    /** Reads {@code "temperatureK"}. */
    static Temperature temperature(Fields f) {
        return f.quantity("temperatureK", Temperature::ofKelvin);
    }

    /** Writes {@code "heliumMoleFraction"}. */
    static void purity(JsonGenerator g, Purity p) {
        g.write("heliumMoleFraction", p.heliumMoleFraction());
    }

    /** Reads {@code "heliumMoleFraction"}. */
    static Purity purity(Fields f) {
        return f.quantity("heliumMoleFraction", Purity::new);
    }

    /** Writes {@code "kilograms"}. */
    static void amount(JsonGenerator g, HeliumAmount a) {
        g.write("kilograms", a.kilograms());
    }

    /** Reads {@code "kilograms"}. */
    static HeliumAmount amount(Fields f) {
        return f.quantity("kilograms", HeliumAmount::ofKilograms);
    }
}
