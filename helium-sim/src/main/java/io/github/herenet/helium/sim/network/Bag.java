package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.recovery.BagPermeation;
import io.github.herenet.helium.recovery.GasBagEvent;
import io.github.herenet.helium.recovery.GasBagMachine;
import io.github.herenet.helium.recovery.GasBagState;
import io.github.herenet.helium.units.Pressure;

/**
 * A gas bag: its true helium and the purity of the gas it takes in, and its procedure, a
 * {@link GasBagMachine} whose state the simulation advances (the machine yields the bag's ledger events).
 */
final class Bag {

    /** Helium permeating bag film at 1 atm, m3 per m2 per day (Daizo: 5.5 cc). */
    static final double PERMEATION_M3_PER_M2_DAY = BagPermeation.HELIUM_PERMEATION * 1e-6;

    final GasBag def;
    final String id;
    final String siteId;
    final double capacityM3;
    /** Film area, taken as that of a pillow of the bag's volume: about 6 V^(2/3). */
    final double areaM2;
    double kg;
    /** Helium mole fraction of the gas in the bag. */
    double purity = 1;
    /** When it was found full; permeation runs from then until it is compressed. */
    long fullAt = -1;
    private GasBagMachine machine;
    private double machinePurity = 1;
    GasBagState state;

    Bag(GasBag def, String siteId, long start) {
        this.def = def;
        this.id = def.id();
        this.siteId = siteId;
        this.capacityM3 = def.capacity().cubicMetres();
        this.areaM2 = 6 * Math.pow(capacityM3, 2.0 / 3);
        this.machine = new GasBagMachine(def, siteId);
        this.state = machine.initial(java.time.Instant.ofEpochMilli(start));
    }

    /** Takes the procedure one step, appending what it yields to the ledger. */
    void drive(Engine engine, GasBagEvent event) {
        if (purity != machinePurity) {
            machine = new GasBagMachine(def, siteId, BagPermeation.forBag(def), Pressure.STANDARD_ATMOSPHERE,
                    new Purity(purity));
            machinePurity = purity;
        }
        state = engine.drive(machine, state, event);
    }

    /**
     * The share of its volume at which a bag on a recovery line counts as full: its top-level switch, which
     * starts the compressor. Past it the bag fills on to its volume, then the relief valve opens.
     */
    static final double FULL_SWITCH = 0.95;

    /** The helium at the top-level switch, kg. */
    double switchKg() {
        return FULL_SWITCH * capacityKg();
    }

    /** The helium the bag holds when full of gas at its purity, kg. */
    double capacityKg() {
        return capacityM3 * Physics.BAG_RHO * purity;
    }

    /** The volume of gas (helium and air) holding {@code heliumKg}, m3, at most the capacity. */
    double gasVolume(double heliumKg) {
        return Math.min(capacityM3, heliumKg / (Physics.BAG_RHO * purity));
    }

    /** Helium lost through the film between {@code from} and {@code to} while full, kg (at most what it holds). */
    double permeation(long from, long to) {
        double m3 = PERMEATION_M3_PER_M2_DAY * areaM2 * (to - from) / Physics.MS_PER_DAY;
        return Math.min(kg, Math.max(0, m3 * Physics.BAG_RHO));
    }
}
