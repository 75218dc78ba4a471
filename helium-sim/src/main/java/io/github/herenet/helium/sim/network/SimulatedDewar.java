package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Dewar;

/** A dewar's true state: helium mass, where it is, and its boil-off since it was last brought up to date. */
final class SimulatedDewar {

    /** Where a dewar is. */
    enum Place { STOCK, TRANSIT, LAB }

    final String id;
    final String homeSiteId;
    final double volumeL;
    /** Mass lost per ms while liquid is left (its nominal %/day of capacity). */
    final double lossPerMs;
    double kg;
    long t;
    Place place = Place.STOCK;
    String siteId;
    String labId;
    boolean busy;

    SimulatedDewar(Dewar def, String homeSiteId, long start) {
        this.id = def.id();
        this.homeSiteId = homeSiteId;
        this.siteId = homeSiteId;
        this.volumeL = def.capacity().litres();
        this.lossPerMs = Physics.boilOffPerMs(def.nominalLossLitresPerDay());
        this.kg = Physics.liquidMass(0, volumeL);
        this.t = start;
    }

    /**
     * Brings the boil-off up to {@code now}: at the hub it goes back to the hub's gas store (the hub recovers
     * its dewars' boil-off), elsewhere it is vented; at a lab the dewar is on a transfer and counted there.
     */
    void settle(long now, Engine engine) {
        long dt = now - t;
        t = now;
        if (dt <= 0 || place == Place.LAB) {
            return;
        }
        double boiled = Math.min(lossPerMs * dt, Math.max(0, kg - Physics.liquidMass(0, volumeL)));
        if (boiled <= 0) {
            return;
        }
        kg -= boiled;
        if (place == Place.STOCK && engine.hub != null && engine.hub.siteId.equals(siteId)) {
            engine.hub.gasStoreKg += boiled;
        } else {
            engine.loss(LossCause.BOIL_OFF_VENTED, boiled);
        }
    }

    double litres() {
        return Physics.litres(kg, volumeL);
    }

    /** Liquid litres at {@code now} without changing the state (for sensors). */
    double litresAt(long now) {
        double boiled = place == Place.LAB ? 0 : lossPerMs * Math.max(0, now - t);
        return Math.max(0, litres() - boiled / Physics.DRHO);
    }
}
