package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.thermo.HeliumEos;

/** A cylinder's true state: helium and impurity moles in it. */
final class Cyl {

    private static final double MOLAR_MASS = HeliumEos.reference().molarMass();

    final String id;
    final String homeSiteId;
    final double volumeM3;
    final double ratedPa;
    /** The helium at the rated pressure and room temperature, kg (the fill limit). */
    final double maxKg;
    double kg;
    double impurityMoles;

    Cyl(Cylinder def, String homeSiteId) {
        this.id = def.id();
        this.homeSiteId = homeSiteId;
        this.volumeM3 = def.waterVolume().cubicMetres();
        this.ratedPa = def.ratedPressure().pascals();
        this.maxKg = HeliumEos.reference().density(Physics.ROOM_K, ratedPa) * volumeM3;
    }

    double room() {
        return maxKg - kg;
    }

    /** Adds helium of mole fraction {@code purity}. */
    void add(double heliumKg, double purity) {
        kg += heliumKg;
        impurityMoles += heliumKg / molarMassKg() * (1 - purity) / purity;
    }

    double purity() {
        double he = kg / molarMassKg();
        return he <= 0 ? 1 : he / (he + impurityMoles);
    }

    /** Gas pressure now, Pa (helium's; the impurities are a few percent at most). */
    double pressure() {
        return Math.min(ratedPa, Physics.cylinderPressure(kg, volumeM3));
    }

    void empty() {
        kg = 0;
        impurityMoles = 0;
    }

    /** kg/mol. */
    private static double molarMassKg() {
        return MOLAR_MASS;
    }
}
