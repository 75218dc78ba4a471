package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.GasBag;

/** A gas bag's true state: the helium in it and the purity of the gas it takes in. */
final class Bag {

    /** Helium permeating bag film at 1 atm, m3 per m2 per day (Daizo: 5.5 cc). */
    static final double PERMEATION_M3_PER_M2_DAY = 5.5e-6;

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

    Bag(GasBag def, String siteId) {
        this.id = def.id();
        this.siteId = siteId;
        this.capacityM3 = def.capacity().cubicMetres();
        this.areaM2 = 6 * Math.pow(capacityM3, 2.0 / 3);
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
